#include "vault/token_vault.h"

#include "common/known_secrets.h"
#include "common/private_files.h"
#include "net/http_client.h"
#include "oauth/dpop.h"
#include "oauth/oauth_requests.h"
#include "vault/vault_checks.h"

#include <qt6keychain/keychain.h>

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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

// PRAGMA user_version: 0 before vault identities, 2 with them.
constexpr int kSchemaVersion = 2;
const char *const kSecretKinds[] = {"access_token", "refresh_token", "client_secret"};

const char *const kColumns =
    "id, resource, issuer, client_id, registration, auth_method, scope, obtained_at_ms, "
    "expires_at_ms, has_refresh_token, has_client_secret, server_metadata";

// The identity stored in the vault database at path, or nothing (gone, not
// a vault, unreadable). Read-only: another process may have it open.
QString identityOf(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    const QString name =
        QStringLiteral("vault-peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString identity;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT identity FROM vault")) && q.next())
                identity = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return identity;
}

// Two names of one file (a hard link), rather than two files.
bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
#else
    return QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
#endif
}

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
    // 0700; when it cannot be made, open() says why.
    const auto dir = privateDataDirectory();
    return (dir ? *dir
                : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/McpScope")) +
           QStringLiteral("/vault.sqlite");
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
    const QFileInfo info(path);
    if (auto made = makePrivateDirectory(info.absolutePath()); !made)
        return makeError(
            ErrorCode::VaultOpen,
            tr("Could not create the folder for the token vault: %1").arg(made.error().message));
    // Owner-only before SQLite creates it (SQLite's own default is 0644).
    if (auto prepared = preparePrivateDatabase(info.absoluteFilePath()); !prepared)
        return makeError(ErrorCode::VaultOpen, prepared.error().message);
    m_connection = QStringLiteral("vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return makeError(ErrorCode::VaultOpen,
                         tr("Could not open the token vault's database %1: %2")
                             .arg(path, m_db.lastError().text()));
    QList<qint64> legacyIds;
    if (auto migrated = migrate(&legacyIds); !migrated)
        return migrated;
    // Jobs have no parent: a job deleted while libsecret still works on it
    // crashes, so each one finishes and deletes itself; the connections'
    // context (this) keeps a gone vault from hearing about it.
    // Probe the keychain once: a write and a delete of a throwaway entry.
    auto *probe = new QKeychain::WritePasswordJob(m_service);
    probe->setAutoDelete(true);
    probe->setInsecureFallback(false); // never plaintext
    probe->setKey(QStringLiteral("mcpscope-probe"));
    probe->setTextData(QStringLiteral("probe"));
    connect(probe, &QKeychain::Job::finished, this, [this, legacyIds](QKeychain::Job *job) {
        m_keychain = job->error() == QKeychain::NoError;
        if (const auto missing = VaultChecks::keychainAvailable(m_keychain, job->errorString()))
            m_keychainProblem = missing->message();
        else
            deleteSecret(QStringLiteral("mcpscope-probe"), [](const Result<void> &) {});
        finishOpening(legacyIds);
    });
    probe->start();
    return {};
}

