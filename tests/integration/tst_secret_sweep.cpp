#include "capture/capture_store.h"
#include "cli_run.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"
#include "session/mcp_authorizer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

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
        // The capture records the Cookie header the jar really sent.
        const bool cookieSent = std::any_of(wire.cbegin(), wire.cend(), [](const Exchange &e) {
            return e.requestHeader("cookie").contains("_interaction");
        });
        QVERIFY2(cookieSent, "no captured request carries the cookies the jar sent");
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
        QVERIFY(bytes.contains("_interaction=[REDACTED]"));
        QVERIFY(bytes.contains("code=[REDACTED]&amp;"));
        QVERIFY(bytes.contains("whoami"));

        store.close();
        const QStringList closed = hits(secrets, storeBytes());
        QVERIFY2(closed.isEmpty(), qPrintable(QStringLiteral("in the closed store: ") +
                                              closed.join(QStringLiteral(", "))));
        qInfo("secrets tracked: %lld, forms searched each: %lld, hits: 0",
              qlonglong(secrets.size()), qlonglong(forms("x").size()));
    }

    // mcpscope-cli as a user runs it: a headless sign-in and a tool call
    // recorded in a store, tokens kept in the vault, then export, sessions,
    // auth tokens, introspect, refresh and revoke, and a client credentials
    // call. The tokens oidc-provider issued (it writes each one
    // out) are searched in every file under the CLI's HOME (store, WAL,
    // vault, settings: every XDG folder points there) and in everything the
    // CLI printed.
    void cliRunLeavesNoSecretAnywhere()
    {
        QTemporaryDir home;
        const QString issued = home.filePath(
            QStringLiteral("../issued-%1.txt").arg(QCoreApplication::applicationPid()));
        NodePeer oidc;
        QProcessEnvironment peerEnv;
        peerEnv.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        peerEnv.insert(QStringLiteral("ISSUED_TOKENS_FILE"), issued);
        const QString why = oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            peerEnv);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char *xdg :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(xdg), home.filePath(QString::fromLatin1(xdg).toLower()));
        const QString store = home.filePath(QStringLiteral("cli.sqlite"));
        const QString vault = home.filePath(QStringLiteral("vault.sqlite"));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(oidc.port());
        QByteArray printed;
        const auto run = [&](const QStringList &args) {
            const CliRun r = runCli(args, env);
            printed += r.out + r.err;
            return r;
        };
        const CliRun call =
            run({QStringLiteral("tools"), QStringLiteral("call"), url, QStringLiteral("whoami"),
                 QStringLiteral("--oauth"), QStringLiteral("headless"), QStringLiteral("--store"),
                 store, QStringLiteral("--vault"), vault});
        QVERIFY2(call.exitCode == 0, call.err.constData());
        QVERIFY(call.out.contains("subject="));
        // A second run reuses (and may refresh) the stored token.
        QCOMPARE(run({QStringLiteral("tools"), QStringLiteral("list"), url,
                      QStringLiteral("--oauth"), QStringLiteral("headless"),
                      QStringLiteral("--store"), store, QStringLiteral("--vault"), vault})
                     .exitCode,
                 0);
        const CliRun exported = run({QStringLiteral("export"), QStringLiteral("--store"), store});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains("whoami")); // the export holds the session it is searched for
        QCOMPARE(run({QStringLiteral("sessions"), QStringLiteral("--store"), store}).exitCode, 0);
        const CliRun listed = run(
            {QStringLiteral("auth"), QStringLiteral("tokens"), QStringLiteral("--vault"), vault});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray credentials = QJsonDocument::fromJson(listed.out).array();
        QVERIFY2(!credentials.isEmpty(), listed.out.constData());
        const QString id =
            QString::number(credentials.first().toObject().value(QStringLiteral("id")).toInt());
        // Introspection, a refresh (new tokens issued), then revocation: each
        // sends secrets to the authorization server.
        for (const char *verb : {"introspect", "refresh", "revoke"}) {
            const CliRun r = run({QStringLiteral("auth"), QString::fromLatin1(verb), id,
                                  QStringLiteral("--vault"), vault});
            QVERIFY2(r.exitCode == 0, QByteArray(QByteArray(verb) + ": " + r.err).constData());
        }
        // The client credentials grant with a pre-registered secret.
        const QByteArray machineSecret = "machine-secret-not-a-user-secret";
        const CliRun machine =
            run({QStringLiteral("tools"), QStringLiteral("call"), url, QStringLiteral("whoami"),
                 QStringLiteral("--oauth"), QStringLiteral("client-credentials"),
                 QStringLiteral("--client-id"), QStringLiteral("machine-client"),
                 QStringLiteral("--client-secret"), QString::fromLatin1(machineSecret),
                 QStringLiteral("--store"), store, QStringLiteral("--no-vault")});
        QVERIFY2(machine.exitCode == 0, machine.err.constData());
        const CliRun toFile =
            run({QStringLiteral("export"), QStringLiteral("--store"), store,
                 QStringLiteral("--output"), home.filePath(QStringLiteral("export.json"))});
        QCOMPARE(toFile.exitCode, 0);

        QFile tokens(issued);
        QVERIFY(tokens.open(QIODevice::ReadOnly));
        QList<Secret> secrets;
        for (const QByteArray &line : tokens.readAll().split('\n'))
            if (line.trimmed().size() >= 8)
                secrets.append({QStringLiteral("issued token"), line.trimmed()});
        tokens.close();
        QFile::remove(issued);
        // Access and refresh tokens of the sign-in and of the refresh, and
        // the machine client's token.
        QVERIFY2(
            secrets.size() >= 5,
            qPrintable(QStringLiteral("oidc-provider reported %1 tokens").arg(secrets.size())));
        secrets.append({QStringLiteral("machine client secret"), machineSecret});

        QByteArray files;
        int searched = 0;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                files += f.readAll();
                ++searched;
            }
        }
        QVERIFY2(searched >= 3,
                 qPrintable(QStringLiteral("%1 files").arg(searched))); // store, vault, export
        const QStringList onDisk = hits(secrets, files);
        QVERIFY2(onDisk.isEmpty(),
                 qPrintable(QStringLiteral("on disk: ") + onDisk.join(QStringLiteral(", "))));
        const QStringList inOutput = hits(secrets, printed);
        QVERIFY2(inOutput.isEmpty(),
                 qPrintable(QStringLiteral("printed: ") + inOutput.join(QStringLiteral(", "))));
        qInfo("CLI sweep: %lld issued tokens, %d files and every output searched, hits: 0",
              qlonglong(secrets.size()), searched);
    }

    // A server that reflects the bearer token in a header, two cookies and
    // its tool results: the token the user typed (-H) is a known
    // secret from its first use, so none of the reflections reaches the
    // store or an export.
    void reflectedTokenIsScrubbed()
    {
        NodePeer bad;
        const QString why = bad.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/bad_mcp_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("reflect.sqlite"));
        const QByteArray token = "planted-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const CliRun call =
            runCli({QStringLiteral("tools"), QStringLiteral("call"),
                    QStringLiteral("http://127.0.0.1:%1/reflect/mcp").arg(bad.port()),
                    QStringLiteral("echo"), QStringLiteral("--args"),
                    QStringLiteral("{\"message\":\"hi\"}"), QStringLiteral("-H"),
                    QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token),
                    QStringLiteral("--store"), store});
        QVERIFY2(call.exitCode == 0, call.err.constData());
        QVERIFY2(call.out.contains("you sent Bearer"),
                 call.out.constData()); // the server did reflect it
        const CliRun exported =
            runCli({QStringLiteral("export"), QStringLiteral("--store"), store});
        QCOMPARE(exported.exitCode, 0);
        // (Qt's network stack inflates the gzip bodies it asked for; the
        // redaction of bodies stored compressed has its unit tests.)
        QVERIFY(exported.out.contains("seen=[REDACTED]"));
        QByteArray files;
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            if (f.open(QIODevice::ReadOnly))
                files += f.readAll();
        }
        const QList<Secret> secrets{{QStringLiteral("the bearer token"), token}};
        const QStringList found = hits(secrets, files + exported.out + exported.err);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
};

QTEST_GUILESS_MAIN(TestSecretSweep)
#include "tst_secret_sweep.moc"
