// File > New Request… as a user drives it: the dialog refuses what core's
// buildRequest refuses (and says why, in place), sends what it was given
// through the window's plain HTTP session, and the request lands in the
// capture log, where the detail pane shows it: headers, the bodies as
// Pretty, Raw and Hex, the TLS chain of an untrusted server, the truncation
// note, and the timing bar. A recent target opens the dialog prefilled.
// Against MisbehavingServer (a real HTTP/HTTPS server on loopback).
#include "capture/capture_store.h"
#include "capture_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "misbehaving_server.h"
#include "models/capture_model.h"
#include "node_peer.h"
#include "ui/capture/exchange_detail_view.h"
#include "ui/capture/new_request_dialog.h"
#include "ui/capture/timing_bar.h"
#include "ui/common/theme.h"
#include "ui/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// The dialog's parts, as the form lays them out: method, URL (combo boxes),
// headers, body (text edits), the idle timeout, the error line, Send.
struct RequestForm
{
    QComboBox *method = nullptr;
    QComboBox *url = nullptr;
    QPlainTextEdit *headers = nullptr;
    QPlainTextEdit *body = nullptr;
    QSpinBox *timeout = nullptr;
    QLabel *error = nullptr;
    QPushButton *send = nullptr;
    QPushButton *cancel = nullptr;

    explicit RequestForm(QDialog *dialog)
    {
        const auto combos = dialog->findChildren<QComboBox *>();
        const auto edits = dialog->findChildren<QPlainTextEdit *>();
        if (combos.size() == 2 && edits.size() == 2) {
            method = combos.at(0);
            url = combos.at(1);
            headers = edits.at(0);
            body = edits.at(1);
        }
        timeout = dialog->findChild<QSpinBox *>();
        // The form's labels name a field (their buddy); the error line does not.
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (!label->buddy())
                error = label;
        if (auto *box = dialog->findChild<QDialogButtonBox *>()) {
            send = box->button(QDialogButtonBox::Ok);
            cancel = box->button(QDialogButtonBox::Cancel);
        }
    }
    bool complete() const
    {
        return method && url && headers && body && timeout && error && send && cancel;
    }
    void fill(const QString &m, const QString &u, const QString &h, const QString &b)
    {
        method->setCurrentText(m);
        url->setCurrentText(u);
        headers->setPlainText(h);
        body->setPlainText(b);
    }
    QString errorShown() const { return error->isVisible() ? error->text() : QString(); }
};

} // namespace

class TestNewRequestDialog : public QObject
{
    Q_OBJECT