Result<void> TokenVault::migrate(QList<qint64> *legacyIds)
{
    QSqlQuery q(m_db);
    const auto failed = [this, &q](const QString &what) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return makeError(
            ErrorCode::VaultOpen,
            tr("Could not prepare the token vault's database (%1): %2").arg(what, why));
    };
    // IMMEDIATE: two processes opening a new vault at once must not both
    // read "no identity" and then both write one (the second waits).
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return makeError(
            ErrorCode::VaultOpen,
            tr("The token vault's database is busy or read-only: %1").arg(q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failed(QStringLiteral("user_version"));
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        m_db.rollback();
        return makeError(
            ErrorCode::VaultOpen,
            tr("The token vault %1 was written by a newer McpScope (schema %2); this one "
               "knows schema %3. Use the newer McpScope, or another --vault file.")
                .arg(m_db.databaseName())
                .arg(version)
                .arg(kSchemaVersion));
    }
    if (version < kSchemaVersion) {
        // Before identities: entries named credential/<id>/<kind> could be
        // any vault file's, so their credentials go (see the header).
        if (q.exec(QStringLiteral("SELECT id FROM credentials")))
            while (q.next())
                legacyIds->append(q.value(0).toLongLong());
        if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS credentials")))
            return failed(QStringLiteral("drop"));
        // AUTOINCREMENT: an id is never reused, so a deleted credential's
        // leftovers can never be taken for a new one's.
        if (!q.exec(QStringLiteral(
                "CREATE TABLE credentials ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT, resource TEXT NOT NULL, issuer TEXT NOT "
                "NULL,"
                " client_id TEXT NOT NULL, registration TEXT, auth_method TEXT, scope TEXT,"
                " obtained_at_ms INTEGER, expires_at_ms INTEGER, has_refresh_token INTEGER,"
                " has_client_secret INTEGER, server_metadata TEXT)")))
            return failed(QStringLiteral("credentials"));
        // path: where the identity was last opened, to tell a copied file.
        if (!q.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS vault (identity TEXT NOT NULL, path TEXT)")) ||
            !q.exec(QStringLiteral("DELETE FROM vault")))
            return failed(QStringLiteral("vault"));
        q.prepare(QStringLiteral("INSERT INTO vault (identity) VALUES (?)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!q.exec())
            return failed(QStringLiteral("identity"));
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
            return failed(QStringLiteral("user_version"));
    }
    if (!q.exec(QStringLiteral("SELECT identity, path FROM vault")))
        return failed(QStringLiteral("identity"));
    if (!q.next() || q.value(0).toString().isEmpty()) {
        // Read, but nothing there: another program emptied the table.
        m_db.rollback();
        return makeError(ErrorCode::VaultOpen,
                         tr("The token vault's database %1 has lost its identity (the vault "
                            "table is empty); it is left as it is. Move it aside to start a "
                            "new vault.")
                             .arg(m_db.databaseName()));
    }
    m_identity = q.value(0).toString();
    const QString recorded = q.value(1).toString();
    const QString here = QFileInfo(m_db.databaseName()).canonicalFilePath();
    if (recorded != here) {
        // A copy of a vault file carries its identity, and with it the
        // original's keychain entries: the copy becomes a vault of its own,
        // without the original's credentials. A moved file keeps all.
        const bool copy =
            !recorded.isEmpty() && !sameFile(recorded, here) && identityOf(recorded) == m_identity;
        if (copy) {
            m_identity = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!q.exec(QStringLiteral("DELETE FROM credentials")))
                return failed(QStringLiteral("copy"));
            m_notice = tr("This vault file is a copy of %1. Credentials belong to the vault that "
                          "obtained them, so the copy's were removed from it (the original keeps "
                          "them). Sign in again to use this copy.")
                           .arg(recorded);
        }
        q.prepare(QStringLiteral("UPDATE vault SET identity = ?, path = ?"));
        q.addBindValue(m_identity);
        q.addBindValue(here);
        if (!q.exec())
            return failed(QStringLiteral("path"));
    }
    if (!m_db.commit())
        return failed(QStringLiteral("commit"));
    return {};
}

void TokenVault::finishOpening(QList<qint64> legacyIds)
{
    if (!legacyIds.isEmpty())
        m_notice +=
            tr("%n credential(s) stored by an older McpScope were removed from this vault: "
               "their keychain entries did not say which vault file or issuer they belonged "
               "to, so they could have been another vault's tokens. Sign in again.",
               nullptr, int(legacyIds.size()));
    dropLegacySecrets(legacyIds, [this] {
        m_ready = true;
        Q_EMIT ready();
    });
}

void TokenVault::dropLegacySecrets(QList<qint64> ids, std::function<void()> done)
{
    if (ids.isEmpty() || !m_keychain) {
        done();
        return;
    }
    const qint64 id = ids.takeFirst();
    auto keys = std::make_shared<QStringList>();
    for (const char *kind : kSecretKinds)
        keys->append(QStringLiteral("credential/%1/%2").arg(id).arg(QLatin1String(kind)));
    // One key after another, then the next id.
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = next;
    *next = [this, keys, weak, ids, done]() {
        if (keys->isEmpty()) {
            dropLegacySecrets(ids, done);
            return;
        }
        deleteSecret(keys->takeFirst(),
                     [strong = weak.lock()](const Result<void> &) { (*strong)(); });
    };
    (*next)();
}

QString TokenVault::secretKey(const Credential &c, const char *what) const
{
    Q_ASSERT(!m_identity.isEmpty());
    return QStringLiteral("vault/%1/issuer/%2/credential/%3/%4")
        .arg(m_identity, c.issuer)
        .arg(c.id)
        .arg(QLatin1String(what));
}

Result<void> TokenVault::checkIssuer(const Credential &c) const
{
    if (const auto wrong = VaultChecks::issuerBound(c.id, c.issuer, c.authServer().issuer))
        return makeError(ErrorCode::VaultWrongIssuer, wrong->message());
    return {};
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
            done(makeError(ErrorCode::VaultKeychain,
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
            done(makeError(ErrorCode::VaultMissing,
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
                ErrorCode::VaultKeychain,
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
                ErrorCode::VaultKeychain,
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
        return makeError(ErrorCode::VaultWrite,
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
    // Keychain entries are named by the issuer: a credential without one
    // could not be bound to it.
    if (const auto unbound = VaultChecks::issuerNamed(resource, c.issuer)) {
        done(makeError(ErrorCode::VaultWrongIssuer, unbound->message()));
        return;
    }
    if (const auto saved = saveMetadata(c); !saved) {
        done(Failure{saved.error()});
        return;
    }
    const qint64 id = c.id;
    // Secrets one after another; the first failure ends it.
    auto pending = std::make_shared<QList<std::pair<QString, QString>>>();
    pending->append({secretKey(c, "access_token"), tokens.accessToken});
    if (c.hasRefreshToken)
        pending->append({secretKey(c, "refresh_token"), tokens.refreshToken});
    if (c.hasClientSecret)
        pending->append({secretKey(c, "client_secret"), client.clientSecret});
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

void TokenVault::readAccessToken(const Credential &c, SecretDone done) const
{
    readSecret(secretKey(c, "access_token"), std::move(done));
}

void TokenVault::bearerToken(qint64 id, const QString &resource, SecretDone done) const
{
    const auto found = credential(id);
    if (!found) {
        done(makeError(ErrorCode::VaultMissing, tr("No credential %1 in the vault.").arg(id)));
        return;
    }
    if (const auto wrong = VaultChecks::resourceBound(id, found->resource, resource)) {
        done(makeError(ErrorCode::VaultWrongResource, wrong->message()));
        return;
    }
    readAccessToken(*found, std::move(done));
}

void TokenVault::authorizationHeader(qint64 id, SecretDone done) const
{
    const auto found = credential(id);
    if (!found) {
        done(makeError(ErrorCode::VaultMissing, tr("No credential %1 in the vault.").arg(id)));
        return;
    }
    readAccessToken(*found, [done](const Result<QString> &token) {
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
        failed(Error{ErrorCode::VaultMissing, tr("No credential %1 in the vault.").arg(id)});
        return;
    }
    const Credential c = *found;
    // Everything withClient serves (refresh, revoke, introspect) sends to
    // the issuer's endpoints: checked here, before a secret is read.
    if (const auto bound = checkIssuer(c); !bound) {
        failed(bound.error());
        return;
    }
    if (!c.hasClientSecret) {
        loaded(c, OAuthClient{c.clientId, {}, c.authMethod, c.registration});
        return;
    }
    readSecret(secretKey(c, "client_secret"), [c, failed, loaded](const Result<QString> &secret) {
        if (!secret)
            failed(secret.error());
        else
            loaded(c, OAuthClient{c.clientId, *secret, c.authMethod, c.registration});
    });
}

void TokenVault::refresh(qint64 id, HttpClient *http, Done done)
{
    if (const auto found = credential(id)) {
        if (const auto none = VaultChecks::refreshable(found->hasRefreshToken, found->resource)) {
            done(makeError(ErrorCode::VaultNoRefresh, none->message()));
            return;
        }
    }
    withClient(
        id, [done](const Error &error) { done(Failure{error}); },
        [this, http, done](const Credential &c, const OAuthClient &client) {
            readSecret(secretKey(c, "refresh_token"), [this, c, client, http,
                                                       done](const Result<QString> &refreshToken) {
                if (!refreshToken) {
                    done(Failure{refreshToken.error()});
                    return;
                }
                const HttpRequest request =
                    OAuthRequests::refresh(c.authServer(), client, *refreshToken, c.resource);
                auto attempt = std::make_shared<std::function<void(int)>>();
                std::weak_ptr<std::function<void(int)>> weak = attempt;
                *attempt = [this, http, request, c, done, weak](int retry) {
                    HttpCall *call = http->send(request);
                    connect(call, &HttpCall::finished, this,
                            [this, call, c, done, retry, strong = weak.lock()] {
                                call->deleteLater();
                                const Exchange &e = call->exchange();
                                if (e.failed()) {
                                    done(makeError(ErrorCode::VaultRefresh, e.errorMessage));
                                    return;
                                }
                                // RFC 9449 §8: the authorization server wants its nonce in
                                // the proof of a DPoP-bound refresh; the session's signer
                                // took it from this answer, so once more.
                                if (retry == 0 && !e.requestHeader("DPoP").isEmpty() &&
                                    isTokenEndpointNonceChallenge(e)) {
                                    (*strong)(1);
                                    return;
                                }
                                const TokenResponse response = parseTokenResponse(
                                    e.responseBody, QDateTime::currentMSecsSinceEpoch(),
                                    !e.requestHeader("DPoP").isEmpty());
                                if (!response.error.isEmpty()) {
                                    const Finding refused =
                                        oauthErrorFinding(QStringLiteral("refresh"), response.error,
                                                          response.errorDescription);
                                    done(makeError(ErrorCode::VaultRefresh,
                                                   tr("Refresh failed (%1 %2). %3 %4")
                                                       .arg(refused.arguments.value(0),
                                                            refused.arguments.value(1),
                                                            refused.cause(), refused.fix())));
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
                                writeSecret(secretKey(c, "access_token"),
                                            response.tokens.accessToken,
                                            [this, c, done, rotated = response.tokens.refreshToken](
                                                const Result<void> &written) {
                                                if (!written || rotated.isEmpty()) {
                                                    Q_EMIT changed();
                                                    done(written);
                                                    return;
                                                }
                                                // Rotation: the new refresh token replaces the
                                                // spent one.
                                                writeSecret(secretKey(c, "refresh_token"), rotated,
                                                            [this, done](const Result<void> &w) {
                                                                Q_EMIT changed();
                                                                done(w);
                                                            });
                                            });
                            });
                };
                (*attempt)(0);
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
                readSecret(secretKey(c, qPrintable(kind)), [this, client, server, http, done, kind,
                                                            strong](const Result<QString> &token) {
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
                                ErrorCode::VaultRevoke,
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
                done(makeError(ErrorCode::VaultIntrospect,
                               tr("%1 does not advertise an introspection endpoint (RFC 7662).")
                                   .arg(c.issuer)));
                return;
            }
            readAccessToken(c, [this, client, server, http, done](const Result<QString> &token) {
                if (!token) {
                    done(Failure{token.error()});
                    return;
                }
                HttpCall *call = http->send(OAuthRequests::introspect(server, client, *token));
                connect(call, &HttpCall::finished, this, [call, done] {
                    call->deleteLater();
                    const Exchange &e = call->exchange();
                    if (e.failed() || e.status != 200) {
                        done(makeError(
                            ErrorCode::VaultIntrospect,
                            e.failed() ? e.errorMessage
                                       : tr("The introspection endpoint answered HTTP %1: %2")
                                             .arg(e.status)
                                             .arg(QString::fromUtf8(e.responseBody.left(200)))));
                        return;
                    }
                    // RFC 7662's answer: "active" must be a boolean (the parser the
                    // fuzz target exercises).
                    const auto answer = parseIntrospectionResponse(e.responseBody);
                    if (!answer)
                        done(makeError(ErrorCode::VaultIntrospect, answer.error().message));
                    else
                        done(*answer);
                });
            });
        });
}

void TokenVault::remove(qint64 id, Done done)
{
    // Its keychain entries are named by its issuer: read before the row goes.
    const auto found = credential(id);
    if (!found) {
        done(makeError(ErrorCode::VaultMissing, tr("No credential %1 in the vault.").arg(id)));
        return;
    }
    const Credential c = *found;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM credentials WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        done(makeError(ErrorCode::VaultWrite,
                       tr("Could not delete the credential: %1").arg(q.lastError().text())));
        return;
    }
    deleteSecret(secretKey(c, "access_token"), [this, c, done](const Result<void> &) {
        deleteSecret(secretKey(c, "refresh_token"), [this, c, done](const Result<void> &) {
            deleteSecret(secretKey(c, "client_secret"), [this, c, done](const Result<void> &last) {
                deleteSecret(secretKey(c, "dpop_key"), [this, done, last](const Result<void> &) {
                    Q_EMIT changed();
                    done(last);
                });
            });
        });
    });
}

void TokenVault::storeDpopKey(qint64 id, const QByteArray &privateKeyPem, Done done)
{
    const auto c = credential(id);
    if (!c) {
        done(makeError(ErrorCode::VaultMissing, tr("No credential %1 in the vault.").arg(id)));
        return;
    }
    registerSecret(privateKeyPem);
    writeSecret(secretKey(*c, "dpop_key"), QString::fromLatin1(privateKeyPem), std::move(done));
}

void TokenVault::dpopKey(qint64 id, SecretDone done) const
{
    const auto c = credential(id);
    if (!c) {
        done(makeError(ErrorCode::VaultMissing, tr("No credential %1 in the vault.").arg(id)));
        return;
    }
    readSecret(secretKey(*c, "dpop_key"), [done](const Result<QString> &pem) {
        // A credential without a key has no entry: that is no error.
        done(pem ? pem : Result<QString>(QString()));
    });
}

} // namespace mcpscope
