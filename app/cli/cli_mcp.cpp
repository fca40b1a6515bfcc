// The MCP verbs of mcpscope-cli: connect, tools list, tools call, conformance.
#include "cli_commands.h"

#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "catalog/catalog_secrets.h"
#include "catalog/server_catalog.h"
#include "common/known_secrets.h"
#include "common/ordered_json.h"
#include "mcp/json_schema.h"
#include "mcp/mcp_client.h"
#include "mcp/stdio_transport.h"
#include "net/http_client.h"
#include "net/request_input.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"
#include "vault/token_vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace mcpscope::cli {

namespace {

// Where and how to connect, from the command line.
struct SessionOptions
{
    QString target; // a URL, or with stdio a command line ("node server.js stdio")
    bool stdio = false;
    McpClient::Transport transport = McpClient::Transport::Auto;
    QString storePath;
    int timeoutSeconds = 60;
    HeaderList headers;                       // --header, HTTP only
    QStringList environment;                  // --env NAME=value, stdio only
    std::optional<OAuthFlow::Settings> oauth; // answer 401s with this flow
    QString vaultPath; // with oauth: reuse and keep tokens here (empty: none)
    qint64 maxBodyBytes = HttpClient::kDefaultBodyCap;
    int retries = 0; // --retry: how often a rate-limited (429) request is sent again
    ProtocolEra era = ProtocolEra::Auto; // --era
};

} // namespace

int exitCodeForError(const Error &error, int httpStatus, bool rpcError)
{
    if (rpcError)
        return McpError;
    if (httpStatus >= 400 || errorGroup(error.code) == ErrorGroup::McpHttp)
        return HttpError;
    switch (error.code) {
    case ErrorCode::McpTransport:
    case ErrorCode::McpStdio:
    case ErrorCode::McpSse:
    case ErrorCode::McpStreamEnded:
    case ErrorCode::McpBodyCap:
    case ErrorCode::McpUnreadable:
    case ErrorCode::McpUnanswered:
    case ErrorCode::McpTimeout:
        return NetworkError;
    case ErrorCode::SessionNoCommand:
        return Usage;
    default:
        return McpError;
    }
}

