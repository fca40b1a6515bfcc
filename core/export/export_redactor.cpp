#include "export/export_redactor.h"
#include "common/translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUrl>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope::ExportRedactor", "mcpscope::RedactionRules"}, text);
}

const QByteArray kPlaceholder = Redactor::placeholder.toByteArray();
const QString kPlaceholderText = QString::fromLatin1(Redactor::placeholder);

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

// The unescaped segments of a JSON pointer, or nullopt when it is not one.
std::optional<QStringList> pointerSegments(const QString &pointer)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList segments = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &s : segments) {
        for (qsizetype i = s.indexOf(QLatin1Char('~')); i >= 0;
             i = s.indexOf(QLatin1Char('~'), i + 1)) {
            if (i + 1 >= s.size() || (s[i + 1] != u'0' && s[i + 1] != u'1'))
                return std::nullopt;
        }
        s.replace(QLatin1String("~1"), QLatin1String("/"));
        s.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return segments;
}

// Replaces what the pointer names in value; counts the values replaced.
void applyPointer(QJsonValue &value, const QStringList &segments, qsizetype at, qint64 &count)
{
    if (at == segments.size()) {
        if (value.isString() && value.toString() == kPlaceholderText)
            return;
        value = kPlaceholderText;
        ++count;
        return;
    }
    const QString &segment = segments[at];
    const bool any = segment == u"*";
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        bool changed = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!any && it.key() != segment)
                continue;
            QJsonValue child = it.value();
            const qint64 before = count;
            applyPointer(child, segments, at + 1, count);
            if (count != before) {
                it.value() = child;
                changed = true;
            }
        }
        if (changed)
            value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        bool changed = false;
        bool isIndex = false;
        const qsizetype index = segment.toLongLong(&isIndex);
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!any && (!isIndex || i != index))
                continue;
            QJsonValue child = array[i];
            const qint64 before = count;
            applyPointer(child, segments, at + 1, count);
            if (count != before) {
                array[i] = child;
                changed = true;
            }
        }
        if (changed)
            value = array;
    }
}

bool isSseType(QByteArrayView contentType)
{
    return QByteArrayView(contentType)
        .trimmed()
        .toByteArray()
        .toLower()
        .startsWith("text/event-stream");
}

bool isFormType(QByteArrayView contentType)
{
    return contentType.toByteArray().toLower().contains("application/x-www-form-urlencoded");
}

} // namespace

// ---- RedactionRules --------------------------------------------------------

QJsonObject RedactionRules::toJson() const
{
    return QJsonObject{{QStringLiteral("headers"), toArray(headers)},
                       {QStringLiteral("pointers"), toArray(pointers)},
                       {QStringLiteral("queryParams"), toArray(queryParams)},
                       {QStringLiteral("patterns"), toArray(patterns)}};
}

RedactionRules RedactionRules::fromJson(const QJsonObject &object)
{
    RedactionRules rules;
    rules.headers = fromArray(object.value(QStringLiteral("headers")));
    rules.pointers = fromArray(object.value(QStringLiteral("pointers")));
    rules.queryParams = fromArray(object.value(QStringLiteral("queryParams")));
    rules.patterns = fromArray(object.value(QStringLiteral("patterns")));
    return rules;
}

Result<void> RedactionRules::validate() const
{
    for (const QString &h : headers)
        if (h.trimmed().isEmpty() || h.contains(QLatin1Char(':')))
            return makeError(ErrorCode::Usage,
                             tr("The header name \"%1\" is not a header name.").arg(h));
    for (const QString &p : queryParams)
        if (p.isEmpty() || p.contains(QLatin1Char('=')) || p.contains(QLatin1Char('&')))
            return makeError(ErrorCode::Usage,
                             tr("The query parameter name \"%1\" is not a parameter name.").arg(p));
    for (const QString &p : pointers)
        if (!pointerSegments(p))
            return makeError(
                ErrorCode::Usage,
                tr("The JSON pointer \"%1\" is not valid: it must start with '/', and '~' must be "
                   "followed by 0 or 1 (write ~0 for '~' and ~1 for '/').")
                    .arg(p));
    for (const QString &p : patterns) {
        const QRegularExpression re(p);
        if (!re.isValid())
            return makeError(ErrorCode::Usage,
                             tr("The regular expression \"%1\" is not valid: %2 (at offset %3).")
                                 .arg(p, re.errorString())
                                 .arg(re.patternErrorOffset()));
        if (re.match(QString()).hasMatch())
            return makeError(ErrorCode::Usage,
                             tr("The regular expression \"%1\" matches an empty text: it would "
                                "redact between every character. Make it match something.")
                                 .arg(p));
    }
    return {};
}

