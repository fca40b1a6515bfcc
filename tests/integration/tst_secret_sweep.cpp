#include "capture/capture_store.h"
#include "capture/redaction.h"
#include "cli_run.h"
#include "mcp/mcp_client.h"
#include "net/http_client.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"
#include "session/mcp_authorizer.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
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

    // Every value of a sensitive name (Redactor::isSensitiveField()) the
    // wire carried: in URL queries, form bodies and JSON bodies (top level),
    // in requests and responses, plus cookie values and credentials headers.
    static QList<Secret> wireSecrets(const QList<Exchange> &wire)
    {
        QList<Secret> out;
        const auto add = [&out](const QString &where, const QString &name,
                                const QByteArray &value) {
            if (value.size() >= SecretSet::minimumLength &&
                Redactor::isSensitiveField(name.toUtf8()))
                out.append({where + QLatin1Char(' ') + name, value});
        };
        const auto fromForm = [&add](const QString &where, const QString &form) {
            for (const auto &[name, value] : QUrlQuery(form).queryItems(QUrl::FullyDecoded))
                add(where, name, value.toUtf8());
        };
        const auto fromJson = [&add](const QString &where, const QByteArray &body) {
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            for (auto it = object.begin(); it != object.end(); ++it)
                if (it->isString())
                    add(where, it.key(), it->toString().toUtf8());
        };
        for (const Exchange &e : wire) {
            const QUrl url(e.url);
            fromForm(QStringLiteral("query of ") + url.path(), url.query());
            if (e.requestHeader("content-type").contains("x-www-form-urlencoded"))
                fromForm(QStringLiteral("form body to ") + url.path(),
                         QString::fromUtf8(e.requestBody));
            fromJson(QStringLiteral("JSON from ") + url.path(), e.responseBody);
            fromJson(QStringLiteral("JSON to ") + url.path(), e.requestBody);
            const QByteArray location = e.responseHeader("location");
            if (!location.isEmpty())
                fromForm(QStringLiteral("redirect from ") + url.path(),
                         QUrl(QString::fromUtf8(location)).query());
            for (const QByteArray &cookie : e.responseHeader("set-cookie").split('\n')) {
                const QByteArray pair = cookie.split(';').first();
                const qsizetype eq = pair.indexOf('=');
                if (eq > 0 && pair.size() - eq - 1 >= SecretSet::minimumLength)
                    out.append({QStringLiteral("cookie ") + QString::fromUtf8(pair.first(eq)),
                                pair.sliced(eq + 1)});
            }
            const QByteArray authorization = e.requestHeader("authorization");
            const qsizetype space = authorization.indexOf(' ');
            if (space > 0 && authorization.size() - space - 1 >= SecretSet::minimumLength)
                out.append({QStringLiteral("Authorization to ") + url.path(),
                            authorization.sliced(space + 1)});
        }
        return out;
    }

    // What a flow did, step by step: said when it was expected to succeed.
    static QString flowStory(const OAuthFlow &flow)
    {
        QStringList lines{QStringLiteral("finished: %1; failure: %2")
                              .arg(flow.isFinished() ? QStringLiteral("yes") : QStringLiteral("no"),
                                   flow.failureMessage())};
        for (const OAuthFlow::Step &step : flow.steps())
            lines << QStringLiteral("%1: %2 (%3)")
                         .arg(step.title, OAuthFlow::stateName(step.state), step.outcome);
        return lines.join(u'\n');
    }

    static QByteArray planted(const char *what)
    {
        return QByteArray("planted-") + what + '-' +
               QUuid::createUuid().toByteArray(QUuid::Id128).left(16);
    }

    // Every file under dir, recursively (a store's WAL and journal too).
    static QByteArray filesUnder(const QString &dir, int *count = nullptr)
    {
        QByteArray bytes;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                bytes += f.readAll();
                if (count)
                    ++*count;
            }
        }
        return bytes;
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
        QVERIFY(flow);
        QVERIFY2(flow->succeeded(), qPrintable(flowStory(*flow)));

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

    // Issue 13's planted-secret test: a session holding every kind of
    // secret the project knows (the OAuth sign-in's tokens, code, verifier,
    // client secret and cookies; API-key and Cookie headers, a query
    // parameter, and in tool arguments echoed back, as JSON and as SSE:
    // sensitive JSON fields, JSON inside a JSON string, form pairs, a URL's
    // userinfo password; and what an older McpScope may have left in a store)
    // exported as HAR and JSON, bundled, reported in Markdown and HTML, the
    // HAR and the bundle imported into fresh stores: no secret, in any of the
    // encodings it could travel in, in any file written, any import store
    // (db, WAL) or anything the CLI printed.
    void exportsAndImportsLeaveNoSecret()
    {
        QTemporaryDir source; // the recorded store: it holds the older store's secrets on purpose
        QTemporaryDir home;   // everything the CLI writes: HOME, XDG folders, outputs
        QVERIFY(source.isValid() && home.isValid());
        const QString storePath = source.filePath(QStringLiteral("recorded.sqlite"));
        QList<Secret> secrets;

        // 1. In this process: the headless sign-in and two tool calls, the
        // echo carrying planted secrets in its arguments (a JSON answer).
        const QByteArray jsonAccess = planted("json-access"),
                         nestedRefresh = planted("nested-refresh");
        const QByteArray formSecret = planted("form-secret"),
                         formVerifier = planted("form-verifier");
        const QByteArray userinfo = planted("userinfo"), queryCode = planted("query-code");
        const QByteArray queryIdToken = planted("query-id-token");
        const QString jsonMessage = QString::fromUtf8("{\"access_token\":\"" + jsonAccess +
                                                      "\",\"note\":\"{\\\"refresh_token\\\":\\\"" +
                                                      nestedRefresh + "\\\"}\"}");
        const QString textMessage =
            QString::fromUtf8("client_secret=" + formSecret + "&code_verifier=" + formVerifier +
                              " at https://alice:" + userinfo +
                              "@example.com/cb?code=" + queryCode + "&id_token=" + queryIdToken);
        {
            CaptureStore store;
            QVERIFY(store.open(storePath));
            HttpClient http(&store);
            // A capture session for the sign-in and the calls, as McpSession opens one.
            http.setSessionId(store.createSession(QStringLiteral("OAuth sign-in"),
                                                  mcpUrl().toString(), QStringLiteral("mcp"),
                                                  QDateTime::currentMSecsSinceEpoch()));
            QVERIFY(http.sessionId() > 0);
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
            QSignalSpy failed(&client, &McpClient::failed);
            client.connectToServer(mcpUrl(), McpClient::Transport::StreamableHttp);
            QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty() || !failed.isEmpty(), 30000);
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message +
                                                  u'\n' + flowStory(*authorizer.flow())));
            for (const QJsonObject &params :
                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("whoami")}},
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")},
                              {QStringLiteral("arguments"),
                               QJsonObject{{QStringLiteral("message"), jsonMessage}}}},
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")},
                              {QStringLiteral("arguments"),
                               QJsonObject{{QStringLiteral("message"), textMessage}}}}}) {
                McpRequest *call = client.request(QStringLiteral("tools/call"), params);
                QSignalSpy done(call, &McpRequest::finished);
                QVERIFY(call->isFinished() || done.wait(30000));
                QVERIFY(call->succeeded());
            }
            const OAuthFlow *flow = authorizer.flow();
            QVERIFY(flow && flow->succeeded());
            secrets = wireSecrets(wire);
            const TokenSet tokens = flow->tokens();
            secrets.append({QStringLiteral("access token"), tokens.accessToken.toUtf8()});
            if (!tokens.refreshToken.isEmpty())
                secrets.append({QStringLiteral("refresh token"), tokens.refreshToken.toUtf8()});
            if (!tokens.idToken.isEmpty())
                secrets.append({QStringLiteral("id token"), tokens.idToken.toUtf8()});
            if (!flow->client().clientSecret.isEmpty())
                secrets.append({QStringLiteral("dynamic client secret"),
                                flow->client().clientSecret.toUtf8()});
            // The wire did carry what the sweep says it looks for.
            QStringList kinds;
            for (const Secret &secret : std::as_const(secrets))
                kinds << secret.what;
            const QString carried = kinds.join(QStringLiteral(", "));
            // (a public client: no client secret, and no openid scope: no
            // id_token; those two are planted below)
            for (const char *kind :
                 {"form body to /token code", "form body to /token code_verifier",
                  "redirect from /auth", "cookie _session", "cookie _interaction",
                  "Authorization to /mcp", "JSON from /token access_token",
                  "JSON from /token refresh_token", "registration_access_token"})
                QVERIFY2(carried.contains(QLatin1String(kind)),
                         qPrintable(QLatin1String(kind) + QStringLiteral(" not in: ") + carried));
            store.flush();
            store.close();
        }
        secrets += {{QStringLiteral("access_token in tool arguments"), jsonAccess},
                    {QStringLiteral("refresh_token in JSON in a JSON string"), nestedRefresh},
                    {QStringLiteral("client_secret form pair"), formSecret},
                    {QStringLiteral("code_verifier form pair"), formVerifier},
                    {QStringLiteral("userinfo password"), userinfo},
                    {QStringLiteral("code in a query string"), queryCode},
                    {QStringLiteral("id_token in a query string"), queryIdToken}};

        // 2. mcpscope-cli: an echo at server-everything over Streamable HTTP
        // (answered as SSE), with an API-key header, a Cookie header and an
        // api_key query parameter, the same planted arguments.
        NodePeer everything;
        const QString why = everything.start(
            QStringLiteral(
                MCPSCOPE_SOURCE_DIR
                "/tests/peers/node_modules/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QByteArray apiKeyHeader = planted("api-key-header"), cookie = planted("cookie");
        const QByteArray apiKeyQuery = planted("api-key-query");
        const QByteArray sseAccess = planted("sse-access"), sseSecret = planted("sse-secret");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char *xdg :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(xdg), home.filePath(QString::fromLatin1(xdg).toLower()));
        QByteArray printed;
        const auto run = [&](const QStringList &args) {
            const CliRun r = runCli(args, env);
            printed += r.out + r.err;
            return r;
        };
        for (const QString &message :
             {QString::fromUtf8("{\"access_token\":\"" + sseAccess +
                                "\",\"note\":\"{\\\"client_secret\\\":\\\"" + sseSecret +
                                "\\\"}\"}"),
              textMessage}) {
            const CliRun call = runCli(
                {QStringLiteral("tools"), QStringLiteral("call"),
                 QStringLiteral("http://127.0.0.1:%1/mcp?api_key=%2")
                     .arg(everything.port())
                     .arg(QString::fromUtf8(apiKeyQuery)),
                 QStringLiteral("echo"), QStringLiteral("--args"),
                 QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
                                       .toJson(QJsonDocument::Compact)),
                 QStringLiteral("--transport"), QStringLiteral("http"), QStringLiteral("-H"),
                 QStringLiteral("X-Api-Key: ") + QString::fromUtf8(apiKeyHeader),
                 QStringLiteral("-H"), QStringLiteral("Cookie: sid=") + QString::fromUtf8(cookie),
                 QStringLiteral("--store"), storePath},
                env); // its own output echoes the arguments back: not searched
            QVERIFY2(call.exitCode == 0, call.err.constData());
            QVERIFY2(call.out.contains("Echo: "), call.out.constData());
        }
        secrets += {{QStringLiteral("X-Api-Key header"), apiKeyHeader},
                    {QStringLiteral("Cookie header"), cookie},
                    {QStringLiteral("api_key query parameter"), apiKeyQuery},
                    {QStringLiteral("access_token in SSE"), sseAccess},
                    {QStringLiteral("client_secret in JSON in JSON in SSE"), sseSecret}};

        // 3. What an older McpScope (fewer rules) may have left in a store:
        // the export, bundle and report sweep again, so these must go too.
        const QByteArray oldBearer = planted("old-bearer"), oldAccess = planted("old-access");
        const QByteArray oldQuery = planted("old-query");
        {
            const QString name = QStringLiteral("tst-sweep-sql");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(storePath);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT MIN(exchange_id) FROM exchange_bodies")) &&
                        q.next());
                const qint64 exchange = q.value(0).toLongLong();
                q.prepare(QStringLiteral("UPDATE exchange_bodies SET request_headers = "
                                         "request_headers || ? WHERE exchange_id = ?"));
                q.addBindValue(QByteArray("Authorization: Bearer " + oldBearer + "\r\n"));
                q.addBindValue(exchange);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM messages")) && q.next());
                const qint64 message = q.value(0).toLongLong();
                q.prepare(QStringLiteral("UPDATE messages SET payload = ? WHERE id = ?"));
                q.addBindValue(
                    QByteArray("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{\"access_token\":\"" +
                               oldAccess + "\"}}"));
                q.addBindValue(message);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                q.prepare(QStringLiteral("UPDATE sessions SET target = ? WHERE id = "
                                         "(SELECT MIN(id) FROM sessions)"));
                q.addBindValue(QString(QStringLiteral("http://127.0.0.1/mcp?api_key=") +
                                       QString::fromUtf8(oldQuery)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        secrets += {{QStringLiteral("Bearer an older store kept"), oldBearer},
                    {QStringLiteral("access_token an older store kept"), oldAccess},
                    {QStringLiteral("api_key an older store kept"), oldQuery}};
        for (const Secret &secret : std::as_const(secrets))
            QVERIFY2(secret.value.size() >= SecretSet::minimumLength, qPrintable(secret.what));
        // The older store's secrets are in the source store: the sweep can fail.
        const QByteArray sourceBytes = filesUnder(source.path());
        for (const QByteArray &old : {oldBearer, oldAccess, oldQuery})
            QVERIFY(sourceBytes.contains(old));

        // 4. Export, bundle, report, import.
        const CliRun sessionsRun =
            run({QStringLiteral("sessions"), QStringLiteral("--store"), storePath});
        QCOMPARE(sessionsRun.exitCode, 0);
        const QJsonArray sessionList = QJsonDocument::fromJson(sessionsRun.out).array();
        QVERIFY2(sessionList.size() >= 3,
                 sessionsRun.out.constData()); // the sign-in, two CLI calls
        QStringList sessionArgs;
        for (const QJsonValue &session : sessionList)
            sessionArgs << QStringLiteral("--session")
                        << QString::number(
                               session.toObject().value(QStringLiteral("id")).toInteger());
        const QString out = home.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const auto outFile = [&out](const char *name) -> QString {
            return out + QLatin1Char('/') + QLatin1String(name);
        };
        const QList<QStringList> verbs{
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("har"),
             QStringLiteral("--summary"), QStringLiteral("--output"), outFile("all.har")},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--summary"), QStringLiteral("--output"), outFile("all.json")},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("har")}, // stdout
            QStringList{QStringLiteral("bundle"), QStringLiteral("--output"),
                        outFile("all.mcpscope")} +
                sessionArgs,
            QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"),
                        QStringLiteral("--output"), outFile("report.md")} +
                sessionArgs,
            QStringList{QStringLiteral("report"), QStringLiteral("--format"),
                        QStringLiteral("html"), QStringLiteral("--output"),
                        outFile("report.html")} +
                sessionArgs,
        };
        for (const QStringList &verb : verbs) {
            const CliRun r = run(verb + QStringList{QStringLiteral("--store"), storePath});
            QVERIFY2(r.exitCode == 0, qPrintable(verb.join(QLatin1Char(' ')) +
                                                 QStringLiteral(": ") + QString::fromUtf8(r.err)));
        }
        const CliRun harImport = run({QStringLiteral("import"), outFile("all.har"),
                                      QStringLiteral("--store"), outFile("from-har.sqlite")});
        QVERIFY2(harImport.exitCode == 0, harImport.err.constData());
        const CliRun bundleImport = run({QStringLiteral("import"), outFile("all.mcpscope"),
                                         QStringLiteral("--store"), outFile("from-bundle.sqlite")});
        QVERIFY2(bundleImport.exitCode == 0, bundleImport.err.constData());
        for (const char *store : {"from-har.sqlite", "from-bundle.sqlite"}) {
            const CliRun r =
                run({QStringLiteral("export"), QStringLiteral("--store"), outFile(store)});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("Echo: "), store); // the imports hold the session
        }

        // The outputs hold what they were searched for.
        const auto read = [&outFile](const char *name) {
            QFile f(outFile(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray har = read("all.har");
        for (const QByteArray &part :
             {QByteArray("whoami"), QByteArray("Echo: "), QByteArray("text/event-stream"),
              QByteArray("/token"), QByteArray("[REDACTED]")})
            QVERIFY2(har.contains(part), part.constData());
        QVERIFY(read("all.json").contains("Echo: "));
        QVERIFY(read("report.md").contains("127.0.0.1"));
        QVERIFY(read("report.html").contains("127.0.0.1"));

        int searched = 0;
        const QByteArray files = filesUnder(home.path(), &searched);
        QVERIFY2(searched >= 8, qPrintable(QString::number(searched)));
        const QStringList onDisk = hits(secrets, files);
        QVERIFY2(onDisk.isEmpty(),
                 qPrintable(QStringLiteral("on disk: ") + onDisk.join(QStringLiteral(", "))));
        const QStringList inOutput = hits(secrets, printed);
        QVERIFY2(inOutput.isEmpty(),
                 qPrintable(QStringLiteral("printed: ") + inOutput.join(QStringLiteral(", "))));
        qInfo("export sweep: %lld secrets, %d files and every output searched, hits: 0",
              qlonglong(secrets.size()), searched);
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_oidc;
    quint16 m_authPort = 0;
};

QTEST_GUILESS_MAIN(TestSecretSweep)
#include "tst_secret_sweep.moc"