namespace {

// A connected session for one CLI run; the store is optional.
class Session
{
public:
    int open(const SessionOptions &options)
    {
        if (!options.storePath.isEmpty()) {
            if (auto opened = m_store.open(options.storePath); !opened) {
                complain(opened.error().message);
                return StoreError;
            }
            // The explanations the session gives are kept with its capture.
            if (auto opened = m_findings.open(options.storePath); !opened) {
                complain(opened.error().message);
                return StoreError;
            }
        }
        m_retries = options.retries;
        if (options.stdio && QProcess::splitCommand(options.target).isEmpty()) {
            complain(QStringLiteral("--stdio needs a command"));
            return Usage;
        }
        const bool withVault = options.oauth && !options.vaultPath.isEmpty();
        if (withVault) {
            if (auto opened = m_vault.openAndWait(options.vaultPath); !opened) {
                complain(opened.error().message);
                return StoreError;
            }
            if (!m_vault.keychainAvailable())
                complain(m_vault.keychainProblem());
        }
        McpSessionOptions sessionOptions;
        sessionOptions.kind =
            options.stdio ? McpSessionOptions::Kind::Stdio : McpSessionOptions::Kind::Http;
        sessionOptions.target = options.target;
        sessionOptions.transport = options.transport;
        sessionOptions.headers = options.headers;
        sessionOptions.environment = options.environment;
        sessionOptions.bodyCap = options.maxBodyBytes;
        sessionOptions.requestTimeoutMs = options.timeoutSeconds * 1000;
        sessionOptions.oauth = options.oauth;
        sessionOptions.vault = withVault ? &m_vault : nullptr;
        sessionOptions.findings = m_store.isOpen() ? &m_findings : nullptr;
        sessionOptions.captureName = QStringLiteral("mcpscope-cli MCP");
        sessionOptions.rootsSupported = false; // the CLI has no roots to offer
        sessionOptions.era = options.era;
        sessionOptions.closeTimeoutMs = kCloseTimeoutMs;
        m_session = std::make_unique<McpSession>(m_store.isOpen() ? &m_store : nullptr);
        McpClient *client = m_session->client();
        McpAuthorizer *authorizer = m_session->authorizer();
        if (options.oauth) {
            if (withVault)
                QObject::connect(authorizer, &McpAuthorizer::problem, authorizer,
                                 [](const QString &problem) { complain(problem); });
            QObject::connect(
                authorizer->flow(), &OAuthFlow::openBrowser, authorizer, [](const QUrl &url) {
                    std::fprintf(stderr, "mcpscope-cli: sign in at %s\n",
                                 qPrintable(url.toString()));
                    QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString()});
                });
            QObject::connect(authorizer->flow(), &OAuthFlow::warning, authorizer,
                             [](const QString &warning) { complain(warning); });
            QObject::connect(authorizer, &McpAuthorizer::flowStarted, authorizer,
                             [](const McpClient::AuthorizationNeed &need) {
                                 std::fprintf(stderr,
                                              "mcpscope-cli: HTTP %d: authorizing (attempt %d)\n",
                                              need.status, need.attempt);
                             });
            // The steps of 2026-07-28 and its extensions (step-up, a changed
            // authorization server, DPoP, the ID-JAG exchange), as they end.
            QObject::connect(authorizer->flow(), &OAuthFlow::finished, authorizer,
                             [flow = authorizer->flow()] {
                                 for (const OAuthFlow::Step &step : flow->steps().mid(5))
                                     std::fprintf(stderr, "mcpscope-cli: oauth: %s: %s. %s\n",
                                                  qPrintable(step.title),
                                                  qPrintable(OAuthFlow::stateName(step.state)),
                                                  qPrintable(step.outcome));
                             });
        }
        QObject::connect(client, &McpClient::protocolProblem, client,
                         [](const QString &problem) { complain(problem); });
        QEventLoop loop;
        int code = Ok;
        QObject::connect(client, &McpClient::connected, &loop, &QEventLoop::quit);
        QObject::connect(client, &McpClient::failed, &loop, [&](const Error &error) {
            complain(error.message);
            code = exitCodeForError(error, 0, false);
            loop.quit();
        });
        QObject::connect(client, &McpClient::serverLog, client, [](const QString &line) {
            std::fprintf(stderr, "server: %s\n", qPrintable(line));
        });
        if (auto opened = m_session->open(sessionOptions); !opened) {
            complain(opened.error().message);
            return Usage;
        }
        loop.exec();
        return code;
    }

    // Waits for the request; prints nothing.
    McpRequest *wait(McpRequest *request)
    {
        if (!request->isFinished()) {
            QEventLoop loop;
            QObject::connect(request, &McpRequest::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return request;
    }

    int exitCodeFor(const McpRequest *request)
    {
        if (request->succeeded())
            return Ok;
        complain(request->error().message);
        return exitCodeForError(request->error(), request->httpStatus(),
                                request->rpcErrorCode().has_value());
    }

    // Sends what start() makes and waits for it; a rate-limited answer (429)
    // is sent again after the delay the server asked for, up to --retry
    // times (off by default: a debugger must not hide the problem).
    McpRequest *call(const std::function<McpRequest *()> &start)
    {
        for (int attempt = 0;; ++attempt) {
            McpRequest *request = wait(start());
            if (request->succeeded() || request->httpStatus() != 429 || attempt >= m_retries)
                return request;
            const qint64 delayMs =
                request->retryAfterMs() >= 0 ? request->retryAfterMs() : kDefaultRetryDelayMs;
            std::fprintf(stderr,
                         "mcpscope-cli: %s: rate limited (HTTP 429); retry %d of %d in %.1f s\n",
                         qPrintable(request->method()), attempt + 1, m_retries, delayMs / 1000.0);
            request->deleteLater();
            QEventLoop loop;
            QTimer::singleShot(std::min<qint64>(delayMs, kMaxRetryDelayMs), &loop,
                               &QEventLoop::quit);
            loop.exec();
        }
    }

    McpRequest *listAll(const QString &method)
    {
        return call([this, method] { return client()->listAll(method); });
    }
    Result<QJsonArray> listTools()
    {
        McpRequest *request = listAll(QStringLiteral("tools/list"));
        request->deleteLater();
        if (!request->succeeded())
            return Failure{request->error()};
        return request->result().toArray();
    }

    // Ends the session and returns once the DELETE was answered or the stdio
    // server exited, or after kCloseTimeoutMs at most; the capture session
    // gets its end time.
    void close()
    {
        if (!m_session)
            return;
        if (!m_session->isClosed()) {
            QEventLoop loop;
            QObject::connect(m_session.get(), &McpSession::closed, &loop, &QEventLoop::quit);
            m_session->close();
            loop.exec();
        }
        if (m_store.isOpen())
            m_store.flush();
    }

    McpClient *client() const { return m_session->client(); }

    McpAuthorizer *authorizer() const { return m_session->authorizer(); }
    TokenVault *vault() { return &m_vault; }

private:
    static constexpr qint64 kDefaultRetryDelayMs = 1000;
    static constexpr qint64 kMaxRetryDelayMs = 10 * 60 * 1000;
    // Long enough for the stdio shutdown (stdin closed, then SIGTERM, then
    // SIGKILL, each after a grace period) and a slow DELETE.
    static constexpr int kCloseTimeoutMs = 3 * StdioTransport::kGraceMs;
    int m_retries = 0;
    CaptureStore m_store;
    FindingsStore m_findings;
    TokenVault m_vault;
    std::unique_ptr<McpSession> m_session; // after the stores and the vault: it uses them
};

struct Common
{
    std::optional<OAuthFlow::Settings> defaultOAuth; // when --oauth is not given
    bool vaultWithDefault = false;                   // the default flow keeps its tokens too
    QCommandLineOption store{QStringLiteral("store"),
                             QStringLiteral("Record the session in this capture store."),
                             QStringLiteral("FILE")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Seconds to wait for each response (default 60)."),
                               QStringLiteral("SECONDS"), QStringLiteral("60")};
    QCommandLineOption stdio{
        QStringLiteral("stdio"),
        QStringLiteral("Start the server as this command line and talk over stdio (no URL then). "
                       "Quote words with double quotes."),
        QStringLiteral("COMMAND")};
    QCommandLineOption transport{
        QStringLiteral("transport"),
        QStringLiteral("auto (default: Streamable HTTP, then HTTP+SSE), http or sse."),
        QStringLiteral("KIND"), QStringLiteral("auto")};

    QCommandLineOption header{
        {QStringLiteral("H"), QStringLiteral("header")},
        QStringLiteral("Send this header with every HTTP request (repeatable), e.g. "
                       "\"X-Api-Key: abc\"."),
        QStringLiteral("NAME: VALUE")};
    QCommandLineOption env{
        QStringLiteral("env"),
        QStringLiteral("Add NAME=value to the --stdio server's environment (repeatable)."),
        QStringLiteral("NAME=VALUE")};

    QCommandLineOption oauth{
        QStringLiteral("oauth"),
        QStringLiteral("Answer HTTP 401 with the OAuth flow: browser (sign in on this machine), "
                       "headless (follow the authorization server's redirects without a browser, "
                       "for servers that approve at once; for CI), client-credentials (a "
                       "pre-registered confidential client, no user), workload-identity (the "
                       "JWT bearer grant with --assertion) or enterprise-managed (an ID-JAG "
                       "from the enterprise IdP, --idp-token-endpoint and --id-token)."),
        QStringLiteral("MODE")};
    // Authorization of MCP 2026-07-28's extensions (issue 16).
    QCommandLineOption dpop{
        QStringLiteral("dpop"),
        QStringLiteral("Bind the tokens to a key (DPoP, RFC 9449) even where the server does "
                       "not ask for it (by default DPoP is used when the server's challenge "
                       "asks for it); the key is kept in the keychain with the tokens.")};
    QCommandLineOption assertion{
        QStringLiteral("assertion"),
        QStringLiteral("workload-identity: file holding the workload's identity JWT."),
        QStringLiteral("FILE")};
    QCommandLineOption idpTokenEndpoint{
        QStringLiteral("idp-token-endpoint"),
        QStringLiteral("enterprise-managed: the enterprise IdP's token endpoint."),
        QStringLiteral("URL")};
    QCommandLineOption idpClientId{
        QStringLiteral("idp-client-id"),
        QStringLiteral("enterprise-managed: this client's id at the IdP (its secret: "
                       "MCPSCOPE_IDP_CLIENT_SECRET in the environment)."),
        QStringLiteral("ID")};
    QCommandLineOption idToken{
        QStringLiteral("id-token"),
        QStringLiteral("enterprise-managed: file holding the user's ID token from the IdP."),
        QStringLiteral("FILE")};
    QCommandLineOption clientId{QStringLiteral("client-id"),
                                QStringLiteral("A pre-registered OAuth client id."),
                                QStringLiteral("ID")};
    QCommandLineOption clientSecret{
        QStringLiteral("client-secret"),
        QStringLiteral("Its secret (better: MCPSCOPE_CLIENT_SECRET in the environment)."),
        QStringLiteral("SECRET")};
    QCommandLineOption clientKey{
        QStringLiteral("client-key"),
        QStringLiteral("PEM private key for private_key_jwt client authentication (RFC 7523)."),
        QStringLiteral("FILE")};
    QCommandLineOption clientMetadataUrl{
        QStringLiteral("client-metadata-url"),
        QStringLiteral("Client ID Metadata Document URL to use as client id where "
                       "the authorization server supports it."),
        QStringLiteral("URL")};
    QCommandLineOption scope{QStringLiteral("scope"),
                             QStringLiteral("Scope to request instead of the spec's choice."),
                             QStringLiteral("SCOPE")};
    QCommandLineOption redirectUri{
        QStringLiteral("redirect-uri"),
        QStringLiteral("Redirect URI to use, one the --client-id has registered (default: "
                       "http://127.0.0.1:33418/callback headless, a free loopback port "
                       "in the browser). Browser mode listens there: loopback http with "
                       "a port."),
        QStringLiteral("URI")};
    QCommandLineOption vault{
        QStringLiteral("vault"),
        QStringLiteral("Token vault database (default ~/.local/share/McpScope/vault.sqlite); "
                       "secrets stay in the OS keychain."),
        QStringLiteral("FILE")};
    QCommandLineOption noVault{QStringLiteral("no-vault"),
                               QStringLiteral("Neither reuse nor keep tokens.")};
    QCommandLineOption maxBody{
        QStringLiteral("max-body"),
        QStringLiteral("Largest response body (and SSE event) read and kept, in MiB (default "
                       "8); a larger answer fails with a clear error."),
        QStringLiteral("MIB"), QStringLiteral("8")};
    QCommandLineOption retry{
        QStringLiteral("retry"),
        QStringLiteral("Send a rate-limited request (HTTP 429) again up to N times, after the "
                       "delay its Retry-After asks for (default 0: report it)."),
        QStringLiteral("N"), QStringLiteral("0")};

    // BEGIN era options (issue 16: --era)
    QCommandLineOption era{
        QStringLiteral("era"),
        QStringLiteral("Protocol era: auto (ask server/discover, fall back to initialize; the "
                       "default), legacy (initialize: MCP 2024-11-05 to 2025-11-25) or modern "
                       "(MCP 2026-07-28)."),
        QStringLiteral("ERA"), QStringLiteral("auto")};
    // END era options

    // BEGIN catalog options (issue 16: --server NAME)
    QCommandLineOption server{
        QStringLiteral("server"),
        QStringLiteral("A server of the catalog (\"catalog list\"): its URL or command, "
                       "environment and headers, secrets from the keychain; no URL nor --stdio "
                       "then."),
        QStringLiteral("NAME")};
    QCommandLineOption catalogFile{
        QStringLiteral("catalog"),
        QStringLiteral(
            "The catalog --server reads (default ~/.local/share/McpScope/catalog.json)."),
        QStringLiteral("FILE")};
    // The --server entry with its secrets, once read: open() runs again with it.
    mutable std::optional<CatalogServer> fromCatalog;
    // END catalog options

    QList<QCommandLineOption> all() const
    {
        QList<QCommandLineOption> out{
            store,    timeout,      stdio,     transport,         header, env,         oauth,
            clientId, clientSecret, clientKey, clientMetadataUrl, scope,  redirectUri, vault,
            noVault,  maxBody,      retry};
        // BEGIN era options list
        out << era;
        // END era options list

        // BEGIN catalog options list
        out << server << catalogFile;
        // END catalog options list
        out << dpop << assertion << idpTokenEndpoint << idpClientId << idToken;
        return out;
    }

    // The OAuth settings the options give, if --oauth is set.
    Result<std::optional<OAuthFlow::Settings>> oauthSettings(QCommandLineParser &parser) const
    {
        if (!parser.isSet(oauth))
            return std::optional<OAuthFlow::Settings>();
        const QString mode = parser.value(oauth);
        const QHash<QString, OAuthFlow::Mode> modes{
            {QStringLiteral("browser"), OAuthFlow::Mode::Browser},
            {QStringLiteral("headless"), OAuthFlow::Mode::Headless},
            {QStringLiteral("client-credentials"), OAuthFlow::Mode::ClientCredentials},
            {QStringLiteral("workload-identity"), OAuthFlow::Mode::WorkloadIdentity},
            {QStringLiteral("enterprise-managed"), OAuthFlow::Mode::EnterpriseManaged}};
        if (!modes.contains(mode))
            return makeError(ErrorCode::Usage,
                             QStringLiteral("--oauth takes browser, headless, client-credentials, "
                                            "workload-identity or enterprise-managed"));
        OAuthFlow::Settings settings;
        settings.mode = modes.value(mode);
        if (parser.isSet(dpop))
            settings.dpop = OAuthFlow::DpopMode::Required;
        const auto readSecretFile = [&parser](const QCommandLineOption &option,
                                              QString *into) -> Result<void> {
            if (!parser.isSet(option))
                return {};
            QFile file(parser.value(option));
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Usage, QStringLiteral("cannot read --%1 %2: %3")
                                                       .arg(option.names().constFirst(),
                                                            file.fileName(), file.errorString()));
            *into = QString::fromUtf8(file.readAll()).trimmed();
            registerSecret(*into);
            return {};
        };
        if (auto read = readSecretFile(assertion, &settings.assertion); !read)
            return Failure{read.error()};
        if (auto read = readSecretFile(idToken, &settings.idp.idToken); !read)
            return Failure{read.error()};
        settings.idp.tokenEndpoint = QUrl(parser.value(idpTokenEndpoint));
        settings.idp.client.clientId = parser.value(idpClientId);
        settings.idp.client.clientSecret = qEnvironmentVariable("MCPSCOPE_IDP_CLIENT_SECRET");
        settings.preRegistered.clientId = parser.value(clientId);
        settings.preRegistered.clientSecret = parser.isSet(clientSecret)
                                                  ? parser.value(clientSecret)
                                                  : qEnvironmentVariable("MCPSCOPE_CLIENT_SECRET");
        settings.clientMetadataUrl = parser.value(clientMetadataUrl);
        settings.scope = parser.value(scope);
        settings.redirectUri = parser.value(redirectUri);
        if (parser.isSet(clientKey)) {
            QFile key(parser.value(clientKey));
            if (!key.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Usage, QStringLiteral("cannot read --client-key %1: %2")
                                                       .arg(key.fileName(), key.errorString()));
            settings.preRegistered.privateKeyPem = key.readAll();
        }
        settings.clientName = QStringLiteral("McpScope CLI");
        return std::optional<OAuthFlow::Settings>(settings);
    }

    // Opens the session the options name; target is the URL argument, if any.
    int open(QCommandLineParser &parser, Session &session, const QString &url) const
    {
        // BEGIN catalog open (--server NAME resolves the target)
        if (parser.isSet(server) && !fromCatalog) {
            if (!url.isEmpty() || parser.isSet(stdio))
                return usage(parser, QStringLiteral("--server names the server: no URL nor --stdio "
                                                    "with it"));
            ServerCatalog catalog;
            if (auto loaded =
                    catalog.load(parser.isSet(catalogFile) ? parser.value(catalogFile)
                                                           : ServerCatalog::defaultPath());
                !loaded) {
                complain(loaded.error().message);
                return CatalogError;
            }
            CatalogKeychain keychain;
            auto resolved = keychain.resolveAndWait(catalog, parser.value(server));
            if (!resolved) {
                complain(resolved.error().message);
                return resolved.error().code == ErrorCode::CatalogNoServer ? Usage : CatalogError;
            }
            fromCatalog = *resolved;
            // The catalog's target stands in for the URL argument (see catalog apply).
            return open(parser, session, QStringLiteral("catalog:") + fromCatalog->name);
        }
        // END catalog open

        const QString kind = parser.value(transport);
        if (kind != u"auto" && kind != u"http" && kind != u"sse")
            return usage(parser, QStringLiteral("--transport takes auto, http or sse"));
        if (parser.isSet(stdio) == !url.isEmpty())
            return usage(parser,
                         QStringLiteral("name the server by URL or by --stdio COMMAND, not both"));
        SessionOptions options;
        options.transport = kind == u"http"  ? McpClient::Transport::StreamableHttp
                            : kind == u"sse" ? McpClient::Transport::Sse
                                             : McpClient::Transport::Auto;
        options.stdio = parser.isSet(stdio);
        options.target = options.stdio ? parser.value(stdio) : url;
        options.storePath = parser.value(store);
        bool ok = false;
        options.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || options.timeoutSeconds <= 0)
            return usage(parser, QStringLiteral("--timeout takes a positive number of seconds"));
        const double maxBodyMib = parser.value(maxBody).toDouble(&ok);
        if (!ok || maxBodyMib <= 0 || maxBodyMib > 4096)
            return usage(parser,
                         QStringLiteral("--max-body takes a size in MiB between 0 and 4096"));
        options.maxBodyBytes = qint64(maxBodyMib * 1024 * 1024);
        options.retries = parser.value(retry).toInt(&ok);
        if (!ok || options.retries < 0)
            return usage(parser, QStringLiteral("--retry takes a number of retries (0 or more)"));
        for (const QString &line : parser.values(header)) {
            const auto parsed = parseHeaderLine(line);
            if (!parsed)
                return usage(parser, parsed.error().message);
            options.headers << *parsed;
        }
        for (const QString &pair : parser.values(env)) {
            if (pair.indexOf(QLatin1Char('=')) <= 0)
                return usage(parser,
                             QStringLiteral("--env takes NAME=value, not \"%1\"").arg(pair));
            options.environment << pair;
        }
        const auto oauthOptions = oauthSettings(parser);
        if (!oauthOptions)
            return usage(parser, oauthOptions.error().message);
        options.oauth = *oauthOptions;
        // BEGIN era open
        const auto eraChoice = protocolEraFromName(parser.value(era));
        if (!eraChoice)
            return usage(parser, QStringLiteral("--era takes auto, legacy or modern"));
        options.era = *eraChoice;
        // END era open

        // BEGIN catalog apply (the --server entry in place of URL or --stdio)
        if (fromCatalog) {
            const CatalogServer &entry = *fromCatalog;
            options.stdio = entry.kind == CatalogServer::Kind::Stdio;
            options.target = options.stdio ? catalogCommandLine(entry) : entry.url;
            if (!parser.isSet(transport) && entry.kind == CatalogServer::Kind::Sse)
                options.transport = McpClient::Transport::Sse;
            // What the command line gives wins over the catalog's.
            for (auto it = entry.headers.begin(); it != entry.headers.end(); ++it) {
                const QByteArray name = it.key().toUtf8();
                const bool given =
                    std::any_of(options.headers.begin(), options.headers.end(), [&](const auto &h) {
                        return h.first.compare(name, Qt::CaseInsensitive) == 0;
                    });
                if (!options.stdio && !given)
                    options.headers.append({name, it.value().toUtf8()});
            }
            for (auto it = entry.env.begin(); it != entry.env.end(); ++it) {
                const QString prefix = it.key() + QLatin1Char('=');
                const bool given =
                    std::any_of(options.environment.begin(), options.environment.end(),
                                [&](const QString &pair) { return pair.startsWith(prefix); });
                if (options.stdio && !given)
                    options.environment << prefix + it.value();
            }
        }
        // END catalog apply

        const bool explicitOAuth = options.oauth.has_value();
        if (!options.oauth)
            options.oauth = defaultOAuth;
        if (options.oauth && (explicitOAuth || vaultWithDefault) && !parser.isSet(noVault))
            options.vaultPath =
                parser.isSet(vault) ? parser.value(vault) : TokenVault::defaultPath();
        return session.open(options);
    }
};

