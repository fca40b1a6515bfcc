#include "mcp/uri_template.h"

#include <QCoreApplication>

#include <algorithm>

namespace mcpscope {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

bool isReserved(char c)
{
    return QByteArrayView(":/?#[]@!$&'()*+,;=").contains(c);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Percent-encodes UTF-8 bytes; allowReserved keeps reserved characters and
// existing %XX triplets (operators + and #).
QString encode(const QString &value, bool allowReserved)
{
    const QByteArray bytes = value.toUtf8();
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (isUnreserved(c) || (allowReserved && isReserved(c))) {
            out += QLatin1Char(c);
        } else if (allowReserved && c == '%' && i + 2 < bytes.size() && isHex(bytes[i + 1]) &&
                   isHex(bytes[i + 2])) {
            out += QLatin1Char(c);
        } else {
            static const char digits[] = "0123456789ABCDEF";
            const auto b = static_cast<unsigned char>(c);
            out += QLatin1Char('%');
            out += QLatin1Char(digits[b >> 4]);
            out += QLatin1Char(digits[b & 0xF]);
        }
    }
    return out;
}

// A prefix counts characters (code points), not bytes or UTF-16 units.
QString prefixOf(const QString &value, int length)
{
    QString out;
    int count = 0;
    for (qsizetype i = 0; i < value.size() && count < length; ++i, ++count) {
        out += value[i];
        if (value[i].isHighSurrogate() && i + 1 < value.size())
            out += value[++i];
    }
    return out;
}

bool isVarChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' ||
           u == '%' || u == '.';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::UriTemplate", text);
}

} // namespace

Result<UriTemplate> UriTemplate::parse(const QString &text)
{
    UriTemplate result;
    QString literal;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'}')
            return makeError(
                ErrorCode::UriTemplateBrace,
                tr("The URI template has a '}' without '{' at character %1.").arg(i + 1));
        if (c != u'{') {
            literal += c;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        if (close < 0)
            return makeError(
                ErrorCode::UriTemplateBrace,
                tr("The URI template has a '{' at character %1 that is never closed.").arg(i + 1));
        if (!literal.isEmpty())
            result.m_parts.append(Part{std::exchange(literal, {}), {}, {}});
        QString body = text.mid(i + 1, close - i - 1);
        Part part;
        if (!body.isEmpty() && QStringView(u"+#./;?&").contains(body[0])) {
            part.op = body[0];
            body.remove(0, 1);
        } else if (!body.isEmpty() && QStringView(u"=,!@|").contains(body[0])) {
            return makeError(ErrorCode::UriTemplateOperator,
                             tr("The URI template uses the reserved operator '%1'.").arg(body[0]));
        }
        for (const QString &spec : body.split(u',')) {
            VarSpec var;
            QString name = spec;
            if (name.endsWith(u'*')) {
                var.explode = true;
                name.chop(1);
            } else if (const qsizetype colon = name.indexOf(u':'); colon >= 0) {
                bool ok = false;
                var.prefix = name.mid(colon + 1).toInt(&ok);
                if (!ok || var.prefix <= 0 || var.prefix >= 10000 || name.size() - colon - 1 > 4)
                    return makeError(
                        ErrorCode::UriTemplatePrefix,
                        tr("The URI template has an invalid prefix length in \"%1\".").arg(spec));
                name.truncate(colon);
            }
            if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isVarChar))
                return makeError(
                    ErrorCode::UriTemplateName,
                    tr("The URI template has an invalid variable name \"%1\".").arg(spec));
            var.name = name;
            part.vars.append(var);
        }
        result.m_parts.append(part);
        i = close + 1;
    }
    if (!literal.isEmpty())
        result.m_parts.append(Part{literal, {}, {}});
    return result;
}

QStringList UriTemplate::variables() const
{
    QStringList names;
    for (const Part &part : m_parts)
        for (const VarSpec &var : part.vars)
            if (!names.contains(var.name))
                names.append(var.name);
    return names;
}

QString UriTemplate::expand(const QHash<QString, QString> &values) const
{
    QString out;
    for (const Part &part : m_parts) {
        if (part.vars.isEmpty()) {
            out += encode(part.literal, true); // literals keep reserved characters
            continue;
        }
        const char16_t op = part.op.unicode();
        const bool allowReserved = op == u'+' || op == u'#';
        const bool named = op == u';' || op == u'?' || op == u'&';
        const QString first = (op == 0 || op == u'+') ? QString() : QString(QChar(op));
        const QString separator = (op == 0 || op == u'+' || op == u'#') ? QStringLiteral(",")
                                  : op == u'?'                          ? QStringLiteral("&")
                                                                        : QString(QChar(op));
        bool any = false;
        for (const VarSpec &var : part.vars) {
            const auto found = values.constFind(var.name);
            if (found == values.constEnd())
                continue; // undefined
            out += any ? separator : first;
            any = true;
            const QString value = var.prefix > 0 ? prefixOf(*found, var.prefix) : *found;
            if (named) {
                out += encode(var.name, true);
                if (value.isEmpty()) {
                    if (op != u';')
                        out += QLatin1Char('=');
                    continue;
                }
                out += QLatin1Char('=');
            }
            out += encode(value, allowReserved);
        }
    }
    return out;
}

} // namespace mcpscope
