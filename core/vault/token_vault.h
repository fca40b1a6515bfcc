#pragma once

#include "common/error.h"
#include "oauth/oauth_metadata.h"
#include "oauth/oauth_types.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace mcpscope {

class HttpClient;

// What the vault knows about one credential, none of it secret: kept in
// SQLite. The tokens and the client secret are in the OS keychain.
struct Credential
{
    qint64 id = 0;
    QString resource; // the MCP server (canonical URI)
    QString issuer;   // the authorization server that issued it
    QString clientId;
    QString registration; // pre-registered, dynamic, metadata document
    QString authMethod;   // token endpoint authentication
    QString scope;
    qint64 obtainedAtMs = 0;
    qint64 expiresAtMs = 0; // 0 = no lifetime given
    bool hasRefreshToken = false;
    bool hasClientSecret = false;
    QJsonObject serverMetadata; // the issuer's metadata (endpoints for refresh, revoke)

    AuthServerMetadata authServer() const;
};

// The token vault: secrets (access and refresh tokens, client secrets) only
// in the OS keychain through QtKeychain, never in plaintext on disk; metadata
// in SQLite, created owner-only (0600). Without a keychain (no Secret Service
// on D-Bus), it says so (keychainProblem()) and keeps secrets in memory for
// this run only.
//
// Each credential is bound to its vault, its issuer and its resource:
// - every vault database holds a random identity, created with it; keychain
//   entries are named by that identity, the issuer and the credential
//   (vault/<identity>/issuer/<issuer>/credential/<id>/<kind>), so two vault
//   files never read, overwrite or delete each other's entries;
// - refresh, revoke and introspect refuse (vault.wrong_issuer) unless the
//   authorization server metadata they would send to is the credential's own
//   issuer's; bearerToken() refuses (vault.wrong_resource) any resource but
//   the one the token was obtained for.
// A database from before identities (user_version 0 with credentials) had
// entries named credential/<id>/<kind> only, which any vault file could have
// written: open() drops those credentials and their entries rather than
// adopting what may be another vault's tokens, and says so in notice().
// A copied vault file would carry the original's identity: the database
// records where it was last opened, and a file whose recorded path still
// holds a vault of the same identity (another file, not a hard link) is a
// copy; it gets an identity of its own and loses the original's credentials
// (whose entries stay the original's). A moved file keeps everything.
class TokenVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenVault)

public:
    static constexpr qint64 kDefaultRefreshAheadMs = 15 * 60 * 1000;

    explicit TokenVault(QObject *parent = nullptr);
    ~TokenVault() override;

    // ~/.local/share/McpScope/vault.sqlite (the GUI's and the CLI's).
    static QString defaultPath();
    // Opens path and waits (event loop) until the keychain probe is done.
    Result<void> openAndWait(const QString &path,
                             const QString &keychainService = QStringLiteral("McpScope"));

    // Opens (creating) the metadata database and probes the keychain; ready()
    // follows (at once when already known).
    Result<void> open(const QString &path,
                      const QString &keychainService = QStringLiteral("McpScope"));
    bool isReady() const { return m_ready; }
    bool keychainAvailable() const { return m_keychain; }
    QString keychainProblem() const { return m_keychainProblem; }
    // This vault database's identity (a UUID, created with it); empty before open().
    QString identity() const { return m_identity; }
    // Something open() had to do that the user should hear about (legacy
    // credentials dropped, credentials of a copied file dropped); empty
    // otherwise. Valid once ready().
    QString notice() const { return m_notice; }

    QList<Credential> credentials() const;
    std::optional<Credential> credential(qint64 id) const;
    // The newest credential for a resource (bound to its issuer when given).
    std::optional<Credential> credentialFor(const QString &resource,
                                            const QString &issuer = {}) const;

    using Done = std::function<void(const Result<void> &)>;
    using SecretDone = std::function<void(const Result<QString> &)>;
    // Stores what a flow produced; done gets the new id through *id.
    void store(const QString &resource, const AuthServerMetadata &server, const OAuthClient &client,
               const TokenSet &tokens, std::function<void(const Result<qint64> &)> done);
    // The access token, to send to resource: refused (vault.wrong_resource)
    // unless resource is the one the credential was obtained for.
    void bearerToken(qint64 id, const QString &resource, SecretDone done) const;
    // "Authorization: Bearer …" for the user to copy (sent nowhere).
    void authorizationHeader(qint64 id, SecretDone done) const;
    // Refreshes with the refresh token (rotation honoured: the new refresh
    // token replaces the old).
    void refresh(qint64 id, HttpClient *http, Done done);
    // Revokes at the issuer (RFC 7009; refresh token first, then access
    // token), then deletes.
    void revoke(qint64 id, HttpClient *http, Done done);
    void remove(qint64 id, Done done);
    // The credential's DPoP private key (RFC 9449), PEM: in the keychain like
    // the tokens (vault/…/credential/<id>/dpop_key), never on disk in clear.
    // dpopKey() gives an empty string when the credential has none.
    void storeDpopKey(qint64 id, const QByteArray &privateKeyPem, Done done);
    void dpopKey(qint64 id, SecretDone done) const;
    // Asks the issuer about the access token (RFC 7662), as the credential's
    // own client; done gets the introspection response.
    void introspect(qint64 id, HttpClient *http,
                    std::function<void(const Result<QJsonObject> &)> done);

    // Refresh ahead of expiry: 15 minutes before by default, or at half the
    // lifetime for tokens that live less than twice that.
    void setRefreshAheadMs(qint64 ms) { m_refreshAheadMs = ms; }
    qint64 refreshAheadMs() const { return m_refreshAheadMs; }
    bool needsRefresh(const Credential &credential, qint64 nowMs) const;

Q_SIGNALS:
    void ready();
    void changed(); // a credential was added, refreshed or removed

private:
    void writeSecret(const QString &key, const QString &value, Done done);
    void readSecret(const QString &key, SecretDone done) const;
    void deleteSecret(const QString &key, Done done);
    Result<void> saveMetadata(Credential &credential);
    Result<void> migrate(QList<qint64> *legacyIds);
    void dropLegacySecrets(QList<qint64> ids, std::function<void()> done);
    void finishOpening(QList<qint64> legacyIds);
    // Why the credential's tokens may not go to the issuer metadata stored
    // with it (another issuer's endpoints), or nothing.
    Result<void> checkIssuer(const Credential &credential) const;
    // The credential and its client (secret read from the keychain), or why not.
    void withClient(qint64 id, std::function<void(const Error &)> failed,
                    std::function<void(const Credential &, const OAuthClient &)> loaded) const;
    void readAccessToken(const Credential &credential, SecretDone done) const;
    QString secretKey(const Credential &credential, const char *what) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_service;
    QString m_identity;
    QString m_notice;
    bool m_ready = false;
    bool m_keychain = false;
    QString m_keychainProblem;
    QHash<QString, QString> m_memorySecrets; // only without a keychain, only in RAM
    qint64 m_refreshAheadMs = kDefaultRefreshAheadMs;
};

} // namespace mcpscope