// Arguments for a tool from its input schema: defaults where given, else a
// plain value of the declared type, for every required property.
QJsonObject sampleArguments(const QJsonObject &schema)
{
    QJsonObject args;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (const QJsonValue &name : required) {
        const QJsonObject property = properties.value(name.toString()).toObject();
        if (property.contains(QStringLiteral("default"))) {
            args.insert(name.toString(), property.value(QStringLiteral("default")));
            continue;
        }
        if (const QJsonArray options = property.value(QStringLiteral("enum")).toArray();
            !options.isEmpty()) {
            args.insert(name.toString(), options.first());
            continue;
        }
        const QString type = property.value(QStringLiteral("type")).toString();
        if (type == u"number" || type == u"integer")
            args.insert(name.toString(), args.size() + 2);
        else if (type == u"boolean")
            args.insert(name.toString(), true);
        else if (type == u"array")
            args.insert(name.toString(), QJsonArray{});
        else if (type == u"object")
            args.insert(name.toString(), sampleArguments(property));
        else
            args.insert(name.toString(), QStringLiteral("mcpscope"));
    }
    return args;
}

} // namespace

// Schemas (issue 16), json-schema-2020-12-preservation: the scenario's focal
// tool's inputSchema goes back, exactly as the server sent it (from the bytes
// of tools/list, not through QJsonObject), as the schema argument of its
// echo tool; the echo then leaves tools, so the generic calls do not send it
// again with sample arguments. Other scenarios: nothing.
int conformanceSchemaHook(Session &session, QJsonArray &tools)
{
    const QString echo = QStringLiteral("json_schema_echo");
    if (qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO") != u"json-schema-2020-12-preservation")
        return Ok;
    McpRequest *list = session.listAll(QStringLiteral("tools/list"));
    list->deleteLater();
    if (!list->succeeded())
        return session.exitCodeFor(list);
    auto nameOf = [](const QByteArray &tool) {
        return QJsonDocument::fromJson('[' + jsonMember(tool, u"name").value_or("null") + ']')
            .array()
            .at(0)
            .toString();
    };
    QByteArray schema;
    for (const QByteArray &tool : jsonElements(list->rawResult()).value_or(QList<QByteArray>()))
        if (schema.isEmpty() && nameOf(tool) != echo)
            schema = jsonMember(tool, u"inputSchema").value_or(QByteArray());
    if (schema.isEmpty()) {
        complain(QStringLiteral("json-schema-2020-12-preservation: no tool schema to echo"));
        return McpError;
    }
    McpRequest *call = session.wait(session.client()->requestText(
        QStringLiteral("tools/call"),
        jsonObjectText(
            {{QStringLiteral("name"), jsonStringLiteral(echo)},
             {QStringLiteral("arguments"), jsonObjectText({{QStringLiteral("schema"), schema}})}}),
        false));
    call->deleteLater();
    complain(QStringLiteral("tools/call %1: %2")
                 .arg(echo, call->succeeded() ? QStringLiteral("ok") : call->error().message));
    for (qsizetype i = tools.size() - 1; i >= 0; --i)
        if (tools.at(i).toObject().value(QStringLiteral("name")).toString() == echo)
            tools.removeAt(i);
    return call->succeeded() ? Ok : session.exitCodeFor(call);
}

int runConnect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Initialize an MCP session and print what the server said."));
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("Streamable HTTP endpoint"));
    Common common;
    parser.addOptions(common.all());
    if (auto done = parseVerb(parser, QStringLiteral("connect"), args))
        return *done;
    if (parser.positionalArguments().size() > 1)
        return usage(parser, QStringLiteral("connect takes one URL (or --stdio)"));
    Session session;
    if (int code = common.open(parser, session, parser.positionalArguments().value(0)); code != Ok)
        return code;
    QJsonObject out = session.client()->initializeResult();
    out.insert(QStringLiteral("sessionId"), session.client()->sessionId());
    out.insert(QStringLiteral("transport"), session.client()->transportName());
    out.insert(QStringLiteral("era"), protocolEraName(session.client()->era()));
    printJson(out);
    session.close();
    return Ok;
}

