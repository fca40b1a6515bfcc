// Passive rules: HTTP and data (diagnostic_rule.h).
//
// Two rules per session: HttpStatusRule reads statuses and headers only (429
// with and without Retry-After, retries sooner than it, bursts of 5xx);
// DataRule reads bodies (content type against body, BOM, charset, UTF-8,
// control characters, JSON syntax) and validates every server message against
// the official MCP JSON Schema of the session's protocol version, and tools'
// structuredContent against their outputSchema.
//
// Speed: a healthy 200 costs one header scan, one byte scan of the body, one
// JSON parse and one walk of a precompiled schema. The schemas (resources
// :/mcp-schema/<version>/schema.json) are compiled once per process into
// nodes with resolved $refs; only a message that fails the compiled check
// goes through JsonSchemaValidator, which says where (JSON pointers) and why.
#include "diagnostics/diagnostic_rule.h"

#include "capture/call_fact.h"

#include "mcp/json_schema.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QUrl>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <deque>
#include <memory>

namespace mcpscope {

namespace {

// ---------------------------------------------------------------- schemas

namespace rj = rapidjson;

// The revisions whose schema is built in, oldest first.
const QStringList &knownVersions()
{
    static const QStringList versions = {QStringLiteral("2024-11-05"), QStringLiteral("2025-03-26"),
                                         QStringLiteral("2025-06-18"), QStringLiteral("2025-11-25"),
                                         QStringLiteral("2026-07-28")};
    return versions;
}

QByteArrayView view(const rj::Value &string)
{
    return QByteArrayView(string.GetString(), qsizetype(string.GetStringLength()));
}

// Whether value nests at most limit levels (bounded recursion: rapidjson's
// Accept() recurses, and a server may send a million nested arrays).
bool nestsAtMost(const rj::Value &value, int limit)
{
    if (!value.IsObject() && !value.IsArray())
        return true;
    if (limit == 0)
        return false;
    if (value.IsObject()) {
        for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it)
            if (!nestsAtMost(it->value, limit - 1))
                return false;
    } else {
        for (auto it = value.Begin(); it != value.End(); ++it)
            if (!nestsAtMost(*it, limit - 1))
                return false;
    }
    return true;
}

constexpr int kMaxNesting = 128;

// A parsed value as Qt JSON (for the slow paths: explaining a failure, tool
// schemas); undefined when it nests deeper than kMaxNesting.
QJsonValue toQt(const rj::Value &value)
{
    if (!nestsAtMost(value, kMaxNesting))
        return QJsonValue(QJsonValue::Undefined);
    rj::StringBuffer text;
    rj::Writer<rj::StringBuffer> writer(text);
    writer.StartArray();
    value.Accept(writer);
    writer.EndArray();
    return QJsonDocument::fromJson(QByteArray(text.GetString(), qsizetype(text.GetSize())))
        .array()
        .at(0);
}

// One compiled subschema: the keywords the MCP schemas use, with $ref
// resolved to the node it names and names kept as UTF-8 for lookups without
// allocating.
struct SchemaNode
{
    enum Type : quint8
    {
        Null = 1,
        Bool = 2,
        Integer = 4,
        Number = 8,
        String = 16,
        Array = 32,
        Object = 64
    };
    quint8 types = 0; // 0: any
    bool never = false;
    const SchemaNode *ref = nullptr;
    // const and enum: the scalars allowed.
    bool hasAllowed = false;
    QList<QByteArray> allowedStrings;
    QList<double> allowedNumbers;
    quint8 allowedOther = 0; // Null, Bool bits: null, and (Bool) both booleans listed as 2|4
    bool allowsTrue = false, allowsFalse = false;
    bool hasMinimum = false, hasMaximum = false;
    double minimum = 0, maximum = 0;
    qsizetype maxItems = -1;
    QList<QByteArray> required;
    QHash<QByteArray, const SchemaNode *> properties;
    const SchemaNode *additional = nullptr;
    bool additionalFalse = false;
    const SchemaNode *items = nullptr;
    QList<const SchemaNode *> anyOf, allOf;
};

quint8 typeBit(const QString &name)
{
    static const QHash<QString, quint8> bits = {
        {QStringLiteral("null"), SchemaNode::Null},
        {QStringLiteral("boolean"), SchemaNode::Bool},
        {QStringLiteral("integer"), SchemaNode::Integer},
        {QStringLiteral("number"), SchemaNode::Number | SchemaNode::Integer},
        {QStringLiteral("string"), SchemaNode::String},
        {QStringLiteral("array"), SchemaNode::Array},
        {QStringLiteral("object"), SchemaNode::Object}};
    return bits.value(name, 0xff);
}

quint8 typeOf(const rj::Value &v)
{
    switch (v.GetType()) {
    case rj::kNullType:
        return SchemaNode::Null;
    case rj::kFalseType:
    case rj::kTrueType:
        return SchemaNode::Bool;
    case rj::kNumberType: {
        if (v.IsInt64() || v.IsUint64())
            return SchemaNode::Integer;
        const double d = v.GetDouble();
        return std::isfinite(d) && std::floor(d) == d ? SchemaNode::Integer : SchemaNode::Number;
    }
    case rj::kStringType:
        return SchemaNode::String;
    case rj::kArrayType:
        return SchemaNode::Array;
    case rj::kObjectType:
        return SchemaNode::Object;
    }
    return 0;
}

// One revision's schema: its compiled definitions, which definition a
// method's message or result is, and (made on first failure) the validators
// that explain a failure.
class McpSchema
{
    Q_DISABLE_COPY_MOVE(McpSchema)

public:
    explicit McpSchema(QJsonObject document) : m_doc(std::move(document))
    {
        m_defsKey = m_doc.contains(QStringLiteral("$defs")) ? QStringLiteral("$defs")
                                                            : QStringLiteral("definitions");
        m_refSiblingsIgnored =
            m_doc.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("draft-0"));
        m_defs = m_doc.value(m_defsKey).toObject();
        const auto methods = [this](const QString &union_, QHash<QString, QString> &out) {
            for (const QJsonValue &alt :
                 m_defs.value(union_).toObject().value(u"anyOf").toArray()) {
                const QString name = alt.toObject().value(u"$ref").toString().section(u'/', -1);
                const QString method = m_defs.value(name)
                                           .toObject()
                                           .value(u"properties")
                                           .toObject()
                                           .value(u"method")
                                           .toObject()
                                           .value(u"const")
                                           .toString();
                if (!method.isEmpty())
                    out.insert(method, name);
            }
        };
        QHash<QString, QString> clientRequests;
        methods(QStringLiteral("ClientRequest"), clientRequests);
        for (auto it = clientRequests.cbegin(); it != clientRequests.cend(); ++it) {
            QString result = it.value();
            result.chop(int(qstrlen("Request")));
            result += QStringLiteral("Result");
            if (m_defs.contains(result))
                m_resultByMethod.insert(it.key(), result);
        }
        methods(QStringLiteral("ServerRequest"), m_requestByMethod);
        methods(QStringLiteral("ServerNotification"), m_notificationByMethod);
        // Results that may stand in for any request's (tasks, multi-round trips).
        for (const QString &alt :
             {QStringLiteral("CreateTaskResult"), QStringLiteral("InputRequiredResult")})
            if (m_defs.contains(alt))
                m_alternates << alt;
        for (auto it = m_defs.begin(); it != m_defs.end(); ++it)
            m_compiled.insert(it.key(),
                              nodeForRef(QStringLiteral("#/%1/%2").arg(m_defsKey, it.key())));
        for (const auto &[ref, node] : m_pendingRefs)
            node->ref = nodeForRef(ref);
        m_pendingRefs.clear();
    }

