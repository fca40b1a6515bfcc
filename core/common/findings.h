#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace mcpscope {

// Every explanation McpScope gives is a finding (DESIGN.md, Findings;
// Wireshark's expert info is the model): a kind registered once here, plus an
// instance with the arguments its texts need and the exchanges and messages
// that are its evidence.

enum class FindingSeverity
{
    Note,
    Warning,
    Error
};

// A registered kind. Texts are untranslated source strings (QT_TRANSLATE_NOOP
// in the context "mcpscope::Findings"); summary, cause and fix may hold %1…%9,
// filled from the instance's arguments. The id never changes once released.
struct FindingKind
{
    const char *id;    // "group.name[.detail]", e.g. "oauth.invalid_grant.redirect_mismatch"
    const char *group; // http, tls, oauth, mcp, vault, capture, net, analytics
    FindingSeverity severity;
    const char *title;   // a short name for lists, no placeholders
    const char *summary; // what happened, in place
    const char *cause;   // the likely cause
    const char *fix;     // what to do
};

// The registry, in a stable order.
const QList<FindingKind> &findingKinds();
// The kind with this id, or nullptr.
const FindingKind *findingKind(QStringView id);

// One finding: a kind, the arguments of its texts, and its evidence.
struct Finding
{
    QString kind; // a registered id
    QStringList arguments;
    QList<qint64> exchangeIds;
    QList<qint64> messageIds;
    qint64 sessionId = 0;
    qint64 atMs = 0;
    qint64 id = 0; // the store's row id once stored
    // Who raised it: "" (= "live": a flow, in place), "rules" (the passive
    // diagnostics rules, replaced per session each run), "doctor".
    QString source;

    FindingSeverity severity() const;
    QString group() const;
    // Translated, with the arguments filled in.
    QString title() const;
    QString summary() const;
    QString cause() const;
    QString fix() const;
    // summary, cause and fix as one text (how most failures read in place).
    QString message() const;
    // source, with "" read as "live" (what is stored and exported).
    QString sourceId() const { return source.isEmpty() ? QStringLiteral("live") : source; }

    bool operator==(const Finding &) const = default;
};

// Its arguments pass through scrubbedArguments().
Finding makeFinding(const char *kind, QStringList arguments = {}, QList<qint64> exchangeIds = {});
// The arguments with every secret the process knows (SecretSet::process())
// replaced by the redaction placeholder. Arguments may hold server text.
QStringList scrubbedArguments(QStringList arguments);

QString severityName(FindingSeverity severity); // translated
QString severityId(FindingSeverity severity);   // "note", "warning", "error": stored
FindingSeverity severityFromId(QStringView id);

// Where a flow that finds something records it (the capture store's
// findings table, or a test). Implementations must be callable from the
// thread the flow runs on.
class FindingSink
{
public:
    virtual ~FindingSink() = default;
    virtual void recordFinding(const Finding &finding) = 0;
};

} // namespace mcpscope

Q_DECLARE_METATYPE(mcpscope::Finding)
