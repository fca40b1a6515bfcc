#pragma once

#include "common/findings.h"
#include "net/exchange.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace mcpscope {

class CaptureStore;
class HttpClient;
class McpSession;
class TokenVault;

// The Connection Doctor (docs/connection-doctor.md): walks the
// troubleshooting guides' decision tree against one server, in order, and
// stops at the first stage that fails, saying why and what to do.

enum class DoctorStage
{
    Connectivity,
    Http,
    Cors,
    Mcp,
    Authentication,
    Operations,
    Performance,
    Intermittency,
};
inline constexpr int kDoctorStageCount = 8;

// "connectivity", "http", "cors", "mcp", "authentication", "operations",
// "performance", "intermittency": stable (JSON, exit codes).
QString stageId(DoctorStage stage);
QString stageTitle(DoctorStage stage); // translated

enum class CheckStatus
{
    Pass,
    Warn,
    Fail,
    Skip,
};
QString checkStatusId(CheckStatus status); // "pass", "warn", "fail", "skip"

struct DoctorCheck
{
    DoctorStage stage = DoctorStage::Connectivity;
    // Stable: "dns", "tcp", "tls", "http.reach", "cors.preflight",
    // "cors.expose", "mcp.initialize.streamable", "mcp.initialize.sse",
    // "mcp.initialize.stdio", "mcp.version", "mcp.capabilities",
    // "auth.challenge", "auth.resource_metadata", "auth.as_metadata",
    // "auth.registration", "auth.pkce", "auth.sign_in", "ops.tools",
    // "ops.resources", "ops.prompts", "ops.ping", "perf.burst",
    // "intermittency.repeat".
    QString id;
    QString title; // translated
    CheckStatus status = CheckStatus::Skip;
    double ms = -1;      // how long it took; -1 when it did not run
    QString detail;      // plain text: what was seen (server text stays plain)
    QString findingKind; // Warn/Fail: a registered kind explaining it
    QStringList findingArguments;
    QList<qint64> exchangeIds; // its evidence, when recorded

    // The registered finding this check's Warn/Fail is (empty kind when none).
    Finding finding() const;
};

struct DoctorOptions
{
    QUrl url;
    QString stdioCommand;                       // instead of url
    QString transport = QStringLiteral("auto"); // auto|streamable|sse|stdio
    QString oauthMode; // "" = none; "headless"|"browser"|"client-credentials"
    QString clientId, clientSecret, scope;
    int burst = 20;
    int repeats = 10;
    int timeoutMs = 10000;
    QString origin = QStringLiteral("http://localhost:6274"); // CORS preflight Origin
    // CORS problems are warnings unless the server is meant for browser-based
    // clients: then they fail the Cors stage (docs/connection-doctor.md).
    bool requireCors = false;
    // perf.burst warns when the burst's p95 is above this (the guide's alert:
    // P95 response time over 2 seconds).
    double p95LimitMs = 2000;
};

struct DoctorReport
{
    QList<DoctorCheck> checks;
    std::optional<DoctorStage> failedStage;
    QString verdict; // one plain sentence: what failed and what to do, or "healthy"
    double totalMs = 0;
    qint64 sessionId = 0; // the capture session its traffic was recorded in (0: none)
};

// Runs the checks on the thread it lives on, asynchronously: start() returns
// at once and every signal comes from the event loop (never inside start()).
// The traffic goes into one capture session named "Connection Doctor" when a
// store is given (so the passive rules see it too), and the Warn/Fail
// findings into the store's findings table. Secrets (tokens, the client
// secret) are never put into a detail or a finding.
class ConnectionDoctor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDoctor)

public:
    // store and vault may be null; when given they must outlive the doctor.
    ConnectionDoctor(CaptureStore *store, TokenVault *vault, QObject *parent = nullptr);
    ~ConnectionDoctor() override;

    // Starts a run (a running one is cancelled first); finished() follows once.
    void start(const DoctorOptions &options);
    // Stops the run: what is in flight is abandoned, the remaining checks
    // Skip, finished() follows (asynchronously). Nothing when not running.
    void cancel();
    const DoctorReport &report() const { return m_report; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void checkStarted(const mcpscope::DoctorCheck &check);
    void checkFinished(const mcpscope::DoctorCheck &check);
    void finished(const mcpscope::DoctorReport &report);

private:
    struct Step
    {
        DoctorStage stage;
        QString id;
        std::function<void()> run;
    };
    struct Run;

    void plan();
    void dropRun(); // deletes the run's parts, those that record before the sink
    void add(DoctorStage stage, const QString &id, std::function<void()> run);
    void runNext();
    // Ends the current check (status, detail, finding) and goes on.
    void complete(CheckStatus status, const QString &detail, const Finding &finding = {});
    void skipRest(const QString &why);
    void finish();
    HttpClient *http();
    // A guarded timer: fires onTimeout after the doctor's timeout unless the
    // step finished first.
    void arm(std::function<void()> onTimeout, int ms = 0);

    // The steps.
    void checkDns();
    void checkTcp();
    void checkTls();
    void checkHttpReach();
    void checkCorsPreflight();
    void checkCorsExpose();
    void checkInitialize(const QString &transport);
    void checkVersion();
    void checkCapabilities();
    void checkChallenge();
    void checkResourceMetadata();
    void checkAsMetadata();
    void checkRegistration();
    void checkPkce();
    void checkSignIn();
    void checkList(const QString &method, const QString &capability);
    void checkPing();
    void checkBurst();
    void checkRepeat();

    CaptureStore *m_store;
    TokenVault *m_vault;
    DoctorOptions m_options;
    DoctorReport m_report;
    QList<Step> m_steps;
    int m_next = 0;
    bool m_running = false;
    quint64 m_gen = 0;          // bumped whenever what is in flight turns stale
    std::unique_ptr<Run> m_run; // what one run knows and holds
};

