#include "vault/token_vault.h"

#include "common/known_secrets.h"
#include "net/http_client.h"
#include "oauth/oauth_requests.h"

#include <qt6keychain/keychain.h>

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

namespace mcpscope {

namespace {

Credential fromQuery(const QSqlQuery &q)
{
    Credential c;
    c.id = q.value(0).toLongLong();
    c.resource = q.value(1).toString();
    c.issuer = q.value(2).toString();
    c.clientId = q.value(3).toString();
    c.registration = q.value(4).toString();
    c.authMethod = q.value(5).toString();
    c.scope = q.value(6).toString();
    c.obtainedAtMs = q.value(7).toLongLong();
    c.expiresAtMs = q.value(8).toLongLong();
    c.hasRefreshToken = q.value(9).toBool();
    c.hasClientSecret = q.value(10).toBool();
    c.serverMetadata = QJsonDocument::fromJson(q.value(11).toByteArray()).object();
    return c;
}

const char *const kColumns =
    "id, resource, issuer, client_id, registration, auth_method, scope, obtained_at_ms, "
    "expires_at_ms, has_refresh_token, has_client_secret, server_metadata";

} // namespace

AuthServerMetadata Credential::authServer() const
{
    const auto parsed =
        parseAuthServerMetadata(QJsonDocument(serverMetadata).toJson(QJsonDocument::Compact));
    return parsed ? *parsed : AuthServerMetadata{};
}

TokenVault::TokenVault(QObject *parent) : QObject(parent) {}

QString TokenVault::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/McpScope");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/vault.sqlite");
}

Result<void> TokenVault::openAndWait(const QString &path, const QString &keychainService)
{
    if (auto opened = open(path, keychainService); !opened)
        return opened;
    if (!m_ready) {
        QEventLoop loop;
        connect(this, &TokenVault::ready, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return {};
}

TokenVault::~TokenVault()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

Result<void> TokenVault::open(const QString &path, const QString &keychainService)
{
    m_service = keychainService;
    m_connection = QStringLiteral("vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return makeError(QStringLiteral("vault.open"),
                         tr("Could not open the token vault's database %1: %2")
                             .arg(path, m_db.lastError().text()));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS credentials ("
            " id INTEGER PRIMARY KEY, resource TEXT NOT NULL, issuer TEXT NOT NULL,"
            " client_id TEXT NOT NULL, registration TEXT, auth_method TEXT, scope TEXT,"
            " obtained_at_ms INTEGER, expires_at_ms INTEGER, has_refresh_token INTEGER,"
            " has_client_secret INTEGER, server_metadata TEXT)")))
        return makeError(
            QStringLiteral("vault.open"),
            tr("Could not create the token vault's table: %1").arg(q.lastError().text()));
    // Jobs have no parent: a job deleted while libsecret still works on it
    // crashes, so each one finishes and deletes itself; the connections'
    // context (this) keeps a gone vault from hearing about it.
    // Probe the keychain once: a write and a delete of a throwaway entry.
    auto *probe = new QKeychain::WritePasswordJob(m_service);
    probe->setAutoDelete(true);
    probe->setInsecureFallback(false); // never plaintext
    probe->setKey(QStringLiteral("mcpscope-probe"));
    probe->setTextData(QStringLiteral("probe"));
    connect(probe, &QKeychain::Job::finished, this, [this](QKeychain::Job *job) {
        m_keychain = job->error() == QKeychain::NoError;
        if (!m_keychain)
            m_keychainProblem =
                tr("No OS keychain is available (%1). Tokens are kept in memory for this session "
                   "only and are lost when McpScope quits; nothing is written to disk.")
                    .arg(job->errorString());
        else
            deleteSecret(QStringLiteral("mcpscope-probe"), [](const Result<void> &) {});
        m_ready = true;
        Q_EMIT ready();
    });
    probe->start();
    return {};
}

QString TokenVault::secretKey(qint64 id, const char *what)
{
    return QStringLiteral("credential/%1/%2").arg(id).arg(QLatin1String(what));
}

void TokenVault::writeSecret(const QString &key, const QString &value, Done done)
{
    if (!m_keychain) {
        m_memorySecrets.insert(key, value);
        done({});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(makeError(QStringLiteral("vault.keychain"),
                           tr("The keychain refused to store a secret: %1").arg(j->errorString())));
        else
            done({});
    });
    job->start();
}

