#include "diagnostics/connection_doctor.h"

#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "mcp/mcp_client.h"
#include "net/exchange_sink.h"
#include "net/http_client.h"
#include "net/tls_info.h"
#include "net/www_authenticate.h"
#include "oauth/oauth_checks.h"
#include "oauth/oauth_metadata.h"
#include "session/mcp_authorizer.h"
#include "session/mcp_session.h"
#include "vault/token_vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace mcpscope {

namespace {

QString trd(const char *text)
{
    return QCoreApplication::translate("mcpscope::ConnectionDoctor", text);
}

QString checkTitle(const QString &id)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("dns"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Host name resolves")},
        {QStringLiteral("tcp"), QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "TCP connection")},
        {QStringLiteral("tls"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "TLS handshake and certificate")},
        {QStringLiteral("http.reach"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "HTTP answer")},
        {QStringLiteral("cors.preflight"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "CORS preflight")},
        {QStringLiteral("cors.expose"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "CORS on the real answer")},
        {QStringLiteral("mcp.initialize.streamable"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "initialize over Streamable HTTP")},
        {QStringLiteral("mcp.initialize.sse"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "initialize over HTTP+SSE (2024-11-05)")},
        {QStringLiteral("mcp.initialize.stdio"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "initialize over stdio")},
        {QStringLiteral("mcp.version"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Protocol version")},
        {QStringLiteral("mcp.capabilities"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Server capabilities")},
        {QStringLiteral("auth.challenge"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "401 challenge")},
        {QStringLiteral("auth.resource_metadata"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Protected resource metadata")},
        {QStringLiteral("auth.as_metadata"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Authorization server metadata")},
        {QStringLiteral("auth.registration"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Client registration and authentication")},
        {QStringLiteral("auth.pkce"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "PKCE with S256")},
        {QStringLiteral("auth.sign_in"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Sign-in")},
        {QStringLiteral("ops.tools"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "List tools")},
        {QStringLiteral("ops.resources"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "List resources")},
        {QStringLiteral("ops.prompts"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "List prompts")},
        {QStringLiteral("ops.ping"), QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Ping")},
        {QStringLiteral("perf.burst"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Burst of pings (p50/p95)")},
        {QStringLiteral("intermittency.repeat"),
         QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Repeated requests")},
    };
    const char *text = titles.value(id);
    return text ? trd(text) : id;
}

// Records into the store under one capture session, whatever session the
// parts (McpSession, HttpClient) ask for: every part of a doctor run ends up
// in "Connection Doctor". The store's own observers still see the raw record.
class DoctorSink final : public ExchangeSink
{
public:
    DoctorSink(CaptureStore *store, qint64 sessionId) : m_store(store), m_sessionId(sessionId) {}
    bool isOpen() const override { return m_store->isOpen(); }
    qint64 reserveExchangeId() override { return m_store->reserveExchangeId(); }
    qint64 reserveMessageId() override { return m_store->reserveMessageId(); }
    qint64 createSession(const QString &, const QString &, const QString &, qint64) override
    {
        return m_sessionId;
    }
    void endSession(qint64, qint64) override {}
    void record(const Exchange &exchange) override { m_store->submit(exchange); }
    void recordMessage(const MessageRecord &message) override { m_store->submit(message); }

private:
    CaptureStore *m_store;
    qint64 m_sessionId;
};

QStringList headerList(const HeaderList &headers, QByteArrayView name)
{
    QStringList out;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            for (const QByteArray &part : value.split(','))
                if (const QString item = QString::fromLatin1(part.trimmed()); !item.isEmpty())
                    out << item;
    return out;
}

bool allowsOrigin(const HeaderList &headers, const QString &origin)
{
    const QString allowed =
        QString::fromLatin1(headerValue(headers, "access-control-allow-origin")).trimmed();
    return allowed == u"*" || allowed == origin;
}

bool listed(const QStringList &list, const QString &name, bool wildcardCovers)
{
    for (const QString &item : list)
        if (item.compare(name, Qt::CaseInsensitive) == 0 || (wildcardCovers && item == u"*"))
            return true;
    return false;
}

QString shortText(const QString &text, int max = 300)
{
    QString flat = text.simplified();
    return flat.size() > max ? flat.left(max) + QChar(0x2026) : flat;
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
}

// The argument that, after the given ones, makes kind's finding say
// message: a failed exchange's errorMessage is the whole message (summary,
// cause, fix) of the finding the HTTP client raised, whose last argument is
// what the network or TLS library said.
std::optional<QString> lastArgument(const QString &message, const char *kind, QStringList arguments)
{
    const QString marker(QChar(0x1));
    arguments << marker;
    const QString shape = makeFinding(kind, arguments).message();
    const qsizetype at = shape.indexOf(marker);
    const QString prefix = shape.left(at);
    const QString suffix = shape.mid(at + 1);
    if (at < 0 || message.size() < prefix.size() + suffix.size() || !message.startsWith(prefix) ||
        !message.endsWith(suffix))
        return std::nullopt;
    return message.mid(prefix.size(), message.size() - prefix.size() - suffix.size());
}

// The finding a failed exchange (no HTTP answer) is.
Finding exchangeFailure(const Exchange &e, const QUrl &url)
{
    // The client's own finding, when its message says which: not its whole
    // message quoted inside another finding's.
    if (e.errorCode == ErrorCode::NetTls) {
        for (const char *kind : {"tls.untrusted", "tls.expired", "tls.hostname", "tls.handshake"})
            if (const auto said = lastArgument(e.errorMessage, kind, {url.host()}))
                return makeFinding(kind, {url.host(), *said}, {e.id});
    } else if (e.errorCode == ErrorCode::NetOther) {
        if (const auto said = lastArgument(e.errorMessage, "net.other", {}))
            return makeFinding("net.other", {*said}, {e.id});
    }
    switch (e.errorCode) {
    case ErrorCode::NetDns:
        return makeFinding("net.dns", {url.host()}, {e.id});
    case ErrorCode::NetConnect:
        return makeFinding(
            "net.refused",
            {url.host(), QString::number(url.port(url.scheme() == u"https" ? 443 : 80))}, {e.id});
    case ErrorCode::NetTimeout:
        return makeFinding("net.timeout", {QString::number(e.totalMs / 1000.0, 'f', 0)}, {e.id});
    case ErrorCode::NetClosed:
        return makeFinding("net.closed", {}, {e.id});
    case ErrorCode::NetTls:
        return makeFinding("tls.handshake", {url.host(), e.errorMessage}, {e.id});
    default:
        return makeFinding("net.other", {e.errorMessage}, {e.id});
    }
}

QString sslProtocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    default:
        return QStringLiteral("TLS < 1.2");
    }
}

} // namespace

// ---------------------------------------------------------------- stages

QString stageId(DoctorStage stage)
{
    static const char *ids[] = {"connectivity",   "http",       "cors",        "mcp",
                                "authentication", "operations", "performance", "intermittency"};
    return QString::fromLatin1(ids[int(stage)]);
}

QString stageTitle(DoctorStage stage)
{
    static const char *titles[] = {
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Connectivity"),
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "HTTP"),
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "CORS"),
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "MCP"),
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Authentication"),
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Basic operations"),
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Performance"),
        QT_TRANSLATE_NOOP("mcpscope::ConnectionDoctor", "Intermittency"),
    };
    return trd(titles[int(stage)]);
}

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("skip");
}

Finding DoctorCheck::finding() const
{
    if (findingKind.isEmpty())
        return {};
    Finding f;
    f.kind = findingKind;
    f.arguments = findingArguments;
    f.exchangeIds = exchangeIds;
    return f;
}

int doctorExitCode(const DoctorReport &report)
{
    return report.failedStage ? 10 + int(*report.failedStage) : 0;
}

QJsonObject toJson(const DoctorReport &report)
{
    QJsonArray checks;
    for (const DoctorCheck &check : report.checks) {
        QJsonObject o{{QStringLiteral("stage"), stageId(check.stage)},
                      {QStringLiteral("id"), check.id},
                      {QStringLiteral("title"), check.title},
                      {QStringLiteral("status"), checkStatusId(check.status)},
                      {QStringLiteral("ms"),
                       check.ms < 0 ? QJsonValue() : QJsonValue(std::round(check.ms * 10) / 10)},
                      {QStringLiteral("detail"), check.detail}};
        const Finding f = check.finding();
        if (f.kind.isEmpty()) {
            o.insert(QStringLiteral("finding"), QJsonValue::Null);
        } else {
            QJsonArray ids;
            for (qint64 id : f.exchangeIds)
                ids.append(id);
            o.insert(QStringLiteral("finding"),
                     QJsonObject{{QStringLiteral("kind"), f.kind},
                                 {QStringLiteral("severity"), severityId(f.severity())},
                                 {QStringLiteral("title"), f.title()},
                                 {QStringLiteral("summary"), f.summary()},
                                 {QStringLiteral("cause"), f.cause()},
                                 {QStringLiteral("fix"), f.fix()},
                                 {QStringLiteral("exchangeIds"), ids}});
        }
        checks.append(o);
    }
    return {{QStringLiteral("checks"), checks},
            {QStringLiteral("failedStage"),
             report.failedStage ? QJsonValue(stageId(*report.failedStage)) : QJsonValue()},
            {QStringLiteral("exitCode"), doctorExitCode(report)},
            {QStringLiteral("verdict"), report.verdict},
            {QStringLiteral("totalMs"), std::round(report.totalMs * 10) / 10},
            {QStringLiteral("sessionId"), report.sessionId}};
}

// ---------------------------------------------------------------- pure checks

namespace DoctorChecks {

const QStringList &corsRequestHeaders()
{
    static const QStringList headers = {
        QStringLiteral("authorization"), QStringLiteral("content-type"),
        QStringLiteral("mcp-session-id"), QStringLiteral("mcp-protocol-version"),
        QStringLiteral("last-event-id")};
    return headers;
}

std::optional<Finding> corsPreflight(const QString &url, int status, const HeaderList &headers,
                                     const QString &origin)
{
    if (status < 200 || status > 299 || !allowsOrigin(headers, origin))
        return makeFinding(
            "doctor.cors.preflight",
            {url, origin, QString::number(status),
             QString::fromLatin1(headerValue(headers, "access-control-allow-origin"))});
    const QStringList methods = headerList(headers, "access-control-allow-methods");
    const QStringList allowedHeaders = headerList(headers, "access-control-allow-headers");
    QStringList missing;
    // No Allow-Methods: the browser allows the CORS-safelisted ones, POST among them.
    if (!methods.isEmpty() && !listed(methods, QStringLiteral("POST"), true))
        missing << QStringLiteral("POST");
    for (const QString &name : corsRequestHeaders())
        // The wildcard never covers Authorization (Fetch standard).
        if (!listed(allowedHeaders, name, name != u"authorization"))
            missing << name;
    if (missing.isEmpty())
        return std::nullopt;
    return makeFinding("doctor.cors.headers",
                       {url, missing.join(QStringLiteral(", ")), methods.join(QStringLiteral(", ")),
                        allowedHeaders.join(QStringLiteral(", "))});
}

std::optional<Finding> corsExpose(const QString &url, int status, const HeaderList &headers,
                                  const QString &origin)
{
    QStringList problems;
    if (!allowsOrigin(headers, origin))
        problems << trd("the answer (HTTP %1) has no Access-Control-Allow-Origin for this origin")
                        .arg(status);
    const QStringList exposed = headerList(headers, "access-control-expose-headers");
    if (!headerValue(headers, "mcp-session-id").isEmpty() &&
        !listed(exposed, QStringLiteral("mcp-session-id"), true))
        problems << trd(
            "Mcp-Session-Id is sent but not exposed, so the client cannot continue the session");
    if (status == 401 && !listed(exposed, QStringLiteral("www-authenticate"), true))
        problems << trd(
            "WWW-Authenticate is not exposed, so the client cannot find where to sign in");
    if (problems.isEmpty())
        return std::nullopt;
    return makeFinding("doctor.cors.expose",
                       {url, origin, problems.join(QStringLiteral("; ")) + QLatin1Char('.')});
}

std::optional<Finding> authChallenge(const QString &url, int status, const HeaderList &headers)
{
    if (status != 401)
        return std::nullopt;
    if (bearerChallenge(headers))
        return std::nullopt;
    return makeFinding("doctor.auth.no_challenge",
                       {url, QString::number(status),
                        QString::fromLatin1(headerValue(headers, "www-authenticate"))});
}

Finding noResourceMetadata(const QString &url, const QStringList &tried)
{
    return makeFinding("doctor.auth.no_resource_metadata", {url, tried.join(QStringLiteral(", "))});
}

Finding noTransport(const QString &target, const QStringList &failures)
{
    return makeFinding("doctor.mcp.no_transport", {target, failures.join(QStringLiteral("; "))});
}

Finding operationFailed(const QString &method, const QString &error)
{
    return makeFinding("doctor.ops.failed", {method, shortText(error)});
}

std::optional<Finding> initialize(const QString &transport, const QString &wanted, bool connected,
                                  bool authorizationRequired, const QString &target,
                                  const QStringList &failures)
{
    if (connected || authorizationRequired)
        return std::nullopt;
    if (transport == u"streamable" && wanted == u"auto")
        return makeFinding("doctor.mcp.streamable_unavailable",
                           {target, failures.isEmpty() ? QString() : failures.last()});
    return noTransport(target, failures);
}

std::optional<Finding> resourceMetadataFound(const QString &url, const QStringList &tried,
                                             bool found)
{
    if (found)
        return std::nullopt;
    return noResourceMetadata(url, tried);
}

std::optional<Finding> operation(const QString &method, bool succeeded, const QString &error)
{
    if (succeeded)
        return std::nullopt;
    return operationFailed(method, error);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

std::optional<Finding> burst(const QList<double> &latenciesMs, int failures,
                             const QString &firstError, double limitMs)
{
    const int total = int(latenciesMs.size()) + failures;
    if (failures > 0)
        return makeFinding(
            "doctor.perf.burst_failed",
            {QString::number(failures), QString::number(total), shortText(firstError)});
    const double p95 = percentile(latenciesMs, 95);
    if (p95 > limitMs)
        return makeFinding("doctor.perf.slow",
                           {QString::number(total), QString::number(p95, 'f', 0),
                            QString::number(percentile(latenciesMs, 50), 'f', 0),
                            QString::number(limitMs, 'f', 0)});
    return std::nullopt;
}

std::optional<Finding> repeated(const QString &method, int failures, int total,
                                const QString &firstError)
{
    // All failing is not intermittent: the operations stage explains that.
    if (failures == 0 || failures >= total)
        return std::nullopt;
    return makeFinding("doctor.intermittent", {QString::number(failures), QString::number(total),
                                               method, shortText(firstError)});
}

std::optional<Finding> plainHttp(const QUrl &url)
{
    if (url.scheme() != u"http" || isLoopback(url.host()))
        return std::nullopt;
    return makeFinding("doctor.tls.plain_http", {url.toString()});
}

std::optional<Finding> expiringSoon(const QString &host, qint64 notAfterMs, qint64 nowMs)
{
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    if (notAfterMs <= nowMs || notAfterMs - nowMs > 14 * kDay)
        return std::nullopt;
    return makeFinding("doctor.tls.expiring",
                       {host,
                        QDateTime::fromMSecsSinceEpoch(notAfterMs, Qt::UTC).toString(Qt::ISODate),
                        QString::number((notAfterMs - nowMs) / kDay)});
}

} // namespace DoctorChecks

// ---------------------------------------------------------------- the run

struct ConnectionDoctor::Run
{
    QElapsedTimer total;
    QElapsedTimer clock; // the current check
    DoctorCheck current;
    std::unique_ptr<DoctorSink> sink;
    FindingsStore findings;
    HttpClient *http = nullptr;
    QTimer *timer = nullptr;
    QList<QHostAddress> addresses;
    QPointer<QObject> inFlight; // the current check's socket or call
    // MCP
    std::unique_ptr<McpSession> session; // connected: what operations use
    std::unique_ptr<McpSession> probe;   // an initialize in progress
    QString transport;                   // "streamable", "sse", "stdio": what initialized
    QStringList transportFailures;
    bool authNeeded = false;
    bool signedIn = false;
    Exchange challenge; // the 401
    std::optional<BearerChallenge> bearer;
    ProtectedResourceMetadata prm;
    AuthServerMetadata as;
    QList<qint64> evidence; // exchanges of the current check
    int warnings = 0;
};

ConnectionDoctor::ConnectionDoctor(CaptureStore *store, TokenVault *vault, QObject *parent)
    : QObject(parent), m_store(store), m_vault(vault)
{
    qRegisterMetaType<mcpscope::DoctorCheck>();
    qRegisterMetaType<mcpscope::DoctorReport>();
}

ConnectionDoctor::~ConnectionDoctor()
{
    ++m_gen;
    const bool ended = !m_running;
    dropRun();
    if (!ended && m_store && m_store->isOpen() && m_report.sessionId)
        m_store->endSession(m_report.sessionId, QDateTime::currentMSecsSinceEpoch());
}

void ConnectionDoctor::dropRun()
{
    if (!m_run)
        return;
    // What records into the run's sink goes before the sink does.
    m_run->probe.reset();
    m_run->session.reset();
    delete m_run->http;
    delete m_run->timer;
    delete m_run->inFlight.data();
    m_run.reset();
}

void ConnectionDoctor::start(const DoctorOptions &options)
{
    if (m_running) {
        ++m_gen;
        m_running = false;
        if (m_store && m_store->isOpen() && m_report.sessionId)
            m_store->endSession(m_report.sessionId, QDateTime::currentMSecsSinceEpoch());
    }
    dropRun();
    m_options = options;
    m_report = {};
    m_run = std::make_unique<Run>();
    m_run->total.start();
    m_running = true;
    if (m_store && m_store->isOpen()) {
        const QString target =
            options.stdioCommand.isEmpty() ? options.url.toString() : options.stdioCommand;
        m_report.sessionId =
            m_store->createSession(QStringLiteral("Connection Doctor"), target,
                                   QStringLiteral("doctor"), QDateTime::currentMSecsSinceEpoch());
        m_run->sink = std::make_unique<DoctorSink>(m_store, m_report.sessionId);
        if (!m_store->path().isEmpty())
            (void)m_run->findings.open(m_store->path());
    }
    m_run->http = new HttpClient(m_run->sink.get(), this);
    m_run->http->setSessionId(m_report.sessionId);
    m_run->timer = new QTimer(this);
    m_run->timer->setSingleShot(true);
    plan();
    m_next = 0;
    const quint64 gen = ++m_gen;
    // Asynchronous always: nothing is emitted inside start().
    QMetaObject::invokeMethod(
        this,
        [this, gen] {
            if (gen == m_gen)
                runNext();
        },
        Qt::QueuedConnection);
}

void ConnectionDoctor::cancel()
{
    if (!m_running)
        return;
    ++m_gen;
    m_run->timer->stop();
    if (m_run->inFlight)
        m_run->inFlight->deleteLater();
    m_run->probe.reset();
    const quint64 gen = m_gen;
    QMetaObject::invokeMethod(
        this,
        [this, gen] {
            if (gen != m_gen || !m_running)
                return;
            if (m_next > 0 && m_next <= m_steps.size() && m_report.checks.size() < m_next)
                --m_next; // the check in flight is reported skipped too
            skipRest(tr("cancelled"));
            finish();
        },
        Qt::QueuedConnection);
}

void ConnectionDoctor::add(DoctorStage stage, const QString &id, std::function<void()> run)
{
    m_steps.append({stage, id, std::move(run)});
}

void ConnectionDoctor::plan()
{
    m_steps.clear();
    using S = DoctorStage;
    const bool stdio = !m_options.stdioCommand.isEmpty();
    if (stdio) {
        const QString why = tr("stdio: no network between McpScope and the server");
        static const std::pair<DoctorStage, const char *> network[] = {
            {S::Connectivity, "dns"}, {S::Connectivity, "tcp"},    {S::Connectivity, "tls"},
            {S::Http, "http.reach"},  {S::Cors, "cors.preflight"}, {S::Cors, "cors.expose"}};
        for (const auto &[stage, id] : network)
            add(stage, QString::fromLatin1(id), [this, why] { complete(CheckStatus::Skip, why); });
        add(S::Mcp, QStringLiteral("mcp.initialize.stdio"),
            [this] { checkInitialize(QStringLiteral("stdio")); });
    } else {
        add(S::Connectivity, QStringLiteral("dns"), [this] { checkDns(); });
        add(S::Connectivity, QStringLiteral("tcp"), [this] { checkTcp(); });
        add(S::Connectivity, QStringLiteral("tls"), [this] { checkTls(); });
        add(S::Http, QStringLiteral("http.reach"), [this] { checkHttpReach(); });
        add(S::Cors, QStringLiteral("cors.preflight"), [this] { checkCorsPreflight(); });
        add(S::Cors, QStringLiteral("cors.expose"), [this] { checkCorsExpose(); });
        add(S::Mcp, QStringLiteral("mcp.initialize.streamable"),
            [this] { checkInitialize(QStringLiteral("streamable")); });
        add(S::Mcp, QStringLiteral("mcp.initialize.sse"),
            [this] { checkInitialize(QStringLiteral("sse")); });
    }
    add(S::Mcp, QStringLiteral("mcp.version"), [this] { checkVersion(); });
    add(S::Mcp, QStringLiteral("mcp.capabilities"), [this] { checkCapabilities(); });
    add(S::Authentication, QStringLiteral("auth.challenge"), [this] { checkChallenge(); });
    add(S::Authentication, QStringLiteral("auth.resource_metadata"),
        [this] { checkResourceMetadata(); });
    add(S::Authentication, QStringLiteral("auth.as_metadata"), [this] { checkAsMetadata(); });
    add(S::Authentication, QStringLiteral("auth.registration"), [this] { checkRegistration(); });
    add(S::Authentication, QStringLiteral("auth.pkce"), [this] { checkPkce(); });
    add(S::Authentication, QStringLiteral("auth.sign_in"), [this] { checkSignIn(); });
    add(S::Operations, QStringLiteral("ops.tools"),
        [this] { checkList(QStringLiteral("tools/list"), QStringLiteral("tools")); });
    add(S::Operations, QStringLiteral("ops.resources"),
        [this] { checkList(QStringLiteral("resources/list"), QStringLiteral("resources")); });
    add(S::Operations, QStringLiteral("ops.prompts"),
        [this] { checkList(QStringLiteral("prompts/list"), QStringLiteral("prompts")); });
    add(S::Operations, QStringLiteral("ops.ping"), [this] { checkPing(); });
    add(S::Performance, QStringLiteral("perf.burst"), [this] { checkBurst(); });
    add(S::Intermittency, QStringLiteral("intermittency.repeat"), [this] { checkRepeat(); });
}

void ConnectionDoctor::runNext()
{
    if (!m_running)
        return;
    if (m_next >= m_steps.size()) {
        finish();
        return;
    }
    const Step &step = m_steps.at(m_next++);
    ++m_gen;
    m_run->current = {};
    m_run->current.stage = step.stage;
    m_run->current.id = step.id;
    m_run->current.title = checkTitle(step.id);
    m_run->evidence.clear();
    m_run->clock.start();
    Q_EMIT checkStarted(m_run->current);
    step.run();
}

void ConnectionDoctor::arm(std::function<void()> onTimeout, int ms)
{
    m_run->timer->disconnect();
    const quint64 gen = m_gen;
    connect(m_run->timer, &QTimer::timeout, this, [this, gen, onTimeout] {
        if (gen == m_gen)
            onTimeout();
    });
    m_run->timer->start(ms > 0 ? ms : m_options.timeoutMs);
}

HttpClient *ConnectionDoctor::http()
{
    return m_run->http;
}

void ConnectionDoctor::complete(CheckStatus status, const QString &detail, const Finding &finding)
{
    if (!m_running)
        return;
    ++m_gen; // whatever else this check had in flight is stale now
    m_run->timer->stop();
    if (m_run->inFlight) {
        // Not inside the call's own signal (complete() often runs there): a
        // reply aborted in its metaData handler is failed twice.
        QPointer<QObject> inFlight = m_run->inFlight;
        m_run->inFlight = nullptr;
        QMetaObject::invokeMethod(
            this,
            [inFlight] {
                if (!inFlight)
                    return;
                if (auto *call = qobject_cast<HttpCall *>(inFlight.data());
                    call && !call->isFinished())
                    call->abort();
                inFlight->deleteLater();
            },
            Qt::QueuedConnection);
    }
    DoctorCheck check = m_run->current;
    check.status = status;
    check.ms = status == CheckStatus::Skip ? -1 : double(m_run->clock.nsecsElapsed()) / 1e6;
    check.detail = detail;
    check.exchangeIds = m_run->evidence;
    for (qint64 id : finding.exchangeIds)
        if (id > 0 && !check.exchangeIds.contains(id))
            check.exchangeIds.append(id);
    check.exchangeIds.removeAll(0);
    if (!finding.kind.isEmpty() && (status == CheckStatus::Warn || status == CheckStatus::Fail)) {
        check.findingKind = finding.kind;
        check.findingArguments = finding.arguments;
        if (m_run->findings.isOpen()) {
            Finding stored = check.finding();
            stored.sessionId = m_report.sessionId;
            stored.source = QStringLiteral("doctor");
            stored.atMs = QDateTime::currentMSecsSinceEpoch();
            m_run->findings.recordFinding(stored);
        }
    }
    if (status == CheckStatus::Warn)
        ++m_run->warnings;
    m_report.checks.append(check);
    Q_EMIT checkFinished(check);
    if (status == CheckStatus::Fail) {
        m_report.failedStage = check.stage;
        skipRest(tr("not run: the %1 stage failed").arg(stageTitle(check.stage)));
        const quint64 gen = m_gen;
        QMetaObject::invokeMethod(
            this,
            [this, gen] {
                if (gen == m_gen)
                    finish();
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 gen = m_gen;
    QMetaObject::invokeMethod(
        this,
        [this, gen] {
            if (gen == m_gen)
                runNext();
        },
        Qt::QueuedConnection);
}

void ConnectionDoctor::skipRest(const QString &why)
{
    for (; m_next < m_steps.size(); ++m_next) {
        const Step &step = m_steps.at(m_next);
        DoctorCheck check;
        check.stage = step.stage;
        check.id = step.id;
        check.title = checkTitle(step.id);
        check.status = CheckStatus::Skip;
        check.detail = why;
        m_report.checks.append(check);
        Q_EMIT checkFinished(check);
    }
}

void ConnectionDoctor::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_gen;
    m_run->timer->stop();
    m_report.totalMs = double(m_run->total.nsecsElapsed()) / 1e6;
    if (m_report.failedStage) {
        const DoctorCheck *failed = nullptr;
        for (const DoctorCheck &c : std::as_const(m_report.checks))
            if (c.status == CheckStatus::Fail)
                failed = &c;
        const Finding f = failed ? failed->finding() : Finding();
        m_report.verdict = failed ? tr("%1 failed at \"%2\": %3 %4")
                                        .arg(stageTitle(*m_report.failedStage), failed->title,
                                             f.kind.isEmpty() ? failed->detail : f.summary(),
                                             f.kind.isEmpty() ? QString() : f.fix())
                                        .trimmed()
                                  : tr("%1 failed.").arg(stageTitle(*m_report.failedStage));
    } else if (m_report.checks.size() < m_steps.size() ||
               std::any_of(m_report.checks.cbegin(), m_report.checks.cend(),
                           [](const DoctorCheck &c) { return c.detail == tr("cancelled"); })) {
        m_report.verdict = tr("Cancelled before every check ran.");
    } else if (m_run->authNeeded && !m_run->signedIn) {
        m_report.verdict = tr("The server requires sign-in and its authorization metadata is in "
                              "order; run again with an OAuth mode (--oauth headless, browser or "
                              "client-credentials) to check operations, performance and "
                              "intermittency too.");
    } else if (m_run->warnings > 0) {
        QStringList titles;
        for (const DoctorCheck &c : std::as_const(m_report.checks))
            if (c.status == CheckStatus::Warn)
                titles << c.title;
        m_report.verdict = tr("Healthy, with %n warning(s): %1.", nullptr, m_run->warnings)
                               .arg(titles.join(QStringLiteral(", ")));
    } else {
        m_report.verdict = tr("healthy");
    }
    // The sessions end without waiting for the server's answer to the close.
    if (m_run->session)
        m_run->session->close();
    m_run->probe.reset();
    if (m_store && m_store->isOpen() && m_report.sessionId)
        m_store->endSession(m_report.sessionId, QDateTime::currentMSecsSinceEpoch());
    Q_EMIT finished(m_report);
}

// ---------------------------------------------------------------- connectivity

void ConnectionDoctor::checkDns()
{
    const QString host = m_options.url.host();
    if (host.isEmpty()) {
        complete(CheckStatus::Fail, tr("The URL %1 names no host.").arg(m_options.url.toString()),
                 makeFinding("net.dns", {m_options.url.toString()}));
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_run->addresses = {literal};
        complete(CheckStatus::Pass, tr("%1 is an IP address: nothing to resolve.").arg(host));
        return;
    }
    const quint64 gen = m_gen;
    const int lookup = QHostInfo::lookupHost(host, this, [this, gen, host](const QHostInfo &info) {
        if (gen != m_gen)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            complete(CheckStatus::Fail, tr("%1 did not resolve: %2").arg(host, info.errorString()),
                     makeFinding("net.dns", {host}));
            return;
        }
        m_run->addresses = info.addresses();
        QStringList names;
        for (const QHostAddress &a : std::as_const(m_run->addresses))
            names << a.toString();
        complete(CheckStatus::Pass,
                 tr("%1 resolved to %2.").arg(host, names.join(QStringLiteral(", "))));
    });
    arm([this, lookup, host] {
        QHostInfo::abortHostLookup(lookup);
        complete(CheckStatus::Fail, tr("No answer from DNS for %1 in time.").arg(host),
                 makeFinding("net.timeout", {QString::number(m_options.timeoutMs / 1000)}));
    });
}

void ConnectionDoctor::checkTcp()
{
    const QUrl &url = m_options.url;
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    // The function holds itself weakly; the sockets' handlers hold it.
    auto tryAddress = std::make_shared<std::function<void(int)>>();
    *tryAddress = [this, port, weak = std::weak_ptr(tryAddress)](int index) {
        const auto tryAddress = weak.lock();
        if (!tryAddress)
            return;
        const QHostAddress address = m_run->addresses.value(index);
        auto *socket = new QTcpSocket(this);
        m_run->inFlight = socket;
        const quint64 gen = m_gen;
        connect(socket, &QTcpSocket::connected, this, [this, gen, socket, address, port] {
            if (gen != m_gen)
                return;
            socket->abort();
            complete(CheckStatus::Pass,
                     tr("Connected to %1 port %2.").arg(address.toString()).arg(port));
        });
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this, gen, socket, index, port, tryAddress](QAbstractSocket::SocketError error) {
                    if (gen != m_gen)
                        return;
                    if (index + 1 < m_run->addresses.size()) {
                        socket->deleteLater();
                        (*tryAddress)(index + 1);
                        return;
                    }
                    const QString host = m_options.url.host();
                    const QString detail =
                        tr("%1 port %2: %3").arg(host).arg(port).arg(socket->errorString());
                    complete(CheckStatus::Fail, detail,
                             error == QAbstractSocket::ConnectionRefusedError
                                 ? makeFinding("net.refused", {host, QString::number(port)})
                                 : makeFinding("net.other", {socket->errorString()}));
                });
        socket->connectToHost(address, quint16(port));
    };
    arm([this, port] {
        complete(CheckStatus::Fail,
                 tr("No TCP connection to %1 port %2 within %3 s.")
                     .arg(m_options.url.host())
                     .arg(port)
                     .arg(m_options.timeoutMs / 1000),
                 makeFinding("net.timeout", {QString::number(m_options.timeoutMs / 1000)}));
    });
    (*tryAddress)(0);
}

void ConnectionDoctor::checkTls()
{
    const QUrl &url = m_options.url;
    if (url.scheme() != u"https") {
        if (const auto plain = DoctorChecks::plainHttp(url)) {
            complete(CheckStatus::Warn, plain->summary(), *plain);
            return;
        }
        complete(CheckStatus::Skip,
                 url.scheme() == u"http"
                     ? tr("Plain http on a loopback host: no TLS to check.")
                     : tr("The URL's scheme is %1, not http or https: no TLS to check.")
                           .arg(url.scheme()));
        return;
    }
    const QString host = url.host();
    auto *socket = new QSslSocket(this);
    m_run->inFlight = socket;
    socket->setPeerVerifyName(host);
    auto errors = std::make_shared<QList<QSslError>>();
    const quint64 gen = m_gen;
    connect(socket, &QSslSocket::sslErrors, this,
            [errors](const QList<QSslError> &list) { *errors = list; });
    connect(socket, &QSslSocket::encrypted, this, [this, gen, socket, host] {
        if (gen != m_gen)
            return;
        const QSslCertificate leaf = socket->peerCertificate();
        const QString detail =
            tr("%1, %2; certificate for %3 issued by %4, valid until %5.")
                .arg(sslProtocolName(socket->sessionProtocol()), socket->sessionCipher().name(),
                     leaf.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                     leaf.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                     leaf.expiryDate().toUTC().toString(Qt::ISODate));
        socket->abort();
        if (const auto soon = DoctorChecks::expiringSoon(
                host, leaf.expiryDate().toMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch())) {
            complete(CheckStatus::Warn, detail, *soon);
            return;
        }
        complete(CheckStatus::Pass, detail);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, gen, socket, host, errors] {
        if (gen != m_gen)
            return;
        QList<QSslError::SslError> codes;
        QStringList texts;
        for (const QSslError &e : std::as_const(*errors)) {
            codes << e.error();
            texts << e.errorString();
        }
        const QString text =
            texts.isEmpty() ? socket->errorString() : texts.join(QStringLiteral("; "));
        complete(CheckStatus::Fail, tr("TLS handshake with %1 failed: %2").arg(host, text),
                 tlsFinding(codes, host, text));
    });
    arm([this, host] {
        complete(CheckStatus::Fail, tr("No TLS handshake with %1 in time.").arg(host),
                 makeFinding("net.timeout", {QString::number(m_options.timeoutMs / 1000)}));
    });
    socket->connectToHostEncrypted(host, quint16(url.port(443)));
}

// ---------------------------------------------------------------- HTTP, CORS

void ConnectionDoctor::checkHttpReach()
{
    HttpRequest request;
    request.method = "GET";
    request.url = m_options.url;
    request.headers = {{"Accept", "application/json, text/event-stream"}};
    request.idleTimeoutMs = m_options.timeoutMs;
    HttpCall *call = http()->send(request);
    m_run->inFlight = call;
    const quint64 gen = m_gen;
    // Any status counts: the check is that HTTP works. A stream (an SSE
    // endpoint) is not waited for.
    connect(call, &HttpCall::responseStarted, this, [this, gen, call] {
        if (gen != m_gen)
            return;
        const Exchange &e = call->exchange();
        m_run->evidence << e.id;
        const QString server = QString::fromLatin1(e.responseHeader("server"));
        complete(CheckStatus::Pass,
                 tr("GET answered HTTP %1 %2 (first byte after %3 ms)%4.")
                     .arg(e.status)
                     .arg(QString::fromLatin1(e.reasonPhrase))
                     .arg(e.ttfbMs, 0, 'f', 0)
                     .arg(server.isEmpty() ? QString()
                                           : tr(", server \"%1\"").arg(shortText(server, 80))));
    });
    connect(call, &HttpCall::finished, this, [this, gen, call] {
        if (gen != m_gen)
            return;
        const Exchange &e = call->exchange();
        m_run->evidence << e.id;
        const Finding f = exchangeFailure(e, m_options.url);
        complete(CheckStatus::Fail, tr("No HTTP answer: %1").arg(e.errorMessage), f);
    });
    arm([this] {
        complete(CheckStatus::Fail,
                 tr("No HTTP answer within %1 s.").arg(m_options.timeoutMs / 1000),
                 makeFinding("net.timeout", {QString::number(m_options.timeoutMs / 1000)}));
    });
}

void ConnectionDoctor::checkCorsPreflight()
{
    HttpRequest request;
    request.method = "OPTIONS";
    request.url = m_options.url;
    request.headers = {{"Origin", m_options.origin.toUtf8()},
                       {"Access-Control-Request-Method", "POST"},
                       {"Access-Control-Request-Headers",
                        DoctorChecks::corsRequestHeaders().join(QStringLiteral(", ")).toLatin1()}};
    request.idleTimeoutMs = m_options.timeoutMs;
    HttpCall *call = http()->send(request);
    m_run->inFlight = call;
    const quint64 gen = m_gen;
    const CheckStatus problem = m_options.requireCors ? CheckStatus::Fail : CheckStatus::Warn;
    connect(call, &HttpCall::finished, this, [this, gen, call, problem] {
        if (gen != m_gen)
            return;
        const Exchange &e = call->exchange();
        m_run->evidence << e.id;
        const QString url = m_options.url.toString();
        if (auto f =
                DoctorChecks::corsPreflight(url, e.status, e.responseHeaders, m_options.origin)) {
            complete(problem, f->summary(), *f);
            return;
        }
        complete(CheckStatus::Pass,
                 tr("HTTP %1; origin %2 allowed, POST and %3 allowed.")
                     .arg(e.status)
                     .arg(m_options.origin,
                          DoctorChecks::corsRequestHeaders().join(QStringLiteral(", "))));
    });
    arm([this, problem] {
        complete(problem,
                 tr("No answer to the preflight within %1 s.").arg(m_options.timeoutMs / 1000),
                 makeFinding("doctor.cors.preflight", {m_options.url.toString(), m_options.origin,
                                                       QStringLiteral("0"), QString()}));
    });
}

void ConnectionDoctor::checkCorsExpose()
{
    // An initialize as a browser sends it: with Origin. Its answer's headers
    // are what a browser-based client gets to read.
    const QJsonObject initialize{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("id"), 0},
        {QStringLiteral("method"), QStringLiteral("initialize")},
        {QStringLiteral("params"),
         QJsonObject{
             {QStringLiteral("protocolVersion"), McpClient::supportedProtocolVersions().first()},
             {QStringLiteral("capabilities"), QJsonObject()},
             {QStringLiteral("clientInfo"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("McpScope Connection Doctor")},
                          {QStringLiteral("version"), QStringLiteral(MCPSCOPE_VERSION)}}}}}};
    HttpRequest request;
    request.method = "POST";
    request.url = m_options.url;
    request.headers = {{"Origin", m_options.origin.toUtf8()},
                       {"Content-Type", "application/json"},
                       {"Accept", "application/json, text/event-stream"}};
    request.body = QJsonDocument(initialize).toJson(QJsonDocument::Compact);
    request.idleTimeoutMs = m_options.timeoutMs;
    HttpCall *call = http()->send(request);
    m_run->inFlight = call;
    const quint64 gen = m_gen;
    const CheckStatus problem = m_options.requireCors ? CheckStatus::Fail : CheckStatus::Warn;
    auto judge = [this, gen, call, problem] {
        if (gen != m_gen)
            return;
        const Exchange e = call->exchange();
        m_run->evidence << e.id;
        // The session this opened is not used: tell the server at once.
        if (const QByteArray session = e.responseHeader("mcp-session-id"); !session.isEmpty()) {
            HttpRequest close;
            close.method = "DELETE";
            close.url = m_options.url;
            close.headers = {{"Origin", m_options.origin.toUtf8()}, {"Mcp-Session-Id", session}};
            HttpCall *closing = http()->send(close);
            connect(closing, &HttpCall::finished, closing, &QObject::deleteLater);
        }
        if (e.status == 0) {
            complete(problem, tr("No answer: %1").arg(e.errorMessage),
                     makeFinding("doctor.cors.expose",
                                 {m_options.url.toString(), m_options.origin, e.errorMessage}));
            return;
        }
        if (auto f = DoctorChecks::corsExpose(m_options.url.toString(), e.status, e.responseHeaders,
                                              m_options.origin)) {
            complete(problem, f->summary(), *f);
            return;
        }
        const QStringList exposed = headerList(e.responseHeaders, "access-control-expose-headers");
        complete(CheckStatus::Pass,
                 tr("HTTP %1 readable from origin %2; exposed headers: %3.")
                     .arg(e.status)
                     .arg(m_options.origin, exposed.isEmpty()
                                                ? tr("none needed")
                                                : exposed.join(QStringLiteral(", "))));
    };
    connect(call, &HttpCall::responseStarted, this, judge);
    connect(call, &HttpCall::finished, this, judge);
    arm([this, problem] {
        complete(problem, tr("No answer within %1 s.").arg(m_options.timeoutMs / 1000),
                 makeFinding("doctor.cors.expose", {m_options.url.toString(), m_options.origin,
                                                    tr("no answer in time")}));
    });
}

// ---------------------------------------------------------------- MCP

void ConnectionDoctor::checkInitialize(const QString &transport)
{
    const QString wanted = m_options.transport;
    const bool stdio = transport == u"stdio";
    if (!stdio) {
        const bool asked =
            wanted == u"auto" ||
            (transport == u"streamable" && (wanted == u"streamable" || wanted == u"http")) ||
            (transport == u"sse" && wanted == u"sse");
        if (!asked) {
            complete(CheckStatus::Skip, tr("Not asked (--transport %1).").arg(wanted));
            return;
        }
        if (transport == u"sse" && wanted == u"auto" && (m_run->session || m_run->authNeeded)) {
            complete(CheckStatus::Skip,
                     tr("Streamable HTTP answered; HTTP+SSE (2024-11-05), its deprecated "
                        "predecessor, was not tried."));
            return;
        }
    }
    McpSessionOptions options;
    options.kind = stdio ? McpSessionOptions::Kind::Stdio : McpSessionOptions::Kind::Http;
    options.target = stdio ? m_options.stdioCommand : m_options.url.toString();
    options.transport =
        transport == u"sse" ? McpClient::Transport::Sse : McpClient::Transport::StreamableHttp;
    options.requestTimeoutMs = m_options.timeoutMs;
    options.rootsSupported = false;
    options.closeTimeoutMs = 3000;
    options.findings = m_run->findings.isOpen() ? &m_run->findings : nullptr;
    options.captureName = QStringLiteral("Connection Doctor");
    m_run->probe = std::make_unique<McpSession>(m_run->sink.get());
    McpSession *session = m_run->probe.get();
    session->client()->setClientInfo(QStringLiteral("McpScope Connection Doctor"),
                                     QStringLiteral(MCPSCOPE_VERSION));
    const quint64 gen = m_gen;
    auto refusal = std::make_shared<Exchange>();
    connect(session->http(), &HttpClient::exchangeFinished, this,
            [this, gen, refusal](const Exchange &e) {
                if (gen != m_gen)
                    return;
                if (e.id)
                    m_run->evidence << e.id;
                if ((e.status == 401 || e.status == 403) && refusal->status == 0)
                    *refusal = e;
            });
    connect(session->client(), &McpClient::connected, this, [this, gen, transport] {
        if (gen != m_gen)
            return;
        McpClient *client = m_run->probe->client();
        const QJsonObject info =
            client->initializeResult().value(QStringLiteral("serverInfo")).toObject();
        m_run->transport = transport;
        m_run->session = std::move(m_run->probe);
        complete(CheckStatus::Pass,
                 tr("Initialized: %1 %2, protocol %3%4.")
                     .arg(info.value(QStringLiteral("name")).toString(),
                          info.value(QStringLiteral("version")).toString(),
                          client->protocolVersion(),
                          client->sessionId().isEmpty() ? QString() : tr(", with a session id")));
    });
    connect(
        session->client(), &McpClient::failed, this,
        [this, gen, transport, refusal, stdio](const Error &error) {
            if (gen != m_gen)
                return;
            if (refusal->status == 401 ||
                (refusal->status == 403 && bearerChallenge(refusal->responseHeaders))) {
                m_run->authNeeded = true;
                m_run->challenge = *refusal;
                m_run->transport = transport;
                m_run->bearer = bearerChallenge(refusal->responseHeaders);
                complete(CheckStatus::Pass,
                         tr("The server answers initialize with HTTP %1: it requires authorization "
                            "(the Authentication stage follows it).")
                             .arg(refusal->status));
                return;
            }
            const QString name = transport == u"sse"     ? tr("HTTP+SSE")
                                 : transport == u"stdio" ? tr("stdio")
                                                         : tr("Streamable HTTP");
            m_run->transportFailures << tr("%1: %2").arg(name, shortText(error.message, 200));
            const auto f =
                DoctorChecks::initialize(transport, m_options.transport, false, false,
                                         stdio ? m_options.stdioCommand : m_options.url.toString(),
                                         m_run->transportFailures);
            complete(f->severity() == FindingSeverity::Error ? CheckStatus::Fail
                                                             : CheckStatus::Warn,
                     error.message, *f);
        });
    if (auto opened = session->open(options); !opened) {
        complete(CheckStatus::Fail, opened.error().message,
                 DoctorChecks::noTransport(options.target, {opened.error().message}));
        return;
    }
    // The client's own request timeout bounds initialize; this bounds the rest
    // (a stdio server that never starts, an SSE stream without an endpoint).
    arm(
        [this, transport] {
            m_run->probe.reset();
            const QString why =
                tr("no initialize answer within %1 s").arg(m_options.timeoutMs / 1000);
            m_run->transportFailures << why;
            const auto f =
                DoctorChecks::initialize(transport, m_options.transport, false, false,
                                         m_options.stdioCommand.isEmpty() ? m_options.url.toString()
                                                                          : m_options.stdioCommand,
                                         m_run->transportFailures);
            complete(f->severity() == FindingSeverity::Error ? CheckStatus::Fail
                                                             : CheckStatus::Warn,
                     why, *f);
        },
        m_options.timeoutMs + 2000);
}

void ConnectionDoctor::checkVersion()
{
    if (!m_run->session) {
        complete(CheckStatus::Skip, tr("Known after sign-in (see auth.sign_in)."));
        return;
    }
    McpClient *client = m_run->session->client();
    complete(CheckStatus::Pass,
             tr("%1 negotiated (McpScope offers %2 and accepts %3).")
                 .arg(client->protocolVersion(), McpClient::supportedProtocolVersions().first(),
                      McpClient::supportedProtocolVersions().join(QStringLiteral(", "))));
}

void ConnectionDoctor::checkCapabilities()
{
    if (!m_run->session) {
        complete(CheckStatus::Skip, tr("Known after sign-in (see auth.sign_in)."));
        return;
    }
    const QJsonObject caps = m_run->session->client()
                                 ->initializeResult()
                                 .value(QStringLiteral("capabilities"))
                                 .toObject();
    complete(CheckStatus::Pass,
             caps.isEmpty() ? tr("The server declares no capabilities.")
                            : tr("Declared: %1.").arg(caps.keys().join(QStringLiteral(", "))));
}

// ---------------------------------------------------------------- authentication

void ConnectionDoctor::checkChallenge()
{
    if (!m_run->authNeeded) {
        complete(CheckStatus::Skip,
                 m_options.stdioCommand.isEmpty()
                     ? tr("The server did not ask for authorization.")
                     : tr("stdio servers take credentials from their environment."));
        return;
    }
    const Exchange &e = m_run->challenge;
    m_run->evidence << e.id;
    if (auto f = DoctorChecks::authChallenge(e.url, e.status, e.responseHeaders)) {
        complete(CheckStatus::Fail, f->summary(), *f);
        return;
    }
    const BearerChallenge b = m_run->bearer.value_or(BearerChallenge());
    QStringList parts;
    if (!b.resourceMetadata.isEmpty())
        parts << QStringLiteral("resource_metadata=%1").arg(b.resourceMetadata);
    if (!b.scope.isEmpty())
        parts << QStringLiteral("scope=%1").arg(b.scope);
    if (!b.error.isEmpty())
        parts << QStringLiteral("error=%1").arg(b.error);
    complete(CheckStatus::Pass,
             tr("HTTP %1 with a Bearer challenge%2.")
                 .arg(e.status)
                 .arg(parts.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + shortText(parts.join(QStringLiteral(", "))) +
                                QLatin1Char(')')));
}

void ConnectionDoctor::checkResourceMetadata()
{
    if (!m_run->authNeeded) {
        complete(CheckStatus::Skip, tr("The server did not ask for authorization."));
        return;
    }
    QList<QUrl> candidates;
    if (m_run->bearer && !m_run->bearer->resourceMetadata.isEmpty())
        candidates << QUrl(m_run->bearer->resourceMetadata);
    for (const QUrl &u : protectedResourceMetadataUrls(m_options.url))
        if (!candidates.contains(u))
            candidates << u;
    auto tried = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void(int)>>();
    const quint64 gen = m_gen;
    *next = [this, gen, candidates, tried, weak = std::weak_ptr(next)](int index) {
        const auto next = weak.lock();
        if (gen != m_gen || !next)
            return;
        if (index >= candidates.size()) {
            complete(CheckStatus::Fail, tr("None found."),
                     *DoctorChecks::resourceMetadataFound(m_options.url.toString(), *tried, false));
            return;
        }
        const QUrl url = candidates.at(index);
        *tried << url.toString();
        HttpRequest request;
        request.url = url;
        request.headers = {{"Accept", "application/json"}};
        request.idleTimeoutMs = m_options.timeoutMs;
        HttpCall *call = http()->send(request);
        m_run->inFlight = call;
        connect(call, &HttpCall::finished, this, [this, gen, call, url, index, next] {
            if (gen != m_gen)
                return;
            const Exchange e = call->exchange();
            m_run->evidence << e.id;
            call->deleteLater();
            if (e.status != 200) {
                (*next)(index + 1);
                return;
            }
            const auto parsed = parseProtectedResourceMetadata(e.responseBody);
            if (auto f = OAuthChecks::resourceMetadataParsed(parsed, url)) {
                complete(CheckStatus::Fail, f->summary(), *f);
                return;
            }
            if (auto f = OAuthChecks::resourceMatches(parsed->resource,
                                                      canonicalResource(m_options.url))) {
                complete(CheckStatus::Fail, f->summary(), *f);
                return;
            }
            m_run->prm = *parsed;
            complete(CheckStatus::Pass,
                     tr("At %1: resource %2, authorization servers %3%4.")
                         .arg(url.toString(), parsed->resource,
                              parsed->authorizationServers.join(QStringLiteral(", ")),
                              parsed->scopesSupported.isEmpty()
                                  ? QString()
                                  : tr(", scopes %1").arg(parsed->scopesSupported.join(u' '))));
        });
    };
    arm(
        [this, tried] {
            complete(CheckStatus::Fail,
                     tr("No answer within %1 s.").arg(m_options.timeoutMs / 1000),
                     DoctorChecks::noResourceMetadata(m_options.url.toString(), *tried));
        },
        m_options.timeoutMs * 2);
    (*next)(0);
}

void ConnectionDoctor::checkAsMetadata()
{
    if (!m_run->authNeeded) {
        complete(CheckStatus::Skip, tr("The server did not ask for authorization."));
        return;
    }
    const QString issuer = m_run->prm.authorizationServers.value(0);
    const QList<QUrl> candidates = authServerMetadataUrls(QUrl(issuer));
    auto tried = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void(int)>>();
    const quint64 gen = m_gen;
    *next = [this, gen, candidates, tried, issuer, weak = std::weak_ptr(next)](int index) {
        const auto next = weak.lock();
        if (gen != m_gen || !next)
            return;
        if (index >= candidates.size()) {
            complete(
                CheckStatus::Fail, tr("None found."),
                makeFinding("oauth.as_metadata.not_found", {tried->join(QStringLiteral(", "))}));
            return;
        }
        const QUrl url = candidates.at(index);
        *tried << url.toString();
        HttpRequest request;
        request.url = url;
        request.headers = {{"Accept", "application/json"}};
        request.idleTimeoutMs = m_options.timeoutMs;
        HttpCall *call = http()->send(request);
        m_run->inFlight = call;
        connect(call, &HttpCall::finished, this, [this, gen, call, url, index, next, issuer] {
            if (gen != m_gen)
                return;
            const Exchange e = call->exchange();
            m_run->evidence << e.id;
            call->deleteLater();
            if (e.status != 200) {
                (*next)(index + 1);
                return;
            }
            const auto parsed = parseAuthServerMetadata(e.responseBody);
            if (auto f = OAuthChecks::authServerMetadataParsed(parsed, url)) {
                complete(CheckStatus::Fail, f->summary(), *f);
                return;
            }
            if (auto f = OAuthChecks::issuerMatches(parsed->issuer, issuer)) {
                complete(CheckStatus::Fail, f->summary(), *f);
                return;
            }
            if (m_options.oauthMode != u"client-credentials")
                if (auto f = OAuthChecks::hasAuthorizationEndpoint(*parsed)) {
                    complete(CheckStatus::Fail, f->summary(), *f);
                    return;
                }
            m_run->as = *parsed;
            complete(CheckStatus::Pass, tr("At %1: issuer %2, authorization %3, token %4.")
                                            .arg(url.toString(), parsed->issuer,
                                                 parsed->authorizationEndpoint.toString(),
                                                 parsed->tokenEndpoint.toString()));
        });
    };
    arm(
        [this, tried] {
            complete(
                CheckStatus::Fail, tr("No answer within %1 s.").arg(m_options.timeoutMs / 1000),
                makeFinding("oauth.as_metadata.not_found", {tried->join(QStringLiteral(", "))}));
        },
        m_options.timeoutMs * 3);
    (*next)(0);
}

void ConnectionDoctor::checkRegistration()
{
    if (!m_run->authNeeded) {
        complete(CheckStatus::Skip, tr("The server did not ask for authorization."));
        return;
    }
    const AuthServerMetadata &as = m_run->as;
    OAuthClient client;
    client.clientId = m_options.clientId;
    client.clientSecret = m_options.clientSecret;
    QStringList modes;
    if (!m_options.clientId.isEmpty())
        modes << tr("pre-registered client %1").arg(m_options.clientId);
    if (as.clientIdMetadataDocumentSupported)
        modes << tr("Client ID Metadata Documents");
    if (!as.registrationEndpoint.isEmpty())
        modes << tr("dynamic registration at %1").arg(as.registrationEndpoint.toString());
    const QString methods = as.tokenEndpointAuthMethodsSupported.isEmpty()
                                ? tr("client_secret_basic (not listed: the default)")
                                : as.tokenEndpointAuthMethodsSupported.join(QStringLiteral(", "));
    // The server is judged: Client ID Metadata Documents are a way in for
    // any client that hosts its metadata document, though the doctor has
    // none (the finding would say the server offers neither way, which its
    // metadata contradicts).
    if (auto f = OAuthChecks::registrationPossible(as, client, QString()); f && modes.isEmpty()) {
        complete(CheckStatus::Fail, f->summary(), *f);
        return;
    }
    complete(CheckStatus::Pass, tr("Registration: %1. Client authentication: %2.")
                                    .arg(modes.join(QStringLiteral("; ")), methods));
}

void ConnectionDoctor::checkPkce()
{
    if (!m_run->authNeeded) {
        complete(CheckStatus::Skip, tr("The server did not ask for authorization."));
        return;
    }
    if (auto f = OAuthChecks::supportsS256(m_run->as)) {
        complete(CheckStatus::Fail, f->summary(), *f);
        return;
    }
    complete(CheckStatus::Pass,
             tr("code_challenge_methods_supported: %1.")
                 .arg(m_run->as.codeChallengeMethodsSupported.join(QStringLiteral(", "))));
}

void ConnectionDoctor::checkSignIn()
{
    if (!m_run->authNeeded) {
        complete(CheckStatus::Skip, tr("The server did not ask for authorization."));
        return;
    }
    if (m_options.oauthMode.isEmpty()) {
        complete(CheckStatus::Skip, tr("Not asked: an OAuth mode (--oauth headless, browser or "
                                       "client-credentials) signs in and checks the rest."));
        return;
    }
    OAuthFlow::Settings settings;
    settings.mode = m_options.oauthMode == u"headless" ? OAuthFlow::Mode::Headless
                    : m_options.oauthMode == u"client-credentials"
                        ? OAuthFlow::Mode::ClientCredentials
                        : OAuthFlow::Mode::Browser;
    settings.preRegistered.clientId = m_options.clientId;
    settings.preRegistered.clientSecret = m_options.clientSecret;
    settings.scope = m_options.scope;
    settings.clientName = QStringLiteral("McpScope Connection Doctor");
    settings.requestTimeoutMs = m_options.timeoutMs;
    McpSessionOptions options;
    options.kind = McpSessionOptions::Kind::Http;
    options.target = m_options.url.toString();
    options.transport = m_run->transport == u"sse" ? McpClient::Transport::Sse
                                                   : McpClient::Transport::StreamableHttp;
    options.requestTimeoutMs = m_options.timeoutMs;
    options.rootsSupported = false;
    options.closeTimeoutMs = 3000;
    options.oauth = settings;
    options.vault = m_vault;
    options.findings = m_run->findings.isOpen() ? &m_run->findings : nullptr;
    m_run->probe = std::make_unique<McpSession>(m_run->sink.get());
    McpSession *session = m_run->probe.get();
    session->client()->setClientInfo(QStringLiteral("McpScope Connection Doctor"),
                                     QStringLiteral(MCPSCOPE_VERSION));
    const quint64 gen = m_gen;
    connect(session->http(), &HttpClient::exchangeFinished, this, [this, gen](const Exchange &e) {
        if (gen == m_gen && e.id)
            m_run->evidence << e.id;
    });
    connect(session->client(), &McpClient::connected, this, [this, gen] {
        if (gen != m_gen)
            return;
        McpSession *s = m_run->probe.get();
        const TokenSet tokens = s->authorizer()->tokens();
        const OAuthClient client = s->authorizer()->flow()->client();
        m_run->session = std::move(m_run->probe);
        m_run->signedIn = true;
        // The token itself is never shown: its scope and lifetime are.
        QString lifetime;
        if (tokens.expiresAtMs > 0)
            lifetime = tr(", access token valid for %1 s")
                           .arg((tokens.expiresAtMs - QDateTime::currentMSecsSinceEpoch()) / 1000);
        complete(CheckStatus::Pass,
                 tr("Signed in (%1 client %2, scope \"%3\"%4); initialized with protocol %5.")
                     .arg(client.registration.isEmpty() ? tr("stored") : client.registration,
                          client.clientId.isEmpty() ? tr("from the vault") : client.clientId,
                          tokens.scope, lifetime, m_run->session->client()->protocolVersion()));
    });
    connect(session->client(), &McpClient::failed, this, [this, gen](const Error &error) {
        if (gen != m_gen)
            return;
        Finding f = m_run->probe->authorizer()->flow()->failureFinding();
        if (f.kind.isEmpty())
            f = makeFinding("http.unauthorized", {error.message});
        complete(CheckStatus::Fail, error.message, f);
    });
    if (auto opened = session->open(options); !opened) {
        complete(CheckStatus::Fail, opened.error().message,
                 makeFinding("http.unauthorized", {opened.error().message}));
        return;
    }
    // Browser mode waits for a person; the flow's own timeouts bound it.
    const bool browser = settings.mode == OAuthFlow::Mode::Browser;
    const int bound = browser ? settings.browserTimeoutMs + 5000 : m_options.timeoutMs * 6;
    arm(
        [this, browser, bound] {
            // Without a browser the server was too slow: name the step that
            // was still waiting (not "No answer from the browser").
            QString what = tr("the sign-in");
            if (const OAuthFlow *flow = m_run->probe->authorizer()->flow())
                for (const OAuthFlow::Step &step : flow->steps())
                    if (step.state == OAuthFlow::StepState::Running ||
                        step.state == OAuthFlow::StepState::Waiting)
                        what = tr("the sign-in step \u201c%1\u201d").arg(step.title);
            m_run->probe.reset();
            complete(CheckStatus::Fail, tr("No sign-in within the time allowed."),
                     browser ? makeFinding("oauth.authorization.browser_timeout", {})
                             : makeFinding("mcp.timeout", {what, QString::number(bound / 1000)}));
        },
        bound);
}

// ---------------------------------------------------------------- operations

void ConnectionDoctor::checkList(const QString &method, const QString &capability)
{
    if (!m_run->session) {
        complete(CheckStatus::Skip, tr("Needs a signed-in session."));
        return;
    }
    McpClient *client = m_run->session->client();
    const QJsonObject caps =
        client->initializeResult().value(QStringLiteral("capabilities")).toObject();
    if (!caps.contains(capability)) {
        complete(CheckStatus::Skip, tr("The server does not declare %1.").arg(capability));
        return;
    }
    // The first page is enough to tell whether the server answers (and its
    // exchange is the evidence); listAll() would hide which exchange failed.
    McpRequest *request = client->request(method);
    const quint64 gen = m_gen;
    connect(request, &McpRequest::finished, this, [this, gen, request, method, capability] {
        request->deleteLater();
        if (gen != m_gen)
            return;
        m_run->evidence << request->exchangeId();
        if (auto f =
                DoctorChecks::operation(method, request->succeeded(), request->error().message)) {
            complete(CheckStatus::Fail, request->error().message, *f);
            return;
        }
        const QJsonObject page = request->result().toObject();
        const QJsonArray items = page.value(capability).toArray();
        QStringList names;
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            names << (o.contains(QStringLiteral("name"))
                          ? o.value(QStringLiteral("name")).toString()
                          : o.value(QStringLiteral("uri")).toString());
            if (names.size() == 5)
                break;
        }
        QString detail = tr("%n item(s)", nullptr, int(items.size()));
        if (!names.isEmpty())
            detail += QStringLiteral(": ") + shortText(names.join(QStringLiteral(", ")), 200) +
                      (items.size() > names.size() ? QStringLiteral(", \u2026") : QString());
        if (!page.value(QStringLiteral("nextCursor")).toString().isEmpty())
            detail += tr(" on the first page; more follow");
        complete(CheckStatus::Pass, detail + QLatin1Char('.'));
    });
    arm(
        [this, method] {
            complete(CheckStatus::Fail,
                     tr("No answer within %1 s.").arg(m_options.timeoutMs / 1000),
                     DoctorChecks::operationFailed(method, tr("no answer in time")));
        },
        m_options.timeoutMs * 3);
}

void ConnectionDoctor::checkPing()
{
    if (!m_run->session) {
        complete(CheckStatus::Skip, tr("Needs a signed-in session."));
        return;
    }
    McpRequest *request = m_run->session->client()->request(QStringLiteral("ping"));
    const quint64 gen = m_gen;
    connect(request, &McpRequest::finished, this, [this, gen, request] {
        request->deleteLater();
        if (gen != m_gen)
            return;
        m_run->evidence << request->exchangeId();
        if (!request->succeeded()) {
            complete(
                CheckStatus::Fail, request->error().message,
                DoctorChecks::operationFailed(QStringLiteral("ping"), request->error().message));
            return;
        }
        complete(CheckStatus::Pass,
                 tr("Answered in %1 ms.").arg(m_run->clock.nsecsElapsed() / 1e6, 0, 'f', 1));
    });
    arm([this] {
        complete(CheckStatus::Fail, tr("No answer within %1 s.").arg(m_options.timeoutMs / 1000),
                 DoctorChecks::operationFailed(QStringLiteral("ping"), tr("no answer in time")));
    });
}

void ConnectionDoctor::checkBurst()
{
    if (!m_run->session) {
        complete(CheckStatus::Skip, tr("Needs a signed-in session."));
        return;
    }
    const int n = std::max(1, m_options.burst);
    struct Tally
    {
        QList<double> latencies;
        int failures = 0;
        QString firstError;
        QList<qint64> exchanges;
    };
    auto tally = std::make_shared<Tally>();
    const quint64 gen = m_gen;
    auto conclude = [this, tally, n] {
        const int unanswered = n - int(tally->latencies.size()) - tally->failures;
        if (unanswered > 0 && tally->firstError.isEmpty())
            tally->firstError = tr("no answer within %1 s").arg(m_options.timeoutMs / 1000);
        m_run->evidence = tally->exchanges;
        // No latency to quote when none succeeded (not "p50 -1.0 ms").
        const QString detail =
            tally->latencies.isEmpty()
                ? tr("%1 pings at once: all failed.").arg(n)
                : tr("%1 pings at once: p50 %2 ms, p95 %3 ms, %4 failed.")
                      .arg(n)
                      .arg(DoctorChecks::percentile(tally->latencies, 50), 0, 'f', 1)
                      .arg(DoctorChecks::percentile(tally->latencies, 95), 0, 'f', 1)
                      .arg(tally->failures + unanswered);
        if (auto f = DoctorChecks::burst(tally->latencies, tally->failures + unanswered,
                                         tally->firstError, m_options.p95LimitMs)) {
            complete(f->severity() == FindingSeverity::Error ? CheckStatus::Fail
                                                             : CheckStatus::Warn,
                     detail, *f);
            return;
        }
        complete(CheckStatus::Pass, detail);
    };
    for (int i = 0; i < n; ++i) {
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        McpRequest *request = m_run->session->client()->request(QStringLiteral("ping"));
        connect(request, &McpRequest::finished, this,
                [gen, request, clock, tally, n, conclude, this] {
                    request->deleteLater();
                    if (gen != m_gen)
                        return;
                    tally->exchanges << request->exchangeId();
                    if (request->succeeded()) {
                        tally->latencies << double(clock->nsecsElapsed()) / 1e6;
                    } else {
                        if (tally->failures++ == 0)
                            tally->firstError = request->error().message;
                    }
                    if (int(tally->latencies.size()) + tally->failures == n)
                        conclude();
                });
    }
    arm(conclude, m_options.timeoutMs * 2);
}

void ConnectionDoctor::checkRepeat()
{
    if (!m_run->session) {
        complete(CheckStatus::Skip, tr("Needs a signed-in session."));
        return;
    }
    const QJsonObject caps = m_run->session->client()
                                 ->initializeResult()
                                 .value(QStringLiteral("capabilities"))
                                 .toObject();
    const QString method = caps.contains(QStringLiteral("tools")) ? QStringLiteral("tools/list")
                                                                  : QStringLiteral("ping");
    const int total = std::max(1, m_options.repeats);
    struct Tally
    {
        int done = 0;
        int failures = 0;
        QString firstError;
        QList<double> latencies;
    };
    auto tally = std::make_shared<Tally>();
    auto next = std::make_shared<std::function<void()>>();
    const quint64 gen = m_gen;
    auto conclude = [this, tally, total, method] {
        const QString detail =
            tally->latencies.isEmpty()
                ? tr("%1 of %2 %3 requests succeeded.").arg(0).arg(total).arg(method)
                : tr("%1 of %2 %3 requests succeeded (p50 %4 ms).")
                      .arg(tally->done - tally->failures)
                      .arg(total)
                      .arg(method)
                      .arg(DoctorChecks::percentile(tally->latencies, 50), 0, 'f', 1);
        if (auto f = DoctorChecks::repeated(method, tally->failures + (total - tally->done), total,
                                            tally->firstError)) {
            complete(CheckStatus::Fail, detail, *f);
            return;
        }
        // Every request failed or is still unanswered when the time is up.
        if (tally->failures + (total - tally->done) == total) {
            complete(CheckStatus::Fail, detail,
                     DoctorChecks::operationFailed(method, tally->firstError));
            return;
        }
        complete(CheckStatus::Pass, detail);
    };
    *next = [this, gen, tally, total, method, conclude, weak = std::weak_ptr(next)] {
        const auto next = weak.lock();
        if (gen != m_gen || !next)
            return;
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        McpRequest *request = m_run->session->client()->request(method);
        connect(request, &McpRequest::finished, this,
                [this, gen, request, tally, total, next, conclude, clock] {
                    request->deleteLater();
                    if (gen != m_gen)
                        return;
                    m_run->evidence << request->exchangeId();
                    ++tally->done;
                    if (request->succeeded())
                        tally->latencies << double(clock->nsecsElapsed()) / 1e6;
                    else if (tally->failures++ == 0)
                        tally->firstError = request->error().message;
                    if (tally->done == total)
                        conclude();
                    else
                        (*next)();
                });
    };
    arm(
        [tally, conclude, this] {
            if (tally->firstError.isEmpty())
                tally->firstError = tr("no answer within %1 s").arg(m_options.timeoutMs / 1000);
            conclude();
        },
        m_options.timeoutMs * std::max(2, total));
    (*next)();
}

} // namespace mcpscope