    QString resultDefinition(const QString &method) const { return m_resultByMethod.value(method); }
    QString requestDefinition(const QString &method) const
    {
        return m_requestByMethod.value(method);
    }
    QString notificationDefinition(const QString &method) const
    {
        return m_notificationByMethod.value(method);
    }
    const QStringList &alternates() const { return m_alternates; }

    // The fast check: true when instance matches the definition (false also
    // when the compiled check cannot tell; violations() then decides).
    // Thread-safe.
    bool matches(const QString &definition, const rj::Value &instance) const
    {
        const SchemaNode *node = m_compiled.value(definition);
        return m_fast && node && check(node, instance, 0);
    }

    // Why instance does not match (pointers relative to instance).
    QList<SchemaViolation> violations(const QString &definition, const QJsonValue &instance) const
    {
        std::shared_ptr<JsonSchemaValidator> validator;
        {
            QMutexLocker lock(&m_mutex);
            validator = m_validators.value(definition);
            if (!validator) {
                QJsonObject root = m_doc;
                root.insert(QStringLiteral("$ref"),
                            QStringLiteral("#/%1/%2").arg(m_defsKey, definition));
                validator = std::make_shared<JsonSchemaValidator>(root);
                m_validators.insert(definition, validator);
            }
        }
        return validator->validate(instance);
    }

private:
    static bool allowed(const SchemaNode *n, const rj::Value &v)
    {
        if (v.IsString())
            return n->allowedStrings.contains(view(v));
        if (v.IsNumber())
            return n->allowedNumbers.contains(v.GetDouble());
        if (v.IsNull())
            return n->allowedOther & SchemaNode::Null;
        if (v.IsBool())
            return v.GetBool() ? n->allowsTrue : n->allowsFalse;
        return false;
    }