// ---- RedactionTally --------------------------------------------------------

void RedactionTally::add(const QString &kind, const QString &name, qint64 count)
{
    if (count <= 0)
        return;
    m_counts[{kind, name}] += count;
    m_total += count;
}

void RedactionTally::merge(const RedactionTally &other)
{
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
        add(it.key().first, it.key().second, it.value());
}

qint64 RedactionTally::count(const QString &kind, const QString &name) const
{
    return m_counts.value({kind, name});
}

QList<RedactionTally::Entry> RedactionTally::entries() const
{
    QList<Entry> out;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        out.append({it.key().first, it.key().second, it.value()});
    return out;
}

QString RedactionTally::toText() const
{
    QString out;
    for (const Entry &e : entries())
        out += e.kind + QLatin1Char('\t') + e.name + QLatin1Char('\t') + QString::number(e.count) +
               QLatin1Char('\n');
    return out;
}

// ---- ExportRedactor --------------------------------------------------------

ExportRedactor::ExportRedactor(const RedactionRules &rules) : m_rules(rules)
{
    for (const QString &p : rules.pointers)
        if (auto segments = pointerSegments(p))
            m_pointers.append(*segments);
    for (const QString &p : rules.patterns) {
        QRegularExpression re(p);
        if (re.isValid() && !re.match(QString()).hasMatch()) {
            m_patterns.append(re);
            m_patternSources.append(p);
        }
    }
}

void ExportRedactor::tallyText(QByteArrayView text)
{
    qint64 left = text.count(Redactor::placeholder);
    if (left == 0)
        return;
    // name=value pairs: what the Redactor's text and form rules leave.
    static const QRegularExpression pair(
        QStringLiteral("([A-Za-z0-9_.\\-%\\[\\]]+)=([^&\\s;#\"'<>,]*)"));
    const QString s = QString::fromUtf8(text);
    for (auto it = pair.globalMatch(s); it.hasNext() && left > 0;) {
        const auto m = it.next();
        const qint64 n = m.capturedView(2).count(kPlaceholderText);
        if (n == 0)
            continue;
        m_tally.add(QStringLiteral("field"), QUrl::fromPercentEncoding(m.captured(1).toUtf8()), n);
        left -= n;
    }
    m_tally.add(QStringLiteral("known secret"), QString(), left);
}

void ExportRedactor::tallyUrl(const QString &url)
{
    if (!url.contains(kPlaceholderText))
        return;
    const qsizetype q = url.indexOf(QLatin1Char('?'));
    qint64 left = url.count(kPlaceholderText);
    if (q >= 0) {
        QString query = url.mid(q + 1);
        query.truncate(query.indexOf(QLatin1Char('#')) < 0 ? query.size()
                                                           : query.indexOf(QLatin1Char('#')));
        for (const QString &item : query.split(QLatin1Char('&'))) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq < 0)
                continue;
            const qint64 n = item.mid(eq + 1).count(kPlaceholderText);
            if (n == 0)
                continue;
            m_tally.add(QStringLiteral("query"), QUrl::fromPercentEncoding(item.left(eq).toUtf8()),
                        n);
            left -= n;
        }
        if (left > 0) {
            // In the fragment (an implicit-flow token), or in the userinfo.
            const QByteArray rest = (url.left(q) + url.mid(q + 1 + query.size())).toUtf8();
            tallyText(rest);
            return;
        }
    }
    m_tally.add(QStringLiteral("known secret"), QString(), left);
}

void ExportRedactor::tallyJson(const QJsonValue &value, const QString &name)
{
    if (value.isString()) {
        const QString s = value.toString();
        const qint64 n = s.count(kPlaceholderText);
        if (n == 0)
            return;
        if (s == kPlaceholderText && !name.isEmpty())
            m_tally.add(QStringLiteral("field"), name, 1);
        else
            tallyText(s.toUtf8());
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue child = it.value();
            if (child.isString() && child.toString().contains(kPlaceholderText) &&
                child.toString() != kPlaceholderText &&
                (child.toString().startsWith(QLatin1Char('{')) ||
                 child.toString().startsWith(QLatin1Char('[')))) {
                // Nested JSON the Redactor rewrote: walk it for its names.
                const QJsonDocument nested = QJsonDocument::fromJson(child.toString().toUtf8());
                if (!nested.isNull()) {
                    tallyJson(nested.isObject() ? QJsonValue(nested.object())
                                                : QJsonValue(nested.array()),
                              it.key());
                    continue;
                }
            }
            tallyJson(child, it.key());
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            tallyJson(v, name);
    }
}