    static QAction *newRequestAction(MainWindow &window)
    {
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::New))
                return action;
        return nullptr;
    }

    // Runs user on the dialog once it is open (inside its exec()), then
    // cancels it if user left it open: a failed check never hangs the test.
    static void whileOpen(MainWindow &window, const std::function<void(NewRequestDialog *)> &user)
    {
        QTimer::singleShot(0, &window, [&window, user] {
            auto *dialog = window.findChild<NewRequestDialog *>();
            if (!dialog)
                return;
            user(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
    }

    // The log's row for this URL path (its query aside), selected; -1 when
    // there is none.
    static int selectPath(MainWindow &window, const QString &path)
    {
        CaptureModel *model = logModel(window);
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, CaptureModel::Path).data().toString().section(u'?', 0, 0) ==
                path) {
                captureLog(window)->setCurrentIndex(model->index(row, 0));
                return row;
            }
        return -1;
    }

    // The headers tree's value for name under the section starting with section.
    static QString headerValue(QWidget *detail, const QString &section, const QString &name)
    {
        auto *tree = detail->findChild<QTreeWidget *>(QStringLiteral("exchangeHeaders"));
        for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = tree->topLevelItem(i);
            if (!top->text(0).startsWith(section))
                continue;
            for (int j = 0; j < top->childCount(); ++j)
                if (top->child(j)->text(0) == name)
                    return top->child(j)->text(1);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_new_request_dialog"));
    }

    // Each test its own recent targets (they are kept in the settings).
    void init() { QSettings().remove(QStringLiteral("recentTargets")); }

    // What core refuses stays in the dialog with core's words; what it
    // accepts is sent, recorded and shown.
    void refusesBadInputThenSendsWhatItWasGiven()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("new.sqlite"))));
        MisbehavingServer server;
        server.serve("/echo", 201, "application/json", "{\"made\":true}");
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = newRequestAction(window);
        QVERIFY(action);

        const QString url = server.url(QStringLiteral("/echo?token=SECRET-IN-QUERY"));
        bool complete = false;
        QStringList errors;
        bool openAfterErrors = false;
        bool acceptedAtLast = false;
        whileOpen(window, [&](NewRequestDialog *dialog) {
            RequestForm form(dialog);
            complete = form.complete();
            if (!complete)
                return;
            QCOMPARE(form.timeout->value(), 30);
            // A method that is no token, a URL that is no http(s) URL, a
            // header line that is no header: each refused in turn.
            form.fill(QStringLiteral("PO ST"), url, {}, {});
            form.send->click();
            errors << form.errorShown();
            form.fill(QStringLiteral("POST"), QStringLiteral("ftp://example.com/x"), {}, {});
            form.send->click();
            errors << form.errorShown();
            form.fill(QStringLiteral("POST"), url, QStringLiteral("X-Trace abc"), {});
            form.send->click();
            errors << form.errorShown();
            openAfterErrors = dialog->isVisible() && dialog->result() != QDialog::Accepted;
            form.fill(QStringLiteral("post"), url,
                      QStringLiteral("Content-Type: application/json\n\nX-Trace: abc-123\n"),
                      QStringLiteral("{\"q\":\"ping\"}"));
            form.timeout->setValue(5);
            form.send->click();
            acceptedAtLast = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        });
        action->trigger();
        QVERIFY2(complete, "the dialog has its method, URL, headers, body, timeout and buttons");
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0), QStringLiteral("\"PO ST\" is not an HTTP method."));
        QCOMPARE(errors.at(1),
                 QStringLiteral("\"ftp://example.com/x\" is not an http:// or https:// URL "
                                "with a host."));
        QCOMPARE(errors.at(2),
                 QStringLiteral("\"X-Trace abc\" is not a header: write it as Name: value."));
        QVERIFY(openAfterErrors);
        QVERIFY(acceptedAtLast);

        // Sent, recorded, shown: the method upper-cased, the headers typed,
        // the body as typed; the status bar says how it went.
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->index(0, CaptureModel::Status).data().toInt(),
                                  201, 10000);
        QCOMPARE(logModel(window)->index(0, CaptureModel::Method).data().toString(),
                 QStringLiteral("POST"));
        QTRY_VERIFY2(
            window.statusBar()->currentMessage().startsWith(
                QStringLiteral("POST %1").arg(server.url(QStringLiteral("/echo")))) &&
                window.statusBar()->currentMessage().contains(QStringLiteral(" → 201 in ")),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(selectPath(window, QStringLiteral("/echo")) >= 0);
        ExchangeDetailView *detail = logDetail(window);
        QCOMPARE(headerValue(detail, QStringLiteral("Request headers"), QStringLiteral("X-Trace")),
                 QStringLiteral("abc-123"));
        QCOMPARE(headerValue(detail, QStringLiteral("General"), QStringLiteral("Method")),
                 QStringLiteral("POST"));
        QCOMPARE(headerValue(detail, QStringLiteral("General"), QStringLiteral("Status")),
                 QStringLiteral("201")); // the store keeps no reason phrase
        QCOMPARE(bodyText(detail, "requestBody"), QStringLiteral("{\n  \"q\": \"ping\"\n}"));
        bodyMode(detail, "requestBody")->setCurrentIndex(BodyPane::Raw);
        QCOMPARE(bodyText(detail, "requestBody"), QStringLiteral("{\"q\":\"ping\"}"));
        bodyMode(detail, "requestBody")->setCurrentIndex(BodyPane::Hex);
        QVERIFY2(bodyText(detail, "requestBody")
                     .startsWith(QStringLiteral("00000000  7b 22 71 22 3a 22 70 69")),
                 qPrintable(bodyText(detail, "requestBody")));
        QVERIFY(bodyText(detail, "requestBody").contains(QStringLiteral("{\"q\":\"ping\"}")));
        QCOMPARE(bodyText(detail, "responseBody"), QStringLiteral("{\n  \"made\": true\n}"));

        // The target is remembered without its query (a secret may be there).
        QCOMPARE(recentTargets(window).value(0), server.url(QStringLiteral("/echo")));
    }

    // A recent target opens the dialog with its URL; Cancel sends nothing.
    void recentTargetOpensTheDialogPrefilled()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("recent.sqlite"))));
        MisbehavingServer server;
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HttpRequest first;
        first.url = QUrl(server.url(QStringLiteral("/ok")));
        window.sendRequest(first);
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 1, 10000);
        QTRY_COMPARE(logModel(window)->index(0, CaptureModel::Status).data().toInt(), 200);

        auto *targets = window.findChild<QListWidget *>(QStringLiteral("recentTargets"));
        QVERIFY(targets);
        QTRY_COMPARE(targets->count() > 0 ? targets->item(0)->text() : QString(),
                     server.url(QStringLiteral("/ok")));
        QString shownUrl;
        QStringList offered;
        bool cancelled = false;
        whileOpen(window, [&](NewRequestDialog *dialog) {
            RequestForm form(dialog);
            if (!form.complete())
                return;
            shownUrl = form.url->currentText();
            for (int i = 0; i < form.url->count(); ++i)
                offered << form.url->itemText(i);
            form.cancel->click();
            cancelled = !dialog->isVisible() && dialog->result() == QDialog::Rejected;
        });
        targets->setCurrentRow(0);
        targets->setFocus();
        QTest::keyClick(targets, Qt::Key_Return);
        QCOMPARE(shownUrl, server.url(QStringLiteral("/ok")));
        QCOMPARE(offered, QStringList{server.url(QStringLiteral("/ok"))});
        QVERIFY(cancelled);
        // Nothing more went out: a second exchange would be in the log by now
        // only if it had been sent; the store says the same after a flush.
        store.flush();
        QCOMPARE(logModel(window)->rowCount(), 1);
    }

    // The idle timeout typed in the dialog is the one the request gets: a
    // server that never answers is given up on with a timeout error (the
    // default, 30 s, would still be waiting when the check gives up).
    void idleTimeoutGivesUpOnASilentServer()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("idle.sqlite"))));
        MisbehavingServer server;
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        whileOpen(window, [&](NewRequestDialog *dialog) {
            RequestForm form(dialog);
            if (!form.complete())
                return;
            form.fill(QStringLiteral("GET"), server.url(QStringLiteral("/hang")), {}, {});
            form.timeout->setValue(1);
            form.send->click();
        });
        newRequestAction(window)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            logModel(window)->index(0, CaptureModel::Status).data().toString(),
            QStringLiteral("TIMEOUT"), 15000);
        QVERIFY(selectPath(window, QStringLiteral("/hang")) >= 0);
        QVERIFY2(exchangeError(logDetail(window)).startsWith(QStringLiteral("TIMEOUT error: ")),
                 qPrintable(exchangeError(logDetail(window))));
    }

    // An untrusted HTTPS server: the failure in the banner and status bar,
    // the certificate chain the server presented in the headers tree.
    void showsTheTlsChainOfAFailedExchange()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("tls.sqlite"))));
        MisbehavingServer server(true);
        QVERIFY2(server.certificateError().isEmpty(), qPrintable(server.certificateError()));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString url = server.url(QStringLiteral("/ok"));
        whileOpen(window, [&](NewRequestDialog *dialog) {
            RequestForm form(dialog);
            if (!form.complete())
                return;
            form.fill(QStringLiteral("GET"), url, {}, {});
            form.send->click();
        });
        newRequestAction(window)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(
                                     QStringLiteral("GET %1 failed: ").arg(url)),
                                 15000);
        QTRY_VERIFY(selectPath(window, QStringLiteral("/ok")) >= 0 &&
                    !exchangeError(logDetail(window)).isEmpty());
        ExchangeDetailView *detail = logDetail(window);
        QVERIFY2(exchangeError(detail).startsWith(QStringLiteral("TLS error: ")),
                 qPrintable(exchangeError(detail)));
        QVERIFY(exchangeSummary(detail).endsWith(QStringLiteral("→  no response")));
        QVERIFY2(
            headerValue(detail, QStringLiteral("TLS certificate chain"), QStringLiteral("Subject"))
                .contains(QStringLiteral("mcpscope-selfsigned-test")),
            qPrintable(headerValue(detail, QStringLiteral("TLS certificate chain"),
                                   QStringLiteral("Subject"))));
        auto *tree = detail->findChild<QTreeWidget *>(QStringLiteral("exchangeHeaders"));
        QTreeWidgetItem *chain =
            tree->findItems(QStringLiteral("TLS certificate chain"), Qt::MatchExactly).value(0);
        QVERIFY(chain && chain->childCount() == 1);
        QStringList parts;
        for (int i = 0; i < chain->child(0)->childCount(); ++i)
            parts << chain->child(0)->child(i)->text(0);
        QCOMPARE(parts, (QStringList{QStringLiteral("Issuer"), QStringLiteral("Valid from"),
                                     QStringLiteral("Expires"), QStringLiteral("SHA-256")}));
        QVERIFY(chain->child(0)->child(0)->text(1).contains(QStringLiteral("mcpscope-selfsigned")));
    }

    // A body over the capture cap: only its start is kept, and the response
    // pane says so above the text.
    void saysWhenTheResponseWasTruncated()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("big.sqlite"))));
        MisbehavingServer server;
        MainWindow window(&store);
        window.show();
        HttpRequest big;
        big.url = QUrl(server.url(QStringLiteral("/big?mb=9")));
        window.sendRequest(big);
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->index(0, CaptureModel::Status).data().toInt(),
                                  200, 30000);
        QVERIFY(selectPath(window, QStringLiteral("/big")) >= 0);
        ExchangeDetailView *detail = logDetail(window);
        QWidget *pane = bodyPane(detail, "responseBody");
        auto *problem = pane->findChild<QLabel *>(QStringLiteral("bodyProblem"));
        QTRY_VERIFY(problem->isVisibleTo(pane));
        QVERIFY2(problem->text().startsWith(
                     QStringLiteral("Only the first %1 of %2 bytes were captured.")
                         .arg(HttpClient::kDefaultBodyCap)
                         .arg(qint64(9) * 1024 * 1024)),
                 qPrintable(problem->text()));
        // Cleared, the pane says nothing.
        detail->clear();
        QVERIFY(!problem->isVisibleTo(pane));
        QCOMPARE(detail->shownId(), 0);
    }

    // Bytes that are no text are shown as a hex dump in every mode (Raw
    // would garble them); a body that claims JSON but does not parse is
    // shown as sent, with the reason above it.
    void binaryAndBrokenBodiesAreShownSafely()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("bodies.sqlite"))));
        MisbehavingServer server;
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        server.serve("/png", 200, "image/png", png);
        server.serve("/broken", 200, "application/json", "{\"a\": tru");
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &path : {QStringLiteral("/png"), QStringLiteral("/broken")}) {
            HttpRequest request;
            request.url = QUrl(server.url(path));
            window.sendRequest(request);
        }
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            logModel(window)->index(0, CaptureModel::Status).data().toInt() == 200 &&
                logModel(window)->index(1, CaptureModel::Status).data().toInt() == 200,
            10000);
        ExchangeDetailView *detail = logDetail(window);
        QVERIFY(selectPath(window, QStringLiteral("/png")) >= 0);
        const QString dump =
            QStringLiteral("00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52 ");
        for (const BodyPane::Mode mode : {BodyPane::Pretty, BodyPane::Raw, BodyPane::Hex}) {
            bodyMode(detail, "responseBody")->setCurrentIndex(mode);
            QVERIFY2(bodyText(detail, "responseBody").startsWith(dump),
                     qPrintable(bodyText(detail, "responseBody")));
        }
        bodyMode(detail, "responseBody")->setCurrentIndex(BodyPane::Pretty);

        QVERIFY(selectPath(window, QStringLiteral("/broken")) >= 0);
        QWidget *pane = bodyPane(detail, "responseBody");
        auto *problem = pane->findChild<QLabel *>(QStringLiteral("bodyProblem"));
        QTRY_VERIFY(problem->isVisibleTo(pane));
        QVERIFY2(problem->text().startsWith(
                     QStringLiteral("The Content-Type says JSON but the body does not parse: ")),
                 qPrintable(problem->text()));
        QCOMPARE(bodyText(detail, "responseBody"), QStringLiteral("{\"a\": tru"));
    }

    // The timing bar: grey while waiting for the first byte, blue while the
    // body came; empty without timings.
    void timingBarShowsWaitingThenDownload()
    {
        QTemporaryDir dir;
        CaptureStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("timing.sqlite"))));
        MisbehavingServer server;
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HttpRequest sse;
        sse.url = QUrl(server.url(QStringLiteral("/sse")));
        window.sendRequest(sse);
        QTRY_COMPARE_WITH_TIMEOUT(logModel(window)->rowCount(), 1, 10000);
        // Done when the log shows its three events' bytes in the body.
        QTRY_VERIFY_WITH_TIMEOUT(
            selectPath(window, QStringLiteral("/sse")) >= 0 &&
                bodyText(logDetail(window), "responseBody").count(QStringLiteral("data:")) == 3,
            10000);
        ExchangeDetailView *detail = logDetail(window);
        auto *tabs = detail->findChild<QTabWidget *>(QStringLiteral("exchangeTabs"));
        tabs->setCurrentIndex(ExchangeDetailView::TimingTab);
        auto *timing = detail->findChild<QLabel *>(QStringLiteral("exchangeTiming"));
        QVERIFY2(timing->text().startsWith(QStringLiteral("Waiting (time to first byte)")),
                 qPrintable(timing->text()));
        QVERIFY(timing->text().contains(QStringLiteral(" ms\nContent download")));
        auto *bar = detail->findChild<TimingBar *>();
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        const QPalette palette = bar->palette();
        // The events come 100 ms apart after the headers: the body took
        // 200 ms at least.
        // The boundary sits where the recorded times put it (the label's
        // figures, rounded to 0.01 ms: a pixel either way).
        const auto figure = [&timing](const QString &line) {
            for (const QString &l : timing->text().split(u'\n'))
                if (l.startsWith(line))
                    return l.mid(line.size()).trimmed().section(u' ', 0, 0).toDouble();
            return -1.0;
        };
        const double ttfb = figure(QStringLiteral("Waiting (time to first byte)"));
        const double total = figure(QStringLiteral("Total"));
        QVERIFY2(ttfb >= 0 && total >= 200 && ttfb < total, qPrintable(timing->text()));
        const QImage painted = bar->grab().toImage();
        const int y = painted.height() / 2;
        const int boundary = int((painted.width() - 1) * ttfb / total);
        if (boundary >= 3)
            QCOMPARE(painted.pixelColor(boundary - 2, y), Theme::timingWaitColor(palette));
        QCOMPARE(painted.pixelColor(boundary + 2, y), Theme::timingReceiveColor(palette));
        QCOMPARE(painted.pixelColor(painted.width() - 3, y), Theme::timingReceiveColor(palette));

        detail->clear();
        const QImage empty = bar->grab().toImage();
        QCOMPARE(empty.pixelColor(1, empty.height() / 2), palette.alternateBase().color());
        QCOMPARE(empty.pixelColor(empty.width() - 3, empty.height() / 2),
                 palette.alternateBase().color());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNewRequestDialog)
#include "tst_new_request_dialog.moc"
