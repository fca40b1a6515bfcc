#include "misbehaving_server.h"
#include "node_peer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace mcpscope::testing;

// mcpscope-cli as a user runs it: a separate process, JSON on stdout, the
// documented exit codes.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    Run cli(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(MCPSCOPE_CLI), args);
        // Keep this process's event loop turning: the test server lives here.
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000))
            process.kill();
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void requestPrintsExchangeAndStores()
    {
        MisbehavingServer server;
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("cli.sqlite"));
        const Run run =
            cli({QStringLiteral("request"), server.url(QStringLiteral("/ok")), QStringLiteral("-H"),
                 QStringLiteral("Authorization: Bearer PLANTED-CLI-TOKEN"),
                 QStringLiteral("--store"), store});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject e = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(
            e.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(),
            200);
        QCOMPARE(
            e.value(QStringLiteral("response")).toObject().value(QStringLiteral("body")).toString(),
            QStringLiteral("{\"ok\":true}"));
        QVERIFY2(!run.out.contains("PLANTED"), "the CLI prints redacted exchanges");
        QVERIFY(run.out.contains("Bearer [REDACTED]"));

        const Run sessions = cli({QStringLiteral("sessions"), QStringLiteral("--store"), store});
        QCOMPARE(sessions.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(sessions.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("exchanges")).toInt(), 1);
    }

    // Six CLI processes recording into one store at the same moment: each
    // exchange it reported is there, with its own content, in a sound file.
    void sixWritersAtOnceLoseNothing()
    {
        MisbehavingServer server;
        constexpr int writers = 6;
        for (int n = 1; n <= writers; ++n)
            server.serve("/n" + QByteArray::number(n), 200, "application/json",
                         "{\"writer\":" + QByteArray::number(n) + "}");
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("shared.sqlite"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int n = 1; n <= writers; ++n) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(MCPSCOPE_CLI),
                           {QStringLiteral("request"), server.url(QStringLiteral("/n%1").arg(n)),
                            QStringLiteral("--store"), store});
            processes.push_back(std::move(process));
        }
        // The server answers from this process's event loop, which QTRY turns.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(processes.cbegin(), processes.cend(),
                        [](const auto &p) { return p->state() == QProcess::NotRunning; }),
            90000);
        QHash<qint64, int> reported; // exchange id -> writer
        for (int n = 1; n <= writers; ++n) {
            QProcess &process = *processes[n - 1];
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            const QJsonObject e = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            const qint64 id = qint64(e.value(QStringLiteral("id")).toDouble());
            QVERIFY(id > 0);
            QVERIFY2(!reported.contains(id), "two processes reported one exchange id");
            reported.insert(id, n);
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writers"));
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM exchanges")) && q.next());
            QCOMPARE(q.value(0).toInt(), writers);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM exchanges")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), writers);
            for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
                q.prepare(QStringLiteral("SELECT e.url, b.response_body, s.target FROM exchanges e"
                                         " JOIN exchange_bodies b ON b.exchange_id = e.id"
                                         " JOIN sessions s ON s.id = e.session_id WHERE e.id = ?"));
                q.addBindValue(it.key());
                QVERIFY(q.exec());
                QVERIFY2(q.next(), "a reported exchange is missing");
                const QString path = QStringLiteral("/n%1").arg(it.value());
                QVERIFY(q.value(0).toString().endsWith(path));
                QCOMPARE(q.value(1).toByteArray(),
                         "{\"writer\":" + QByteArray::number(it.value()) + "}");
                QVERIFY(q.value(2).toString().endsWith(path));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writers"));
    }

    // What the CLI creates is its owner's only, whatever the umask: the
    // capture store (0600) in folders it made (0700), an export (0600, also
    // when the file was there before, wider), the vault database (0600).
    void filesArePrivate()
    {
        const mode_t previous = ::umask(022);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        MisbehavingServer server;
        QTemporaryDir dir;
        const auto mode = [](const QString &path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777)
                                                                         : -1;
        };
        const int ownerOnly = 0600;
        const int ownerDir = 0700;
        const QString store = dir.filePath(QStringLiteral("made/by/cli/store.sqlite"));
        const Run run = cli({QStringLiteral("request"), server.url(QStringLiteral("/ok")),
                             QStringLiteral("--store"), store});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(mode(store), ownerOnly);
        for (const QString &folder :
             {QStringLiteral("made"), QStringLiteral("made/by"), QStringLiteral("made/by/cli")})
            QCOMPARE(mode(dir.filePath(folder)), ownerDir);
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(cli({QStringLiteral("request"), server.url(QStringLiteral("/ok")),
                     QStringLiteral("--store"), dir.filePath(QStringLiteral("second.sqlite"))})
                    .exitCode == 0);
        QCOMPARE(mode(dir.path()), 0755); // a folder that was there: not ours to change
        QCOMPARE(mode(dir.filePath(QStringLiteral("second.sqlite"))), ownerOnly);

        const QString exported = dir.filePath(QStringLiteral("export.json"));
        const Run fresh = cli({QStringLiteral("export"), QStringLiteral("--store"), store,
                               QStringLiteral("--output"), exported});
        QCOMPARE(fresh.exitCode, 0);
        QCOMPARE(mode(exported), ownerOnly);
        QVERIFY(::chmod(QFile::encodeName(exported).constData(), 0644) == 0);
        const Run again = cli({QStringLiteral("export"), QStringLiteral("--store"), store,
                               QStringLiteral("--output"), exported});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(mode(exported), ownerOnly);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(
            QJsonDocument::fromJson(file.readAll()).object().contains(QStringLiteral("exchanges")));

        const QString vault = dir.filePath(QStringLiteral("vaults/vault.sqlite"));
        const Run tokens = cli(
            {QStringLiteral("auth"), QStringLiteral("tokens"), QStringLiteral("--vault"), vault});
        QVERIFY2(tokens.exitCode == 0, tokens.err.constData());
        QCOMPARE(mode(vault), ownerOnly);
        QCOMPARE(mode(dir.filePath(QStringLiteral("vaults"))), ownerDir);
    }

    // Several CLIs opening one new vault at once: each waits for the one
    // creating it, none fails with "database is locked", and the vault has
    // one identity.
    void concurrentFirstOpenOfAVault()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault.sqlite"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 8; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(QStringLiteral(MCPSCOPE_CLI),
                                    {QStringLiteral("auth"), QStringLiteral("tokens"),
                                     QStringLiteral("--vault"), vault});
        }
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("concurrent"));
            db.setDatabaseName(vault);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT identity) FROM vault")) &&
                q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("concurrent"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("expected");
        QTest::newRow("http error") << QStringLiteral("/missing") << 3;
        QTest::newRow("bad gateway html") << QStringLiteral("/html") << 3;
        QTest::newRow("refused") << QStringLiteral("refused") << 2;
        QTest::newRow("closed mid-body") << QStringLiteral("/cut") << 2;
        QTest::newRow("bad url") << QStringLiteral("notaurl") << 1;
        QTest::newRow("bad header") << QStringLiteral("badheader") << 1;
        QTest::newRow("unknown verb") << QStringLiteral("verb") << 1;
        QTest::newRow("store unusable") << QStringLiteral("store") << 4;
    }
    void exitCodes()
    {
        QFETCH(QString, what);
        QFETCH(int, expected);
        MisbehavingServer server;
        QStringList args{QStringLiteral("request")};
        if (what.startsWith(QLatin1Char('/')))
            args << server.url(what);
        else if (what == u"refused")
            args << QStringLiteral("http://127.0.0.1:%1/").arg(freePort());
        else if (what == u"notaurl")
            args << QStringLiteral("ftp://x");
        else if (what == u"badheader")
            args << server.url(QStringLiteral("/ok")) << QStringLiteral("-H")
                 << QStringLiteral("no colon here");
        else if (what == u"verb")
            args = QStringList{QStringLiteral("frobnicate")};
        else if (what == u"store")
            args << server.url(QStringLiteral("/ok")) << QStringLiteral("--store")
                 << QStringLiteral("/proc/nope/x.sqlite");
        const Run run = cli(args);
        QCOMPARE(run.exitCode, expected);
        if (expected == 2)
            QVERIFY(!run.err.isEmpty()); // the error sentence goes to stderr
    }

    // The MCP verbs against the reference server, started over stdio.
    void mcpVerbs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("connect") << QStringList{QStringLiteral("connect")} << 0
                                 << QStringLiteral("\"transport\": \"stdio\"");
        QTest::newRow("tools list") << QStringList{QStringLiteral("tools"), QStringLiteral("list")}
                                    << 0 << QStringLiteral("\"echo\"");
        QTest::newRow("tools call")
            << QStringList{QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("echo"),
                           QStringLiteral("--args"), QStringLiteral("{\"message\":\"cli\"}")}
            << 0 << QStringLiteral("Echo: cli");
        QTest::newRow("tool error")
            << QStringList{QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("nope"),
                           QStringLiteral("--no-validate")}
            << 5 << QStringLiteral("isError");
        QTest::newRow("unknown tool")
            << QStringList{QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("nope")}
            << 5 << QStringLiteral("no tool named \"nope\"");
        QTest::newRow("args break the schema")
            << QStringList{QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("echo"),
                           QStringLiteral("--args"), QStringLiteral("{\"message\":5}")}
            << 1 << QStringLiteral("--args /message");
        QTest::newRow("no-validate sends anyway") << QStringList{QStringLiteral("tools"),
                                                                 QStringLiteral("call"),
                                                                 QStringLiteral("echo"),
                                                                 QStringLiteral("--args"),
                                                                 QStringLiteral("{\"message\":5}"),
                                                                 QStringLiteral("--no-validate")}
                                                  << 5 << QStringLiteral("message");
        QTest::newRow("env reaches the server")
            << QStringList{QStringLiteral("tools"), QStringLiteral("call"),
                           QStringLiteral("get-env"), QStringLiteral("--env"),
                           QStringLiteral("MCPSCOPE_PROBE=probe-value")}
            << 0 << QStringLiteral("probe-value");
        QTest::newRow("bad env") << QStringList{QStringLiteral("connect"), QStringLiteral("--env"),
                                                QStringLiteral("=x")}
                                 << 1 << QStringLiteral("--env takes NAME=value");
        QTest::newRow("resources read")
            << QStringList{QStringLiteral("resources"), QStringLiteral("read"),
                           QStringLiteral("demo://resource/static/document/architecture.md")}
            << 0 << QStringLiteral("Architecture");
        QTest::newRow("prompts get")
            << QStringList{QStringLiteral("prompts"), QStringLiteral("get"),
                           QStringLiteral("simple-prompt")}
            << 0 << QStringLiteral("simple prompt");
        QTest::newRow("bad args json")
            << QStringList{QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("echo"),
                           QStringLiteral("--args"), QStringLiteral("[1")}
            << 1 << QString();
    }
    void mcpVerbs()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expected);
        QFETCH(QString, expectedText);
        const QString server =
            QStringLiteral("\"%1\" \"%2\" stdio")
                .arg(nodeBinary(),
                     peersDir() +
                         QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"));
        const Run run = cli(args << QStringLiteral("--stdio") << server);
        QVERIFY2(run.exitCode == expected, run.err.constData());
        const QByteArray both = run.out + run.err;
        QVERIFY2(both.contains(expectedText.toUtf8()), both.constData());
    }

    void helpDocumentsExitCodes()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Exit codes"));
        QVERIFY(run.out.contains("request URL"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