void ExportRedactor::tallyForm(QByteArrayView form)
{
    tallyText(form);
}

HeaderList ExportRedactor::redactHeaders(const HeaderList &headers)
{
    HeaderList out = headers;
    for (auto &[name, value] : out) {
        if (const qint64 n = value.count(Redactor::placeholder); n > 0) {
            const QString key = QString::fromLatin1(name);
            m_tally.add(QStringLiteral("header"), key, n);
        }
        bool ruled = false;
        for (const QString &h : std::as_const(m_rules.headers)) {
            if (QString::fromLatin1(name).compare(h.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            ruled = true;
            if (value != kPlaceholder) {
                value = kPlaceholder;
                m_tally.add(QStringLiteral("rule"), QStringLiteral("header ") + h.trimmed());
            }
        }
        if (ruled)
            continue;
        if (value.contains('='))
            value = applyQueryParams(value, "?&;");
        value = applyPatterns(value);
    }
    return out;
}

QByteArray ExportRedactor::applyQueryParams(QByteArray text, QByteArrayView separators)
{
    if (m_rules.queryParams.isEmpty() || !text.contains('='))
        return text;
    for (const QString &param : std::as_const(m_rules.queryParams)) {
        const QByteArray name = param.toUtf8();
        const QByteArray encoded = QUrl::toPercentEncoding(param);
        qint64 hits = 0;
        for (const QByteArray &n : {name, encoded}) {
            qsizetype from = 0;
            while ((from = text.indexOf(QByteArray(n + '='), from)) >= 0) {
                const bool atStart = from == 0 || separators.contains(text[from - 1]);
                const qsizetype valueStart = from + n.size() + 1;
                if (!atStart) {
                    from = valueStart;
                    continue;
                }
                qsizetype end = valueStart;
                // A value ends where a URL in a header ends too ("<…?a=b>; rel=next").
                while (end < text.size() && !separators.contains(text[end]) && text[end] != '#' &&
                       text[end] != ' ' && text[end] != '\n' && text[end] != '"' &&
                       text[end] != '>')
                    ++end;
                const QByteArrayView value(text.constData() + valueStart, end - valueStart);
                if (value != Redactor::placeholder && !value.isEmpty()) {
                    text.replace(valueStart, end - valueStart, kPlaceholder);
                    ++hits;
                    end = valueStart + kPlaceholder.size();
                }
                from = end;
            }
            if (encoded == name)
                break;
        }
        m_tally.add(QStringLiteral("rule"), QStringLiteral("param ") + param, hits);
    }
    return text;
}

QString ExportRedactor::applyPatterns(QString text)
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        qint64 hits = 0;
        QString out;
        qsizetype last = 0;
        for (auto it = m_patterns[i].globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedLength() == 0 || m.capturedView() == kPlaceholderText)
                continue;
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += kPlaceholderText;
            last = m.capturedEnd();
            ++hits;
        }
        if (hits == 0)
            continue;
        out += QStringView(text).mid(last);
        text = out;
        m_tally.add(QStringLiteral("rule"), QStringLiteral("pattern ") + m_patternSources[i], hits);
    }
    return text;
}

QByteArray ExportRedactor::applyPatterns(QByteArray text)
{
    if (m_patterns.isEmpty() || text.isEmpty())
        return text;
    const QString s = QString::fromUtf8(text);
    if (s.toUtf8() != text)
        return text; // not UTF-8 text: a binary body, left as the Redactor left it
    return applyPatterns(s).toUtf8();
}

QByteArray ExportRedactor::redactJson(QByteArray body, bool *isJson)
{
    const bool hasPlaceholder = body.contains(Redactor::placeholder);
    *isJson = false;
    if (!hasPlaceholder && m_pointers.isEmpty())
        return body;
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return body;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull())
        return body;
    *isJson = true;
    QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (hasPlaceholder)
        tallyJson(root, QString());
    bool changed = false;
    for (qsizetype i = 0; i < m_pointers.size(); ++i) {
        qint64 hits = 0;
        applyPointer(root, m_pointers[i], 0, hits);
        if (hits > 0) {
            changed = true;
            m_tally.add(QStringLiteral("rule"), QStringLiteral("pointer ") + m_rules.pointers[i],
                        hits);
        }
    }
    if (!changed)
        return body;
    return root.isObject() ? QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact);
}

