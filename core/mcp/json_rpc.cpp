#include "mcp/json_rpc.h"

#include "common/ordered_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope", text);
}

// Deepest bracket nesting outside strings; stops counting past limit.
int nestingDepth(QByteArrayView s, int limit)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

bool validId(const QJsonValue &id)
{
    return id.isString() || (id.isDouble() && id.toDouble() == double(qint64(id.toDouble())));
}

Result<JsonRpcMessage> decodeOne(const QJsonValue &value)
{
    if (!value.isObject())
        return makeError(ErrorCode::JsonRpcShape, tr("A JSON-RPC message must be a JSON object."));
    const QJsonObject o = value.toObject();
    if (o.value(QStringLiteral("jsonrpc")).toString() != u"2.0")
        return makeError(ErrorCode::JsonRpcVersion, tr("The message lacks \"jsonrpc\": \"2.0\"."));
    JsonRpcMessage m;
    const bool hasId = o.contains(QStringLiteral("id"));
    m.id = o.value(QStringLiteral("id"));
    if (o.contains(QStringLiteral("method"))) {
        if (!o.value(QStringLiteral("method")).isString())
            return makeError(ErrorCode::JsonRpcMethod, tr("\"method\" must be a string."));
        m.method = o.value(QStringLiteral("method")).toString();
        m.params = o.value(QStringLiteral("params"));
        if (!m.params.isUndefined() && !m.params.isObject() && !m.params.isArray())
            return makeError(ErrorCode::JsonRpcParams,
                             tr("\"params\" of %1 must be an object.").arg(m.method));
        if (hasId) {
            if (!validId(m.id))
                return makeError(ErrorCode::JsonRpcId,
                                 tr("Request ids must be strings or integers (MCP forbids null)."));
            m.kind = JsonRpcMessage::Kind::Request;
        } else {
            m.kind = JsonRpcMessage::Kind::Notification;
        }
        return m;
    }
    if (o.contains(QStringLiteral("error"))) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        if (!e.value(QStringLiteral("code")).isDouble())
            return makeError(ErrorCode::JsonRpcError,
                             tr("An error response needs a numeric \"code\"."));
        m.kind = JsonRpcMessage::Kind::Error;
        m.errorCode = e.value(QStringLiteral("code")).toInt();
        m.errorMessage = e.value(QStringLiteral("message")).toString();
        m.errorData = e.value(QStringLiteral("data"));
        return m;
    }
    if (o.contains(QStringLiteral("result"))) {
        if (!validId(m.id))
            return makeError(ErrorCode::JsonRpcId,
                             tr("A response must carry the id of its request."));
        m.kind = JsonRpcMessage::Kind::Response;
        m.result = o.value(QStringLiteral("result"));
        return m;
    }
    return makeError(ErrorCode::JsonRpcShape,
                     tr("The message is neither a request, a notification nor a response."));
}

} // namespace

QJsonObject JsonRpcMessage::toJson() const
{
    QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}};
    switch (kind) {
    case Kind::Request:
        o.insert(QStringLiteral("id"), id);
        Q_FALLTHROUGH();
    case Kind::Notification:
        o.insert(QStringLiteral("method"), method);
        if (!params.isUndefined() && !(params.isObject() && params.toObject().isEmpty()))
            o.insert(QStringLiteral("params"), params);
        break;
    case Kind::Response:
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("result"), result);
        break;
    case Kind::Error: {
        o.insert(QStringLiteral("id"), id);
        QJsonObject e{{QStringLiteral("code"), errorCode},
                      {QStringLiteral("message"), errorMessage}};
        if (!errorData.isUndefined() && !errorData.isNull())
            e.insert(QStringLiteral("data"), errorData);
        o.insert(QStringLiteral("error"), e);
        break;
    }
    }
    return o;
}

QByteArray JsonRpcMessage::encode() const
{
    if (rawParams.isEmpty() || (kind != Kind::Request && kind != Kind::Notification))
        return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    auto members = jsonMembers(rawParams);
    if (!members)
        return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    // params is the content, the text only its form: a member keeps its text
    // while its value is params' (the client may add to _meta, or replace a
    // member on a retry), members params lacks go, params' others follow.
    const QJsonObject object = params.toObject();
    QList<std::pair<QString, QByteArray>> sent;
    auto has = [&sent](const QString &key) {
        return std::any_of(sent.cbegin(), sent.cend(),
                           [&](const auto &member) { return member.first == key; });
    };
    for (const auto &[key, text] : *members) {
        if (!object.contains(key) || has(key))
            continue;
        const QJsonValue value = object.value(key);
        const QJsonValue written = QJsonDocument::fromJson('[' + text + ']').array().at(0);
        sent.append({key, written == value ? text : jsonValueText(value)});
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!has(it.key()))
            sent.append({it.key(), jsonValueText(it.value())});
    QList<std::pair<QString, QByteArray>> message{{QStringLiteral("jsonrpc"), "\"2.0\""}};
    if (kind == Kind::Request)
        message.append({QStringLiteral("id"), jsonValueText(id)});
    message.append({QStringLiteral("method"), jsonStringLiteral(method)});
    message.append({QStringLiteral("params"), jsonObjectText(sent)});
    return jsonObjectText(message);
}

JsonRpcMessage JsonRpcMessage::request(const QJsonValue &id, const QString &method,
                                       const QJsonObject &params)
{
    JsonRpcMessage m;
    m.kind = Kind::Request;
    m.id = id;
    m.method = method;
    m.params = params;
    return m;
}