namespace {

// "<verb> list TARGET" and "<verb> <action> TARGET ARG [--args JSON]": the
// shape shared by tools, resources and prompts.
struct FeatureVerb
{
    QString verb;    // "tools"
    QString action;  // "call"
    QString argName; // "NAME"
    QString description;
    QString actionMethod; // "tools/call"
    bool takesArguments;  // --args JSON
    std::function<QJsonObject(const QString &arg, const QJsonObject &arguments)> params;
};

// Usage when arguments break the tool's inputSchema (each problem printed),
// McpError when the server has no such tool.
int validateToolArguments(Session &session, const QString &name, const QJsonObject &arguments)
{
    const auto tools = session.listTools();
    if (!tools) {
        complain(tools.error().message);
        return McpError;
    }
    for (const QJsonValue &tool : *tools) {
        if (tool.toObject().value(QStringLiteral("name")).toString() != name)
            continue;
        const auto violations =
            JsonSchemaValidator(tool.toObject().value(QStringLiteral("inputSchema")))
                .validate(arguments);
        for (const SchemaViolation &v : violations)
            complain(QStringLiteral("--args %1: %2")
                         .arg(v.instancePath.isEmpty() ? QStringLiteral("(root)") : v.instancePath,
                              v.message));
        if (violations.isEmpty())
            return Ok;
        complain(
            QStringLiteral(
                "the arguments do not match the inputSchema of %1; nothing was sent (--no-validate "
                "sends them anyway)")
                .arg(name));
        return Usage;
    }
    complain(QStringLiteral("the server has no tool named \"%1\"").arg(name));
    return McpError;
}

int runFeature(const FeatureVerb &feature, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(feature.description);
    parser.addPositionalArgument(QStringLiteral("list|") + feature.action,
                                 QStringLiteral("What to do"));
    parser.addPositionalArgument(QStringLiteral("[URL]"),
                                 QStringLiteral("Server endpoint (or --stdio)"));
    parser.addPositionalArgument(QLatin1Char('[') + feature.argName + QLatin1Char(']'),
                                 QStringLiteral("What to use"));
    Common common;
    const QCommandLineOption jsonArgs(QStringLiteral("args"),
                                      QStringLiteral("Arguments as a JSON object."),
                                      QStringLiteral("JSON"), QStringLiteral("{}"));
    const QCommandLineOption noValidate(
        QStringLiteral("no-validate"),
        QStringLiteral("Send the arguments even if they do not match the tool's "
                       "inputSchema (to test how the server copes)."));
    QList<QCommandLineOption> options = common.all();
    if (feature.takesArguments)
        options << jsonArgs;
    if (feature.verb == u"tools")
        options << noValidate;
    parser.addOptions(options);
    if (auto done = parseVerb(parser, feature.verb, args))
        return *done;
    // With --stdio (or --server) there is no URL argument.
    QStringList positional = parser.positionalArguments();
    if ((parser.isSet(common.stdio) || parser.isSet(common.server)) && !positional.isEmpty())
        positional.insert(1, QString());
    const bool list = positional.value(0) == u"list" && positional.size() == 2;
    const bool act = positional.value(0) == feature.action && positional.size() == 3;
    if (!list && !act)
        return usage(parser, QStringLiteral(
                                 "use: %1 list URL | %1 %2 URL %3 (or --stdio CMD instead of URL)")
                                 .arg(feature.verb, feature.action, feature.argName));
    QJsonParseError jsonError;
    const QJsonDocument arguments =
        feature.takesArguments
            ? QJsonDocument::fromJson(parser.value(jsonArgs).toUtf8(), &jsonError)
            : QJsonDocument(QJsonObject());
    if (act && feature.takesArguments && !arguments.isObject())
        return usage(parser,
                     jsonError.error != QJsonParseError::NoError
                         ? QStringLiteral("--args must be a JSON object: %1 at character %2")
                               .arg(jsonError.errorString())
                               .arg(jsonError.offset)
                         : QStringLiteral("--args must be a JSON object, not an array"));
    Session session;
    if (int code = common.open(parser, session, positional.at(1)); code != Ok)
        return code;
    int code = Ok;
    if (list) {
        McpRequest *request = session.listAll(feature.verb + QStringLiteral("/list"));
        code = session.exitCodeFor(request);
        if (request->succeeded())
            printJson(request->result());
    } else {
        if (feature.verb == u"tools" && !parser.isSet(noValidate)) {
            // Checked against the tool's inputSchema before anything is sent.
            if (const int checked =
                    validateToolArguments(session, positional.at(2), arguments.object());
                checked != Ok) {
                session.close();
                return checked;
            }
        }
        McpRequest *request = session.call([&] {
            return session.client()->request(feature.actionMethod,
                                             feature.params(positional.at(2), arguments.object()));
        });
        code = session.exitCodeFor(request);
        if (request->succeeded()) {
            printJson(request->result());
            if (request->result().toObject().value(QStringLiteral("isError")).toBool())
                code = McpError;
        }
    }
    session.close();
    return code;
}

QJsonObject namedWithArguments(const QString &name, const QJsonObject &arguments)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}};
}

} // namespace

