// A capture opened offline (CaptureWindow) beyond opening it: picking a
// session in its sidebar filters its log and becomes the export's current
// session; File > Export… and Export Selected… open the export dialog on
// the capture file, not the live store; File > Close closes it; a path that
// is no file is refused with a message that says so. The capture is
// recorded by the product from MisbehavingServer (a real HTTP server).
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "misbehaving_server.h"
#include "models/capture_model.h"
#include "models/session_list_model.h"
#include "session/mcp_session.h"
#include "ui/capture/capture_window.h"
#include "ui/capture/export_dialog.h"
#include "ui/capture/log_page.h"
#include "ui/capture/recent_captures.h"
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCaptureWindow : public QObject
{
    Q_OBJECT

    // One plain HTTP session per path, each a GET through its own session.
    qint64 record(CaptureStore &store, const QStringList &paths)
    {
        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::None;
        options.target = m_server.url(QStringLiteral("/"));
        options.captureName = QStringLiteral("plain %1").arg(paths.join(u','));
        options.captureKind = QStringLiteral("http");
        if (!session.open(options))
            return 0;
        for (const QString &path : paths) {
            HttpRequest request;
            request.url = QUrl(m_server.url(path));
            HttpCall *call = session.http()->send(request);
            QSignalSpy finished(call, &HttpCall::finished);
            if (!finished.wait(10000))
                return 0;
            call->deleteLater();
        }
        const qint64 id = session.captureSessionId();
        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        if (!session.isClosed() && !closed.wait(10000))
            return 0;
        return id;
    }

    static QSet<QString> shownPaths(CaptureWindow *window)
    {
        auto *log = window->findChild<QTableView *>(QStringLiteral("captureLog"));
        QSet<QString> paths;
        for (int row = 0; row < log->model()->rowCount(); ++row)
            paths << log->model()->index(row, CaptureModel::Path).data().toString();
        return paths;
    }

    static QModelIndex sessionIndex(CaptureWindow *window, qint64 id)
    {
        auto *list = window->findChild<QListView *>(QStringLiteral("captureSessions"));
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(SessionListModel::SessionIdRole).toLongLong() == id)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_capture_window"));
        RecentCaptures::clear();
        m_capturePath = m_dir.filePath(QStringLiteral("offline.sqlite"));
        CaptureStore capture;
        QVERIFY(capture.open(m_capturePath));
        m_first = record(capture, {QStringLiteral("/ok"), QStringLiteral("/html")});
        m_second = record(capture, {QStringLiteral("/badutf8")});
        QVERIFY(m_first > 0 && m_second > 0);
        capture.close();
        QVERIFY(m_live.open(m_dir.filePath(QStringLiteral("live.sqlite"))));
    }

    // The sidebar's session filters the log, and is what Export… starts from.
    void sessionPickedFiltersAndIsExported()
    {
        MainWindow main(&m_live);
        QPointer<CaptureWindow> window = main.openCapture(m_capturePath);
        QVERIFY(window);
        QCOMPARE(window->windowTitle(), QStringLiteral("offline.sqlite (read-only) — McpScope"));
        QTRY_COMPARE(shownPaths(window),
                     (QSet<QString>{QStringLiteral("/ok"), QStringLiteral("/html"),
                                    QStringLiteral("/badutf8")}));
        auto *sessions = window->findChild<QListView *>(QStringLiteral("captureSessions"));
        QCOMPARE(sessions->model()->rowCount(), 2);
        sessions->selectionModel()->select(sessionIndex(window, m_second),
                                           QItemSelectionModel::ClearAndSelect);
        QTRY_COMPARE(shownPaths(window), QSet<QString>{QStringLiteral("/badutf8")});
        QCOMPARE(window->findChild<LogPage *>()->sessionFilter(), m_second);

        window->findChild<QAction *>(QStringLiteral("exportCaptureAction"))->trigger();
        auto *dialog = window->findChild<ExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The capture's session is the current one; the scope says so.
        auto *scopeSession = dialog->findChild<QRadioButton *>(QStringLiteral("scopeSession"));
        QVERIFY(scopeSession->isVisibleTo(dialog) && scopeSession->isEnabled());
        QVERIFY(scopeSession->isChecked());
        auto *choices = dialog->findChild<QListWidget *>(QStringLiteral("sessionChoices"));
        QStringList checked;
        for (int row = 0; row < choices->count(); ++row)
            if (choices->item(row)->checkState() == Qt::Checked)
                checked << choices->item(row)->text();
        QCOMPARE(checked,
                 QStringList{QStringLiteral("#%1 plain /badutf8 (1 exchange(s))").arg(m_second)});
        static_cast<QDialog *>(dialog)->reject(); // ExportDialog narrows reject()
        QTRY_VERIFY(!window->findChild<ExportDialog *>());

        // Selecting rows and Export Selected…: the rows are the scope.
        sessions->selectionModel()->clearSelection();
        QTRY_COMPARE(shownPaths(window).size(), 3);
        auto *log = window->findChild<QTableView *>(QStringLiteral("captureLog"));
        log->selectAll();
        QAction *exportSelected = window->findChild<QAction *>(QStringLiteral("exportSelected"));
        QVERIFY(exportSelected);
        QVERIFY(exportSelected->isEnabled());
        exportSelected->trigger();
        dialog = window->findChild<ExportDialog *>();
        QVERIFY(dialog);
        auto *scopeRows = dialog->findChild<QRadioButton *>(QStringLiteral("scopeRows"));
        QVERIFY(scopeRows->isChecked());
        QCOMPARE(scopeRows->text(), QStringLiteral("The selected rows (3 exchange(s))"));
        QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("scopeSession"))
                     ->isVisibleTo(dialog));
        static_cast<QDialog *>(dialog)->reject(); // ExportDialog narrows reject()

        // File > Close: the window goes (deleted on close); the main one stays.
        window->findChild<QAction *>(QStringLiteral("closeCaptureAction"))->trigger();
        QTRY_VERIFY(!window);
        QVERIFY(main.findChildren<CaptureWindow *>().isEmpty());
    }

    // A path that is no file: a warning names it and says why; nothing opens.
    void missingFileIsRefused()
    {
        MainWindow main(&m_live);
        const QString missing = m_dir.filePath(QStringLiteral("gone/none.mcpscope"));
        QString text;
        QString informative;
        QTimer::singleShot(0, &main, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            informative = box->informativeText();
            box->accept();
        });
        QVERIFY(!main.openCapture(missing));
        QCOMPARE(text, QStringLiteral("Could not open %1 as a capture.")
                           .arg(QDir::toNativeSeparators(missing)));
        QCOMPARE(informative, QStringLiteral("%1 does not exist or is not a file.")
                                  .arg(QDir::toNativeSeparators(missing)));
        QVERIFY(main.findChildren<CaptureWindow *>().isEmpty());
        QVERIFY(!RecentCaptures::list().contains(missing));
    }

private:
    QTemporaryDir m_dir;
    MisbehavingServer m_server;
    QString m_capturePath;
    CaptureStore m_live;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

QTEST_MAIN(TestCaptureWindow)
#include "tst_capture_window.moc"