    static bool check(const SchemaNode *n, const rj::Value &v, int depth)
    {
        if (depth > 64 || n->never)
            return false;
        if (n->ref && !check(n->ref, v, depth + 1))
            return false;
        const quint8 t = typeOf(v);
        if (n->types && !(n->types & t))
            return false;
        if (n->hasAllowed && !allowed(n, v))
            return false;
        if (t & (SchemaNode::Integer | SchemaNode::Number)) {
            const double d = v.GetDouble();
            if ((n->hasMinimum && d < n->minimum) || (n->hasMaximum && d > n->maximum))
                return false;
        } else if (t == SchemaNode::Object) {
            for (const QByteArray &name : n->required)
                if (!v.HasMember(name.constData()))
                    return false;
            if (!n->properties.isEmpty() || n->additional || n->additionalFalse) {
                for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
                    const QByteArray key = QByteArray::fromRawData(
                        it->name.GetString(), qsizetype(it->name.GetStringLength()));
                    const auto p = n->properties.constFind(key);
                    if (p != n->properties.constEnd()) {
                        if (!check(*p, it->value, depth + 1))
                            return false;
                    } else if (n->additionalFalse) {
                        return false;
                    } else if (n->additional && !check(n->additional, it->value, depth + 1)) {
                        return false;
                    }
                }
            }
        } else if (t == SchemaNode::Array) {
            if (n->maxItems >= 0 && qsizetype(v.Size()) > n->maxItems)
                return false;
            if (n->items)
                for (auto it = v.Begin(); it != v.End(); ++it)
                    if (!check(n->items, *it, depth + 1))
                        return false;
        }
        for (const SchemaNode *sub : n->allOf)
            if (!check(sub, v, depth + 1))
                return false;
        if (!n->anyOf.isEmpty() &&
            std::none_of(n->anyOf.begin(), n->anyOf.end(),
                         [&](const SchemaNode *sub) { return check(sub, v, depth + 1); }))
            return false;
        return true;
    }

    SchemaNode *newNode()
    {
        m_nodes.emplace_back();
        return &m_nodes.back();
    }

    SchemaNode *nodeForRef(const QString &ref)
    {
        if (SchemaNode *known = m_byRef.value(ref))
            return known;
        SchemaNode *node = newNode();
        m_byRef.insert(ref, node);
        QJsonValue target = m_doc;
        for (const QString &token : ref.mid(1).split(u'/', Qt::SkipEmptyParts))
            target = target.toObject().value(token);
        if (target.isUndefined())
            m_fast = false;
        else
            fill(node, target, 0);
        return node;
    }

    const SchemaNode *compileValue(const QJsonValue &schema, int depth)
    {
        SchemaNode *node = newNode();
        fill(node, schema, depth);
        return node;
    }

    void allow(SchemaNode *node, const QJsonValue &value)
    {
        node->hasAllowed = true;
        if (value.isString())
            node->allowedStrings << value.toString().toUtf8();
        else if (value.isDouble())
            node->allowedNumbers << value.toDouble();
        else if (value.isNull())
            node->allowedOther |= SchemaNode::Null;
        else if (value.isBool())
            (value.toBool() ? node->allowsTrue : node->allowsFalse) = true;
        else
            m_fast = false; // objects and arrays: the slow path compares them
    }

    void fill(SchemaNode *node, const QJsonValue &schema, int depth)
    {
        if (depth > 64) {
            m_fast = false;
            return;
        }
        if (schema.isBool()) {
            node->never = !schema.toBool();
            return;
        }
        const QJsonObject s = schema.toObject();
        static const QStringList ignored = {
            QStringLiteral("description"), QStringLiteral("title"),
            QStringLiteral("format"),      QStringLiteral("default"),
            QStringLiteral("examples"),    QStringLiteral("$comment"),
            QStringLiteral("deprecated"),  QStringLiteral("$schema"),
            QStringLiteral("$id"),         QStringLiteral("readOnly"),
            QStringLiteral("writeOnly"),   QStringLiteral("definitions"),
            QStringLiteral("$defs")};
        const bool refOnly = m_refSiblingsIgnored && s.contains(u"$ref");
        for (auto it = s.begin(); it != s.end(); ++it) {
            const QString key = it.key();
            const QJsonValue value = it.value();
            if (key == u"$ref") {
                const QString ref = value.toString();
                if (!ref.startsWith(u"#/"))
                    m_fast = false;
                else
                    m_pendingRefs.push_back({ref, node});
            } else if (refOnly || ignored.contains(key)) {
                continue;
            } else if (key == u"type") {
                if (value.isArray())
                    for (const QJsonValue &t : value.toArray())
                        node->types |= typeBit(t.toString());
                else
                    node->types = typeBit(value.toString());
            } else if (key == u"const") {
                allow(node, value);
            } else if (key == u"enum") {
                if (node->hasAllowed)
                    m_fast = false; // const and enum together: both must hold
                for (const QJsonValue &option : value.toArray())
                    allow(node, option);
                node->hasAllowed = true;
            } else if (key == u"minimum") {
                node->hasMinimum = true;
                node->minimum = value.toDouble();
            } else if (key == u"maximum") {
                node->hasMaximum = true;
                node->maximum = value.toDouble();
            } else if (key == u"maxItems") {
                node->maxItems = value.toInteger();
            } else if (key == u"required") {
                for (const QJsonValue &name : value.toArray())
                    node->required << name.toString().toUtf8();
            } else if (key == u"properties") {
                const QJsonObject props = value.toObject();
                for (auto p = props.begin(); p != props.end(); ++p)
                    node->properties.insert(p.key().toUtf8(), compileValue(p.value(), depth + 1));
            } else if (key == u"additionalProperties") {
                if (value.isBool())
                    node->additionalFalse = !value.toBool();
                else
                    node->additional = compileValue(value, depth + 1);
            } else if (key == u"items" && value.isObject()) {
                node->items = compileValue(value, depth + 1);
            } else if (key == u"anyOf" || key == u"allOf") {
                auto &list = key == u"anyOf" ? node->anyOf : node->allOf;
                for (const QJsonValue &sub : value.toArray())
                    list << compileValue(sub, depth + 1);
            } else {
                m_fast = false; // a keyword the compiled check does not know
            }
        }
    }

    QJsonObject m_doc;
    QJsonObject m_defs;
    QString m_defsKey;
    bool m_refSiblingsIgnored = false;
    bool m_fast = true;
    std::deque<SchemaNode> m_nodes;
    QHash<QString, SchemaNode *> m_byRef;
    std::vector<std::pair<QString, SchemaNode *>> m_pendingRefs;
    QHash<QString, const SchemaNode *> m_compiled;
    QHash<QString, QString> m_resultByMethod, m_requestByMethod, m_notificationByMethod;
    QStringList m_alternates;
    mutable QMutex m_mutex;
    mutable QHash<QString, std::shared_ptr<JsonSchemaValidator>> m_validators;
};

// The schema of a version (compiled on first use, kept for the process), or
// null when none is built in. Thread-safe: rules run on workers too.
std::shared_ptr<const McpSchema> mcpSchema(const QString &version)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const McpSchema>> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    std::shared_ptr<const McpSchema> schema;
    QFile file(QStringLiteral(":/mcp-schema/%1/schema.json").arg(version));
    if (knownVersions().contains(version) && file.open(QIODevice::ReadOnly))
        schema =
            std::make_shared<const McpSchema>(QJsonDocument::fromJson(file.readAll()).object());
    if (cache.size() < 64) // versions are server text: keep the unknown ones bounded
        cache.insert(version, schema);
    return schema;
}

