#include "capture/capture_store.h"
#include "cli_run.h"
#include "node_peer.h"
#include "session/mcp_session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// mcpscope-cli diff against real servers: server-everything, and an
// SDK-built server (tests/peers/servers/interface_mcp_server.mjs) in two
// versions of one interface, over Streamable HTTP and stdio, live and
// recorded.
class TestCliDiff : public QObject
{
    Q_OBJECT

    static QString everythingScript()
    {
        return peersDir() +
               QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
    }
    static QString interfaceScript()
    {
        return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/interface_mcp_server.mjs");
    }
    static QString url(const NodePeer &peer)
    {
        return QStringLiteral("http://127.0.0.1:%1/mcp").arg(peer.port());
    }
    static QString stdioEverything()
    {
        return nodeBinary() + QLatin1Char(' ') + everythingScript() + QStringLiteral(" stdio");
    }
    static QString stdioInterface(const char *variant)
    {
        return QStringLiteral("env VARIANT=%1 ").arg(QLatin1String(variant)) + nodeBinary() +
               QLatin1Char(' ') + interfaceScript() + QStringLiteral(" stdio");
    }

    // Runs diff --json; the report, or an empty object when stdout is not JSON.
    static QJsonObject diffJson(const QStringList &args, int *exitCode)
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("diff"), QStringLiteral("--json")} + args);
        *exitCode = run.exitCode;
        if (run.exitCode != 0 && run.exitCode != 6)
            qWarning() << "stderr:" << run.err;
        return QJsonDocument::fromJson(run.out).object();
    }

    // "category key kind pointer" of every change.
    static QStringList changeLines(const QJsonObject &report)
    {
        QStringList out;
        for (const QJsonValue &v : report.value(QLatin1String("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            out.append(QStringList{c.value(QLatin1String("category")).toString(),
                                   c.value(QLatin1String("key")).toString(),
                                   c.value(QLatin1String("kind")).toString(),
                                   c.value(QLatin1String("pointer")).toString()}
                           .join(QLatin1Char(' ')));
        }
        return out;
    }

    // What interface_mcp_server.mjs changes from version a to b.
    static QStringList variantChanges()
    {
        return {
            QStringLiteral("server serverInfo changed /serverInfo/version"),
            QStringLiteral("tool add removed "),
            QStringLiteral("tool echo changed /description"),
            QStringLiteral("tool echo added /inputSchema/properties/loud"),
            QStringLiteral("tool multiply added "),
            QStringLiteral("resource demo://changelog added "),
            QStringLiteral("resourceTemplate demo://items/{id} changed /title"),
            QStringLiteral("prompt greet added /arguments/1"),
        };
    }

    // The sessions in a store, newest last.
    static QList<qint64> sessionIds(const QString &store)
    {
        const CliRun run = runCli({QStringLiteral("sessions"), QStringLiteral("--store"), store});
        QList<qint64> out;
        for (const QJsonValue &s : QJsonDocument::fromJson(run.out).array())
            out.append(qint64(s.toObject().value(QLatin1String("id")).toDouble()));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why = m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_everything2.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_interfaceA.start(interfaceScript(), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QProcessEnvironment b;
        b.insert(QStringLiteral("VARIANT"), QStringLiteral("b"));
        why = m_interfaceB.start(interfaceScript(), {}, b);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void everythingAgainstItselfOverHttp()
    {
        int code = -1;
        const QJsonObject report = diffJson({url(m_everything), url(m_everything2)}, &code);
        QCOMPARE(changeLines(report), QStringList());
        QCOMPARE(report.value(QLatin1String("same")), QJsonValue(true));
        QCOMPARE(report.value(QLatin1String("notCompared")).toArray(), QJsonArray());
        QCOMPARE(code, 0);
    }

    void everythingAgainstAnSdkServerOverHttp()
    {
        int code = -1;
        const QJsonObject report = diffJson({url(m_everything), url(m_interfaceA)}, &code);
        QCOMPARE(code, 6);
        const QStringList lines = changeLines(report);
        // Only in server-everything, only in the SDK server, and in both.
        QVERIFY2(lines.contains(QStringLiteral("tool get-structured-content removed ")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("tool add added ")));
        QVERIFY(lines.contains(QStringLiteral("prompt greet added ")));
        QVERIFY(lines.contains(QStringLiteral("tool echo changed /description")));
        QVERIFY(lines.contains(
            QStringLiteral("tool echo removed /inputSchema/properties/message/description")));
        QVERIFY(lines.contains(QStringLiteral("server serverInfo changed /serverInfo/name")));
        for (const QJsonValue &v : report.value(QLatin1String("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("pointer")) ==
                QJsonValue(QStringLiteral("/serverInfo/name"))) {
                QCOMPARE(c.value(QLatin1String("old")),
                         QJsonValue(QStringLiteral("mcp-servers/everything")));
                QCOMPARE(c.value(QLatin1String("new")), QJsonValue(QStringLiteral("interface")));
            }
        }
    }

    void twoVersionsOverHttp()
    {
        int code = -1;
        const QJsonObject report = diffJson({url(m_interfaceA), url(m_interfaceB)}, &code);
        QCOMPARE(changeLines(report), variantChanges());
        QCOMPARE(code, 6);
        // The schema change carries the new property's schema.
        const QJsonObject loud = report.value(QLatin1String("changes")).toArray().at(3).toObject();
        QCOMPARE(loud.value(QLatin1String("new")).toObject().value(QLatin1String("type")),
                 QJsonValue(QStringLiteral("boolean")));

        // The same, quieted by rules; and the human report, one line per change.
        const CliRun quiet =
            runCli({QStringLiteral("diff"), url(m_interfaceA), url(m_interfaceB),
                    QStringLiteral("--ignore"), QStringLiteral("/serverInfo"),
                    QStringLiteral("--ignore"), QStringLiteral("/description"),
                    QStringLiteral("--ignore"), QStringLiteral("/inputSchema/properties/loud")});
        QCOMPARE(quiet.exitCode, 6);
        const QString text = QString::fromUtf8(quiet.out);
        QVERIFY2(text.contains(QStringLiteral("Tools:\n  - add\n  + multiply\n")),
                 qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("  ~ demo://items/{id} /title: \"Item\" -> \"Catalogue item\"\n")));
        QVERIFY(!text.contains(QStringLiteral("echo")));
        QVERIFY(!text.contains(QStringLiteral("Server:")));
    }

    void overStdio()
    {
        int code = -1;
        QJsonObject report = diffJson({QStringLiteral("stdio:") + stdioEverything(),
                                       QStringLiteral("stdio:") + stdioEverything()},
                                      &code);
        QCOMPARE(changeLines(report), QStringList());
        QCOMPARE(code, 0);

        report = diffJson({QStringLiteral("--stdio-a"), stdioInterface("a"),
                           QStringLiteral("--stdio-b"), stdioInterface("b")},
                          &code);
        QCOMPARE(changeLines(report), variantChanges());
        QCOMPARE(code, 6);

        // A server over stdio against the same server over HTTP.
        report =
            diffJson({QStringLiteral("stdio:") + stdioInterface("b"), url(m_interfaceB)}, &code);
        QCOMPARE(changeLines(report), QStringList());
        QCOMPARE(code, 0);
    }

    void recordedByToolsListAgainstLive()
    {
        const QString store = m_dir.filePath(QStringLiteral("tools.sqlite"));
        CliRun run = runCli({QStringLiteral("tools"), QStringLiteral("list"), url(m_interfaceA),
                             QStringLiteral("--store"), store});
        QCOMPARE(run.exitCode, 0);
        const QList<qint64> ids = sessionIds(store);
        QCOMPARE(ids.size(), 1);
        const QString recorded = QStringLiteral("store:%1#%2").arg(store).arg(ids.first());

        int code = -1;
        QJsonObject report = diffJson({recorded, url(m_interfaceA)}, &code);
        QCOMPARE(changeLines(report), QStringList());
        QCOMPARE(code, 0);
        // Only tools were listed: the rest is said to be left out.
        QCOMPARE(report.value(QLatin1String("notCompared")).toArray(),
                 (QJsonArray{QStringLiteral("resource"), QStringLiteral("resourceTemplate"),
                             QStringLiteral("prompt")}));

        report = diffJson({recorded, url(m_interfaceB)}, &code);
        QCOMPARE(changeLines(report),
                 (QStringList{QStringLiteral("server serverInfo changed /serverInfo/version"),
                              QStringLiteral("tool add removed "),
                              QStringLiteral("tool echo changed /description"),
                              QStringLiteral("tool echo added /inputSchema/properties/loud"),
                              QStringLiteral("tool multiply added ")}));
        QCOMPARE(code, 6);

        // server-everything recorded, then compared with a fresh instance.
        const QString everythingStore = m_dir.filePath(QStringLiteral("everything.sqlite"));
        run = runCli({QStringLiteral("tools"), QStringLiteral("list"), url(m_everything),
                      QStringLiteral("--store"), everythingStore});
        QCOMPARE(run.exitCode, 0);
        report = diffJson({QStringLiteral("store:") + everythingStore, url(m_everything2)}, &code);
        QCOMPARE(changeLines(report), QStringList());
        QCOMPARE(code, 0);
    }

    void recordedSessionWithEveryList()
    {
        // A session that listed all four, recorded as the GUI records one.
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        qint64 sessionId = 0;
        {
            CaptureStore store;
            QVERIFY(store.open(path));
            McpSession session(&store);
            McpSessionOptions options;
            options.target = url(m_interfaceA);
            QSignalSpy connected(session.client(), &McpClient::connected);
            QVERIFY(session.open(options));
            QVERIFY(connected.wait(20000));
            for (const char *method :
                 {"tools/list", "resources/list", "resources/templates/list", "prompts/list"}) {
                McpRequest *request = session.client()->listAll(QString::fromLatin1(method));
                QSignalSpy finished(request, &McpRequest::finished);
                QVERIFY(request->isFinished() || finished.wait(20000));
                QVERIFY2(request->succeeded(), method);
                request->deleteLater();
            }
            sessionId = session.captureSessionId();
            QSignalSpy closed(&session, &McpSession::closed);
            session.close();
            QVERIFY(closed.wait(15000));
            store.flush();
        }
        int code = -1;
        const QString recorded = QStringLiteral("store:%1#%2").arg(path).arg(sessionId);
        QJsonObject report = diffJson({recorded, url(m_interfaceB)}, &code);
        QCOMPARE(changeLines(report), variantChanges());
        QCOMPARE(report.value(QLatin1String("notCompared")).toArray(), QJsonArray());
        QCOMPARE(code, 6);
        // Recorded against recorded: the same.
        report = diffJson({recorded, recorded}, &code);
        QCOMPARE(changeLines(report), QStringList());
        QCOMPARE(code, 0);
    }

    void failuresHaveTheirExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("one side") << QStringList{QStringLiteral("http://127.0.0.1:1/mcp")} << 1;
        QTest::newRow("not a source")
            << QStringList{QStringLiteral("ftp://x/"), QStringLiteral("http://127.0.0.1:1/mcp")}
            << 1;
        QTest::newRow("bad pointer")
            << QStringList{QStringLiteral("http://127.0.0.1:1/mcp"),
                           QStringLiteral("http://127.0.0.1:1/mcp"), QStringLiteral("--ignore"),
                           QStringLiteral("id")}
            << 1;
        QTest::newRow("nothing listening")
            << QStringList{QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort()),
                           QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort())}
            << 2;
        QTest::newRow("no store") << QStringList{QStringLiteral("store:/nonexistent/x.sqlite#1"),
                                                 QStringLiteral("http://127.0.0.1:1/mcp")}
                                  << 4;
    }

    void failuresHaveTheirExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun run = runCli(QStringList{QStringLiteral("diff")} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

    void unknownSessionIsAStoreError()
    {
        const QString store = m_dir.filePath(QStringLiteral("unknown.sqlite"));
        QCOMPARE(runCli({QStringLiteral("tools"), QStringLiteral("list"), url(m_interfaceA),
                         QStringLiteral("--store"), store})
                     .exitCode,
                 0);
        const CliRun run = runCli(
            {QStringLiteral("diff"), QStringLiteral("store:%1#999").arg(store), url(m_interfaceA)});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("no session 999"), run.err.constData());
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything, m_everything2, m_interfaceA, m_interfaceB;
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
