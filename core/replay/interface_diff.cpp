#include "replay/interface_diff.h"
#include "common/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope", "mcpscope::InterfaceSnapshotJob"}, text);
}

using Category = InterfaceChange::Category;

// The list methods, the member each page carries its items in, the member
// that names an item, and the capability that offers the list.
struct ListKind
{
    Category category;
    const char *method;
    const char *itemsMember;
    const char *keyMember;
    const char *capability;
};

constexpr ListKind kLists[] = {
    {Category::Tool, "tools/list", "tools", "name", "tools"},
    {Category::Resource, "resources/list", "resources", "uri", "resources"},
    {Category::ResourceTemplate, "resources/templates/list", "resourceTemplates", "uriTemplate",
     "resources"},
    {Category::Prompt, "prompts/list", "prompts", "name", "prompts"},
};

std::optional<QJsonArray> InterfaceSnapshot::*listOf(Category category)
{
    switch (category) {
    case Category::Tool:
        return &InterfaceSnapshot::tools;
    case Category::Resource:
        return &InterfaceSnapshot::resources;
    case Category::ResourceTemplate:
        return &InterfaceSnapshot::resourceTemplates;
    case Category::Prompt:
        return &InterfaceSnapshot::prompts;
    case Category::Server:
        break;
    }
    return nullptr;
}

// Items by their key. An item without a string key is known by its place
// ("#3"); a key seen before gets its occurrence ("echo#2") so that nothing
// is dropped.
QMap<QString, QJsonValue> byKey(const QJsonArray &items, const char *keyMember)
{
    QMap<QString, QJsonValue> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue key = items.at(i).toObject().value(QLatin1String(keyMember));
        QString name = key.isString() ? key.toString() : QLatin1Char('#') + QString::number(i);
        for (int n = 2; out.contains(name); ++n)
            name = key.toString() + QLatin1Char('#') + QString::number(n);
        out.insert(name, items.at(i));
    }
    return out;
}

Result<void> compareItems(Category category, const QString &key, const QJsonValue &a,
                          const QJsonValue &b, const IgnoreRules &rules,
                          QList<InterfaceChange> &out)
{
    const auto changes = JsonDiff::compare(a, b, rules);
    if (!changes)
        return Failure{changes.error()};
    for (const JsonChange &c : *changes)
        out.append({category, key, c.kind, c.pointer, c.oldValue, c.newValue});
    return {};
}

QString firstSegment(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    const qsizetype slash = pointer.indexOf(QLatin1Char('/'), 1);
    return JsonDiff::unescapeSegment(pointer.mid(1, slash < 0 ? -1 : slash - 1));
}

} // namespace

QString InterfaceChange::member() const
{
    return firstSegment(pointer);
}

QString InterfaceChange::memberPointer() const
{
    if (pointer.isEmpty())
        return {};
    const qsizetype slash = pointer.indexOf(QLatin1Char('/'), 1);
    return slash < 0 ? QString() : pointer.mid(slash);
}

QString InterfaceChange::categoryId(Category category)
{
    switch (category) {
    case Category::Server:
        return QStringLiteral("server");
    case Category::Tool:
        return QStringLiteral("tool");
    case Category::Resource:
        return QStringLiteral("resource");
    case Category::ResourceTemplate:
        return QStringLiteral("resourceTemplate");
    case Category::Prompt:
        return QStringLiteral("prompt");
    }
    return {};
}

QString InterfaceChange::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonObject InterfaceChange::toJson() const
{
    QJsonObject out{{QStringLiteral("category"), categoryId(category)},
                    {QStringLiteral("key"), key},
                    {QStringLiteral("kind"), kindId(kind)},
                    {QStringLiteral("pointer"), pointer}};
    if (!oldValue.isUndefined())
        out.insert(QStringLiteral("old"), oldValue);
    if (!newValue.isUndefined())
        out.insert(QStringLiteral("new"), newValue);
    return out;
}