JsonRpcMessage JsonRpcMessage::notification(const QString &method, const QJsonObject &params)
{
    JsonRpcMessage m;
    m.kind = Kind::Notification;
    m.method = method;
    m.params = params;
    return m;
}

JsonRpcMessage JsonRpcMessage::response(const QJsonValue &id, const QJsonValue &result)
{
    JsonRpcMessage m;
    m.kind = Kind::Response;
    m.id = id;
    m.result = result;
    return m;
}

JsonRpcMessage JsonRpcMessage::error(const QJsonValue &id, int code, const QString &message,
                                     const QJsonValue &data)
{
    JsonRpcMessage m;
    m.kind = Kind::Error;
    m.id = id;
    m.errorCode = code;
    m.errorMessage = message;
    m.errorData = data;
    return m;
}

QString idKey(const QJsonValue &id)
{
    if (id.isString())
        return QStringLiteral("s:") + id.toString();
    if (id.isDouble())
        return QStringLiteral("n:") + QString::number(qint64(id.toDouble()));
    return {};
}

QString idText(const QJsonValue &id)
{
    return id.isString()   ? id.toString()
           : id.isDouble() ? QString::number(qint64(id.toDouble()))
                           : QString();
}

QString kindName(JsonRpcMessage::Kind kind)
{
    switch (kind) {
    case JsonRpcMessage::Kind::Request:
        return QStringLiteral("request");
    case JsonRpcMessage::Kind::Notification:
        return QStringLiteral("notification");
    case JsonRpcMessage::Kind::Response:
        return QStringLiteral("response");
    case JsonRpcMessage::Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

Result<QList<JsonRpcMessage>> decodeJsonRpc(QByteArrayView bytes, const JsonRpcLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return makeError(ErrorCode::JsonRpcSize,
                         tr("The message is %1 bytes, over the %2-byte limit.")
                             .arg(bytes.size())
                             .arg(limits.maxBytes));
    if (nestingDepth(bytes, limits.maxDepth) > limits.maxDepth)
        return makeError(ErrorCode::JsonRpcDepth,
                         tr("The message nests deeper than %1 levels; refusing to parse it.")
                             .arg(limits.maxDepth));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::JsonRpcParse, tr("Not valid JSON: %1 at byte %2.")
                                                      .arg(parseError.errorString())
                                                      .arg(parseError.offset));
    QList<JsonRpcMessage> out;
    if (doc.isArray()) {
        const QJsonArray batch = doc.array();
        if (batch.isEmpty())
            return makeError(ErrorCode::JsonRpcShape, tr("An empty JSON-RPC batch is invalid."));
        const auto raws = jsonElements(bytes, limits.maxDepth + 1);
        for (const QJsonValue &item : batch) {
            auto message = decodeOne(item);
            if (!message)
                return Failure{message.error()};
            if (raws && raws->size() == batch.size())
                message->raw = raws->at(out.size());
            out.append(*message);
        }
        return out;
    }
    auto message = decodeOne(doc.object());
    if (!message)
        return Failure{message.error()};
    message->raw = bytes.trimmed().toByteArray();
    out.append(*message);
    return out;
}

JsonRpcFragment scanJsonRpcFragment(QByteArrayView bytes)
{
    // Walks the bytes once: depth counts objects and arrays outside strings;
    // a string at depth 1 followed by ':' is a member of the message itself.
    JsonRpcFragment fragment;
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    auto skipSpace = [&] {
        while (i < n &&
               (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
            ++i;
    };
    // At the opening quote; keeps at most limit bytes of the text.
    auto readString = [&](qsizetype limit) -> std::optional<QByteArray> {
        QByteArray text;
        for (++i; i < n; ++i) {
            const char c = bytes[i];
            if (c == '\\') {
                if (++i < n)
                    text += bytes[i];
                continue;
            }
            if (c == '"') {
                ++i;
                return text;
            }
            if (text.size() < limit)
                text += c;
        }
        return std::nullopt;
    };
    while (i < n) {
        const char c = bytes[i];
        if (c != '"') {
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++i;
            continue;
        }
        const bool member = depth == 1;
        const auto name = readString(64); // member names of interest are short
        if (!name)
            break;
        skipSpace();
        if (!member || i >= n || bytes[i] != ':')
            continue;
        ++i;
        if (*name == "result" || *name == "error")
            fragment.looksLikeAnswer = true;
        else if (*name == "method")
            fragment.hasMethod = true;
        if (*name != "id" || fragment.id)
            continue;
        skipSpace();
        if (i < n && bytes[i] == '"') {
            if (const auto value = readString(n))
                fragment.id = QJsonValue(QString::fromUtf8(*value));
            continue;
        }
        const qsizetype start = i;
        while (i < n && (bytes[i] == '-' || (bytes[i] >= '0' && bytes[i] <= '9')))
            ++i;
        // A whole number, complete (a delimiter follows: not cut off, not a
        // fraction or exponent).
        if (i == start || i >= n || i - start > 18)
            continue;
        if (const char next = bytes[i]; next != ',' && next != '}' && next != ']' && next != ' ' &&
                                        next != '\t' && next != '\r' && next != '\n')
            continue;
        bool ok = false;
        const qint64 number = bytes.sliced(start, i - start).toByteArray().toLongLong(&ok);
        if (ok)
            fragment.id = QJsonValue(double(number));
    }
    return fragment;
}

} // namespace mcpscope