void TokenVault::readSecret(const QString &key, SecretDone done) const
{
    if (!m_keychain) {
        if (m_memorySecrets.contains(key))
            done(m_memorySecrets.value(key));
        else
            done(makeError(QStringLiteral("vault.missing"),
                           tr("The secret is not in this session's memory (no keychain).")));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(makeError(
                QStringLiteral("vault.keychain"),
                tr("Could not read a secret from the keychain: %1").arg(j->errorString())));
        else
            done(registeredSecret(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
    });
    job->start();
}

void TokenVault::deleteSecret(const QString &key, Done done)
{
    if (!m_keychain) {
        m_memorySecrets.remove(key);
        done({});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        // Deleting what is not there is fine.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(makeError(
                QStringLiteral("vault.keychain"),
                tr("Could not delete a secret from the keychain: %1").arg(j->errorString())));
        else
            done({});
    });
    job->start();
}

Result<void> TokenVault::saveMetadata(Credential &c)
{
    QSqlQuery q(m_db);
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO credentials (resource, issuer, client_id, registration, auth_method, "
            "scope,"
            " obtained_at_ms, expires_at_ms, has_refresh_token, has_client_secret, server_metadata)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE credentials SET resource=?, issuer=?, client_id=?, registration=?, "
            "auth_method=?,"
            " scope=?, obtained_at_ms=?, expires_at_ms=?, has_refresh_token=?, has_client_secret=?,"
            " server_metadata=? WHERE id=?"));
    }
    for (const QVariant &v :
         {QVariant(c.resource), QVariant(c.issuer), QVariant(c.clientId), QVariant(c.registration),
          QVariant(c.authMethod), QVariant(c.scope), QVariant(c.obtainedAtMs),
          QVariant(c.expiresAtMs), QVariant(c.hasRefreshToken), QVariant(c.hasClientSecret),
          QVariant(QJsonDocument(c.serverMetadata).toJson(QJsonDocument::Compact))})
        q.addBindValue(v);
    if (c.id != 0)
        q.addBindValue(c.id);
    if (!q.exec())
        return makeError(QStringLiteral("vault.write"),
                         tr("Could not save the credential: %1").arg(q.lastError().text()));
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    return {};
}

