#include "capture/capture_store.h"
#include "node_peer.h"
#include "replay/json_diff.h"
#include "session/mcp_session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The structural diff on results a real server sent: server-everything's
// get-structured-content answers the same for the same city (no tool of it
// varies from run to run), so two cities stand in for two runs.
class TestJsonDiffPeer : public QObject
{
    Q_OBJECT

    static QJsonObject weather(McpSession &session, const QString &location)
    {
        McpRequest *call = session.client()->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("get-structured-content")},
             {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("location"), location}}}});
        QSignalSpy finished(call, &McpRequest::finished);
        if (!call->isFinished())
            finished.wait(20000);
        const QJsonObject result = call->succeeded() ? call->result().toObject() : QJsonObject();
        if (!call->succeeded())
            qWarning() << "tools/call failed:" << call->error().message;
        call->deleteLater();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void diffOfTwoRealResults()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("diff.sqlite"))));
        McpSession session(&store);
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        QSignalSpy connected(session.client(), &McpClient::connected);
        QVERIFY(session.open(options));
        QVERIFY(connected.wait(20000));

        const QJsonObject newYork = weather(session, QStringLiteral("New York"));
        const QJsonObject newYorkAgain = weather(session, QStringLiteral("New York"));
        const QJsonObject chicago = weather(session, QStringLiteral("Chicago"));
        QVERIFY(newYork.contains(QLatin1String("structuredContent")));
        QVERIFY(chicago.contains(QLatin1String("structuredContent")));

        const auto same = JsonDiff::compare(newYork, newYorkAgain, IgnoreRules::volatileMembers());
        QVERIFY(same);
        QVERIFY(same->isEmpty());

        // New York: 33 degrees, cloudy, 82 %; Chicago: 36, drizzle, 82 %.
        const auto changes = JsonDiff::compare(newYork, chicago);
        QVERIFY(changes);
        QStringList pointers;
        for (const JsonChange &c : *changes) {
            QCOMPARE(c.kind, JsonChange::Kind::Changed);
            pointers.append(c.pointer);
        }
        QCOMPARE(pointers, (QStringList{QStringLiteral("/content/0/text"),
                                        QStringLiteral("/structuredContent/conditions"),
                                        QStringLiteral("/structuredContent/temperature")}));
        QCOMPARE(changes->at(2).oldValue, QJsonValue(33));
        QCOMPARE(changes->at(2).newValue, QJsonValue(36));

        const IgnoreRules rules({QStringLiteral("/content/*/text"),
                                 QStringLiteral("/structuredContent/conditions"),
                                 QStringLiteral("/**/temperature")});
        const auto quiet = JsonDiff::compare(newYork, chicago, rules);
        QVERIFY(quiet);
        QVERIFY(quiet->isEmpty());

        QSignalSpy closed(&session, &McpSession::closed);
        session.close();
        QVERIFY(closed.wait(15000));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
};

QTEST_MAIN(TestJsonDiffPeer)
#include "tst_json_diff_peer.moc"
