#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "capture/redaction.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "screenshots.h"
#include "session/mcp_session.h"
#include "ui/capture/export_dialog.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

// The export dialog (issue 13): the redaction review over a store recorded
// from a real session with server-everything (every request carrying an
// Authorization header), user rules, every format, and File > Import… of
// what was exported.
class TestExportDialog : public QObject
{
    Q_OBJECT

    static constexpr const char *kMarker = "ticket-marker-48151623";

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    // Answers the modal dialogs action opens (see tst_offline_capture).
    static void withDialogs(QAction *action, const std::function<bool(QWidget *)> &answer)
    {
        QVERIFY(action);
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            auto *dialog = qobject_cast<QDialog *>(modal);
            if (!answer(modal) && dialog && dialog->isVisible())
                dialog->reject();
        });
        poll.start();
        action->trigger();
    }

    static bool pick(QWidget *modal, const QString &path)
    {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name =
            dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (!name)
            return false;
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept();
        return true;
    }

    // Authorization placeholders in the stored exchanges, counted here.
    qint64 storedAuthorizationRedactions() const
    {
        CaptureReader reader;
        if (!reader.open(m_storePath))
            return -1;
        auto ids = reader.exchangeIds({}, 0, 100000);
        if (!ids)
            return -1;
        auto exchanges = reader.exchanges(*ids);
        if (!exchanges)
            return -1;
        qint64 n = 0;
        for (const Exchange &e : *exchanges)
            for (const HeaderList *headers : {&e.requestHeaders, &e.responseHeaders})
                for (const auto &[name, value] : *headers)
                    if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                        n += value.count(Redactor::placeholder);
        return n;
    }

    static qint64 tallyCount(const RedactionTally &tally, const QString &kind, const QString &name)
    {
        qint64 n = 0;
        for (const RedactionTally::Entry &e : tally.entries())
            if (e.kind == kind && e.name.compare(name, Qt::CaseInsensitive) == 0)
                n += e.count;
        return n;
    }

    // The dialog File > Export… opens, its first review done.
    ExportDialog *openExport(MainWindow &window)
    {
        QAction *action = window.findChild<QAction *>(QStringLiteral("exportAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto *dialog = window.findChild<ExportDialog *>();
        if (!dialog)
            return nullptr;
        QSignalSpy reviewed(dialog, &ExportDialog::reviewUpdated);
        if (!reviewed.wait(20000))
            return nullptr;
        return dialog;
    }

    static bool waitReview(ExportDialog *dialog)
    {
        QSignalSpy reviewed(dialog, &ExportDialog::reviewUpdated);
        return reviewed.wait(20000);
    }

    static void addRule(ExportDialog *dialog, const QString &kind, const QString &value)
    {
        auto *kinds = child<QComboBox>(dialog, "ruleKind");
        kinds->setCurrentIndex(kinds->findData(kind));
        QTest::keyClicks(child<QLineEdit>(dialog, "ruleValue"), value);
        QTest::mouseClick(child<QPushButton>(dialog, "addRule"), Qt::LeftButton);
    }

    // Exports with the dialog's current settings to path; the message or "".
    static QString exportTo(ExportDialog *dialog, const QString &path)
    {
        QLineEdit *edit = child<QLineEdit>(dialog, "exportPath");
        edit->clear();
        QTest::keyClicks(edit, path);
        QSignalSpy done(dialog, &ExportDialog::exported);
        QSignalSpy failed(dialog, &ExportDialog::exportFailed);
        QPushButton *button = child<QPushButton>(dialog, "exportButton");
        if (!button->isEnabled())
            return {};
        QTest::mouseClick(button, Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000);
        if (!failed.isEmpty())
            qWarning() << failed.first().first().toString();
        return done.isEmpty() ? QString() : done.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_export_dialog"));
        QSettings().remove(ExportDialog::settingsKey());
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_storePath = m_dir.filePath(QStringLiteral("live.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(m_storePath));
            FindingsStore findings;
            QVERIFY(findings.open(m_storePath));
            McpSession session(&store);
            McpSessionOptions options;
            options.kind = McpSessionOptions::Kind::Http;
            options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
            options.transport = McpClient::Transport::StreamableHttp;
            options.findings = &findings;
            options.headers = {{"Authorization", "Bearer sk-live-export-dialog-0123456789abcdef"}};
            QSignalSpy connected(session.client(), &McpClient::connected);
            QVERIFY(session.open(options));
            QVERIFY(connected.wait(20000));
            for (const QString &message : {QString::fromLatin1(kMarker), QStringLiteral("two")}) {
                McpRequest *request = session.client()->request(
                    QStringLiteral("tools/call"),
                    {{QStringLiteral("name"), QStringLiteral("echo")},
                     {QStringLiteral("arguments"),
                      QJsonObject{{QStringLiteral("message"), message}}}});
                QSignalSpy finished(request, &McpRequest::finished);
                QVERIFY(request->isFinished() || finished.wait(20000));
                request->deleteLater();
            }
            m_sessionId = session.captureSessionId();
            QSignalSpy closed(&session, &McpSession::closed);
            session.close();
            QVERIFY(closed.wait(15000));
            store.flush();
        }
        QVERIFY(m_sessionId > 0);
        CaptureReader reader;
        QVERIFY(reader.open(m_storePath));
        m_exchanges = reader.exchangeCount(m_sessionId).value_or(-1);
        QVERIFY(m_exchanges >= 4);
        QVERIFY(storedAuthorizationRedactions() >= m_exchanges - 1);
        QVERIFY(m_live.open(m_storePath));
    }

    void reviewCountsWhatTheStoreRedacted()
    {
        MainWindow window(&m_live);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExportDialog *dialog = openExport(window);
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, "scopeStore")->isChecked());
        const qint64 expected = storedAuthorizationRedactions();
        QCOMPARE(
            tallyCount(dialog->tally(), QStringLiteral("header"), QStringLiteral("Authorization")),
            expected);
        // And the table shows it: a row named Authorization with that count.
        auto *table = child<QTableWidget>(dialog, "tallyTable");
        bool shown = false;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text().compare(QStringLiteral("Authorization"),
                                                    Qt::CaseInsensitive) == 0 &&
                table->item(row, 0)->data(Qt::UserRole).toString() == u"header") {
                QCOMPARE(table->item(row, 2)->data(Qt::UserRole).toLongLong(), expected);
                shown = true;
            }
        QVERIFY(shown);
        QVERIFY(child<QLabel>(dialog, "tallyTotal")
                    ->text()
                    .contains(QString::number(dialog->tally().total())));
        dialog->close();
    }

    void ctrlEOpensTheExportDialog()
    {
        MainWindow window(&m_live);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<ExportDialog *>() != nullptr);
        auto *dialog = window.findChild<ExportDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->tally().isEmpty(), 20000);
        dialog->close();
    }

    void regexRuleRaisesTheTallyAndRemovesTheValue()
    {
        MainWindow window(&m_live);
        window.show();
        ExportDialog *dialog = openExport(window);
        QVERIFY(dialog);
        const qint64 before = dialog->tally().total();
        const QString pattern = QStringLiteral("ticket-marker-\\d+");
        addRule(dialog, QStringLiteral("pattern"), pattern);
        QVERIFY(waitReview(dialog));
        const qint64 hits =
            dialog->tally().count(QStringLiteral("rule"), QStringLiteral("pattern ") + pattern);
        QVERIFY2(hits > 0, qPrintable(dialog->tally().toText()));
        QCOMPARE(dialog->tally().total(), before + hits);
        QCOMPARE(child<QTableWidget>(dialog, "rulesTable")->rowCount(), 1);
        // The HAR written holds the value no more.
        m_har = m_dir.filePath(QStringLiteral("export.har"));
        QVERIFY(!exportTo(dialog, m_har).isEmpty());
        QFile har(m_har);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray bytes = har.readAll();
        QVERIFY(!bytes.contains(kMarker));
        QVERIFY(!bytes.contains("sk-live-export-dialog"));
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        QVERIFY(doc.isObject());
        QVERIFY(doc[QStringLiteral("log")][QStringLiteral("entries")].toArray().size() >=
                m_exchanges);
        QCOMPARE(har.permissions() & 0x0077, QFileDevice::Permissions());
    }

    void rulesPersistAcrossDialogs()
    {
        MainWindow window(&m_live);
        ExportDialog *dialog = openExport(window);
        QVERIFY(dialog);
        auto *rules = child<QTableWidget>(dialog, "rulesTable");
        QCOMPARE(rules->rowCount(), 1);
        QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("ticket-marker-\\d+"));
        QVERIFY(dialog->tally().count(QStringLiteral("rule"),
                                      QStringLiteral("pattern ticket-marker-\\d+")) > 0);
    }

    void badRegexDisablesExport()
    {
        MainWindow window(&m_live);
        ExportDialog *dialog = openExport(window);
        QVERIFY(dialog);
        auto *button = child<QPushButton>(dialog, "exportButton");
        QVERIFY(button->isEnabled());
        addRule(dialog, QStringLiteral("pattern"), QStringLiteral("([unclosed"));
        QVERIFY(!button->isEnabled());
        auto *error = child<QLabel>(dialog, "ruleError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("([unclosed")), qPrintable(error->text()));
        // Not saved: a new dialog still has the one good rule.
        {
            ExportDialog other(m_storePath, 0, {});
            QCOMPARE(other.rules().patterns, QStringList{QStringLiteral("ticket-marker-\\d+")});
        }
        // Removed, Export is back.
        auto *rules = child<QTableWidget>(dialog, "rulesTable");
        rules->selectRow(rules->rowCount() - 1);
        QTest::mouseClick(child<QPushButton>(dialog, "removeRule"), Qt::LeftButton);
        QVERIFY(button->isEnabled());
        QVERIFY(!error->isVisible());
    }

    void everyFormatWritesAPrivateFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("har") << 0 << QStringLiteral("all.har");
        QTest::newRow("json") << 1 << QStringLiteral("all.json");
        QTest::newRow("bundle") << 2 << QStringLiteral("all.mcpscope");
        QTest::newRow("markdown") << 3 << QStringLiteral("all.md");
        QTest::newRow("html") << 4 << QStringLiteral("all.html");
    }

    void everyFormatWritesAPrivateFile()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        MainWindow window(&m_live);
        ExportDialog *dialog = openExport(window);
        QVERIFY(dialog);
        auto *formats = child<QComboBox>(dialog, "exportFormat");
        QCOMPARE(formats->currentIndex(), 0);
        if (format != 0) {
            formats->setCurrentIndex(format);
            QVERIFY(waitReview(dialog));
        }
        const QString path = m_dir.filePath(name);
        const QString message = exportTo(dialog, path);
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(name), qPrintable(message));
        QFile file(path);
        QVERIFY(file.exists());
        QVERIFY(file.size() > 0);
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format != 2) // the bundle is SQLite: its pages may hold anything freed
            QVERIFY(!bytes.contains(kMarker));
        QVERIFY(!bytes.contains("sk-live-export-dialog"));
        if (format == 2) {
            CaptureReader bundle;
            QVERIFY(bundle.open(path));
            QCOMPARE(bundle.exchangeCount().value_or(-1), m_exchanges);
            // The user's rule ran over the bundle's rows too.
            auto ids = bundle.exchangeIds({}, 0, 100000);
            QVERIFY(ids);
            auto exchanges = bundle.exchanges(*ids);
            QVERIFY(exchanges);
            for (const Exchange &e : *exchanges)
                QVERIFY(!e.requestBody.contains(kMarker) && !e.responseBody.contains(kMarker));
            auto messages = bundle.messages();
            QVERIFY(messages);
            QVERIFY(!messages->isEmpty());
            for (const MessageRecord &m : *messages)
                QVERIFY(!m.payload.contains(kMarker));
        }
    }

    void selectedRowsOfferNoReport()
    {
        MainWindow window(&m_live);
        window.show();
        auto *log = window.findChild<QTableView *>(QStringLiteral("captureLog"));
        QVERIFY(log);
        QTRY_VERIFY(log->model()->rowCount() >= 2);
        log->selectRow(0);
        log->selectionModel()->select(log->model()->index(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QAction *exportSelected = window.findChild<QAction *>(QStringLiteral("exportSelected"));
        QVERIFY(exportSelected);
        QVERIFY(exportSelected->isEnabled());
        exportSelected->trigger();
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(waitReview(dialog));
        QVERIFY(child<QRadioButton>(dialog, "scopeRows")->isChecked());
        auto *model =
            qobject_cast<QStandardItemModel *>(child<QComboBox>(dialog, "exportFormat")->model());
        QVERIFY(!model->item(3)->isEnabled());
        QVERIFY(!model->item(3)->toolTip().isEmpty());
        QVERIFY(model->item(2)->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("rows.har"));
        QVERIFY(!exportTo(dialog, path).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(
                     file.readAll())[QStringLiteral("log")][QStringLiteral("entries")]
                     .toArray()
                     .size(),
                 2);
    }

    void importOfTheExportAddsAnEqualSession()
    {
        QVERIFY(!m_har.isEmpty());
        MainWindow window(&m_live);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        withDialogs(window.findChild<QAction *>(QStringLiteral("importAction")),
                    [this](QWidget *modal) { return pick(modal, m_har); });
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The new session is picked in the sidebar, with as many exchanges.
        auto *sessions = window.findChild<QListView *>(QStringLiteral("sessionList"));
        const QModelIndexList picked = sessions->selectionModel()->selectedIndexes();
        QCOMPARE(picked.size(), 1);
        const qint64 imported = picked.first().data(Qt::UserRole).toLongLong();
        QVERIFY(imported != m_sessionId);
        CaptureReader reader;
        QVERIFY(reader.open(m_storePath));
        QCOMPARE(reader.exchangeCount(imported).value_or(-1), m_exchanges);
    }

    void failingImportChangesNothing()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.har"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"log\": {\"version\": \"1.2\", \"entries\": [{\"request\": tru");
        file.close();
        CaptureReader reader;
        QVERIFY(reader.open(m_storePath));
        const qint64 sessionsBefore = reader.sessions()->size();
        const qint64 exchangesBefore = reader.exchangeCount().value_or(-1);

        MainWindow window(&m_live);
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFile(garbage);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("importError"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("garbage.har")));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(qint64(reader.sessions()->size()), sessionsBefore);
        QCOMPARE(reader.exchangeCount().value_or(-1), exchangesBefore);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("MCPSCOPE_SCREENSHOT_DIR"))
            QSKIP("MCPSCOPE_SCREENSHOT_DIR not set");
        MainWindow window(&m_live);
        window.show();
        ExportDialog *dialog = openExport(window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        addRule(dialog, QStringLiteral("header"), QStringLiteral("X-Request-Id"));
        QVERIFY(waitReview(dialog));
        snapAll(dialog, QStringLiteral("export-dialog"));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    QString m_storePath;
    CaptureStore m_live;
    qint64 m_sessionId = 0;
    qint64 m_exchanges = 0;
    QString m_har;
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