int runTools(const QStringList &args)
{
    return runFeature({QStringLiteral("tools"), QStringLiteral("call"), QStringLiteral("NAME"),
                       QStringLiteral("List a server's tools, or call one."),
                       QStringLiteral("tools/call"), true, namedWithArguments},
                      args);
}

int runResources(const QStringList &args)
{
    return runFeature({QStringLiteral("resources"), QStringLiteral("read"), QStringLiteral("URI"),
                       QStringLiteral("List a server's resources, or read one."),
                       QStringLiteral("resources/read"), false,
                       [](const QString &uri, const QJsonObject &) {
                           return QJsonObject{{QStringLiteral("uri"), uri}};
                       }},
                      args);
}

int runPrompts(const QStringList &args)
{
    return runFeature({QStringLiteral("prompts"), QStringLiteral("get"), QStringLiteral("NAME"),
                       QStringLiteral("List a server's prompts, or get one."),
                       QStringLiteral("prompts/get"), true, namedWithArguments},
                      args);
}

int runAuthLogin(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sign in to an OAuth-protected MCP server: initialize, answer its 401 with the flow, keep "
        "the tokens in the "
        "vault (secrets in the OS keychain) and print what was stored (no secrets). --oauth "
        "headless fetches the "
        "authorization URL without a browser, for servers that approve at once (CI)."));
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("The MCP server"));
    Common common;
    parser.addOptions(common.all());
    if (auto done = parseVerb(parser, QStringLiteral("auth login"), args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QStringLiteral("auth login takes the server URL"));
    if (!parser.isSet(common.oauth)) {
        OAuthFlow::Settings browser;
        browser.clientName = QStringLiteral("McpScope CLI");
        common.defaultOAuth = browser;
    }
    common.vaultWithDefault = true;
    Session session;
    if (int code = common.open(parser, session, parser.positionalArguments().first()); code != Ok)
        return code;
    McpAuthorizer *authorizer = session.authorizer();
    const qint64 id = authorizer ? authorizer->credentialId() : 0;
    const auto credential = id ? session.vault()->credential(id) : std::nullopt;
    if (!credential) {
        complain(
            QStringLiteral("connected, but the server asked for no authorization: nothing stored"));
        session.close();
        return Ok;
    }
    printJson(QJsonObject{
        {QStringLiteral("id"), double(credential->id)},
        {QStringLiteral("resource"), credential->resource},
        {QStringLiteral("issuer"), credential->issuer},
        {QStringLiteral("client_id"), credential->clientId},
        {QStringLiteral("scope"), credential->scope},
        {QStringLiteral("expires_at"),
         credential->expiresAtMs
             ? QDateTime::fromMSecsSinceEpoch(credential->expiresAtMs).toString(Qt::ISODate)
             : QString()},
        {QStringLiteral("refresh_token"), credential->hasRefreshToken},
        {QStringLiteral("keychain"), session.vault()->keychainAvailable()}});
    session.close();
    return Ok;
}

