#include "net/www_authenticate.h"

#include <QCoreApplication>

namespace mcpscope {

namespace {

constexpr qsizetype kMaxHeader = 16 * 1024;
constexpr int kMaxParams = 64;

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("-._~+/").contains(c);
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    void skipSpaceAndCommas()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ','))
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }
    // After the opening quote; nullopt when unterminated.
    std::optional<QByteArray> quoted()
    {
        QByteArray out;
        while (!atEnd()) {
            const char c = peek();
            ++m_pos;
            if (c == '"')
                return out;
            if (c == '\\') {
                if (atEnd())
                    return std::nullopt;
                out += peek();
                ++m_pos;
                continue;
            }
            out += c;
        }
        return std::nullopt;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope",
                                       text); // lupdate files free functions under the namespace
}

} // namespace

QString AuthChallenge::param(const QString &name) const
{
    for (const auto &[key, value] : params)
        if (key == name)
            return value;
    return {};
}

Result<QList<AuthChallenge>> parseWwwAuthenticate(QByteArrayView header)
{
    if (header.size() > kMaxHeader)
        return makeError(
            ErrorCode::OAuthWwwAuthenticate,
            tr("The WWW-Authenticate header is %1 bytes long; McpScope reads at most 16 KiB of it.")
                .arg(header.size()));
    QList<AuthChallenge> challenges;
    Scanner s(header);
    int params = 0;
    s.skipSpaceAndCommas();
    while (!s.atEnd()) {
        const QByteArray scheme = s.token();
        if (scheme.isEmpty())
            return makeError(ErrorCode::OAuthWwwAuthenticate,
                             tr("The WWW-Authenticate header has no auth scheme at character %1.")
                                 .arg(s.pos() + 1));
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(scheme);
        s.skipSpace();
        // A token68 (e.g. Basic credentials), or auth-params.
        const qsizetype mark = s.pos();
        while (!s.atEnd() && isToken68Char(s.peek()))
            s.setPos(s.pos() + 1);
        const qsizetype tokenEnd = s.pos();
        while (!s.atEnd() && s.peek() == '=')
            s.setPos(s.pos() + 1);
        const qsizetype afterEquals = s.pos();
        s.skipSpace();
        // "Basic abc==" or "Negotiate abc": a token68 ends the challenge;
        // "realm=..." goes on with a value, so it is a parameter.
        if (tokenEnd > mark && (s.atEnd() || s.peek() == ',')) {
            challenge.token68 = QString::fromLatin1(header.sliced(mark, afterEquals - mark));
            challenges.append(challenge);
            s.skipSpaceAndCommas();
            continue;
        }
        s.setPos(mark);
        // auth-params: name BWS "=" BWS ( token / quoted-string ), comma-separated,
        // until a token not followed by "=" starts the next challenge.
        while (!s.atEnd()) {
            s.skipSpaceAndCommas();
            const qsizetype start = s.pos();
            const QByteArray name = s.token();
            if (name.isEmpty()) {
                if (s.atEnd())
                    break;
                return makeError(
                    ErrorCode::OAuthWwwAuthenticate,
                    tr("The WWW-Authenticate header has an unexpected '%1' at character %2.")
                        .arg(QLatin1Char(s.peek()))
                        .arg(s.pos() + 1));
            }
            s.skipSpace();
            if (s.peek() != '=') {
                s.setPos(start); // the next challenge's scheme
                break;
            }
            s.setPos(s.pos() + 1);
            s.skipSpace();
            QByteArray value;
            if (s.peek() == '"') {
                s.setPos(s.pos() + 1);
                const auto quoted = s.quoted();
                if (!quoted)
                    return makeError(ErrorCode::OAuthWwwAuthenticate,
                                     tr("The WWW-Authenticate parameter \"%1\" has a quoted value "
                                        "that is never closed.")
                                         .arg(QString::fromLatin1(name)));
                value = *quoted;
            } else {
                value = s.token();
            }
            if (++params > kMaxParams)
                return makeError(
                    ErrorCode::OAuthWwwAuthenticate,
                    tr("The WWW-Authenticate header has more than %1 parameters.").arg(kMaxParams));
            challenge.params.append(
                {QString::fromLatin1(name).toLower(), QString::fromUtf8(value)});
            s.skipSpace();
            if (!s.atEnd() && s.peek() != ',')
                return makeError(
                    ErrorCode::OAuthWwwAuthenticate,
                    tr("The WWW-Authenticate header has an unexpected '%1' at character %2.")
                        .arg(QLatin1Char(s.peek()))
                        .arg(s.pos() + 1));
        }
        challenges.append(challenge);
        s.skipSpaceAndCommas();
    }
    return challenges;
}

Result<void> checkWwwAuthenticate(const HeaderList &responseHeaders)
{
    Result<void> outcome;
    for (const auto &[name, value] : responseHeaders)
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
            if (const auto parsed = parseWwwAuthenticate(value); !parsed)
                outcome = Failure{parsed.error()};
    return outcome;
}

std::optional<AuthChallenge> firstChallenge(const HeaderList &responseHeaders, QLatin1String scheme)
{
    for (const auto &[name, value] : responseHeaders) {
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) != 0)
            continue;
        const auto parsed = parseWwwAuthenticate(value);
        if (!parsed)
            continue;
        for (const AuthChallenge &c : *parsed)
            if (c.scheme.compare(scheme, Qt::CaseInsensitive) == 0)
                return c;
    }
    return std::nullopt;
}

std::optional<BearerChallenge> bearerChallenge(const HeaderList &responseHeaders)
{
    const auto c = firstChallenge(responseHeaders, QLatin1String("Bearer"));
    if (!c)
        return std::nullopt;
    return BearerChallenge{
        c->param(QStringLiteral("error")), c->param(QStringLiteral("error_description")),
        c->param(QStringLiteral("scope")), c->param(QStringLiteral("resource_metadata")),
        c->param(QStringLiteral("realm"))};
}

} // namespace mcpscope