QByteArray ExportRedactor::redactSse(QByteArray body)
{
    if (!body.contains(Redactor::placeholder) && m_pointers.isEmpty())
        return body;
    // Each data line that holds JSON is a JSON document of its own (MCP sends
    // one line per event); others are text.
    QList<QByteArray> lines = body.split('\n');
    for (QByteArray &line : lines) {
        if (!line.startsWith("data:")) {
            tallyText(line);
            continue;
        }
        const qsizetype start = line.size() > 5 && line[5] == ' ' ? 6 : 5;
        bool isJson = false;
        const QByteArray data = line.mid(start);
        const bool cr = data.endsWith('\r');
        const QByteArray redacted = redactJson(cr ? data.chopped(1) : data, &isJson);
        if (!isJson)
            tallyText(data);
        else
            line = line.left(start) + redacted + (cr ? "\r" : "");
    }
    return lines.join('\n');
}

QByteArray ExportRedactor::redactForm(QByteArray body)
{
    tallyForm(body);
    return applyQueryParams(body, "&");
}

QByteArray ExportRedactor::finishBody(QByteArray data, QByteArrayView contentType)
{
    if (data.isEmpty())
        return data;
    if (isSseType(contentType))
        return applyPatterns(redactSse(std::move(data)));
    bool isJson = false;
    data = redactJson(std::move(data), &isJson);
    if (!isJson) {
        if (isFormType(contentType) || Redactor::looksLikeForm(data))
            data = redactForm(std::move(data));
        else
            tallyText(data);
    }
    return applyPatterns(std::move(data));
}

Exchange ExportRedactor::redact(const Exchange &exchange)
{
    Exchange e = m_redactor.redact(exchange);
    e.url = finishUrl(e.url);
    // What the Redactor left, tallied; then the user's rules.
    e.requestHeaders = redactHeaders(e.requestHeaders);
    e.responseHeaders = redactHeaders(e.responseHeaders);
    e.requestBody = finishBody(e.requestBody, headerValue(e.requestHeaders, "content-type"));
    e.responseBody = finishBody(e.responseBody, headerValue(e.responseHeaders, "content-type"));
    e.errorMessage = redactText(e.errorMessage);
    return e;
}

QByteArray ExportRedactor::redactPayload(QByteArrayView payload)
{
    QByteArray out = m_redactor.redactBody(payload, "application/json");
    bool isJson = false;
    out = redactJson(std::move(out), &isJson);
    if (!isJson)
        tallyText(out);
    return applyPatterns(std::move(out));
}

QString ExportRedactor::redactUrl(const QString &url)
{
    return finishUrl(m_redactor.redactUrl(url));
}

QString ExportRedactor::finishUrl(QString out)
{
    tallyUrl(out);
    if (!m_rules.queryParams.isEmpty())
        out = QString::fromUtf8(applyQueryParams(out.toUtf8(), "?&;"));
    return applyPatterns(out);
}

QString ExportRedactor::redactText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QString out = m_redactor.redactText(text);
    tallyText(out.toUtf8());
    return applyPatterns(out);
}

QString ExportRedactor::redactCommandLine(const QString &commandLine)
{
    if (commandLine.isEmpty())
        return commandLine;
    const QString out = m_redactor.redactCommandLine(commandLine);
    if (out.contains(QLatin1String("://")) && !out.contains(QLatin1Char(' ')))
        tallyUrl(out);
    else
        tallyText(out.toUtf8());
    if (!m_rules.queryParams.isEmpty())
        return applyPatterns(QString::fromUtf8(applyQueryParams(out.toUtf8(), "?&; ")));
    return applyPatterns(out);
}

HeaderList ExportRedactor::redactHeaderList(const HeaderList &headers)
{
    return redactHeaders(m_redactor.redactHeaders(headers));
}

QByteArray ExportRedactor::redactHeaderValue(QByteArrayView name, QByteArrayView value)
{
    const HeaderList out = redactHeaderList({{name.toByteArray(), value.toByteArray()}});
    return out.isEmpty() ? QByteArray() : out.first().second;
}

QByteArray ExportRedactor::redactBody(QByteArrayView body, QByteArrayView contentType)
{
    if (body.isEmpty())
        return {};
    return finishBody(m_redactor.redactBody(body, contentType), contentType);
}

} // namespace mcpscope