// ---------------------------------------------------------------- helpers

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// At most n bytes from offset as plain text: control characters and invalid
// bytes shown as \xNN, so server text stays readable and inert.
QString excerpt(QByteArrayView body, qsizetype from, qsizetype n = 40)
{
    from = std::clamp<qsizetype>(from, 0, body.size());
    const QByteArrayView part = body.sliced(from, std::min(n, body.size() - from));
    QString out;
    for (const char c : part) {
        const auto b = uchar(c);
        if (b < 0x20 || b == 0x7f || b >= 0x80)
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    if (from + n < body.size())
        out += QStringLiteral("...");
    return out;
}

// The method (and tool) of an outgoing request: "tools/call echo".
QString requestLabel(const QJsonObject &request)
{
    const QString method = request.value(u"method").toString();
    if (method == u"tools/call")
        return method + QLatin1Char(' ') +
               request.value(u"params").toObject().value(u"name").toString();
    return method;
}

// What a finding calls an input: its MCP request, else its HTTP request.
QString inputLabel(const RuleInput &in)
{
    for (const MessageRecord &m : in.messages)
        if (m.outgoing && m.kind == u"request")
            return m.method == u"tools/call"
                       ? requestLabel(QJsonDocument::fromJson(m.payload).object())
                       : m.method;
    if (!in.exchange)
        return {};
    const QByteArray &body = in.exchange->requestBody;
    if (body.startsWith('{')) {
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        if (request.contains(u"method"))
            return requestLabel(request);
    }
    return QString::fromLatin1(in.exchange->method) + QLatin1Char(' ') + in.exchange->url;
}

// -------------------------------------------------------- HTTP statuses

constexpr qint64 kBurstWindowMs = 10000;
constexpr int kBurstCount = 3;

class HttpStatusRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        if (!in.exchange)
            return;
        const Exchange &e = *in.exchange;
        QString label;
        if (!m_retryAfter.isEmpty()) {
            label = inputLabel(in);
            if (auto it = m_retryAfter.find(label); it != m_retryAfter.end()) {
                if (e.startedAtMs < it->untilMs)
                    out.raise(
                        "http.retry_ignored",
                        {label,
                         QString::number(double(e.startedAtMs - it->answeredAtMs) / 1000.0, 'f', 1),
                         it->retryAfter},
                        label, {it->exchangeId, e.id});
                m_retryAfter.erase(it);
            }
        }
        if (e.status == 429) {
            if (label.isEmpty())
                label = inputLabel(in);
            const QByteArray retryAfter = e.responseHeader("retry-after").trimmed();
            if (retryAfter.isEmpty()) {
                out.raise("http.rate_limited.no_retry_after", {label}, label, {e.id});
            } else {
                out.raise("http.rate_limited.retry_after", {label, QString::fromLatin1(retryAfter)},
                          label, {e.id});
                const qint64 answeredAt = e.startedAtMs + qint64(std::max(0.0, e.totalMs));
                qint64 waitMs = -1;
                bool isNumber = false;
                const qint64 seconds = retryAfter.toLongLong(&isNumber);
                if (isNumber) {
                    waitMs = seconds * 1000;
                } else {
                    // An HTTP date ("… GMT", which Qt's RFC 2822 parser refuses).
                    const qint64 at = CallFactParse::httpDateMs(retryAfter);
                    const qint64 date = CallFactParse::httpDateMs(e.responseHeader("date"));
                    if (at >= 0)
                        waitMs = at - (date >= 0 ? date : answeredAt);
                }
                if (waitMs > 0)
                    m_retryAfter.insert(label, {answeredAt, answeredAt + waitMs, e.id,
                                                QString::fromLatin1(retryAfter)});
            }
        }
        if (e.status >= 500 && e.status < 600)
            serverError(e);
    }

    void finish(RuleReport &out) override
    {
        for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it) {
            const Host &h = it.value();
            if (h.maxInWindow < kBurstCount)
                continue;
            QStringList statuses;
            for (int s : h.statuses)
                statuses << QString::number(s);
            out.raise("http.server_error_burst",
                      {QString::number(h.maxInWindow), it.key(),
                       QString::number(kBurstWindowMs / 1000), timeText(h.firstMs),
                       timeText(h.lastMs), statuses.join(QStringLiteral(", ")),
                       QString::number(kBurstCount)},
                      it.key(), h.evidence);
        }
    }

private:
    void serverError(const Exchange &e)
    {
        const QUrl url(e.url);
        const QString host = url.port() > 0
                                 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                                 : url.host();
        Host &h = m_hosts[host];
        h.recent.push_back({e.startedAtMs, e.id});
        while (!h.recent.empty() && h.recent.front().first <= e.startedAtMs - kBurstWindowMs)
            h.recent.pop_front();
        if (h.recent.size() < size_t(kBurstCount))
            return;
        if (int(h.recent.size()) > h.maxInWindow)
            h.maxInWindow = int(h.recent.size());
        if (h.firstMs == 0)
            h.firstMs = h.recent.front().first;
        h.lastMs = e.startedAtMs;
        if (!h.statuses.contains(e.status))
            h.statuses << e.status;
        for (const auto &[at, id] : h.recent)
            if (h.evidence.size() < RuleReport::kMaxEvidence && !h.evidence.contains(id))
                h.evidence << id;
    }

    struct Wait
    {
        qint64 answeredAtMs;
        qint64 untilMs;
        qint64 exchangeId;
        QString retryAfter;
    };
    QHash<QString, Wait> m_retryAfter; // by label

    struct Host
    {
        std::deque<std::pair<qint64, qint64>> recent; // 5xx in the window: time, exchange
        int maxInWindow = 0;
        qint64 firstMs = 0, lastMs = 0;
        QList<int> statuses;
        QList<qint64> evidence;
    };
    QHash<QString, Host> m_hosts;
};

// ----------------------------------------------------------------- bodies

