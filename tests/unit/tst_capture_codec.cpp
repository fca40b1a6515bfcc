#include "capture/capture_codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// How the capture store keeps headers and TLS facts in its columns
// (capture/capture_codec.h): byte-exact header lines, the certificate chain
// as JSON with the leaf carrying the protocol and the certificate problems.
class TestCaptureCodec : public QObject
{
    Q_OBJECT

    static QList<CertificateSummary> chain()
    {
        return {{QStringLiteral("CN=mcp.example.com"), QStringLiteral("CN=Example CA"),
                 QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("2027-01-01T00:00:00Z"),
                 QStringLiteral("aa:bb")},
                {QStringLiteral("CN=Example CA"), QStringLiteral("CN=Example Root"),
                 QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("2030-01-01T00:00:00Z"),
                 QStringLiteral("cc:dd")}};
    }

private slots:
    void headersAreStoredAsTheyTravel()
    {
        const HeaderList headers{{"Content-Type", "application/json"},
                                 {"X-Empty", ""},
                                 {"Set-Cookie", "a=1"},
                                 {"Set-Cookie", "b=2"}};
        const QByteArray blob = CaptureCodec::encodeHeaders(headers);
        QCOMPARE(blob, QByteArray("Content-Type: application/json\r\nX-Empty: \r\n"
                                  "Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n"));
        // Repeated names stay repeated and in order.
        QCOMPARE(CaptureCodec::decodeHeaders(blob), headers);
        QCOMPARE(CaptureCodec::encodeHeaders({}), QByteArray());
        QVERIFY(CaptureCodec::decodeHeaders({}).isEmpty());
    }

    void decodeHeadersToleratesOddLines()
    {
        // No final CRLF, a line without a colon, one starting with a colon,
        // a value with a colon in it and blanks around it.
        const QByteArray blob = "Host: a:8080\r\nnot a header\r\n: nameless\r\n"
                                "Accept:   text/plain  \r\nX-Last: tail";
        const HeaderList decoded = CaptureCodec::decodeHeaders(blob);
        const HeaderList expected{{"Host", "a:8080"}, {"Accept", "text/plain"}, {"X-Last", "tail"}};
        QCOMPARE(decoded, expected);
    }

    void tlsChainRoundTrips()
    {
        QCOMPARE(CaptureCodec::encodeTlsChain({}), QString());
        QVERIFY(CaptureCodec::decodeTlsChain(QString()).isEmpty());
        QVERIFY(CaptureCodec::decodeTlsChain(QStringLiteral("not json")).isEmpty());
        QVERIFY(CaptureCodec::decodeTlsChain(QStringLiteral("{\"subject\":\"x\"}")).isEmpty());

        const QString json = CaptureCodec::encodeTlsChain(chain());
        const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("CN=mcp.example.com"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("sha256")).toString(),
                 QStringLiteral("cc:dd"));
        QCOMPARE(CaptureCodec::decodeTlsChain(json), chain());
    }

    void tlsFactsRideOnTheLeaf()
    {
        Exchange e;
        e.tlsChain = chain();
        e.tlsProtocol = QStringLiteral("TLSv1.3");
        e.tlsErrors = {QStringLiteral("The certificate has expired"),
                       QStringLiteral("The host name did not match")};
        const QString json = CaptureCodec::encodeTls(e);
        const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject leaf = array.at(0).toObject();
        QCOMPARE(leaf.value(QStringLiteral("protocol")).toString(), QStringLiteral("TLSv1.3"));
        QCOMPARE(leaf.value(QStringLiteral("errors")).toArray().size(), 2);
        QVERIFY(!array.at(1).toObject().contains(QStringLiteral("protocol")));

        // An older reader (the chain alone) ignores the added members.
        QCOMPARE(CaptureCodec::decodeTlsChain(json), chain());

        Exchange back;
        back.tlsProtocol = QStringLiteral("stale");
        back.tlsErrors = {QStringLiteral("stale")};
        CaptureCodec::decodeTls(json, back);
        QCOMPARE(back.tlsChain, e.tlsChain);
        QCOMPARE(back.tlsProtocol, e.tlsProtocol);
        QCOMPARE(back.tlsErrors, e.tlsErrors);
    }

    void tlsProtocolWithoutErrors()
    {
        Exchange e;
        e.tlsChain = chain().mid(0, 1);
        e.tlsProtocol = QStringLiteral("TLSv1.2");
        const QJsonObject leaf =
            QJsonDocument::fromJson(CaptureCodec::encodeTls(e).toUtf8()).array().at(0).toObject();
        QCOMPARE(leaf.value(QStringLiteral("protocol")).toString(), QStringLiteral("TLSv1.2"));
        QVERIFY(!leaf.contains(QStringLiteral("errors")));

        // Errors alone, without a protocol.
        e.tlsProtocol.clear();
        e.tlsErrors = {QStringLiteral("self-signed")};
        Exchange back;
        CaptureCodec::decodeTls(CaptureCodec::encodeTls(e), back);
        QCOMPARE(back.tlsProtocol, QString());
        QCOMPARE(back.tlsErrors, QStringList{QStringLiteral("self-signed")});
    }

    void tlsWithoutFactsIsTheChainAlone()
    {
        Exchange e;
        e.tlsChain = chain();
        QCOMPARE(CaptureCodec::encodeTls(e), CaptureCodec::encodeTlsChain(e.tlsChain));
        // No chain: nothing stored, even with a protocol (plain HTTP never has one).
        Exchange plain;
        plain.tlsProtocol = QStringLiteral("TLSv1.3");
        QCOMPARE(CaptureCodec::encodeTls(plain), QString());

        // An empty or broken column clears what the exchange held.
        Exchange back;
        back.tlsChain = chain();
        back.tlsProtocol = QStringLiteral("TLSv1.3");
        back.tlsErrors = {QStringLiteral("x")};
        CaptureCodec::decodeTls(QString(), back);
        QVERIFY(back.tlsChain.isEmpty());
        QVERIFY(back.tlsProtocol.isEmpty());
        QVERIFY(back.tlsErrors.isEmpty());
        back.tlsProtocol = QStringLiteral("TLSv1.3");
        CaptureCodec::decodeTls(QStringLiteral("[broken"), back);
        QVERIFY(back.tlsProtocol.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaptureCodec)
#include "tst_capture_codec.moc"