QJsonObject InterfaceDiff::toJson() const
{
    QJsonArray list;
    for (const InterfaceChange &change : changes)
        list.append(change.toJson());
    QJsonArray skipped;
    for (Category category : notCompared)
        skipped.append(InterfaceChange::categoryId(category));
    return {{QStringLiteral("same"), isSame()},
            {QStringLiteral("changes"), list},
            {QStringLiteral("notCompared"), skipped}};
}

Result<InterfaceDiff> compareInterfaces(const InterfaceSnapshot &a, const InterfaceSnapshot &b,
                                        const IgnoreRules &rules)
{
    InterfaceDiff out;
    if (a.initializeResult && b.initializeResult) {
        // One "server" key per member of the initialize result, so that the
        // report groups a capability change apart from a version change.
        QList<InterfaceChange> server;
        if (auto done = compareItems(Category::Server, {}, *a.initializeResult, *b.initializeResult,
                                     rules, server);
            !done)
            return Failure{done.error()};
        for (InterfaceChange &change : server) {
            change.key = firstSegment(change.pointer);
            out.changes.append(change);
        }
    } else {
        out.notCompared.append(Category::Server);
    }
    for (const ListKind &list : kLists) {
        const auto member = listOf(list.category);
        if (!(a.*member) || !(b.*member)) {
            out.notCompared.append(list.category);
            continue;
        }
        const QMap<QString, QJsonValue> oldItems = byKey(*(a.*member), list.keyMember);
        const QMap<QString, QJsonValue> newItems = byKey(*(b.*member), list.keyMember);
        QStringList keys = oldItems.keys() + newItems.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : keys) {
            const auto old = oldItems.constFind(key);
            const auto now = newItems.constFind(key);
            if (now == newItems.constEnd())
                out.changes.append({list.category,
                                    key,
                                    InterfaceChange::Kind::Removed,
                                    {},
                                    *old,
                                    QJsonValue(QJsonValue::Undefined)});
            else if (old == oldItems.constEnd())
                out.changes.append({list.category,
                                    key,
                                    InterfaceChange::Kind::Added,
                                    {},
                                    QJsonValue(QJsonValue::Undefined),
                                    *now});
            else if (auto done = compareItems(list.category, key, *old, *now, rules, out.changes);
                     !done)
                return Failure{done.error()};
        }
    }
    return out;
}

Result<InterfaceSnapshot> interfaceSnapshotFromMessages(const QList<MessageRecord> &messages)
{
    struct Sent
    {
        QString method;
        QJsonObject params;
    };
    QHash<qint64, Sent> byMessageId;
    QHash<QString, Sent> byRpcId; // the latest request with an id: when no responseTo was kept
    struct Listing
    {
        QJsonArray items;
        QString nextCursor;
        bool open = false;
    };
    QHash<QString, Listing> listings; // by method
    InterfaceSnapshot out;

    for (const MessageRecord &m : messages) {
        if (m.outgoing && m.kind == u"request") {
            const QJsonObject message = QJsonDocument::fromJson(m.payload).object();
            const Sent sent{m.method, message.value(QLatin1String("params")).toObject()};
            byMessageId.insert(m.id, sent);
            if (!m.rpcId.isEmpty())
                byRpcId.insert(m.rpcId, sent);
            continue;
        }
        if (m.outgoing || m.kind != u"response")
            continue;
        const Sent *sent = nullptr;
        if (const auto it = byMessageId.constFind(m.responseTo); it != byMessageId.constEnd())
            sent = &*it;
        else if (const auto byId = byRpcId.constFind(m.rpcId); byId != byRpcId.constEnd())
            sent = &*byId;
        if (!sent)
            continue;
        const QJsonObject result =
            QJsonDocument::fromJson(m.payload).object().value(QLatin1String("result")).toObject();
        if (sent->method == u"initialize") {
            out.initializeResult = result;
            continue;
        }
        for (const ListKind &list : kLists) {
            if (sent->method != QLatin1String(list.method))
                continue;
            Listing &listing = listings[sent->method];
            const QJsonValue cursor = sent->params.value(QLatin1String("cursor"));
            if (cursor.isUndefined()) {
                listing = Listing{{}, {}, true};
            } else if (!listing.open || cursor.toString() != listing.nextCursor) {
                listing.open = false; // a page of some other listing
                break;
            }
            for (const QJsonValue &item : result.value(QLatin1String(list.itemsMember)).toArray())
                listing.items.append(item);
            listing.nextCursor = result.value(QLatin1String("nextCursor")).toString();
            if (listing.nextCursor.isEmpty()) {
                out.*listOf(list.category) = listing.items;
                listing.open = false;
            }
            break;
        }
    }

    bool any = out.initializeResult.has_value();
    for (const ListKind &list : kLists) {
        auto &known = out.*listOf(list.category);
        any = any || known.has_value();
        // A list the server does not offer is known to be empty.
        if (!known && out.initializeResult &&
            !out.initializeResult->value(QLatin1String("capabilities"))
                 .toObject()
                 .contains(QLatin1String(list.capability)))
            known = QJsonArray();
    }
    if (!any)
        return makeError(ErrorCode::ReplayNoInterface,
                         tr("The session recorded no initialize result and no complete list "
                            "of tools, resources, templates or prompts, so there is no "
                            "interface to compare. Record a session that connects and lists "
                            "them (mcpscope-cli tools list --store FILE)."));
    return out;
}

