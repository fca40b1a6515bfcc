#include "cli_run.h"
#include "export/har_writer.h"
#include "node_peer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mcpscope;
using namespace mcpscope::testing;

// HAR export of a real run: mcpscope-cli signs in headless at oidc-provider
// (discovery, dynamic registration, PKCE, token) and calls a tool on the
// SDK's protected MCP server, calls server-everything's echo, and records a
// refused connection, all in one store; the HAR comes out of the CLI and of
// the core API, is checked by the npm har-validator (the real HAR 1.2
// schema) and read back for what it must hold, and must not hold.
class TestHarExport : public QObject
{
    Q_OBJECT

private:
    static QString validatorScript()
    {
        return QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/validate_har.mjs");
    }

    // The validator's exit code; its output in *output.
    static int validate(const QString &file, QByteArray *output = nullptr)
    {
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(nodeBinary(), {validatorScript(), file});
        if (!node.waitForFinished(60000))
            return -1;
        if (output)
            *output = node.readAll();
        return node.exitCode();
    }

    static QJsonObject readHar(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QProcessEnvironment m_env;
    QTemporaryDir m_home;
    QString m_store;
    QString m_issued;
    NodePeer m_oidc;
    NodePeer m_everything;
    QString m_mcpUrl;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Like every pinned peer: missing is a failure, not a skip.
        QVERIFY2(QFile::exists(peersDir() + QStringLiteral("/har-validator/package.json")),
                 "har-validator is not installed in tests/peers (run npm ci there, or "
                 "scripts/setup.sh tests)");
        m_issued = m_home.filePath(QStringLiteral("issued-tokens.txt"));
        QProcessEnvironment peerEnv;
        peerEnv.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        peerEnv.insert(QStringLiteral("ISSUED_TOKENS_FILE"), m_issued);
        QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            peerEnv);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));

        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *xdg :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            m_env.insert(QString::fromLatin1(xdg),
                         m_home.filePath(QString::fromLatin1(xdg).toLower()));
        m_store = m_home.filePath(QStringLiteral("run.sqlite"));
        m_mcpUrl = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port());

        const CliRun call =
            runCli({QStringLiteral("tools"), QStringLiteral("call"), m_mcpUrl,
                    QStringLiteral("whoami"), QStringLiteral("--oauth"), QStringLiteral("headless"),
                    QStringLiteral("--store"), m_store, QStringLiteral("--no-vault")},
                   m_env);
        QVERIFY2(call.exitCode == 0, call.err.constData());
        const CliRun echo = runCli(
            {QStringLiteral("tools"), QStringLiteral("call"),
             QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
             QStringLiteral("echo"), QStringLiteral("--args"),
             QStringLiteral("{\"message\":\"hello har\"}"), QStringLiteral("--store"), m_store},
            m_env);
        QVERIFY2(echo.exitCode == 0, echo.err.constData());
        // Nothing listens there: a failed exchange.
        const CliRun refused =
            runCli({QStringLiteral("request"),
                    QStringLiteral("http://127.0.0.1:%1/nothing").arg(freePort()),
                    QStringLiteral("--store"), m_store},
                   m_env);
        QCOMPARE(refused.exitCode, 2);
    }

    void cliHarIsValidAndComplete()
    {
        const QString har = m_home.filePath(QStringLiteral("cli.har"));
        const CliRun exported =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("har"),
                    QStringLiteral("--store"), m_store, QStringLiteral("--output"), har,
                    QStringLiteral("--summary")},
                   m_env);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.out.isEmpty());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(har).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(har).permissions() & QFileDevice::ReadOwner);
        // The tally: the bearer token the MCP calls carried, and the token
        // endpoint's answer.
        QVERIFY2(exported.err.contains("header\tAuthorization\t"), exported.err.constData());
        QVERIFY2(exported.err.contains("field\taccess_token\t"), exported.err.constData());
        QByteArray why;
        QVERIFY2(validate(har, &why) == 0, why.constData());

        const QJsonObject log = readHar(har).value(u"log").toObject();
        QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(u"creator").toObject().value(u"name").toString(),
                 QStringLiteral("McpScope"));
        const QJsonArray entries = log.value(u"entries").toArray();
        QVERIFY(entries.size() >= 6);

        bool sawResourceMetadata = false, sawAsMetadata = false, sawRegistration = false,
             sawToken = false, sawFailure = false, sawSse = false, sawEcho = false;
        QHash<double, QJsonObject> outgoing;
        QList<QJsonObject> incoming;
        for (const QJsonValue &v : entries) {
            const QJsonObject entry = v.toObject();
            const QJsonObject request = entry.value(u"request").toObject();
            const QJsonObject response = entry.value(u"response").toObject();
            const QJsonObject timings = entry.value(u"timings").toObject();
            const QJsonObject own = entry.value(u"_mcpscope").toObject();
            const QString url = request.value(u"url").toString();
            const QString path = QUrl(url).path();
            // time is the sum of the non-negative parts.
            double sum = 0;
            for (const char *part : {"blocked", "dns", "connect", "ssl", "send", "wait", "receive"})
                sum += std::max(0.0, timings.value(QLatin1String(part)).toDouble());
            QVERIFY2(qAbs(entry.value(u"time").toDouble() - sum) < 1e-6, qPrintable(url));
            QVERIFY(entry.value(u"startedDateTime").toString().endsWith(u'Z'));
            QVERIFY(entry.value(u"pageref").toString().startsWith(u"session_"));
            // DevTools files it under Fetch/XHR (its own member).
            QCOMPARE(entry.value(u"_resourceType").toString(), QStringLiteral("fetch"));
            if (path.startsWith(u"/.well-known/oauth-protected-resource"))
                sawResourceMetadata = response.value(u"status").toInt() == 200 &&
                                      response.value(u"content")
                                          .toObject()
                                          .value(u"text")
                                          .toString()
                                          .contains(u"authorization_servers");
            if (path.startsWith(u"/.well-known/oauth-authorization-server") ||
                path.startsWith(u"/.well-known/openid-configuration"))
                sawAsMetadata = sawAsMetadata || response.value(u"content")
                                                     .toObject()
                                                     .value(u"text")
                                                     .toString()
                                                     .contains(u"token_endpoint");
            if (request.value(u"method").toString() == u"POST" && path == u"/reg")
                sawRegistration =
                    response.value(u"status").toInt() == 201 &&
                    !request.value(u"postData").toObject().value(u"text").toString().isEmpty();
            if (request.value(u"method").toString() == u"POST" && path == u"/token") {
                const QJsonObject post = request.value(u"postData").toObject();
                QVERIFY(post.value(u"mimeType").toString().contains(u"form-urlencoded"));
                QJsonObject params;
                for (const QJsonValue &p : post.value(u"params").toArray())
                    params.insert(p.toObject().value(u"name").toString(),
                                  p.toObject().value(u"value"));
                QCOMPARE(params.value(u"grant_type").toString(),
                         QStringLiteral("authorization_code"));
                QCOMPARE(params.value(u"code").toString(), QStringLiteral("[REDACTED]"));
                const QJsonObject body =
                    QJsonDocument::fromJson(
                        response.value(u"content").toObject().value(u"text").toString().toUtf8())
                        .object();
                QCOMPARE(body.value(u"access_token").toString(), QStringLiteral("[REDACTED]"));
                sawToken = true;
            }
            if (response.value(u"status").toInt() == 0) {
                QVERIFY(!response.value(u"_error").toString().isEmpty());
                QCOMPARE(own.value(u"state").toString(), QStringLiteral("failed"));
                QCOMPARE(own.value(u"errorCode").toString(), errorCodeId(ErrorCode::NetConnect));
                sawFailure = true;
            }
            if (!own.value(u"sseEvents").toArray().isEmpty())
                sawSse = true;
            for (const QJsonValue &m : own.value(u"messages").toArray()) {
                const QJsonObject message = m.toObject();
                if (message.value(u"direction").toString() == u"out")
                    outgoing.insert(message.value(u"id").toDouble(), message);
                else
                    incoming.append(message);
                if (message.value(u"payload")
                            .toObject()
                            .value(u"result")
                            .toObject()
                            .value(u"content") != QJsonValue::Undefined &&
                    QJsonDocument(message.value(u"payload").toObject())
                        .toJson()
                        .contains("hello har"))
                    sawEcho = true;
            }
        }
        QVERIFY(sawResourceMetadata);
        QVERIFY(sawAsMetadata);
        QVERIFY(sawRegistration);
        QVERIFY(sawToken);
        QVERIFY(sawFailure);
        QVERIFY(sawSse);
        QVERIFY(sawEcho);
        // Every response names its request, and that request is in the HAR.
        int paired = 0;
        for (const QJsonObject &message : std::as_const(incoming)) {
            if (message.value(u"kind").toString() != u"response")
                continue;
            const QJsonObject request = outgoing.value(message.value(u"responseTo").toDouble());
            QVERIFY2(!request.isEmpty(), QJsonDocument(message).toJson().constData());
            QCOMPARE(request.value(u"rpcId"), message.value(u"rpcId"));
            ++paired;
        }
        QVERIFY(paired >= 4); // two initializes, two tools/call

        // Sessions with their protocol version.
        const QJsonArray sessions = log.value(u"_mcpscope").toObject().value(u"sessions").toArray();
        QVERIFY(sessions.size() >= 3);
        QCOMPARE(log.value(u"pages").toArray().size(), sessions.size());
        int versions = 0;
        for (const QJsonValue &s : sessions)
            if (!s.toObject().value(u"protocolVersion").toString().isEmpty())
                ++versions;
        QVERIFY(versions >= 2);

        // No token oidc-provider issued appears anywhere in the file.
        QFile issued(m_issued);
        QVERIFY(issued.open(QIODevice::ReadOnly));
        const QList<QByteArray> tokens = issued.readAll().split('\n');
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const QByteArray text = harFile.readAll();
        int checked = 0;
        for (const QByteArray &token : tokens) {
            if (token.trimmed().size() < 8)
                continue;
            ++checked;
            QVERIFY2(!text.contains(token.trimmed()), "an issued token is in the HAR");
            QVERIFY(!text.contains(QUrl::toPercentEncoding(QString::fromUtf8(token.trimmed()))));
        }
        QVERIFY(checked >= 1);
    }

    void coreApiMatchesTheCli()
    {
        // One session through the core API, with a user rule.
        QFile har(m_home.filePath(QStringLiteral("core.har")));
        QVERIFY(har.open(QIODevice::WriteOnly));
        RedactionRules rules;
        rules.patterns = {QStringLiteral("hello har")};
        HarWriter writer(rules);
        QVERIFY(writer.write(m_store, ExportScope{}, har));
        har.close();
        QVERIFY(writer.exchangesWritten() >= 6);
        QVERIFY(writer.tally().count(QStringLiteral("rule"), QStringLiteral("pattern hello har")) >=
                2);
        QByteArray why;
        QVERIFY2(validate(har.fileName(), &why) == 0, why.constData());
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray text = har.readAll();
        QVERIFY(!text.contains("hello har"));
        QCOMPARE(
            readHar(har.fileName()).value(u"log").toObject().value(u"entries").toArray().size(),
            writer.exchangesWritten());

        // A selection of sessions: only their entries.
        const QJsonArray sessions = readHar(har.fileName())
                                        .value(u"log")
                                        .toObject()
                                        .value(u"_mcpscope")
                                        .toObject()
                                        .value(u"sessions")
                                        .toArray();
        const qint64 first = qint64(sessions.first().toObject().value(u"id").toDouble());
        QFile one(m_home.filePath(QStringLiteral("one.har")));
        QVERIFY(one.open(QIODevice::WriteOnly));
        HarWriter sessionWriter;
        QVERIFY(sessionWriter.write(m_store, ExportScope{{first}, {}}, one));
        one.close();
        QVERIFY(validate(one.fileName()) == 0);
        const QJsonObject log = readHar(one.fileName()).value(u"log").toObject();
        QVERIFY(!log.value(u"entries").toArray().isEmpty());
        for (const QJsonValue &e : log.value(u"entries").toArray())
            QCOMPARE(e.toObject().value(u"pageref").toString(),
                     QStringLiteral("session_%1").arg(first));
        QCOMPARE(log.value(u"_mcpscope").toObject().value(u"sessions").toArray().size(), 1);
    }

    void anEditedInvalidHarIsRejected()
    {
        const QString har = m_home.filePath(QStringLiteral("edited.har"));
        QCOMPARE(
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("har"),
                    QStringLiteral("--store"), m_store, QStringLiteral("--output"), har},
                   m_env)
                .exitCode,
            0);
        QJsonObject doc = readHar(har);
        QJsonObject log = doc.value(u"log").toObject();
        QJsonArray entries = log.value(u"entries").toArray();
        QJsonObject entry = entries.first().toObject();
        QJsonObject response = entry.value(u"response").toObject();
        response.insert(QStringLiteral("status"), QStringLiteral("two hundred"));
        entry.insert(QStringLiteral("response"), response);
        entry.remove(QStringLiteral("timings"));
        entries[0] = entry;
        log.insert(QStringLiteral("entries"), entries);
        doc.insert(QStringLiteral("log"), log);
        QFile f(har);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        QByteArray why;
        QCOMPARE(validate(har, &why), 1);
        QVERIFY2(why.contains("status") || why.contains("timings"), why.constData());
    }

    void cliJsonStaysTheDefaultAndTakesRules()
    {
        const CliRun exported =
            runCli({QStringLiteral("export"), QStringLiteral("--store"), m_store,
                    QStringLiteral("--redact-pointer"), QStringLiteral("/params/arguments/message"),
                    QStringLiteral("--summary")},
                   m_env);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(exported.out).object();
        QVERIFY(!json.value(u"exchanges").toArray().isEmpty());
        QVERIFY(!json.value(u"messages").toArray().isEmpty());
        // The echo's argument, in the request body and the JSON-RPC payload.
        QVERIFY(!exported.out.contains("\\\"message\\\":\\\"hello har"));
        QVERIFY(exported.out.contains("\\\"message\\\":\\\"[REDACTED]"));
        QVERIFY2(exported.err.contains("rule\tpointer /params/arguments/message\t"),
                 exported.err.constData());
    }

    void badRulesAndUnwritableOutput()
    {
        const CliRun badRegex =
            runCli({QStringLiteral("export"), QStringLiteral("--store"), m_store,
                    QStringLiteral("--redact-pattern"), QStringLiteral("(oops")},
                   m_env);
        QCOMPARE(badRegex.exitCode, 1);
        QVERIFY2(badRegex.err.contains("(oops"), badRegex.err.constData());
        const CliRun badFormat = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                         QStringLiteral("xml"), QStringLiteral("--store"), m_store},
                                        m_env);
        QCOMPARE(badFormat.exitCode, 1);

        const QString dir = m_home.filePath(QStringLiteral("no-such-dir"));
        const QString target = dir + QStringLiteral("/out.har");
        const CliRun unwritable =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("har"),
                    QStringLiteral("--store"), m_store, QStringLiteral("--output"), target},
                   m_env);
        QCOMPARE(unwritable.exitCode, 4);
        QVERIFY2(unwritable.err.contains(target.toUtf8()), unwritable.err.constData());
        QVERIFY(!QFileInfo::exists(target));

        const QString existing = m_home.filePath(QStringLiteral("keep.har"));
        {
            QFile keep(existing);
            QVERIFY(keep.open(QIODevice::WriteOnly));
            keep.write("previous export");
        }
        // A store that is not one fails after the export file was begun:
        // the previous file stays whole, no temporary file is left.
        const QString garbage = m_home.filePath(QStringLiteral("garbage.sqlite"));
        {
            QFile g(garbage);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(QByteArray(4096, 'x'));
        }
        const CliRun badStore =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("har"),
                    QStringLiteral("--store"), garbage, QStringLiteral("--output"), existing},
                   m_env);
        QCOMPARE(badStore.exitCode, 4);
        QVERIFY2(badStore.err.contains(existing.toUtf8()), badStore.err.constData());
        QFile keep(existing);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("previous export"));
        QCOMPARE(
            QDir(m_home.path()).entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TestHarExport)
#include "tst_har_export.moc"