int doctorExitCode(const DoctorReport &report); // 0, or 10 + the failed stage
// {checks:[{stage,id,title,status,ms,detail,finding:{kind,severity,title,
// summary,cause,fix,exchangeIds}|null}], failedStage, exitCode, verdict,
// totalMs, sessionId}
QJsonObject toJson(const DoctorReport &report);

// The doctor's verdicts on what it saw, as pure functions: nothing when the
// input passes, else the registered finding (doctor.*) that explains it.
namespace DoctorChecks {

// The Access-Control-Request-Headers the preflight sends (what a
// browser-based MCP client needs allowed).
const QStringList &corsRequestHeaders();
// A preflight answer (status, headers) for a request from origin:
// doctor.cors.preflight (refused, or no matching Access-Control-Allow-Origin),
// doctor.cors.headers (POST or a needed header not allowed).
std::optional<Finding> corsPreflight(const QString &url, int status, const HeaderList &headers,
                                     const QString &origin);
// A real answer to a request from origin: doctor.cors.expose when a browser
// could not read it (no matching Allow-Origin) or a header the client needs
// (Mcp-Session-Id when sent, WWW-Authenticate on a 401) is not exposed.
std::optional<Finding> corsExpose(const QString &url, int status, const HeaderList &headers,
                                  const QString &origin);
// A 401 that carries no Bearer challenge: doctor.auth.no_challenge.
std::optional<Finding> authChallenge(const QString &url, int status, const HeaderList &headers);
// No protected resource metadata anywhere: doctor.auth.no_resource_metadata.
Finding noResourceMetadata(const QString &url, const QStringList &tried);
// Neither transport initialized: doctor.mcp.no_transport.
Finding noTransport(const QString &target, const QStringList &failures);
// A basic operation failed: doctor.ops.failed.
Finding operationFailed(const QString &method, const QString &error);
// What an initialize over transport (auto|streamable|sse|stdio as wanted)
// ended with: nothing when it connected or was refused for authorization;
// doctor.mcp.streamable_unavailable when Streamable HTTP failed and HTTP+SSE
// is tried next (wanted auto), else doctor.mcp.no_transport with every
// transport's failure.
std::optional<Finding> initialize(const QString &transport, const QString &wanted, bool connected,
                                  bool authorizationRequired, const QString &target,
                                  const QStringList &failures);
// The protected resource metadata search: doctor.auth.no_resource_metadata
// when none of tried held it.
std::optional<Finding> resourceMetadataFound(const QString &url, const QStringList &tried,
                                             bool found);
// A basic operation's outcome: doctor.ops.failed when it did not succeed.
std::optional<Finding> operation(const QString &method, bool succeeded, const QString &error);
// A burst of pings: doctor.perf.burst_failed when any failed, doctor.perf.slow
// when the p95 is above limitMs.
std::optional<Finding> burst(const QList<double> &latenciesMs, int failures,
                             const QString &firstError, double limitMs);
// Repeated identical requests: doctor.intermittent when some (not all) failed.
std::optional<Finding> repeated(const QString &method, int failures, int total,
                                const QString &firstError);
// The MCP URL's scheme: doctor.tls.plain_http for http on a host that is
// not loopback.
std::optional<Finding> plainHttp(const QUrl &url);
// A certificate that expires within 14 days: doctor.tls.expiring.
std::optional<Finding> expiringSoon(const QString &host, qint64 notAfterMs, qint64 nowMs);
// The nearest-rank percentile (p in 0..100) of values; -1 when empty.
double percentile(QList<double> values, double p);

} // namespace DoctorChecks

} // namespace mcpscope

Q_DECLARE_METATYPE(mcpscope::DoctorCheck)
Q_DECLARE_METATYPE(mcpscope::DoctorReport)