namespace {

// Era scenarios of the conformance suite (issue 16) that need more than the
// default run: http-custom-headers calls the tools with the arguments its
// context gives (the values whose header encoding it checks);
// http-standard-headers reads every resource and gets every prompt too, so
// Mcp-Name is exercised on each. Nothing (nullopt) for other scenarios.
std::optional<int> runEraConformance(QCommandLineParser &parser, const Common &common,
                                     const OAuthFlow::Settings &oauth, const QJsonObject &context)
{
    const QString scenario = qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO");
    if (scenario != u"http-custom-headers" && scenario != u"http-standard-headers")
        return std::nullopt;
    Common options = common;
    options.defaultOAuth = oauth;
    Session session;
    if (int code = options.open(parser, session, parser.positionalArguments().first()); code != Ok)
        return code;
    int code = Ok;
    const auto run = [&](const QString &method, const QJsonObject &params) {
        McpRequest *request = session.wait(session.client()->request(method, params));
        request->deleteLater();
        complain(QStringLiteral("%1 %2: %3")
                     .arg(method,
                          params.value(QStringLiteral("name"))
                              .toString(params.value(QStringLiteral("uri")).toString()),
                          request->succeeded() ? QStringLiteral("ok") : request->error().message));
        if (!request->succeeded() && !request->rpcErrorCode())
            code = NetworkError;
    };
    const auto tools = session.listTools();
    if (!tools) {
        complain(tools.error().message);
        session.close();
        return McpError;
    }
    if (scenario == u"http-custom-headers") {
        for (const QJsonValue &call : context.value(QStringLiteral("toolCalls")).toArray())
            run(QStringLiteral("tools/call"),
                {{QStringLiteral("name"), call.toObject().value(QStringLiteral("name"))},
                 {QStringLiteral("arguments"),
                  call.toObject().value(QStringLiteral("arguments"))}});
    } else {
        for (const QJsonValue &tool : *tools)
            run(QStringLiteral("tools/call"),
                {{QStringLiteral("name"), tool.toObject().value(QStringLiteral("name"))},
                 {QStringLiteral("arguments"),
                  sampleArguments(
                      tool.toObject().value(QStringLiteral("inputSchema")).toObject())}});
        McpRequest *resources = session.listAll(QStringLiteral("resources/list"));
        resources->deleteLater();
        for (const QJsonValue &resource : resources->result().toArray())
            run(QStringLiteral("resources/read"),
                {{QStringLiteral("uri"), resource.toObject().value(QStringLiteral("uri"))}});
        McpRequest *prompts = session.listAll(QStringLiteral("prompts/list"));
        prompts->deleteLater();
        for (const QJsonValue &prompt : prompts->result().toArray())
            run(QStringLiteral("prompts/get"),
                {{QStringLiteral("name"), prompt.toObject().value(QStringLiteral("name"))},
                 {QStringLiteral("arguments"), QJsonObject{}}});
    }
    session.close();
    return code;
}

// The auth scenarios of the 0.2 suite: workload identity presents the
// suite's valid workload JWT; enterprise-managed authorization trades the
// suite's IdP ID token at its IdP. (DPoP needs nothing: the scenarios'
// DPoP challenge asks for it.)
void authConformanceSettings(OAuthFlow::Settings &oauth, const QJsonObject &context)
{
    const QString scenario = qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO");
    const auto text = [&context](const char *name) {
        return context.value(QLatin1String(name)).toString();
    };
    if (scenario.startsWith(QLatin1String("auth/wif-"))) {
        oauth.mode = OAuthFlow::Mode::WorkloadIdentity;
        oauth.assertion = text("valid_jwt");
    } else if (scenario.startsWith(QLatin1String("auth/enterprise-managed-authorization"))) {
        oauth.mode = OAuthFlow::Mode::EnterpriseManaged;
        oauth.idp.tokenEndpoint = QUrl(text("idp_token_endpoint"));
        oauth.idp.client.clientId = text("idp_client_id");
        oauth.idp.idToken = text("idp_id_token");
    }
}
} // namespace

