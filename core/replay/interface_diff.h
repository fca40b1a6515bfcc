#pragma once

#include "common/error.h"
#include "net/message_record.h"
#include "replay/json_diff.h"
#include "session/mcp_session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mcpscope {

class ExchangeSink;

// What a server offers, as one client saw it: its initialize result and its
// four lists. A part that is not known (a recorded session that never listed
// prompts) is nullopt and is not compared; a list the server does not offer
// (no "prompts" capability) is known and empty.
struct InterfaceSnapshot
{
    std::optional<QJsonObject> initializeResult; // protocolVersion, capabilities, serverInfo, …
    std::optional<QJsonArray> tools;
    std::optional<QJsonArray> resources;
    std::optional<QJsonArray> resourceTemplates;
    std::optional<QJsonArray> prompts;
};

// One difference between two interfaces.
//   category and key: what changed — the server (key: the initialize
//     result's member, e.g. "capabilities"), or a tool or prompt by name, a
//     resource by uri, a template by uriTemplate.
//   kind: the item is only in the new interface (Added), only in the old
//     (Removed), or in both and differs (Changed; also a member added or
//     removed inside an item).
//   pointer: RFC 6901, inside the item ("" for a whole item added or
//     removed); a change inside a tool's input schema is
//     "/inputSchema/properties/x".
//   oldValue / newValue: as JsonChange gives them (Undefined on the side that
//     has none).
struct InterfaceChange
{
    enum class Category
    {
        Server,
        Tool,
        Resource,
        ResourceTemplate,
        Prompt
    };
    using Kind = JsonChange::Kind;

    Category category = Category::Server;
    QString key;
    Kind kind = Kind::Changed;
    QString pointer;
    QJsonValue oldValue;
    QJsonValue newValue;

    // The item's member the change is in ("inputSchema", "description"),
    // empty for a whole item; and the pointer inside that member
    // ("/properties/x"; "" when the member itself changed).
    QString member() const;
    QString memberPointer() const;

    // Stable names for JSON output: "server", "tool", "resource",
    // "resourceTemplate", "prompt"; "added", "removed", "changed".
    static QString categoryId(Category category);
    static QString kindId(Kind kind);
    QJsonObject toJson() const;

    bool operator==(const InterfaceChange &) const = default;
};

struct InterfaceDiff
{
    // By category (server, tools, resources, templates, prompts), then by key,
    // then in document order inside the item.
    QList<InterfaceChange> changes;
    // Categories left out because one side does not know them.
    QList<InterfaceChange::Category> notCompared;

    bool isSame() const { return changes.isEmpty(); }
    QJsonObject toJson() const;
};

// Compares two interfaces. The rules apply inside each item and inside the
// initialize result ("/serverInfo/version", "/_meta", "/**/description").
// Fails only when an item nests deeper than JsonDiff::kMaxDepth.
Result<InterfaceDiff> compareInterfaces(const InterfaceSnapshot &a, const InterfaceSnapshot &b,
                                        const IgnoreRules &rules = {});

// The interface a recorded session saw (CaptureReader::messages() of one
// session): the last initialize result and, per list, the last complete
// listing (every page, following nextCursor, from a request without a
// cursor). Lists never listed in full stay unknown unless the initialize
// result shows the server does not offer them. Fails when the session
// holds neither an initialize result nor a complete listing.
Result<InterfaceSnapshot> interfaceSnapshotFromMessages(const QList<MessageRecord> &messages);

// Takes the snapshot of a live server: opens an McpSession with the given
// options, lists what the server's capabilities offer (every page), closes
// the session. finished() follows once, asynchronously, after the session
// has closed (bounded by options.closeTimeoutMs when set).
class InterfaceSnapshotJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceSnapshotJob)

public:
    // sink (may be null: nothing recorded) must outlive the job.
    explicit InterfaceSnapshotJob(ExchangeSink *sink = nullptr, QObject *parent = nullptr);
    ~InterfaceSnapshotJob() override;

    // Once per job. An option that cannot work (no command) fails the job,
    // still with finished() afterwards.
    void start(const McpSessionOptions &options);

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.code == ErrorCode::None; }
    const InterfaceSnapshot &snapshot() const { return m_snapshot; }
    const Error &error() const { return m_error; }
    // Whether the failure was the server's JSON-RPC error (not the network).
    bool rpcError() const { return m_rpcError; }
    // The session, for its signals (serverLog, protocolProblem) before start().
    McpSession *session() const { return m_session; }

Q_SIGNALS:
    void finished();

private:
    void onConnected();
    void onListed(McpRequest *request, std::optional<QJsonArray> *into);
    void fail(const Error &error, bool rpcError);
    void finish();

    McpSession *m_session;
    InterfaceSnapshot m_snapshot;
    Error m_error;
    bool m_rpcError = false;
    bool m_started = false;
    bool m_connected = false;
    bool m_finished = false;
    int m_pending = 0;
};

} // namespace mcpscope