bool startsWithCi(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() &&
           text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

struct ContentType
{
    QByteArrayView media; // lower-cased compare only
    QByteArray charset;   // as declared, empty = none
    bool json = false;
    bool sse = false;
    bool text = false; // text we read: json, sse, text/*
};

ContentType contentType(const QByteArray &header)
{
    ContentType ct;
    const qsizetype semicolon = header.indexOf(';');
    ct.media = QByteArrayView(header).first(semicolon < 0 ? header.size() : semicolon).trimmed();
    ct.sse = ct.media.compare("text/event-stream", Qt::CaseInsensitive) == 0;
    ct.json = ct.media.compare("application/json", Qt::CaseInsensitive) == 0 ||
              (ct.media.size() > 5 && ct.media.last(5).compare("+json", Qt::CaseInsensitive) == 0);
    ct.text = ct.json || ct.sse || startsWithCi(ct.media, "text/");
    if (semicolon >= 0) {
        const QByteArray lower = header.mid(semicolon).toLower();
        const qsizetype at = lower.indexOf("charset=");
        if (at >= 0) {
            QByteArray value = header.mid(semicolon + at + 8);
            const qsizetype end = value.indexOf(';');
            if (end >= 0)
                value.truncate(end);
            ct.charset = value.trimmed();
            if (ct.charset.startsWith('"') && ct.charset.endsWith('"') && ct.charset.size() >= 2)
                ct.charset = ct.charset.mid(1, ct.charset.size() - 2);
        }
    }
    return ct;
}

// The first invalid UTF-8 sequence and the first control character (other
// than tab, LF, CR) at or after from, -1 when none. jsonEscapes: also \u00XX
// escapes of control characters (JSON and SSE bodies carry text that way).
struct ByteScan
{
    qsizetype invalidAt = -1;
    qsizetype controlAt = -1;
    uint control = 0;
};

ByteScan scanBytes(QByteArrayView body, qsizetype from, bool jsonEscapes, bool truncated)
{
    ByteScan scan;
    const auto *p = reinterpret_cast<const uchar *>(body.data());
    const qsizetype n = body.size();
    const auto hex = [](uchar c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = from; i < n;) {
        const uchar c = p[i];
        if (c >= 0x20 && c < 0x7f) {
            if (c == '\\' && jsonEscapes && i + 1 < n) {
                if (p[i + 1] == 'u' && i + 5 < n && p[i + 2] == '0' && p[i + 3] == '0' &&
                    scan.controlAt < 0) {
                    const int hi = hex(p[i + 4]), lo = hex(p[i + 5]);
                    const int code = hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
                    if ((code >= 0 && code < 0x20 && code != '\t' && code != '\n' &&
                         code != '\r') ||
                        code == 0x7f) {
                        scan.controlAt = i;
                        scan.control = uint(code);
                    }
                }
                i += 2; // the escaped character, whatever it is
                continue;
            }
            ++i;
            continue;
        }
        if (c < 0x80) {
            if (c != '\t' && c != '\n' && c != '\r' && scan.controlAt < 0) {
                scan.controlAt = i;
                scan.control = c;
            }
            ++i;
            continue;
        }
        // A multi-byte sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF).
        int length = 0;
        uint lowest = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            lowest = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            lowest = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            lowest = 0x10000;
        }
        if (length == 0) {
            scan.invalidAt = i;
            return scan;
        }
        if (i + length > n) {
            if (!truncated)
                scan.invalidAt = i;
            return scan;
        }
        uint code = c & (0x7f >> length);
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80) {
                scan.invalidAt = i;
                return scan;
            }
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        if (code < lowest || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            scan.invalidAt = i;
            return scan;
        }
        if (code >= 0x80 && code < 0xa0 && scan.controlAt < 0) { // C1 controls
            scan.controlAt = i;
            scan.control = code;
        }
        i += length;
    }
    return scan;
}

bool looksLikeSse(QByteArrayView body)
{
    // The first non-empty line is a field or a comment.
    qsizetype i = 0;
    while (i < body.size() && (body[i] == '\n' || body[i] == '\r'))
        ++i;
    const QByteArrayView line = body.sliced(i);
    for (const char *field : {"data", "event", "id", "retry", ":"})
        if (line.startsWith(field))
            return true;
    return line.isEmpty();
}

bool startsLikeJson(char c)
{
    return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' ||
           c == 'f' || c == 'n';
}

// Calls f(type, data, offset of data in body) for each complete event of an
// SSE body (WHATWG: fields, comments, LF/CRLF line ends). One data line (the
// common case) is a view into body; several are joined.
template <typename F> void forEachSseEvent(QByteArrayView body, qsizetype from, F f)
{
    QByteArrayView type;
    QByteArrayView data;
    QByteArray joined;
    qsizetype dataAt = -1;
    int dataLines = 0;
    qsizetype pos = from;
    while (pos < body.size()) {
        qsizetype end = body.indexOf('\n', pos);
        if (end < 0)
            break; // an event still arriving is not dispatched
        QByteArrayView line = body.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype lineAt = pos;
        pos = end + 1;
        if (line.isEmpty()) {
            if (dataLines > 0)
                f(type.isEmpty() ? QByteArrayView("message") : type,
                  dataLines == 1 ? data : QByteArrayView(joined), dataAt);
            type = {};
            data = {};
            joined.clear();
            dataLines = 0;
            dataAt = -1;
            continue;
        }
        if (line.startsWith(':'))
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        qsizetype valueAt = colon < 0 ? line.size() : colon + 1;
        if (valueAt < line.size() && line[valueAt] == ' ')
            ++valueAt;
        const QByteArrayView value = line.sliced(valueAt);
        if (field == "data") {
            if (dataLines == 0) {
                data = value;
                dataAt = lineAt + valueAt;
            } else {
                if (dataLines == 1)
                    joined = data.toByteArray();
                joined += '\n';
                joined += value;
            }
            ++dataLines;
        } else if (field == "event") {
            type = value;
        }
    }
}

