// File > Import… of a .mcpscope capture bundle (ImportRunner's bundle path):
// a good bundle adds its session to the live store, which the sidebar then
// picks, and the status bar counts what came in; a file that starts as an
// SQLite database but is no bundle is refused with the importer's words, the
// store left as it was, and Import… enabled again. The bundle holds a session
// the product recorded from MisbehavingServer (a real HTTP server).
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/redaction.h"
#include "export/capture_bundle.h"
#include "gui_test_settings.h"
#include "misbehaving_server.h"
#include "models/session_list_model.h"
#include "session/mcp_session.h"
#include "ui/capture/import_runner.h"
#include "ui/main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestImportRunner : public QObject
{
    Q_OBJECT

    static qint64 exchangeCount(const QString &path, qint64 session = 0)
    {
        CaptureReader reader;
        if (!reader.open(path))
            return -1;
        return (session ? reader.exchangeCount(session) : reader.exchangeCount()).value_or(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_import_runner"));
        // A session of two GETs in a store of its own, written as a bundle.
        const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(source));
        MisbehavingServer server;
        McpSession session(&store);
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::None;
        options.target = server.url(QStringLiteral("/"));
        options.captureName = QStringLiteral("bundled");
        options.captureKind = QStringLiteral("http");
        QVERIFY(session.open(options));
        for (const QString &path : {QStringLiteral("/ok"), QStringLiteral("/html")}) {
            HttpRequest request;
            request.url = QUrl(server.url(path));
            HttpCall *call = session.http()->send(request);
            QSignalSpy finished(call, &HttpCall::finished);
            QVERIFY(finished.wait(10000));
            call->deleteLater();
        }
        const qint64 id = session.captureSessionId();
        session.close();
        QTRY_VERIFY(session.isClosed());
        store.close();
        m_bundle = m_dir.filePath(QStringLiteral("two.mcpscope"));
        auto written = CaptureBundle::write(source, {{id}, {}}, m_bundle, Redactor());
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->exchanges, qint64(2));
        QVERIFY(ImportRunner::isBundle(m_bundle));
        QVERIFY(m_live.open(m_dir.filePath(QStringLiteral("live.sqlite"))));
    }

    void bundleImportAddsItsSessionAndPicksIt()
    {
        MainWindow window(&m_live);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *importAction = window.findChild<QAction *>(QStringLiteral("importAction"));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        ImportRunner *runner = window.importFile(m_bundle);
        QVERIFY(runner);
        // While it runs: a busy bar in the status bar, Import… disabled.
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("importProgress")));
        QVERIFY(!importAction->isEnabled());
        QVERIFY(finished.wait(30000));
        const QString expected = QStringLiteral("Imported 1 session(s) from %1: 2 exchange(s).")
                                     .arg(QDir::toNativeSeparators(m_bundle));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(), expected);
        QCOMPARE(window.statusBar()->currentMessage(), expected);
        QVERIFY(importAction->isEnabled());
        QTRY_VERIFY(!window.findChild<QProgressBar *>(QStringLiteral("importProgress")));

        // The new session is the one picked in the sidebar, with both exchanges.
        auto *sessions = window.findChild<QListView *>(QStringLiteral("sessionList"));
        const QModelIndexList picked = sessions->selectionModel()->selectedIndexes();
        QCOMPARE(picked.size(), 1);
        const qint64 imported = picked.first().data(SessionListModel::SessionIdRole).toLongLong();
        QVERIFY(imported > 0);
        QCOMPARE(exchangeCount(m_live.path(), imported), 2);
        QCOMPARE(picked.first().data().toString(), QStringLiteral("bundled (2 exchange(s))"));
    }

    void notABundleIsRefusedAndChangesNothing()
    {
        const QString fake = m_dir.filePath(QStringLiteral("fake.mcpscope"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x5a'));
        file.close();
        QVERIFY(ImportRunner::isBundle(fake)); // by its first bytes
        const qint64 before = exchangeCount(m_live.path());

        MainWindow window(&m_live);
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFile(fake);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Nothing was imported from %1: ")
                                        .arg(QDir::toNativeSeparators(fake))),
                 qPrintable(message));
        QVERIFY(message.size() > QStringLiteral("Nothing was imported from %1: ")
                                     .arg(QDir::toNativeSeparators(fake))
                                     .size());
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("importError"));
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), QStringLiteral("Import failed"));
        QCOMPARE(box->text(), message);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        QCOMPARE(exchangeCount(m_live.path()), before);
        box->accept();
    }

    // A file that is neither: not read as a bundle, and not a HAR either.
    void plainTextIsNoBundle()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite is a database\n");
        file.close();
        QVERIFY(!ImportRunner::isBundle(text));
        QVERIFY(!ImportRunner::isBundle(m_dir.filePath(QStringLiteral("missing.mcpscope"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    CaptureStore m_live;
};

QTEST_MAIN(TestImportRunner)
#include "tst_import_runner.moc"
