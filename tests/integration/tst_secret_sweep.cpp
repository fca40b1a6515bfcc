#include "capture/capture_store.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/mcp_authorizer.h"
#include "oauth/oauth_flow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The secrets sweep against a real authorization server: a headless sign-in
// at oidc-provider (dynamic registration, PKCE, its login and consent
// cookies, the 303 whose HTML body repeats the authorization code), then a
// tool call with the token. Every secret the wire carried is collected from
// the exchanges as they happened (before redaction), then searched for in the
// capture store and its WAL, raw and in the encodings it could be stored in.
class TestSecretSweep : public QObject
{
    Q_OBJECT

    struct Secret
    {
        QString what;
        QByteArray value;
    };

    QUrl mcpUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()));
    }

    static QList<QByteArray> forms(const QByteArray &value)
    {
        return {value, QUrl::toPercentEncoding(QString::fromUtf8(value)), value.toBase64(),
                value.toBase64(QByteArray::OmitTrailingEquals),
                value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    }

    // Every file of the store: the database, its WAL and shared memory.
    QByteArray storeBytes() const
    {
        QByteArray bytes;
        for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(file));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    QStringList hits(const QList<Secret> &secrets, const QByteArray &haystack) const
    {
        QStringList found;
        for (const Secret &secret : secrets)
            for (const QByteArray &form : forms(secret.value))
                if (haystack.contains(form))
                    found << secret.what + QStringLiteral(" (") + QString::fromUtf8(form.left(12)) +
                                 QStringLiteral("…)");
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_authPort = freePort();
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(m_authPort));
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void headlessSignInLeavesNoSecretInTheStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("sweep.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        HttpClient http(&store);
        QList<Exchange> wire;
        connect(&http, &HttpClient::exchangeFinished, this,
                [&wire](const Exchange &e) { wire.append(e); });
        McpAuthorizer authorizer(&http);
        McpClient client(&http, &store);
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        authorizer.setFlowSettings(settings);
        authorizer.attach(&client);

        QSignalSpy connected(&client, &McpClient::connected);
        client.connectToServer(mcpUrl(), McpClient::Transport::StreamableHttp);
        QVERIFY(connected.wait(30000));
        McpRequest *whoami = client.request(QStringLiteral("tools/call"),
                                            {{QStringLiteral("name"), QStringLiteral("whoami")}});
        QSignalSpy done(whoami, &McpRequest::finished);
        QVERIFY(whoami->isFinished() || done.wait(30000));
        QVERIFY(whoami->succeeded());
        const OAuthFlow *flow = authorizer.flow();
        QVERIFY(flow && flow->succeeded());

        // The secrets, as the wire carried them.
        QList<Secret> secrets;
        int sessionCookies = 0;
        int htmlCodes = 0;
        static const QRegularExpression codeInHtml(QStringLiteral("[?&]code=([^&\"<\\s]+)&amp;"));
        for (const Exchange &e : std::as_const(wire)) {
            for (const QByteArray &cookie : e.responseHeader("set-cookie").split('\n')) {
                const QByteArray pair = cookie.split(';').first();
                const qsizetype eq = pair.indexOf('=');
                if (eq <= 0 || pair.size() - eq - 1 < 8)
                    continue; // empty values clear a cookie
                secrets.append({QStringLiteral("cookie ") + QString::fromUtf8(pair.first(eq)),
                                pair.sliced(eq + 1)});
                if (pair.startsWith("_session"))
                    ++sessionCookies;
            }
            const auto match = codeInHtml.match(QString::fromUtf8(e.responseBody));
            if (match.hasMatch()) {
                secrets.append({QStringLiteral("authorization code in a 303 body"),
                                match.captured(1).toUtf8()});
                ++htmlCodes;
            }
        }
        const TokenSet tokens = flow->tokens();
        secrets.append({QStringLiteral("access token"), tokens.accessToken.toUtf8()});
        if (!tokens.refreshToken.isEmpty())
            secrets.append({QStringLiteral("refresh token"), tokens.refreshToken.toUtf8()});
        if (!tokens.idToken.isEmpty())
            secrets.append({QStringLiteral("id token"), tokens.idToken.toUtf8()});
        if (!flow->client().clientSecret.isEmpty())
            secrets.append(
                {QStringLiteral("dynamic client secret"), flow->client().clientSecret.toUtf8()});
        // The sweep looks for what it means to: a run that saw none of these
        // would pass without proving anything.
        QVERIFY2(sessionCookies >= 2, "oidc-provider set no _session cookies");
        QVERIFY2(htmlCodes >= 1, "no 303 body carried the authorization code");
        QVERIFY(!tokens.accessToken.isEmpty());
        for (const Secret &secret : std::as_const(secrets))
            QVERIFY2(secret.value.size() >= 8, qPrintable(secret.what));

        store.flush();
        // While the store is open its newest pages live in the WAL.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        const QStringList open = hits(secrets, storeBytes());
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("in the open store: ") +
                                            open.join(QStringLiteral(", "))));
        // The store did record the flow: the sweep searched a store that holds it.
        const QByteArray bytes = storeBytes();
        QVERIFY(bytes.contains("_session=[REDACTED]"));
        QVERIFY(bytes.contains("code=[REDACTED]&amp;"));
        QVERIFY(bytes.contains("whoami"));

        store.close();
        const QStringList closed = hits(secrets, storeBytes());
        QVERIFY2(closed.isEmpty(), qPrintable(QStringLiteral("in the closed store: ") +
                                              closed.join(QStringLiteral(", "))));
        qInfo("secrets tracked: %lld, forms searched each: %lld, hits: 0",
              qlonglong(secrets.size()), qlonglong(forms("x").size()));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
};

QTEST_GUILESS_MAIN(TestSecretSweep)
#include "tst_secret_sweep.moc"
