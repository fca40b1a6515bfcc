#include "net/http_client.h"
#include "ui/oauth/jwt_viewer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;

// The JWT pane without a network: a pasted token that is not a JWT says
// why; a JWT is decoded (header and claims) with its exp/iss/aud checks and
// "not verified yet"; Verify without a JWKS URL asks for one; a bad token
// is not verified at all; clearing the token clears the pane.
class TestJwtViewer : public QObject
{
    Q_OBJECT

    static QString jwt(const QJsonObject &claims)
    {
        const auto part = [](const QJsonObject &o) {
            return QString::fromLatin1(
                QJsonDocument(o)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        return part(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
               QLatin1Char('.') + part(claims) + QStringLiteral(".c2lnbmF0dXJl");
    }

    static QString decoded(JwtViewer &viewer)
    {
        for (QPlainTextEdit *edit : viewer.findChildren<QPlainTextEdit *>())
            if (edit->isReadOnly())
                return edit->toPlainText();
        return {};
    }

private Q_SLOTS:
    void decodesChecksAndAsksForTheJwks()
    {
        HttpClient http;
        JwtViewer viewer(&http);
        viewer.show();
        viewer.setToken(QStringLiteral("only.two"));
        QCOMPARE(viewer.resultText(),
                 QStringLiteral("This is not a JWT: it has 2 part(s), a signed JWT has three."));
        QVERIFY(decoded(viewer).isEmpty());
        // Verify does nothing with a token that does not decode.
        QSignalSpy verified(&viewer, &JwtViewer::verified);
        viewer.verify();
        QCOMPARE(viewer.resultText(),
                 QStringLiteral("This is not a JWT: it has 2 part(s), a signed JWT has three."));

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        viewer.setExpectations(QStringLiteral("https://issuer.example"),
                               QStringLiteral("https://mcp.example/mcp"), QUrl());
        viewer.setToken(jwt({{QStringLiteral("iss"), QStringLiteral("https://issuer.example")},
                             {QStringLiteral("aud"), QStringLiteral("https://other.example")},
                             {QStringLiteral("exp"), double(now + 3600)},
                             {QStringLiteral("sub"), QStringLiteral("ada")}}));
        const QString text = viewer.resultText();
        QVERIFY2(text.contains(QStringLiteral("✓ exp")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✓ iss")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✗ aud")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("signature: not verified yet (RS256)")),
                 qPrintable(text));
        QVERIFY2(decoded(viewer).startsWith(QStringLiteral("// header\n")),
                 qPrintable(decoded(viewer)));
        QVERIFY(decoded(viewer).contains(QStringLiteral("\"sub\": \"ada\"")));

        // No JWKS URL: Verify says what it needs; nothing is fetched.
        viewer.verify();
        QVERIFY2(viewer.resultText().endsWith(
                     QStringLiteral("\nEnter the issuer's JWKS URL to verify the signature.")),
                 qPrintable(viewer.resultText()));
        QCOMPARE(verified.size(), 0);

        viewer.setToken(QString());
        QVERIFY(viewer.resultText().isEmpty());
        QVERIFY(decoded(viewer).isEmpty());
    }
};

QTEST_MAIN(TestJwtViewer)
#include "tst_jwt_viewer.moc"
