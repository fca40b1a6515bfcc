#include "capture/capture_reader.h"
#include "capture/capture_schema.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "capture_ui.h"
#include "gui_test_settings.h"
#include "models/capture_model.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "screenshots.h"
#include "test_store.h"
#include "ui/capture/capture_window.h"
#include "ui/capture/recent_captures.h"
#include "ui/diagnostics/findings_view.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

// Captures opened offline (issue 13): File > Open Capture… shows a store
// read-only in a window of its own, whatever its schema version, without
// changing a byte of it; recent captures; a file that is no capture.
class TestOfflineCapture : public QObject
{
    Q_OBJECT

    // Triggers action and answers every modal dialog it opens with answer
    // (which returns false for a dialog it did not expect: rejected). A
    // dialog still open on the next tick is answered again: a file dialog
    // may ignore an accept() while it is still reading its folder.
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
        action->trigger(); // returns when the dialogs have closed
    }

    // Types path into the Open Capture file dialog's name box and accepts,
    // as a user does.
    static bool pick(QWidget *modal, const QString &path)
    {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name =
            dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (!name)
            return false;
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
        return true;
    }

    static QAction *action(QWidget *window, const char *name)
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }

    static QList<CaptureWindow *> captureWindows(QWidget *owner)
    {
        return owner->findChildren<CaptureWindow *>(QString(), Qt::FindDirectChildrenOnly);
    }

    static QTableView *log(QWidget *window)
    {
        return window->findChild<QTableView *>(QStringLiteral("captureLog"));
    }

    static qint64 exchangeCount(const QString &path)
    {
        CaptureReader reader;
        return reader.open(path) ? reader.exchangeCount().value_or(-1) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_offline_capture"));
        RecentCaptures::clear();
        QVERIFY(m_live.open(m_dir.filePath(QStringLiteral("live.sqlite"))));

        // A store recorded from a real session with server-everything.
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_recorded = m_dir.filePath(QStringLiteral("recorded.sqlite"));
        {
            CaptureStore store;
            QVERIFY(store.open(m_recorded));
            FindingsStore findings;
            QVERIFY(findings.open(m_recorded));
            QVERIFY(recordEverythingSession(
                        store, &findings,
                        QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
                        {QStringLiteral("offline one"), QStringLiteral("offline two")}) > 0);
        }
        QVERIFY(exchangeCount(m_recorded) >= 4);

        // A store as the first McpScope wrote it: schema 1 only, one exchange.
        m_old = m_dir.filePath(QStringLiteral("schema1.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(m_old);
            QVERIFY(db.open());
            auto migrated = CaptureSchema::migrate(db, 1);
            QVERIFY(migrated);
            QCOMPARE(*migrated, 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions(id, name, target, kind, started_at)"
                                          " VALUES (1, 'old session', 'http://old.example/mcp',"
                                          " 'mcp', 1700000000000)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO exchanges(id, session_id, started_at, state, method, url, host,"
                " status, content_type) VALUES (1, 1, 1700000000100, 'complete', 'POST',"
                " 'http://old.example/mcp', 'old.example', 200, 'application/json')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO exchange_bodies(exchange_id, request_body, response_body) VALUES"
                " (1, CAST('{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}' AS BLOB),"
                " CAST('{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}' AS BLOB))")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        m_garbage = m_dir.filePath(QStringLiteral("garbage.mcpscope"));
        QFile garbage(m_garbage);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("this is not SQLite at all, just text\n").repeated(200));
    }

    void opensARecordedStoreReadOnly()
    {
        MainWindow window(&m_live);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray before = fileSha256(m_recorded);

        withDialogs(action(&window, "openCaptureAction"),
                    [this](QWidget *modal) { return pick(modal, m_recorded); });
        QCOMPARE(captureWindows(&window).size(), 1);
        CaptureWindow *capture = captureWindows(&window).first();
        QVERIFY(QTest::qWaitForWindowExposed(capture));
        QVERIFY(capture->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(capture->windowTitle().contains(QStringLiteral("recorded.sqlite")));
        // The main window's log stays on the live store.
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("captureLog"))->model()->rowCount(),
                 0);

        QTableView *table = log(capture);
        QVERIFY(table);
        QTRY_COMPARE(qint64(table->model()->rowCount()), exchangeCount(m_recorded));
        auto *sessions = capture->findChild<QListView *>(QStringLiteral("captureSessions"));
        QVERIFY(sessions);
        QCOMPARE(sessions->model()->rowCount(), 1);

        // An exchange's detail: the tools/call request and its answer.
        int call = -1;
        for (int row = 0; row < table->model()->rowCount() && call < 0; ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            if (bodyText(capture->findChild<QWidget *>(QStringLiteral("exchangeDetail")),
                         "requestBody")
                    .contains(QStringLiteral("offline one")))
                call = row;
        }
        QVERIFY(call >= 0);
        QWidget *detail = capture->findChild<QWidget *>(QStringLiteral("exchangeDetail"));
        QVERIFY(exchangeSummary(detail).contains(QStringLiteral("/mcp")));
        QVERIFY(bodyText(detail, "responseBody").contains(QStringLiteral("Echo: offline one")));
        // Nothing is sent from a capture opened offline.
        auto *replay = detail->findChild<QPushButton *>(QStringLiteral("detailReplay"));
        QVERIFY(replay && !replay->isVisibleTo(detail));
        auto *replayAction = capture->findChild<QAction *>(QStringLiteral("replayExchange"));
        QVERIFY(replayAction && !replayAction->isEnabled());

        // Picking the session filters to it; its findings tab is there.
        sessions->setCurrentIndex(sessions->model()->index(0, 0));
        QTRY_COMPARE(qint64(table->model()->rowCount()), exchangeCount(m_recorded));
        QVERIFY(capture->findChild<FindingsView *>(QStringLiteral("captureFindings")));

        table->setCurrentIndex(table->model()->index(call, 0));
        QVERIFY(bodyText(detail, "requestBody").contains(QStringLiteral("offline one")));
        snapAll(capture, QStringLiteral("offline-capture"));

        // Reload reads the same rows again.
        QSignalSpy reloaded(capture, &CaptureWindow::reloaded);
        action(capture, "reloadCaptureAction")->trigger();
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(qint64(table->model()->rowCount()), exchangeCount(m_recorded));

        capture->close();
        QTRY_VERIFY(captureWindows(&window).isEmpty());
        QCOMPARE(fileSha256(m_recorded), before);

        // Remembered, newest first; the recent menu opens it again.
        QCOMPARE(RecentCaptures::list().value(0), QFileInfo(m_recorded).absoluteFilePath());
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentCapturesMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QAction *first = action(recent, "recentCapture_0");
        QVERIFY(first);
        QCOMPARE(first->toolTip(), QFileInfo(m_recorded).absoluteFilePath());
        first->trigger();
        QCOMPARE(captureWindows(&window).size(), 1);
        QTRY_COMPARE(qint64(log(captureWindows(&window).first())->model()->rowCount()),
                     exchangeCount(m_recorded));
        captureWindows(&window).first()->close();
        QCOMPARE(fileSha256(m_recorded), before);
    }

    // Read as it is: no upgrade, not a byte changed.
    void opensAnOlderSchemaStore()
    {
        MainWindow window(&m_live);
        window.show();
        const QByteArray before = fileSha256(m_old);
        withDialogs(action(&window, "openCaptureAction"),
                    [this](QWidget *modal) { return pick(modal, m_old); });
        QCOMPARE(captureWindows(&window).size(), 1);
        CaptureWindow *capture = captureWindows(&window).first();
        QTableView *table = log(capture);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QWidget *detail = capture->findChild<QWidget *>(QStringLiteral("exchangeDetail"));
        QVERIFY(exchangeSummary(detail).contains(QStringLiteral("old.example")));
        QVERIFY(bodyText(detail, "responseBody").contains(QStringLiteral("tools")));
        QCOMPARE(capture->findChild<FindingsView *>(QStringLiteral("captureFindings"))->count(), 0);
        capture->close();
        QTRY_VERIFY(captureWindows(&window).isEmpty());
        QCOMPARE(fileSha256(m_old), before);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v"));
        db.setDatabaseName(m_old);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v"));
        QCOMPARE(RecentCaptures::list().value(0), QFileInfo(m_old).absoluteFilePath());
    }

    void garbageGivesAClearError()
    {
        MainWindow window(&m_live);
        window.show();
        QString shown;
        withDialogs(action(&window, "openCaptureAction"), [&](QWidget *modal) {
            if (pick(modal, m_garbage))
                return true;
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box || box->objectName() != u"openCaptureError")
                return false;
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
            return true;
        });
        QVERIFY2(shown.contains(QStringLiteral("garbage.mcpscope")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("not a McpScope capture store")), qPrintable(shown));
        QVERIFY(captureWindows(&window).isEmpty());
        QVERIFY(window.isVisible()); // the app stays up
        QVERIFY(!RecentCaptures::list().contains(QFileInfo(m_garbage).absoluteFilePath()));

        // Clear empties the recent list.
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentCapturesMenu"));
        Q_EMIT recent->aboutToShow();
        QVERIFY(action(recent, "recentCapture_1"));
        action(recent, "clearRecentCaptures")->trigger();
        QVERIFY(RecentCaptures::list().isEmpty());
        Q_EMIT recent->aboutToShow();
        QVERIFY(!action(recent, "recentCapture_0"));
    }

    // A store another McpScope is recording into: Reload, and Follow
    // Changes by itself, show what it committed since.
    void followsAStoreBeingWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("being-written.sqlite"));
        CaptureStore writer;
        QVERIFY(writer.open(path));
        const qint64 session = writer.createSession(QStringLiteral("live"), QStringLiteral("x"),
                                                    QStringLiteral("http"), 1);
        const auto add = [&] {
            Exchange e = makeExchange(writer.reserveExchangeId());
            e.sessionId = session;
            writer.record(e);
            writer.flush();
        };
        add();
        MainWindow window(&m_live);
        CaptureWindow *capture = window.openCapture(path);
        QVERIFY(capture);
        QTableView *table = log(capture);
        QTRY_COMPARE(table->model()->rowCount(), 1);

        action(capture, "followCaptureAction")->setChecked(false);
        add();
        action(capture, "reloadCaptureAction")->trigger();
        QCOMPARE(table->model()->rowCount(), 2);

        action(capture, "followCaptureAction")->setChecked(true);
        QSignalSpy reloaded(capture, &CaptureWindow::reloaded);
        add();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        QVERIFY(!reloaded.isEmpty());
        capture->close();
    }

    // `mcpscope FILE` opens the capture alone: no live store is created.
    void commandLineOpensACaptureWithoutTheLiveStore()
    {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        const QByteArray before = fileSha256(m_recorded);
        for (const QStringList &args :
             {QStringList{m_recorded}, QStringList{QStringLiteral("--open"), m_recorded}}) {
            app.start(QStringLiteral(MCPSCOPE_GUI),
                      args + QStringList{QStringLiteral("--quit-after-first-paint")});
            QVERIFY(app.waitForFinished(30000));
            QCOMPARE(app.exitCode(), 0);
            QVERIFY(app.readAllStandardOutput().contains("first-paint"));
        }
        QDirIterator files(home.path(), {QStringLiteral("captures.sqlite*")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
        QCOMPARE(fileSha256(m_recorded), before);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    CaptureStore m_live;
    QString m_recorded;
    QString m_old;
    QString m_garbage;
};

QTEST_MAIN(TestOfflineCapture)
#include "tst_offline_capture.moc"