// A rapidjson document whose first kilobytes live on the stack: parsing a
// typical answer allocates nothing.
struct Parsed
{
    char valueBuffer[16384];
    char stackBuffer[4096];
    rj::MemoryPoolAllocator<> valueAllocator{valueBuffer, sizeof valueBuffer};
    rj::MemoryPoolAllocator<> stackAllocator{stackBuffer, sizeof stackBuffer};
    rj::GenericDocument<rj::UTF8<>, rj::MemoryPoolAllocator<>, rj::MemoryPoolAllocator<>> doc{
        &valueAllocator, 1024, &stackAllocator};

    // Untrusted input: iterative (no recursion), nothing after the value.
    bool parse(QByteArrayView text)
    {
        doc.Parse<rj::kParseIterativeFlag>(text.data(), size_t(text.size()));
        return !doc.HasParseError();
    }
    qsizetype errorOffset() const { return qsizetype(doc.GetErrorOffset()); }
    QString error() const { return QString::fromLatin1(rj::GetParseError_En(doc.GetParseError())); }
};

QString idText(const rj::Value &id)
{
    if (id.IsString())
        return QString::fromUtf8(id.GetString(), qsizetype(id.GetStringLength()));
    if (id.IsInt64())
        return QString::number(id.GetInt64());
    if (id.IsNumber())
        return QString::number(qint64(id.GetDouble()));
    return {};
}

const rj::Value *member(const rj::Value &object, const char *name)
{
    if (!object.IsObject())
        return nullptr;
    const auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

QString stringMember(const rj::Value &object, const char *name)
{
    const rj::Value *v = member(object, name);
    return v && v->IsString() ? QString::fromUtf8(v->GetString(), qsizetype(v->GetStringLength()))
                              : QString();
}

class DataRule final : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        m_in = &in;
        m_report = &out;
        ++m_serial;
        trackRequests(in);
        if (!in.exchange) {
            for (const MessageRecord &m : in.messages) {
                if (m.outgoing)
                    continue;
                Parsed parsed;
                if (parsed.parse(m.payload))
                    serverMessage(parsed.doc, 0, out);
            }
            return;
        }
        const Exchange &e = *in.exchange;
        const QByteArray &body = e.responseBody;
        if (body.isEmpty())
            return;
        const QByteArray encoding = e.responseHeader("content-encoding");
        if (body.startsWith("\x1f\x8b") || (!encoding.isEmpty() && encoding != "identity"))
            return; // stored as received, not decoded
        const QByteArray contentTypeHeader = e.responseHeader("content-type");
        const ContentType ct = contentType(contentTypeHeader);
        qsizetype from = 0;
        if (body.startsWith("\xef\xbb\xbf")) {
            out.raise("mcp.answer_bom", {label(in)}, e.url, {e.id}, incomingIds(in));
            from = 3;
        } else if (body.startsWith("\xff\xfe") || body.startsWith("\xfe\xff")) {
            out.raise("data.charset.utf16",
                      {label(in), body.startsWith("\xff\xfe") ? QStringLiteral("UTF-16LE")
                                                              : QStringLiteral("UTF-16BE")},
                      e.url, {e.id});
            return;
        }
        bool otherCharset = false;
        if (!ct.charset.isEmpty() && ct.charset.compare("utf-8", Qt::CaseInsensitive) != 0 &&
            ct.charset.compare("utf8", Qt::CaseInsensitive) != 0) {
            otherCharset = true;
            out.raise("data.charset.declared", {label(in), QString::fromLatin1(contentTypeHeader)},
                      e.url, {e.id});
        }
        qsizetype first = from;
        while (first < body.size() && (body[first] == ' ' || body[first] == '\n' ||
                                       body[first] == '\r' || body[first] == '\t'))
            ++first;
        if (first == body.size())
            return;
        const bool jsonish = ct.json || (!ct.sse && (body[first] == '{' || body[first] == '['));
        if (ct.text || jsonish) {
            const ByteScan scan = scanBytes(body, from, jsonish || ct.sse, e.responseTruncated);
            if (scan.invalidAt >= 0 && !otherCharset)
                out.raise("data.invalid_utf8",
                          {label(in), QString::number(scan.invalidAt),
                           QStringLiteral("0x%1").arg(uchar(body[scan.invalidAt]), 2, 16,
                                                      QLatin1Char('0')),
                           excerpt(body, std::max<qsizetype>(0, scan.invalidAt - 16))},
                          e.url, {e.id});
            if (scan.controlAt >= 0)
                out.raise(
                    "data.control_chars",
                    {label(in),
                     QStringLiteral("U+") +
                         QStringLiteral("%1").arg(scan.control, 4, 16, QLatin1Char('0')).toUpper(),
                     QString::number(scan.controlAt),
                     excerpt(body, std::max<qsizetype>(0, scan.controlAt - 16))},
                    e.url, {e.id}, incomingIds(in));
        }
        if (ct.json && !startsLikeJson(body[first])) {
            out.raise("data.content_type.json_mismatch",
                      {label(in), QString::fromLatin1(contentTypeHeader), excerpt(body, first)},
                      e.url, {e.id});
            return;
        }
        if (ct.sse) {
            if (!looksLikeSse(QByteArrayView(body).sliced(from))) {
                out.raise("data.content_type.sse_mismatch", {label(in), excerpt(body, first)},
                          e.url, {e.id});
                return;
            }
            forEachSseEvent(body, from,
                            [&](QByteArrayView type, QByteArrayView data, qsizetype dataAt) {
                                if (type != "message" || data.isEmpty())
                                    return;
                                Parsed parsed;
                                if (!parsed.parse(data)) {
                                    const qsizetype at = dataAt + parsed.errorOffset();
                                    out.raise("data.json_invalid",
                                              {label(in), parsed.error(), QString::number(at),
                                               excerpt(body, std::max<qsizetype>(0, at - 20))},
                                              e.url, {e.id});
                                    return;
                                }
                                messages(parsed.doc, e.id, out);
                            });
            return;
        }
        if (!jsonish || e.responseTruncated)
            return;
        Parsed parsed;
        if (!parsed.parse(QByteArrayView(body).sliced(from))) {
            const qsizetype at = from + parsed.errorOffset();
            out.raise("data.json_invalid",
                      {label(in), parsed.error(), QString::number(at),
                       excerpt(body, std::max<qsizetype>(0, at - 20))},
                      e.url, {e.id});
            return;
        }
        messages(parsed.doc, e.id, out);
    }

