#include "error_code_testing.h"
#include "replay/interface_diff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonArray array(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

// "category key kind pointer", one per change: what a reader of the report sees.
QStringList lines(const InterfaceDiff &diff)
{
    QStringList out;
    for (const InterfaceChange &c : diff.changes)
        out.append(InterfaceChange::categoryId(c.category) + QLatin1Char(' ') + c.key +
                   QLatin1Char(' ') + InterfaceChange::kindId(c.kind) + QLatin1Char(' ') +
                   c.pointer);
    return out;
}

InterfaceSnapshot base()
{
    InterfaceSnapshot s;
    s.initializeResult = json("{\"protocolVersion\":\"2025-06-18\",\"serverInfo\":{\"name\":\"s\","
                              "\"version\":\"1\"},\"capabilities\":{\"tools\":{}}}");
    s.tools = array("[{\"name\":\"echo\",\"description\":\"Echo\",\"inputSchema\":{\"type\":"
                    "\"object\",\"properties\":{\"message\":{\"type\":\"string\"}},"
                    "\"required\":[\"message\"]}},"
                    "{\"name\":\"add\",\"inputSchema\":{\"type\":\"object\"}}]");
    s.resources = array("[{\"uri\":\"demo://a\",\"name\":\"a\"}]");
    s.resourceTemplates = array("[{\"uriTemplate\":\"demo://i/{id}\",\"name\":\"i\"}]");
    s.prompts = array("[{\"name\":\"greet\",\"arguments\":[{\"name\":\"who\"}]}]");
    return s;
}

// A recorded message, as CaptureReader::messages() gives it.
MessageRecord message(qint64 id, bool outgoing, const char *kind, const QString &method,
                      const QByteArray &payload, qint64 responseTo = 0)
{
    MessageRecord m;
    m.id = id;
    m.sessionId = 1;
    m.outgoing = outgoing;
    m.kind = QString::fromLatin1(kind);
    m.method = method;
    m.payload = payload;
    m.responseTo = responseTo;
    m.rpcId = QString::number(id);
    return m;
}

} // namespace

class TestInterfaceDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameInterfaceHasNoChanges()
    {
        const auto diff = compareInterfaces(base(), base());
        QVERIFY(diff);
        QVERIFY(diff->isSame());
        QVERIFY(diff->notCompared.isEmpty());
    }

    void changesByCategoryKeyAndPointer()
    {
        InterfaceSnapshot b = base();
        b.initializeResult = json("{\"protocolVersion\":\"2025-11-25\",\"serverInfo\":{\"name\":"
                                  "\"s\",\"version\":\"1\"},\"capabilities\":{\"tools\":{},"
                                  "\"logging\":{}}}");
        // echo: another description, a new optional property, message now a
        // number; add removed; multiply added; a prompt argument added.
        b.tools = array("[{\"name\":\"multiply\",\"inputSchema\":{\"type\":\"object\"}},"
                        "{\"name\":\"echo\",\"description\":\"Echo back\",\"inputSchema\":{"
                        "\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"number\"},"
                        "\"loud\":{\"type\":\"boolean\"}},\"required\":[\"message\"]}}]");
        b.prompts = array("[{\"name\":\"greet\",\"arguments\":[{\"name\":\"who\"},{\"name\":"
                          "\"lang\"}]}]");
        const auto diff = compareInterfaces(base(), b);
        QVERIFY(diff);
        QCOMPARE(lines(*diff),
                 (QStringList{
                     QStringLiteral("server capabilities added /capabilities/logging"),
                     QStringLiteral("server protocolVersion changed /protocolVersion"),
                     QStringLiteral("tool add removed "),
                     QStringLiteral("tool echo changed /description"),
                     QStringLiteral("tool echo added /inputSchema/properties/loud"),
                     QStringLiteral("tool echo changed /inputSchema/properties/message/type"),
                     QStringLiteral("tool multiply added "),
                     QStringLiteral("prompt greet added /arguments/1"),
                 }));
        QCOMPARE(diff->changes.at(0).newValue, QJsonValue(QJsonObject()));
        const InterfaceChange &description = diff->changes.at(3);
        QCOMPARE(description.oldValue, QJsonValue(QStringLiteral("Echo")));
        QCOMPARE(description.newValue, QJsonValue(QStringLiteral("Echo back")));
        const InterfaceChange &type = diff->changes.at(5);
        QCOMPARE(type.member(), QStringLiteral("inputSchema"));
        QCOMPARE(type.memberPointer(), QStringLiteral("/properties/message/type"));
        QCOMPARE(type.oldValue, QJsonValue(QStringLiteral("string")));
        QCOMPARE(type.newValue, QJsonValue(QStringLiteral("number")));
        // Whole items carry the item.
        QCOMPARE(diff->changes.at(2).oldValue.toObject().value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("add")));
        QVERIFY(diff->changes.at(2).newValue.isUndefined());
        QCOMPARE(diff->changes.at(6).member(), QString());
    }

    void memberRemovedInsideAnItem()
    {
        InterfaceSnapshot b = base();
        b.tools = array("[{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\",\"properties\":"
                        "{\"message\":{\"type\":\"string\"}},\"required\":[\"message\"]}},"
                        "{\"name\":\"add\",\"inputSchema\":{\"type\":\"object\"}}]");
        const auto diff = compareInterfaces(base(), b);
        QVERIFY(diff);
        QCOMPARE(lines(*diff), QStringList{QStringLiteral("tool echo removed /description")});
    }

    void resourcesAndTemplatesByTheirKeys()
    {
        InterfaceSnapshot b = base();
        b.resources = array("[{\"uri\":\"demo://b\",\"name\":\"a\"}]");
        b.resourceTemplates = array("[{\"uriTemplate\":\"demo://i/{id}\",\"name\":\"item\"}]");
        const auto diff = compareInterfaces(base(), b);
        QVERIFY(diff);
        QCOMPARE(lines(*diff), (QStringList{
                                   QStringLiteral("resource demo://a removed "),
                                   QStringLiteral("resource demo://b added "),
                                   QStringLiteral("resourceTemplate demo://i/{id} changed /name"),
                               }));
    }

    void ignoreRulesApplyInsideItems()
    {
        InterfaceSnapshot b = base();
        QJsonObject info = *b.initializeResult;
        info.insert(QStringLiteral("serverInfo"), json("{\"name\":\"s\",\"version\":\"2\"}"));
        b.initializeResult = info;
        QJsonArray tools = *b.tools;
        QJsonObject echo = tools.at(0).toObject();
        echo.insert(QStringLiteral("description"), QStringLiteral("Echo back"));
        tools[0] = echo;
        b.tools = tools;
        const auto all = compareInterfaces(base(), b);
        QVERIFY(all);
        QCOMPARE(all->changes.size(), 2);
        const auto quiet = compareInterfaces(
            base(), b,
            IgnoreRules({QStringLiteral("/serverInfo/version"), QStringLiteral("/description")}));
        QVERIFY(quiet);
        QVERIFY(quiet->isSame());
    }

    void unknownListsAreNotCompared()
    {
        InterfaceSnapshot a = base();
        a.prompts.reset();
        a.resourceTemplates.reset();
        InterfaceSnapshot b = base();
        b.prompts = QJsonArray(); // would be "greet removed" if compared
        const auto diff = compareInterfaces(a, b);
        QVERIFY(diff);
        QVERIFY(diff->isSame());
        QCOMPARE(diff->notCompared,
                 (QList<InterfaceChange::Category>{InterfaceChange::Category::ResourceTemplate,
                                                   InterfaceChange::Category::Prompt}));
        const QJsonObject out = diff->toJson();
        QCOMPARE(out.value(QLatin1String("same")), QJsonValue(true));
        QCOMPARE(out.value(QLatin1String("notCompared")).toArray(),
                 (QJsonArray{QStringLiteral("resourceTemplate"), QStringLiteral("prompt")}));
    }

    void duplicateAndKeylessItemsAreKept()
    {
        InterfaceSnapshot a = base();
        InterfaceSnapshot b = base();
        b.tools = array("[{\"name\":\"echo\",\"description\":\"Echo\",\"inputSchema\":{\"type\":"
                        "\"object\",\"properties\":{\"message\":{\"type\":\"string\"}},"
                        "\"required\":[\"message\"]}},"
                        "{\"name\":\"add\",\"inputSchema\":{\"type\":\"object\"}},"
                        "{\"name\":\"add\",\"inputSchema\":{}}, {\"title\":\"nameless\"}]");
        const auto diff = compareInterfaces(a, b);
        QVERIFY(diff);
        QCOMPARE(lines(*diff), (QStringList{QStringLiteral("tool #3 added "),
                                            QStringLiteral("tool add#2 added ")}));
    }

    void toJsonCarriesEveryField()
    {
        InterfaceSnapshot b = base();
        b.tools = array("[{\"name\":\"echo\",\"description\":\"Echo\",\"inputSchema\":{\"type\":"
                        "\"object\",\"properties\":{\"message\":{\"type\":\"string\"}},"
                        "\"required\":[\"message\"]}}]");
        const auto diff = compareInterfaces(base(), b);
        QVERIFY(diff);
        const QJsonObject out = diff->toJson();
        QCOMPARE(out.value(QLatin1String("same")), QJsonValue(false));
        const QJsonObject change = out.value(QLatin1String("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QLatin1String("category")), QJsonValue(QStringLiteral("tool")));
        QCOMPARE(change.value(QLatin1String("key")), QJsonValue(QStringLiteral("add")));
        QCOMPARE(change.value(QLatin1String("kind")), QJsonValue(QStringLiteral("removed")));
        QCOMPARE(change.value(QLatin1String("pointer")), QJsonValue(QString()));
        QVERIFY(change.value(QLatin1String("old")).isObject());
        QVERIFY(!change.contains(QLatin1String("new")));
    }

    void snapshotFromRecordedMessages()
    {
        const QList<MessageRecord> messages{
            message(1, true, "request", QStringLiteral("initialize"),
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"),
            message(2, false, "response", {},
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\","
                    "\"capabilities\":{\"tools\":{},\"prompts\":{}},\"serverInfo\":{\"name\":"
                    "\"s\"}}}",
                    1),
            message(3, true, "notification", QStringLiteral("notifications/initialized"),
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
            // tools/list in two pages...
            message(4, true, "request", QStringLiteral("tools/list"),
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"),
            message(5, false, "response", {},
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[{\"name\":\"a\"}],"
                    "\"nextCursor\":\"p2\"}}",
                    4),
            message(6, true, "request", QStringLiteral("tools/list"),
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{"
                    "\"cursor\":\"p2\"}}"),
            message(7, false, "response", {},
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"tools\":[{\"name\":\"b\"}]}}", 6),
            // ...then a listing that never finished: the complete one stays.
            message(8, true, "request", QStringLiteral("tools/list"),
                    "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}"),
            message(9, false, "response", {},
                    "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{\"tools\":[{\"name\":\"c\"}],"
                    "\"nextCursor\":\"p2\"}}",
                    8),
        };
        const auto snapshot = interfaceSnapshotFromMessages(messages);
        QVERIFY(snapshot);
        QVERIFY(snapshot->initializeResult);
        QCOMPARE(snapshot->initializeResult->value(QLatin1String("protocolVersion")),
                 QJsonValue(QStringLiteral("2025-06-18")));
        QVERIFY(snapshot->tools);
        QCOMPARE(*snapshot->tools, array("[{\"name\":\"a\"},{\"name\":\"b\"}]"));
        // No resources capability: known to be empty. Prompts offered, never
        // listed: unknown.
        QVERIFY(snapshot->resources);
        QVERIFY(snapshot->resources->isEmpty());
        QVERIFY(snapshot->resourceTemplates);
        QVERIFY(!snapshot->prompts);
    }

    void sessionWithoutInterfaceIsAnError()
    {
        const auto snapshot = interfaceSnapshotFromMessages(
            {message(1, true, "request", QStringLiteral("tools/call"),
                     "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}"),
             message(2, false, "response", {}, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", 1)});
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::ReplayNoInterface);
        QVERIFY(!snapshot.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInterfaceDiff)
#include "tst_interface_diff.moc"
