#include "oauth/dpop.h"
#include "common/translate.h"

#include "common/known_secrets.h"
#include "net/www_authenticate.h"
#include "oauth/jwt.h"
#include "oauth/pkce.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace mcpscope {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tr(const char *text)
{
    return translateIn({"mcpscope::Dpop", "mcpscope"}, text);
}

// A P-256 coordinate, left-padded to 32 bytes.
std::optional<QByteArray> coordinate(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1 || !bn)
        return std::nullopt;
    QByteArray out(32, '\0');
    const bool ok = BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), 32) == 32;
    BN_free(bn);
    return ok ? std::optional(out) : std::nullopt;
}

Result<DpopKey> describe(EVP_PKEY *key, QByteArray pem)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC || EVP_PKEY_get_bits(key) != 256)
        return makeError(ErrorCode::JwtKey, tr("A DPoP key must be an EC P-256 key (ES256)."));
    const auto x = coordinate(key, OSSL_PKEY_PARAM_EC_PUB_X);
    const auto y = coordinate(key, OSSL_PKEY_PARAM_EC_PUB_Y);
    if (!x || !y)
        return makeError(ErrorCode::JwtKey, tr("The DPoP key's public point cannot be read."));
    DpopKey out;
    out.privateKeyPem = std::move(pem);
    out.publicJwk = {{QStringLiteral("kty"), QStringLiteral("EC")},
                     {QStringLiteral("crv"), QStringLiteral("P-256")},
                     {QStringLiteral("x"), b64(*x)},
                     {QStringLiteral("y"), b64(*y)}};
    // RFC 7638: the required members in lexicographic order, no whitespace.
    const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + b64(*x).toLatin1() +
                                 "\",\"y\":\"" + b64(*y).toLatin1() + "\"}";
    out.thumbprint = b64(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
    registerSecret(QString::fromLatin1(out.privateKeyPem));
    return out;
}

bool isNqchar(QChar c)
{
    const ushort u = c.unicode();
    return u == 0x21 || (u >= 0x23 && u <= 0x5B) || (u >= 0x5D && u <= 0x7E);
}

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

} // namespace

Result<DpopKey> generateDpopKey()
{
    Pkey key(EVP_EC_gen("P-256"));
    if (!key)
        return makeError(ErrorCode::JwtKey, tr("OpenSSL could not make an EC P-256 key."));
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio ||
        PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        BIO_free(bio);
        return makeError(ErrorCode::JwtKey, tr("OpenSSL could not write the DPoP key."));
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(size));
    BIO_free(bio);
    return describe(key.get(), std::move(pem));
}

Result<DpopKey> loadDpopKey(const QByteArray &privateKeyPem)
{
    BIO *bio = BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size()));
    Pkey key(bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr);
    BIO_free(bio);
    if (!key)
        return makeError(ErrorCode::JwtKey, tr("The DPoP key is not a PEM key McpScope can read."));
    return describe(key.get(), privateKeyPem);
}

QString dpopHtu(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QString dpopAccessTokenHash(const QString &accessToken)
{
    return b64(QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha256));
}

Result<QByteArray> makeDpopProof(const DpopKey &key, const DpopProofClaims &claims)
{
    if (!key.isValid())
        return makeError(ErrorCode::JwtKey, tr("There is no DPoP key to sign the proof with."));
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                       {QStringLiteral("jwk"), key.publicJwk}};
    QJsonObject body{
        {QStringLiteral("jti"),
         claims.jti.isEmpty() ? QString::fromLatin1(Pkce::randomToken()) : claims.jti},
        {QStringLiteral("htm"), QString::fromLatin1(claims.method)},
        {QStringLiteral("htu"), dpopHtu(claims.url)},
        {QStringLiteral("iat"),
         double(claims.nowSecs ? claims.nowSecs : QDateTime::currentSecsSinceEpoch())}};
    if (!claims.accessToken.isEmpty())
        body.insert(QStringLiteral("ath"), dpopAccessTokenHash(claims.accessToken));
    if (!claims.nonce.isEmpty())
        body.insert(QStringLiteral("nonce"), claims.nonce);
    return signJwt(header, body, key.privateKeyPem);
}