private:
    void messages(const rj::Value &doc, qint64 exchangeId, RuleReport &out)
    {
        if (doc.IsObject())
            serverMessage(doc, exchangeId, out);
        else if (doc.IsArray())
            for (auto it = doc.Begin(); it != doc.End(); ++it)
                serverMessage(*it, exchangeId, out);
    }

    // Remembers the client's requests by id, from the messages recorded with
    // the input, else from the request body.
    void trackRequests(const RuleInput &in)
    {
        bool any = false;
        for (const MessageRecord &m : in.messages) {
            if (!m.outgoing || m.kind != u"request")
                continue;
            any = true;
            request(m.rpcId, {m.method, m.payload, {}});
        }
        if (any || !in.exchange || !in.exchange->requestBody.startsWith('{'))
            return;
        Parsed parsed;
        if (!parsed.parse(in.exchange->requestBody) || !member(parsed.doc, "method") ||
            !member(parsed.doc, "id"))
            return;
        const rj::Value *params = member(parsed.doc, "params");
        request(idText(*member(parsed.doc, "id")),
                {stringMember(parsed.doc, "method"),
                 {},
                 params ? stringMember(*params, "name") : QString()});
    }

    struct Pending
    {
        QString method;
        QByteArray payload; // the request as recorded (its tool is read when needed)
        QString tool;
    };

    void request(const QString &id, Pending pending)
    {
        if (m_pending.size() > 4096)
            m_pending.clear(); // requests never answered
        m_pending.insert(id, std::move(pending));
        // An answer seen before its request (HTTP+SSE: the stream's exchange
        // was stored before the POSTs that it answers).
        if (auto it = m_orphans.find(id); it != m_orphans.end()) {
            const Orphan orphan = *it;
            m_orphans.erase(it);
            Parsed parsed;
            if (m_report && parsed.parse(orphan.text))
                response(parsed.doc, {orphan.exchangeId, orphan.messageIds, true}, *m_report);
        }
    }

    QString label(const RuleInput &in)
    {
        if (m_labelSerial != m_serial) {
            m_label = inputLabel(in);
            m_labelSerial = m_serial;
        }
        return m_label;
    }

    static QList<qint64> incomingIds(const RuleInput &in)
    {
        QList<qint64> ids;
        for (const MessageRecord &m : in.messages)
            if (!m.outgoing && m.id)
                ids << m.id;
        return ids;
    }

    // Where a server message was: its exchange, and (found when a finding
    // needs them) its stored message ids.
    struct Located
    {
        qint64 exchangeId = 0;
        QList<qint64> messageIds;
        bool resolved = false;
    };

    QList<qint64> messageIdsOf(const rj::Value &message, Located &at) const
    {
        if (at.resolved || !m_in)
            return at.messageIds;
        at.resolved = true;
        const rj::Value *idValue = member(message, "id");
        const QString id = idValue ? idText(*idValue) : QString();
        const QString method = stringMember(message, "method");
        for (const MessageRecord &m : m_in->messages)
            if (!m.outgoing && m.rpcId == id && (method.isEmpty() || m.method == method) && m.id) {
                at.messageIds = {m.id};
                break;
            }
        return at.messageIds;
    }

    QString version() const
    {
        return m_in && !m_in->protocolVersion.isEmpty() ? m_in->protocolVersion : m_seenVersion;
    }

    void serverMessage(const rj::Value &o, qint64 exchangeId, RuleReport &out)
    {
        if (!o.IsObject() || !o.HasMember("jsonrpc"))
            return; // not JSON-RPC (an OAuth document, an error page)
        Located at{exchangeId, {}, false};
        if (const rj::Value *method = member(o, "method")) {
            if (!method->IsString())
                return;
            const QString name =
                QString::fromUtf8(method->GetString(), qsizetype(method->GetStringLength()));
            const SchemaChoice &schema = schemaFor(version());
            if (!schema.schema)
                return;
            const QString definition = o.HasMember("id")
                                           ? schema.schema->requestDefinition(name)
                                           : schema.schema->notificationDefinition(name);
            if (!definition.isEmpty())
                validate(schema, name, definition, o, o, QString(), at, out);
            return;
        }
        if (!o.HasMember("result"))
            return;
        const rj::Value *idValue = member(o, "id");
        const QString id = idValue ? idText(*idValue) : QString();
        if (!m_pending.contains(id)) {
            if (m_orphans.size() < 256 && nestsAtMost(o, kMaxNesting)) {
                rj::StringBuffer text;
                rj::Writer<rj::StringBuffer> writer(text);
                o.Accept(writer);
                m_orphans.insert(id, {QByteArray(text.GetString(), qsizetype(text.GetSize())),
                                      exchangeId, messageIdsOf(o, at)});
            }
            return;
        }
        response(o, at, out);
    }

    struct Orphan
    {
        QByteArray text;
        qint64 exchangeId = 0;
        QList<qint64> messageIds;
    };

    void response(const rj::Value &o, Located at, RuleReport &out)
    {
        const rj::Value *idValue = member(o, "id");
        const Pending request = m_pending.take(idValue ? idText(*idValue) : QString());
        const rj::Value *resultValue = member(o, "result");
        if (!resultValue)
            return;
        const rj::Value &result = *resultValue;
        const bool initialize = request.method == u"initialize";
        if (initialize) {
            const QString negotiated = stringMember(result, "protocolVersion");
            if (!negotiated.isEmpty())
                m_seenVersion = negotiated;
        }
        const QString v = initialize ? m_seenVersion : version();
        const SchemaChoice &schema = schemaFor(v);
        if (schema.schema) {
            const QString definition = schema.schema->resultDefinition(request.method);
            if (!definition.isEmpty())
                validate(schema, request.method, definition, result, o, QStringLiteral("/result"),
                         at, out);
        }
        if (request.method == u"tools/list" && result.IsObject())
            toolsListed(toQt(result).toObject(), v);
        else if (request.method == u"tools/call" && !m_outputSchemas.isEmpty())
            toolCalled(request, result, o, at, out);
    }

    struct SchemaChoice
    {
        std::shared_ptr<const McpSchema> schema;
        QString version;   // the schema's
        QString requested; // the session's, when no schema is built in for it
    };

    const SchemaChoice &schemaFor(const QString &version)
    {
        if (m_choiceValid && version == m_choiceFor)
            return m_choice;
        m_choiceFor = version;
        m_choiceValid = true;
        if (auto known = mcpSchema(version))
            m_choice = {known, version, {}};
        else
            m_choice = {mcpSchema(knownVersions().constLast()), knownVersions().constLast(),
                        version};
        return m_choice;
    }

    static QString describe(const QList<SchemaViolation> &violations, const QString &prefix,
                            QStringList *pointers)
    {
        QStringList parts;
        for (const SchemaViolation &v : violations) {
            if (parts.size() == 5) {
                parts << QStringLiteral("(+%1)").arg(violations.size() - 5);
                break;
            }
            const QString pointer = QLatin1Char('#') + prefix + v.instancePath;
            parts << pointer + QStringLiteral(" (") + v.keyword + QStringLiteral("): ") + v.message;
            *pointers << pointer;
        }
        return parts.join(QStringLiteral("; "));
    }

    void validate(const SchemaChoice &schema, const QString &method, const QString &definition,
                  const rj::Value &instance, const rj::Value &message, const QString &prefix,
                  Located &at, RuleReport &out)
    {
        if (schema.schema->matches(definition, instance))
            return;
        for (const QString &alternate : schema.schema->alternates())
            if (instance.IsObject() && schema.schema->matches(alternate, instance))
                return;
        const QJsonValue qt = toQt(instance);
        if (qt.isUndefined())
            return; // too deep to explain
        const QList<SchemaViolation> violations = schema.schema->violations(definition, qt);
        if (violations.isEmpty())
            return;
        QStringList pointers;
        QStringList args{method, definition, schema.version,
                         describe(violations, prefix, &pointers)};
        const QString key = definition + QLatin1Char(' ') + pointers.join(QLatin1Char(' '));
        if (schema.requested.isNull()) {
            out.raise("data.schema_violation", args, key, {at.exchangeId},
                      messageIdsOf(message, at));
        } else {
            args << schema.requested;
            out.raise("data.schema_violation.unknown_version", args, key, {at.exchangeId},
                      messageIdsOf(message, at));
        }
    }

    void toolsListed(const QJsonObject &result, const QString &version)
    {
        const bool draft07 = !version.isEmpty() && version < QStringLiteral("2025-11-25");
        for (const QJsonValue &t : result.value(u"tools").toArray()) {
            const QJsonObject tool = t.toObject();
            const QString name = tool.value(u"name").toString();
            const QJsonValue schema = tool.value(u"outputSchema");
            if (schema.isObject())
                m_outputSchemas.insert(
                    name, std::make_shared<JsonSchemaValidator>(
                              schema, draft07 ? JsonSchemaValidator::Dialect::Draft07
                                              : JsonSchemaValidator::Dialect::Draft2020_12));
            else
                m_outputSchemas.remove(name);
        }
    }

    void toolCalled(const Pending &request, const rj::Value &result, const rj::Value &message,
                    Located &at, RuleReport &out)
    {
        const QString tool = !request.tool.isEmpty() ? request.tool
                                                     : QJsonDocument::fromJson(request.payload)
                                                           .object()
                                                           .value(u"params")
                                                           .toObject()
                                                           .value(u"name")
                                                           .toString();
        const auto validator = m_outputSchemas.value(tool);
        const rj::Value *structured = member(result, "structuredContent");
        const rj::Value *isError = member(result, "isError");
        if (!validator || !structured || (isError && isError->IsTrue()))
            return;
        const QJsonValue qt = toQt(*structured);
        if (qt.isUndefined())
            return;
        const QList<SchemaViolation> violations = validator->validate(qt);
        if (violations.isEmpty())
            return;
        QStringList pointers;
        const QString described = describe(violations, QString(), &pointers);
        out.raise("data.output_schema_violation", {tool, described},
                  tool + QLatin1Char(' ') + pointers.join(QLatin1Char(' ')), {at.exchangeId},
                  messageIdsOf(message, at));
    }

    QHash<QString, Pending> m_pending; // the client's requests by id, until answered
    QHash<QString, Orphan> m_orphans;  // answers whose request was not seen yet
    QHash<QString, std::shared_ptr<JsonSchemaValidator>> m_outputSchemas; // by tool
    QString m_seenVersion; // from an initialize answer of this session
    SchemaChoice m_choice;
    QString m_choiceFor;
    bool m_choiceValid = false;
    const RuleInput *m_in = nullptr;
    RuleReport *m_report = nullptr;
    quint64 m_serial = 0; // counts inputs
    quint64 m_labelSerial = 0;
    QString m_label;
};

} // namespace

RuleList httpDataRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<HttpStatusRule>());
    rules.push_back(std::make_unique<DataRule>());
    return rules;
}

} // namespace mcpscope
