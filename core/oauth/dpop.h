#pragma once

#include "common/error.h"
#include "net/exchange.h"
#include "net/http_client.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <optional>

namespace mcpscope {

// DPoP (RFC 9449): a key pair per credential proves that whoever presents a
// token holds the key it was bound to. A proof is a JWT (typ dpop+jwt, ES256,
// the public key in the header) over the request's method and URL, with a
// fresh jti and iat, the access token's hash (ath) at the resource, and the
// server's nonce when it asked for one.
struct DpopKey
{
    QByteArray privateKeyPem; // a secret: the keychain (vault) keeps it, never a file
    QJsonObject publicJwk;    // kty EC, crv P-256, x, y
    QString thumbprint;       // RFC 7638 SHA-256, base64url: the token's cnf.jkt

    bool isValid() const { return !privateKeyPem.isEmpty() && !thumbprint.isEmpty(); }
};

// A new EC P-256 key pair.
Result<DpopKey> generateDpopKey();
// The key of a PEM private key (EC P-256 only).
Result<DpopKey> loadDpopKey(const QByteArray &privateKeyPem);

// htu: the URL without query and fragment (RFC 9449 §4.2).
QString dpopHtu(const QUrl &url);
// base64url(SHA-256(token)): the ath claim.
QString dpopAccessTokenHash(const QString &accessToken);

struct DpopProofClaims
{
    QByteArray method;   // htm
    QUrl url;            // htu (query and fragment dropped)
    QString accessToken; // ath, at the resource only
    QString nonce;
    qint64 nowSecs = 0; // iat; 0 = now
    QString jti;        // empty = a fresh random one
};
Result<QByteArray> makeDpopProof(const DpopKey &key, const DpopProofClaims &claims);

// What a DPoP challenge (WWW-Authenticate: DPoP …, RFC 9449 §7.1) says.
struct DpopChallenge
{
    QString error; // use_dpop_nonce, invalid_dpop_proof, invalid_token, …
    QString errorDescription;
    QString algs;
    QString scope;
    QString resourceMetadata;
};
// The DPoP challenge among a response's WWW-Authenticate headers, if any
// (headers that cannot be parsed are passed over).
std::optional<DpopChallenge> dpopChallenge(const HeaderList &responseHeaders);
// The DPoP-Nonce header of a response: empty when absent or not a nonce
// (RFC 9449 §8.1: 1*NQCHAR, capped at 1024 characters).
QString dpopNonce(const HeaderList &responseHeaders);
// A token endpoint error answer asking for a nonce (HTTP 400
// {"error":"use_dpop_nonce"} with DPoP-Nonce, RFC 9449 §8).
bool isTokenEndpointNonceChallenge(const Exchange &exchange);

// Signs every request that needs a proof, for one session's HttpClient: the
// token requests to the authorization server it is told about, and every
// request that presents the DPoP-bound token (its "Bearer" scheme rewritten
// to "DPoP"). Nonces are remembered per origin from every answer's
// DPoP-Nonce. Each proof and each nonce is reported (proofSent,
// nonceReceived) so the flow inspector shows them.
class DpopSigner final : public QObject
{
    Q_OBJECT

public:
    explicit DpopSigner(QObject *parent = nullptr);

    void setKey(const DpopKey &key) { m_key = key; }
    const DpopKey &key() const { return m_key; }
    bool isActive() const { return m_key.isValid(); }
    void clear();
    // Token requests (POST) to this URL carry a proof without ath.
    void setTokenEndpoint(const QUrl &url) { m_tokenEndpoint = url; }
    // Requests presenting this token carry the DPoP scheme and a proof with ath.
    void setBoundToken(const QString &token) { m_boundToken = token; }
    QString boundToken() const { return m_boundToken; }
    void setNonce(const QUrl &url, const QString &nonce);
    QString nonce(const QUrl &url) const;

    // HttpClient's request decorator.
    void decorate(HttpRequest &request);
    // HttpClient's exchangeFinished: picks up DPoP-Nonce.
    void observe(const Exchange &exchange);

Q_SIGNALS:
    void proofSent(const QByteArray &method, const QString &htu, const QString &jti, bool bound,
                   const QString &nonce);
    void nonceReceived(const QString &origin, const QString &nonce);
    void failed(const QString &message);

private:
    DpopKey m_key;
    QUrl m_tokenEndpoint;
    QString m_boundToken;
    QHash<QString, QString> m_nonces; // origin → latest nonce
};

} // namespace mcpscope