std::optional<DpopChallenge> dpopChallenge(const HeaderList &responseHeaders)
{
    const auto c = firstChallenge(responseHeaders, QLatin1String("DPoP"));
    if (!c)
        return std::nullopt;
    return DpopChallenge{c->param(QStringLiteral("error")),
                         c->param(QStringLiteral("error_description")),
                         c->param(QStringLiteral("algs")), c->param(QStringLiteral("scope")),
                         c->param(QStringLiteral("resource_metadata"))};
}

QString dpopNonce(const HeaderList &responseHeaders)
{
    for (const auto &[name, value] : responseHeaders) {
        if (name.compare("DPoP-Nonce", Qt::CaseInsensitive) != 0)
            continue;
        if (value.isEmpty() || value.size() > 1024)
            return {};
        const QString nonce = QString::fromLatin1(value);
        for (const QChar c : nonce)
            if (!isNqchar(c))
                return {};
        return nonce;
    }
    return {};
}

bool isTokenEndpointNonceChallenge(const Exchange &exchange)
{
    if (exchange.status != 400 || dpopNonce(exchange.responseHeaders).isEmpty())
        return false;
    const QJsonObject o = QJsonDocument::fromJson(exchange.responseBody.left(64 * 1024)).object();
    return o.value(QStringLiteral("error")).toString() == u"use_dpop_nonce";
}

DpopSigner::DpopSigner(QObject *parent) : QObject(parent) {}

void DpopSigner::clear()
{
    m_key = {};
    m_tokenEndpoint = {};
    m_boundToken.clear();
    m_nonces.clear();
}

void DpopSigner::setNonce(const QUrl &url, const QString &nonce)
{
    if (nonce.isEmpty())
        return;
    const QString origin = originOf(url);
    if (m_nonces.value(origin) == nonce)
        return;
    m_nonces.insert(origin, nonce);
    Q_EMIT nonceReceived(origin, nonce);
}

QString DpopSigner::nonce(const QUrl &url) const
{
    return m_nonces.value(originOf(url));
}

void DpopSigner::decorate(HttpRequest &request)
{
    if (!isActive())
        return;
    QString token;
    bool bound = false;
    for (auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype space = value.indexOf(' ');
        if (space <= 0)
            continue;
        const QString presented = QString::fromLatin1(value.mid(space + 1)).trimmed();
        if (m_boundToken.isEmpty() || presented != m_boundToken)
            continue;
        // RFC 9449 §7.1: a DPoP-bound token travels with the DPoP scheme.
        value = "DPoP " + presented.toLatin1();
        token = presented;
        bound = true;
    }
    const bool tokenRequest = !bound && request.method == "POST" && m_tokenEndpoint.isValid() &&
                              dpopHtu(request.url) == dpopHtu(m_tokenEndpoint);
    if (!bound && !tokenRequest)
        return;
    request.headers.removeIf(
        [](const auto &h) { return h.first.compare("DPoP", Qt::CaseInsensitive) == 0; });
    DpopProofClaims claims;
    claims.method = request.method;
    claims.url = request.url;
    claims.accessToken = token;
    claims.nonce = nonce(request.url);
    claims.jti = QString::fromLatin1(Pkce::randomToken());
    const auto proof = makeDpopProof(m_key, claims);
    if (!proof) {
        Q_EMIT failed(proof.error().message);
        return;
    }
    request.headers.append({"DPoP", *proof});
    Q_EMIT proofSent(request.method, dpopHtu(request.url), claims.jti, bound, claims.nonce);
}

void DpopSigner::observe(const Exchange &exchange)
{
    if (!isActive())
        return;
    setNonce(QUrl(exchange.url), dpopNonce(exchange.responseHeaders));
}

} // namespace mcpscope
