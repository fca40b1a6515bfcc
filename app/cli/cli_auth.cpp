// The auth verbs of mcpscope-cli: login (in cli_mcp.cpp, it needs a
// session), tokens, refresh, revoke, delete, header. They work on the token
// vault: metadata in SQLite, secrets in the OS keychain.
#include "cli_commands.h"

#include "net/http_client.h"
#include "vault/token_vault.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace mcpscope::cli {

namespace {

QJsonObject describe(const Credential &c, qint64 nowMs, const TokenVault &vault)
{
    QJsonObject o{{QStringLiteral("id"), double(c.id)},
                  {QStringLiteral("resource"), c.resource},
                  {QStringLiteral("issuer"), c.issuer},
                  {QStringLiteral("client_id"), c.clientId},
                  {QStringLiteral("registration"), c.registration},
                  {QStringLiteral("scope"), c.scope},
                  {QStringLiteral("obtained_at"),
                   QDateTime::fromMSecsSinceEpoch(c.obtainedAtMs).toString(Qt::ISODate)},
                  {QStringLiteral("refresh_token"), c.hasRefreshToken},
                  {QStringLiteral("refresh_due"), vault.needsRefresh(c, nowMs)}};
    if (c.expiresAtMs > 0) {
        o.insert(QStringLiteral("expires_at"),
                 QDateTime::fromMSecsSinceEpoch(c.expiresAtMs).toString(Qt::ISODate));
        o.insert(QStringLiteral("expires_in_s"), double((c.expiresAtMs - nowMs) / 1000));
    }
    return o;
}

// Runs an asynchronous vault operation to its end.
Result<void> waitFor(const std::function<void(TokenVault::Done)> &operation)
{
    Result<void> outcome;
    QEventLoop loop;
    operation([&](const Result<void> &r) {
        outcome = r;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace

int runAuthLogin(const QStringList &args); // cli_mcp.cpp

int runAuth(const QStringList &args)
{
    const QString action = args.value(0);
    if (action == u"login")
        return runAuthLogin(args.mid(1));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The token vault. auth login URL signs in (see auth login --help); auth "
                       "tokens lists what is stored (no "
                       "secrets); auth refresh ID, auth revoke ID (at the issuer, then deleted), "
                       "auth delete ID (here only); "
                       "auth header ID prints \"Authorization: Bearer …\" for copying; auth "
                       "introspect ID asks the issuer (RFC 7662). "
                       "Each credential belongs to its vault file and issuer: its tokens and "
                       "client secret go to that issuer and "
                       "its resource only."));
    parser.addPositionalArgument(
        QStringLiteral("login|tokens|refresh|revoke|delete|header|introspect"),
        QStringLiteral("What to do"));
    parser.addPositionalArgument(QStringLiteral("[ID]"),
                                 QStringLiteral("The credential (from auth tokens)"));
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"), QStringLiteral("Token vault database."), QStringLiteral("FILE"));
    parser.addOption(vaultOption);
    if (auto done = parseVerb(parser, QStringLiteral("auth"), args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("tokens"), QStringLiteral("refresh"),
                                     QStringLiteral("revoke"), QStringLiteral("delete"),
                                     QStringLiteral("header"), QStringLiteral("introspect")};
    if (!actions.contains(action) || (action == u"tokens") != (positional.size() == 1) ||
        positional.size() > 2)
        return usage(parser, QStringLiteral("use: auth login URL | auth tokens | auth "
                                            "refresh|revoke|delete|header|introspect ID"));
    TokenVault vault;
    if (auto opened = vault.openAndWait(parser.isSet(vaultOption) ? parser.value(vaultOption)
                                                                  : TokenVault::defaultPath());
        !opened) {
        complain(opened.error().message);
        return StoreError;
    }
    if (!vault.keychainAvailable())
        complain(vault.keychainProblem());
    if (!vault.notice().isEmpty())
        complain(vault.notice());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (action == u"tokens") {
        QJsonArray list;
        for (const Credential &c : vault.credentials())
            list.append(describe(c, now, vault));
        printJson(list);
        return Ok;
    }
    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    if (!ok || !vault.credential(id))
        return usage(parser, QStringLiteral("no credential %1 in the vault (see auth tokens)")
                                 .arg(positional.at(1)));
    HttpClient http;
    Result<void> outcome;
    if (action == u"header") {
        Result<QString> header = QString();
        QEventLoop loop;
        vault.authorizationHeader(id, [&](const Result<QString> &h) {
            header = h;
            loop.quit();
        });
        loop.exec();
        if (!header) {
            complain(header.error().message);
            return StoreError;
        }
        std::printf("%s\n", qPrintable(*header));
        return Ok;
    }
    if (action == u"introspect") {
        Result<QJsonObject> answer = QJsonObject();
        QEventLoop loop;
        vault.introspect(id, &http, [&](const Result<QJsonObject> &a) {
            answer = a;
            loop.quit();
        });
        loop.exec();
        if (!answer) {
            complain(answer.error().message);
            return HttpError;
        }
        printJson(*answer);
        return Ok;
    }
    if (action == u"refresh")
        outcome = waitFor([&](TokenVault::Done done) { vault.refresh(id, &http, done); });
    else if (action == u"revoke")
        outcome = waitFor([&](TokenVault::Done done) { vault.revoke(id, &http, done); });
    else
        outcome = waitFor([&](TokenVault::Done done) { vault.remove(id, done); });
    if (!outcome) {
        complain(outcome.error().message);
        return outcome.error().code == ErrorCode::VaultKeychain ? StoreError : HttpError;
    }
    if (const auto c = vault.credential(id))
        printJson(describe(*c, QDateTime::currentMSecsSinceEpoch(), vault));
    else
        printJson(
            QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("deleted"), true}});
    return Ok;
}

} // namespace mcpscope::cli
