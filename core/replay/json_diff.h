#pragma once

#include "common/error.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpscope {

class IgnoreMatcher;

// One line of a line diff: kept, only in the new text, or only in the old.
struct LineDiffEntry
{
    enum class Kind
    {
        Same,
        Added,
        Removed
    };
    Kind kind = Kind::Same;
    QString line;

    bool operator==(const LineDiffEntry &) const = default;
};

// The lines of a turned into those of b ('\n' separates lines; a trailing
// '\r' stays part of its line), shortest edit by longest common subsequence.
// Common leading and trailing lines are trimmed first; when what remains
// would need more than kLineDiffCells comparisons, the middle is reported as
// removed then added instead of searched (the result is still a correct edit,
// only not the shortest).
QList<LineDiffEntry> lineDiff(const QString &a, const QString &b);
inline constexpr qsizetype kLineDiffCells = qsizetype(1) << 22;

// One difference between two JSON documents.
//   pointer: RFC 6901 ("" is the whole document, "/a~1b/0" is member "a/b",
//     then item 0); for Removed it points into the old document, otherwise
//     into the new one.
//   oldValue / newValue: Undefined on the side that has no value. An MCP
//     image or audio content object ({"type":"image"|"audio","data":…})
//     never carries its base64: its data is replaced by
//     {"sha256": hex, "size": decoded bytes}, and two such contents whose
//     data differ give one Changed at ".../data" with those summaries.
struct JsonChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString pointer;
    QJsonValue oldValue;
    QJsonValue newValue;

    // A Changed whose two sides are strings at least one of which holds
    // several lines: lines() gives their line diff.
    bool isMultiLineText() const;
    QList<LineDiffEntry> lines() const;

    bool operator==(const JsonChange &) const = default;
};

// JSON pointers whose members a diff skips. A rule is a pointer whose
// segments may be "*" (any one segment) or "**" (any number, none included):
// "/id", "/result/_meta", "/**/timestamp", "/content/*/annotations". A rule
// matches a member and so everything under it. Rules are kept as written so
// they can be saved (toStringList) and read back (fromStringList); a string
// that is not a pointer (does not start with '/', and is not "") is dropped.
class IgnoreRules final
{
public:
    IgnoreRules() = default;
    explicit IgnoreRules(const QStringList &rules) { *this = fromStringList(rules); }

    // The members that differ from run to run of the same call: the JSON-RPC
    // id, every _meta and every timestamp.
    static IgnoreRules volatileMembers();
    static IgnoreRules fromStringList(const QStringList &rules);
    QStringList toStringList() const { return m_rules; }

    // False (and nothing added) when rule is not a pointer.
    bool add(const QString &rule);
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Whether the member at these (unescaped) segments is ignored.
    bool matches(const QStringList &segments) const;

private:
    friend class IgnoreMatcher; // the diff's incremental matcher reads the segments
    QStringList m_rules;
    QList<QStringList> m_segments; // unescaped, one list per rule
};

// JSON-aware structural diff.
//   Objects are compared member by member (Added, Removed, or recursed into).
//   Arrays: when every item of both arrays is an object carrying a string
//   member "name", "uri", "uriTemplate" or "id" (the first of these that all
//   items carry, its values unique within each array) — tools, resources,
//   templates, prompts — items are matched by that key: an item with a key
//   only in a is Removed, only in b Added, in both recursed into (at its
//   index in b). Otherwise items are matched by index and the longer array's
//   tail is Added or Removed.
//   Scalars of different value or type, and an object against an array, are
//   one Changed.
// Changes come in document order of b (removed members in that of a, after
// the members of their object). Values nested more than kMaxDepth deep give a
// ReplayDiffDepth error instead of a partial result. Reentrant; no Qt event
// loop needed, so it can run on a worker thread.
namespace JsonDiff {

inline constexpr int kMaxDepth = 512;

Result<QList<JsonChange>> compare(const QJsonValue &a, const QJsonValue &b,
                                  const IgnoreRules &rules = {});

// "a/b~c" -> "a~1b~0c" and back; pointerFromSegments joins escaped segments
// with '/'.
QString escapeSegment(const QString &segment);
QString unescapeSegment(const QString &segment);
QString pointerFromSegments(const QStringList &segments);

// A value on one line, the way reports and lists show it: compact JSON
// (strings quoted, control characters escaped), cut to maxChars and ended
// with "…" when longer (maxChars < 0: whole). Undefined gives "".
QString compactJson(const QJsonValue &value, qsizetype maxChars = -1);

} // namespace JsonDiff

} // namespace mcpscope