int runConformance(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Client side of the MCP conformance suite: initialize, list the tools, call "
                       "each with arguments "
                       "drawn from its schema, answer server requests with the documented defaults "
                       "(elicitation: accept "
                       "with schema defaults; roots: none; sampling: declined), resume dropped "
                       "streams, then close. "
                       "MCP_CONFORMANCE_SCENARIO names the scenario (for the log only)."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QStringLiteral("Server URL given by the suite"));
    Common common;
    parser.addOptions(common.all());
    if (auto done = parseVerb(parser, QStringLiteral("conformance"), args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, QStringLiteral("conformance takes the server URL"));
    std::fprintf(
        stderr, "mcpscope-cli: conformance scenario %s\n",
        qPrintable(qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO", QStringLiteral("(unnamed)"))));
    // Auth scenarios: a headless flow; the suite's mock approves at once. Its
    // context may carry pre-registered credentials; CIMD uses the suite's
    // client metadata URL.
    OAuthFlow::Settings oauth;
    oauth.mode = OAuthFlow::Mode::Headless;
    oauth.clientMetadataUrl = QStringLiteral("https://conformance-test.local/client-metadata.json");
    oauth.clientName = QStringLiteral("McpScope conformance client");
    const QJsonObject context =
        QJsonDocument::fromJson(qEnvironmentVariable("MCP_CONFORMANCE_CONTEXT").toUtf8()).object();
    oauth.preRegistered.clientId = context.value(QStringLiteral("client_id")).toString();
    oauth.preRegistered.clientSecret = context.value(QStringLiteral("client_secret")).toString();
    if (qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO")
            .startsWith(QLatin1String("auth/client-credentials")))
        oauth.mode = OAuthFlow::Mode::ClientCredentials;
    oauth.preRegistered.privateKeyPem =
        context.value(QStringLiteral("private_key_pem")).toString().toUtf8();
    // BEGIN conformance auth hooks (issue 16: scenario-specific settings)
    authConformanceSettings(oauth, context);
    // END conformance auth hooks

    // BEGIN conformance era hooks
    if (const auto code = runEraConformance(parser, common, oauth, context))
        return *code;
    // END conformance era hooks

    common.defaultOAuth = oauth;
    Session session;
    if (int code = common.open(parser, session, parser.positionalArguments().first()); code != Ok)
        return code;
    int code = Ok;
    auto tools = session.listTools();
    if (!tools) {
        complain(tools.error().message);
        code = McpError;
    } else {
        // BEGIN conformance schema hooks (issue 16: json-schema-2020-12-preservation)
        if (const int schemaCode = conformanceSchemaHook(session, *tools); schemaCode != Ok)
            code = schemaCode;
        // END conformance schema hooks

        for (const QJsonValue &tool : *tools) {
            const QJsonObject t = tool.toObject();
            McpRequest *request = session.wait(session.client()->request(
                QStringLiteral("tools/call"),
                {{QStringLiteral("name"), t.value(QStringLiteral("name"))},
                 {QStringLiteral("arguments"),
                  sampleArguments(t.value(QStringLiteral("inputSchema")).toObject())}}));
            request->deleteLater();
            complain(
                QStringLiteral("tools/call %1: %2")
                    .arg(t.value(QStringLiteral("name")).toString(),
                         request->succeeded() ? QStringLiteral("ok") : request->error().message));
            if (!request->succeeded() && !request->rpcErrorCode())
                code = NetworkError;
        }
    }
    session.close();
    return code;
}

} // namespace mcpscope::cli