InterfaceSnapshotJob::InterfaceSnapshotJob(ExchangeSink *sink, QObject *parent)
    : QObject(parent), m_session(new McpSession(sink, this))
{
    McpClient *client = m_session->client();
    connect(client, &McpClient::connected, this, &InterfaceSnapshotJob::onConnected);
    connect(client, &McpClient::failed, this, [this](const Error &error) {
        // Before connected: the session never started. After: the pending
        // lists fail by themselves.
        if (!m_connected)
            fail(error, false);
    });
    connect(m_session, &McpSession::closed, this, &InterfaceSnapshotJob::finish);
}

InterfaceSnapshotJob::~InterfaceSnapshotJob() = default;

void InterfaceSnapshotJob::start(const McpSessionOptions &options)
{
    if (m_started)
        return;
    m_started = true;
    if (auto opened = m_session->open(options); !opened)
        fail(opened.error(), false);
}

void InterfaceSnapshotJob::onConnected()
{
    m_connected = true;
    McpClient *client = m_session->client();
    m_snapshot.initializeResult = client->initializeResult();
    const QJsonObject capabilities =
        client->initializeResult().value(QLatin1String("capabilities")).toObject();
    for (const ListKind &list : kLists) {
        std::optional<QJsonArray> *into = &(m_snapshot.*listOf(list.category));
        if (!capabilities.contains(QLatin1String(list.capability))) {
            *into = QJsonArray(); // not offered: known empty
            continue;
        }
        ++m_pending;
        McpRequest *request = client->listAll(QString::fromLatin1(list.method));
        connect(request, &McpRequest::finished, this,
                [this, request, into] { onListed(request, into); });
    }
    if (m_pending == 0)
        m_session->close();
}

void InterfaceSnapshotJob::onListed(McpRequest *request, std::optional<QJsonArray> *into)
{
    request->deleteLater();
    --m_pending;
    constexpr int kMethodNotFound = -32601;
    if (request->succeeded()) {
        *into = request->result().toArray();
    } else if (request->rpcErrorCode() == kMethodNotFound) {
        // Offered by capability but not answered (templates, often): none.
        *into = QJsonArray();
    } else if (m_error.code == ErrorCode::None) {
        Error error = request->error();
        error.message = tr("%1 failed: %2").arg(request->method(), error.message);
        m_error = error;
        m_rpcError = request->rpcErrorCode().has_value();
    }
    if (m_pending == 0)
        m_session->close();
}

void InterfaceSnapshotJob::fail(const Error &error, bool rpcError)
{
    if (m_error.code == ErrorCode::None) {
        m_error = error;
        m_rpcError = rpcError;
    }
    m_session->close(); // closed() follows, also for a session never opened
}

void InterfaceSnapshotJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace mcpscope
