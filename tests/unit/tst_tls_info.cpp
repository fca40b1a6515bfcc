#include "net/tls_info.h"

#include <QTest>

using namespace mcpscope;

// What a TLS exchange records of its certificates and problems
// (net/tls_info): the stable ids captures keep for certificate errors, the
// protocol names, and the summary of a certificate chain, checked against
// what openssl said of the same certificate.
class TestTlsInfo : public QObject
{
    Q_OBJECT

    // Self-signed, EC P-256, made with openssl req -x509 (O=McpScope Tests,
    // CN=summary-leaf.test). openssl x509 -noout -startdate -enddate
    // -fingerprint -sha256 gave the expected values below.
    static constexpr const char kLeafPem[] =
        "-----BEGIN CERTIFICATE-----\n"
        "MIIBwDCCAWWgAwIBAgIUDb3R2970zp3A8zIfU1N1fIWqQbowCgYIKoZIzj0EAwIw\n"
        "NTEXMBUGA1UECgwOTWNwU2NvcGUgVGVzdHMxGjAYBgNVBAMMEXN1bW1hcnktbGVh\n"
        "Zi50ZXN0MB4XDTI2MTEzMDIyMjU0MloXDTM2MTEyNzIyMjU0MlowNTEXMBUGA1UE\n"
        "CgwOTWNwU2NvcGUgVGVzdHMxGjAYBgNVBAMMEXN1bW1hcnktbGVhZi50ZXN0MFkw\n"
        "EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElvKiih5qEQ4UX6P43LeZyZ0XBhHpdyQl\n"
        "M5eQUBkgK/poCiQ3XljzLUYAo8Gemj3zvHyc4P6PqOL3+q9imJp/VKNTMFEwHQYD\n"
        "VR0OBBYEFF/5CeCaUItCMYnY9YftGCz6MQ5hMB8GA1UdIwQYMBaAFF/5CeCaUItC\n"
        "MYnY9YftGCz6MQ5hMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIh\n"
        "ALJjJsV6J0TArIaxCvkO5J7+/3NWxNhOzPLh4GuIt8shAiEAxiP9PZVodVaccR14\n"
        "lUzHM16YGEr619v6yTp73Y/sCJA=\n"
        "-----END CERTIFICATE-----\n";

private Q_SLOTS:
    void errorIds_data()
    {
        QTest::addColumn<QSslError::SslError>("error");
        QTest::addColumn<QString>("id");
        const std::pair<QSslError::SslError, const char *> ids[] = {
            {QSslError::CertificateExpired, "expired"},
            {QSslError::CertificateNotYetValid, "not_yet_valid"},
            {QSslError::HostNameMismatch, "hostname"},
            {QSslError::SelfSignedCertificate, "self_signed"},
            {QSslError::SelfSignedCertificateInChain, "self_signed_in_chain"},
            {QSslError::UnableToGetLocalIssuerCertificate, "no_local_issuer"},
            {QSslError::UnableToGetIssuerCertificate, "no_issuer"},
            {QSslError::UnableToVerifyFirstCertificate, "unverified_first"},
            {QSslError::CertificateUntrusted, "untrusted"},
            {QSslError::CertificateRejected, "rejected"},
            {QSslError::InvalidCaCertificate, "invalid_ca"},
            {QSslError::CertificateRevoked, "revoked"},
            {QSslError::PathLengthExceeded, "path_length"},
            {QSslError::InvalidPurpose, "purpose"},
            {QSslError::CertificateSignatureFailed, "signature"},
            {QSslError::UnableToDecryptCertificateSignature, "other"},
            {QSslError::NoPeerCertificate, "other"},
        };
        for (const auto &[error, id] : ids)
            QTest::addRow("%d", int(error)) << error << QString::fromLatin1(id);
    }

    // The ids are what stored captures hold: each one is fixed.
    void errorIds()
    {
        QFETCH(QSslError::SslError, error);
        QFETCH(QString, id);
        QCOMPARE(tlsErrorId(error), id);
    }

    void protocolNames()
    {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        QCOMPARE(tlsProtocolName(QSsl::TlsV1_0), QStringLiteral("TLSv1.0"));
        QCOMPARE(tlsProtocolName(QSsl::TlsV1_1), QStringLiteral("TLSv1.1"));
        QCOMPARE(tlsProtocolName(QSsl::TlsV1_2), QStringLiteral("TLSv1.2"));
        QCOMPARE(tlsProtocolName(QSsl::TlsV1_3), QStringLiteral("TLSv1.3"));
        QCOMPARE(tlsProtocolName(QSsl::DtlsV1_0), QStringLiteral("DTLSv1.0"));
        QCOMPARE(tlsProtocolName(QSsl::DtlsV1_2), QStringLiteral("DTLSv1.2"));
        QT_WARNING_POP
        QCOMPARE(tlsProtocolName(QSsl::UnknownProtocol), QString());
        QCOMPARE(tlsProtocolName(QSsl::AnyProtocol), QString());
    }

    void chainSummary()
    {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(kLeafPem, QSsl::Pem);
        QCOMPARE(chain.size(), 1);
        const QList<CertificateSummary> summary = summarizeChain(chain + chain);
        QCOMPARE(summary.size(), 2);
        const CertificateSummary expected{
            QStringLiteral("summary-leaf.test"), QStringLiteral("summary-leaf.test"),
            QStringLiteral("2026-11-30T22:25:42Z"), QStringLiteral("2036-11-27T22:25:42Z"),
            QStringLiteral("91:59:bb:8f:bb:e7:0a:a5:3a:bd:71:e8:11:fc:ff:2b:96:a8:ea:a8:29:39:b3:"
                           "b5:bb:d8:94:21:18:f8:33:8e")};
        QCOMPARE(summary.first(), expected);
        QCOMPARE(summary.last(), expected);
        QVERIFY(summarizeChain({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsInfo)
#include "tst_tls_info.moc"