QList<Credential> TokenVault::credentials() const
{
    QList<Credential> out;
    QSqlQuery q(m_db);
    q.exec(
        QStringLiteral("SELECT %1 FROM credentials ORDER BY id DESC").arg(QLatin1String(kColumns)));
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<Credential> TokenVault::credential(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM credentials WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Credential> TokenVault::credentialFor(const QString &resource,
                                                    const QString &issuer) const
{
    for (const Credential &c : credentials())
        if (sameIdentifier(c.resource, resource) &&
            (issuer.isEmpty() || sameIdentifier(c.issuer, issuer)))
            return c;
    return std::nullopt;
}

void TokenVault::store(const QString &resource, const AuthServerMetadata &server,
                       const OAuthClient &client, const TokenSet &tokens,
                       std::function<void(const Result<qint64> &)> done)
{
    Credential c;
    c.resource = resource;
    c.issuer = server.issuer;
    c.clientId = client.clientId;
    c.registration = client.registration;
    c.authMethod = client.authMethod;
    c.scope = tokens.scope;
    c.obtainedAtMs = tokens.obtainedAtMs;
    c.expiresAtMs = tokens.expiresAtMs;
    c.hasRefreshToken = !tokens.refreshToken.isEmpty();
    c.hasClientSecret = !client.clientSecret.isEmpty();
    c.serverMetadata = server.raw;
    if (const auto saved = saveMetadata(c); !saved) {
        done(Failure{saved.error()});
        return;
    }
    const qint64 id = c.id;
    // Secrets one after another; the first failure ends it.
    auto pending = std::make_shared<QList<std::pair<QString, QString>>>();
    pending->append({secretKey(id, "access_token"), tokens.accessToken});
    if (c.hasRefreshToken)
        pending->append({secretKey(id, "refresh_token"), tokens.refreshToken});
    if (c.hasClientSecret)
        pending->append({secretKey(id, "client_secret"), client.clientSecret});
    // The chain holds itself only through the write in flight (weak
    // otherwise), so it frees itself when done.
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = next;
    // Older credentials for the same resource from the same issuer are
    // replaced by this one once it is stored.
    QList<qint64> replaced;
    for (const Credential &other : credentials())
        if (other.id != id && sameIdentifier(other.resource, resource) &&
            sameIdentifier(other.issuer, server.issuer))
            replaced << other.id;
    *next = [this, pending, weak, done, id, replaced]() {
        if (pending->isEmpty()) {
            for (qint64 old : replaced)
                remove(old, [](const Result<void> &) {});
            Q_EMIT changed();
            done(id);
            return;
        }
        const QString key = pending->first().first;
        const QString value = pending->first().second;
        pending->removeFirst();
        writeSecret(key, value,
                    [this, strong = weak.lock(), done, id](const Result<void> &written) {
                        if (!written) {
                            // No half-stored credential: metadata without its secrets goes too.
                            remove(id, [done, written](const Result<void> &) {
                                done(Failure{written.error()});
                            });
                            return;
                        }
                        (*strong)();
                    });
    };
    (*next)();
}

void TokenVault::accessToken(qint64 id, SecretDone done) const
{
    readSecret(secretKey(id, "access_token"), std::move(done));
}

void TokenVault::authorizationHeader(qint64 id, SecretDone done) const
{
    accessToken(id, [done](const Result<QString> &token) {
        if (!token)
            done(token);
        else
            done(QString(QStringLiteral("Authorization: Bearer ") + *token));
    });
}

bool TokenVault::needsRefresh(const Credential &c, qint64 nowMs) const
{
    if (c.expiresAtMs <= 0)
        return false;
    const qint64 lifetime = c.expiresAtMs - c.obtainedAtMs;
    const qint64 ahead =
        lifetime > 0 && lifetime < 2 * m_refreshAheadMs ? lifetime / 2 : m_refreshAheadMs;
    return nowMs >= c.expiresAtMs - ahead;
}

void TokenVault::withClient(
    qint64 id, std::function<void(const Error &)> failed,
    std::function<void(const Credential &, const OAuthClient &)> loaded) const
{
    const auto found = credential(id);
    if (!found) {
        failed(
            Error{QStringLiteral("vault.missing"), tr("No credential %1 in the vault.").arg(id)});
        return;
    }
    const Credential c = *found;
    if (!c.hasClientSecret) {
        loaded(c, OAuthClient{c.clientId, {}, c.authMethod, c.registration});
        return;
    }
    readSecret(secretKey(id, "client_secret"), [c, failed, loaded](const Result<QString> &secret) {
        if (!secret)
            failed(secret.error());
        else
            loaded(c, OAuthClient{c.clientId, *secret, c.authMethod, c.registration});
    });
}

void TokenVault::refresh(qint64 id, HttpClient *http, Done done)
{
    if (const auto found = credential(id); found && !found->hasRefreshToken) {
        done(makeError(
            QStringLiteral("vault.no_refresh"),
            tr("The credential for %1 has no refresh token; sign in again.").arg(found->resource)));
        return;
    }
    withClient(
        id, [done](const Error &error) { done(Failure{error}); },
        [this, id, http, done](const Credential &c, const OAuthClient &client) {
            readSecret(secretKey(id, "refresh_token"), [this, c, client, http,
                                                        done](const Result<QString> &refreshToken) {
                if (!refreshToken) {
                    done(Failure{refreshToken.error()});
                    return;
                }
                HttpCall *call = http->send(
                    OAuthRequests::refresh(c.authServer(), client, *refreshToken, c.resource));
                connect(call, &HttpCall::finished, this, [this, call, c, done] {
                    call->deleteLater();
                    const Exchange &e = call->exchange();
                    if (e.failed()) {
                        done(makeError(QStringLiteral("vault.refresh"), e.errorMessage));
                        return;
                    }
                    const TokenResponse response =
                        parseTokenResponse(e.responseBody, QDateTime::currentMSecsSinceEpoch());
                    if (!response.error.isEmpty()) {
                        const OAuthDiagnosis d = diagnoseOAuthError(
                            QStringLiteral("refresh"), response.error, response.errorDescription);
                        done(makeError(
                            QStringLiteral("vault.refresh"),
                            tr("Refresh failed (%1 %2). %3 %4")
                                .arg(response.error, response.errorDescription, d.cause, d.fix)));
                        return;
                    }
                    Credential updated = c;
                    updated.obtainedAtMs = response.tokens.obtainedAtMs;
                    updated.expiresAtMs = response.tokens.expiresAtMs;
                    if (!response.tokens.scope.isEmpty())
                        updated.scope = response.tokens.scope;
                    if (const auto saved = saveMetadata(updated); !saved) {
                        done(Failure{saved.error()});
                        return;
                    }
                    writeSecret(secretKey(c.id, "access_token"), response.tokens.accessToken,
                                [this, c, done, rotated = response.tokens.refreshToken](
                                    const Result<void> &written) {
                                    if (!written || rotated.isEmpty()) {
                                        Q_EMIT changed();
                                        done(written);
                                        return;
                                    }
                                    // Rotation: the new refresh token replaces the spent one.
                                    writeSecret(secretKey(c.id, "refresh_token"), rotated,
                                                [this, done](const Result<void> &w) {
                                                    Q_EMIT changed();
                                                    done(w);
                                                });
                                });
                });
            });
        });
}

void TokenVault::revoke(qint64 id, HttpClient *http, Done done)
{
    withClient(
        id, [done](const Error &error) { done(Failure{error}); },
        [this, id, http, done](const Credential &c, const OAuthClient &client) {
            const AuthServerMetadata server = c.authServer();
            if (server.revocationEndpoint.isEmpty()) {
                remove(id, done); // nothing to tell the issuer; forget it here
                return;
            }
            // RFC 7009: the refresh token first (revoking it usually ends the
            // grant), then the access token; each stored one, then delete.
            QStringList kinds;
            if (c.hasRefreshToken)
                kinds << QStringLiteral("refresh_token");
            kinds << QStringLiteral("access_token");
            auto next = std::make_shared<std::function<void()>>();
            std::weak_ptr<std::function<void()>> weak = next;
            *next = [this, id, c, client, server, http, done, kinds, weak]() mutable {
                if (kinds.isEmpty()) {
                    remove(id, done);
                    return;
                }
                const QString kind = kinds.takeFirst();
                auto strong = weak.lock();
                readSecret(
                    secretKey(c.id, qPrintable(kind)),
                    [this, client, server, http, done, kind, strong](const Result<QString> &token) {
                        if (!token) {
                            (*strong)(); // nothing stored of this kind
                            return;
                        }
                        HttpCall *call =
                            http->send(OAuthRequests::revoke(server, client, *token, kind));
                        connect(call, &HttpCall::finished, this, [call, done, strong] {
                            call->deleteLater();
                            const Exchange &e = call->exchange();
                            // RFC 7009 §2.2: 200 also for tokens already invalid.
                            if (e.failed() || e.status != 200) {
                                done(makeError(
                                    QStringLiteral("vault.revoke"),
                                    e.failed()
                                        ? e.errorMessage
                                        : tr("The revocation endpoint answered HTTP %1: %2")
                                              .arg(e.status)
                                              .arg(QString::fromUtf8(e.responseBody.left(200)))));
                                return;
                            }
                            (*strong)();
                        });
                    });
            };
            (*next)();
        });
}

void TokenVault::introspect(qint64 id, HttpClient *http,
                            std::function<void(const Result<QJsonObject> &)> done)
{
    withClient(
        id, [done](const Error &error) { done(Failure{error}); },
        [this, http, done](const Credential &c, const OAuthClient &client) {
            const AuthServerMetadata server = c.authServer();
            if (server.introspectionEndpoint.isEmpty()) {
                done(makeError(QStringLiteral("vault.introspect"),
                               tr("%1 does not advertise an introspection endpoint (RFC 7662).")
                                   .arg(c.issuer)));
                return;
            }
            accessToken(c.id, [this, client, server, http, done](const Result<QString> &token) {
                if (!token) {
                    done(Failure{token.error()});
                    return;
                }
                HttpCall *call = http->send(OAuthRequests::introspect(server, client, *token));
                connect(call, &HttpCall::finished, this, [call, done] {
                    call->deleteLater();
                    const Exchange &e = call->exchange();
                    const QJsonObject answer =
                        QJsonDocument::fromJson(e.responseBody.left(1024 * 1024)).object();
                    if (e.failed() || e.status != 200 || !answer.contains(QStringLiteral("active")))
                        done(makeError(
                            QStringLiteral("vault.introspect"),
                            e.failed() ? e.errorMessage
                                       : tr("The introspection endpoint answered HTTP %1: %2")
                                             .arg(e.status)
                                             .arg(QString::fromUtf8(e.responseBody.left(200)))));
                    else
                        done(answer);
                });
            });
        });
}

void TokenVault::remove(qint64 id, Done done)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM credentials WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        done(makeError(QStringLiteral("vault.write"),
                       tr("Could not delete the credential: %1").arg(q.lastError().text())));
        return;
    }
    deleteSecret(secretKey(id, "access_token"), [this, id, done](const Result<void> &) {
        deleteSecret(secretKey(id, "refresh_token"), [this, id, done](const Result<void> &) {
            deleteSecret(secretKey(id, "client_secret"), [this, done](const Result<void> &last) {
                Q_EMIT changed();
                done(last);
            });
        });
    });
}

} // namespace mcpscope
