#include "replay/interface_diff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// Edges of the interface comparison (replay/interface_diff.h) the other
// tests do not reach: one side without an initialize result, an item nested
// too deep to compare, answers matched to their request by JSON-RPC id, an
// answer to no known request, and a page of a listing that was never
// started.
class TestInterfaceDiffEdges : public QObject
{
    Q_OBJECT

    static QJsonValue nested(int depth)
    {
        QJsonValue v = 1;
        for (int i = 0; i < depth; ++i)
            v = QJsonArray{v};
        return v;
    }

    static QJsonObject tool(const QString &name, const QJsonValue &schema = QJsonObject{})
    {
        return {{QStringLiteral("name"), name}, {QStringLiteral("inputSchema"), schema}};
    }

    static MessageRecord message(qint64 id, bool outgoing, const char *kind, const QString &rpcId,
                                 const QString &method, const QByteArray &payload,
                                 qint64 responseTo = 0)
    {
        MessageRecord m;
        m.id = id;
        m.outgoing = outgoing;
        m.kind = QString::fromLatin1(kind);
        m.rpcId = rpcId;
        m.method = method;
        m.payload = payload;
        m.responseTo = responseTo;
        return m;
    }

private Q_SLOTS:
    void serverNotComparedWithoutBothInitializeResults()
    {
        InterfaceSnapshot a, b;
        a.initializeResult = QJsonObject{{QStringLiteral("protocolVersion"), QStringLiteral("x")}};
        a.tools = QJsonArray{tool(QStringLiteral("echo"))};
        b.tools = QJsonArray{tool(QStringLiteral("echo")), tool(QStringLiteral("add"))};
        const auto diff = compareInterfaces(a, b);
        QVERIFY(diff);
        QVERIFY(diff->notCompared.contains(InterfaceChange::Category::Server));
        QVERIFY(diff->notCompared.contains(InterfaceChange::Category::Prompt));
        QCOMPARE(diff->changes.size(), 1);
        QCOMPARE(diff->changes.first().category, InterfaceChange::Category::Tool);
        QCOMPARE(diff->changes.first().key, QStringLiteral("add"));
        QCOMPARE(diff->changes.first().kind, InterfaceChange::Kind::Added);
    }

    // Too deep to compare: an error that says so, for a tool and for the
    // initialize result alike.
    void tooDeepToCompare()
    {
        const QString expected =
            QStringLiteral("The JSON is nested more than 512 levels deep, so it was not compared. "
                           "Compare a member further down instead.");
        InterfaceSnapshot a, b;
        a.tools = QJsonArray{tool(QStringLiteral("deep"), nested(600))};
        b.tools = QJsonArray{tool(QStringLiteral("deep"), nested(601))};
        const auto tools = compareInterfaces(a, b);
        QVERIFY(!tools);
        QCOMPARE(tools.error().code, ErrorCode::ReplayDiffDepth);
        QCOMPARE(tools.error().message, expected);

        InterfaceSnapshot c, d;
        c.initializeResult = QJsonObject{{QStringLiteral("capabilities"), nested(600)}};
        d.initializeResult = QJsonObject{{QStringLiteral("capabilities"), nested(601)}};
        const auto server = compareInterfaces(c, d);
        QVERIFY(!server);
        QCOMPARE(server.error().message, expected);
    }

    // Answers without a kept responseTo are matched by their JSON-RPC id; an
    // answer to nothing sent and a page of a listing never started are left
    // out.
    void snapshotFromLooseMessages()
    {
        const QList<MessageRecord> messages = {
            message(1, true, "request", QStringLiteral("1"), QStringLiteral("initialize"),
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"),
            message(2, false, "response", QStringLiteral("1"), {},
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\","
                    "\"capabilities\":{\"tools\":{},\"prompts\":{}}}}"),
            // Answer to nothing sent.
            message(
                3, false, "response", QStringLiteral("99"), {},
                "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{\"tools\":[{\"name\":\"ghost\"}]}}"),
            // A second page whose first page was never asked for.
            message(4, true, "request", QStringLiteral("2"), QStringLiteral("prompts/list"),
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"prompts/list\",\"params\":"
                    "{\"cursor\":\"p2\"}}"),
            message(
                5, false, "response", QStringLiteral("2"), {},
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"prompts\":[{\"name\":\"late\"}]}}"),
            // A whole listing, matched by id.
            message(6, true, "request", QStringLiteral("3"), QStringLiteral("tools/list"),
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{}}"),
            message(7, false, "response", QStringLiteral("3"), {},
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"tools\":[{\"name\":\"echo\"}]}}"),
        };
        const auto snapshot = interfaceSnapshotFromMessages(messages);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        QVERIFY(snapshot->initializeResult.has_value());
        QCOMPARE(snapshot->initializeResult->value(u"protocolVersion").toString(),
                 QStringLiteral("2025-06-18"));
        QCOMPARE(snapshot->tools, std::optional<QJsonArray>(QJsonArray{QJsonObject{
                                      {QStringLiteral("name"), QStringLiteral("echo")}}}));
        QVERIFY(!snapshot->prompts.has_value()); // offered, never listed whole
        QCOMPARE(snapshot->resources, std::optional<QJsonArray>(QJsonArray())); // not offered
    }
};

QTEST_GUILESS_MAIN(TestInterfaceDiffEdges)
#include "tst_interface_diff_edges.moc"
