#include "replay/json_diff.h"
#include "common/translate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return translateIn({"mcpscope", "mcpscope::JsonDiff"}, text);
}

// Index-matching would report every item after an insertion as changed; a
// key that names the item (a tool's name, a resource's uri) survives reorders
// and insertions. The first key every item carries, unique on each side.
const char *const kItemKeys[] = {"name", "uri", "uriTemplate", "id"};

bool isMedia(const QJsonObject &object)
{
    // "data" first: most objects have none, and the lookup allocates nothing.
    if (!object.value(QLatin1String("data")).isString())
        return false;
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isString())
        return false;
    const QString text = type.toString();
    return text == u"image" || text == u"audio";
}

// Base64 of a screenshot says nothing to a reader and can be megabytes: what
// tells two images apart is their hash and size.
QJsonValue mediaSummary(const QJsonValue &data)
{
    if (!data.isString())
        return data;
    const QByteArray bytes = QByteArray::fromBase64(data.toString().toLatin1());
    return QJsonObject{
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("size"), double(bytes.size())}};
}

QJsonValue presentObject(QJsonObject object)
{
    if (isMedia(object))
        object.insert(QStringLiteral("data"), mediaSummary(object.value(QLatin1String("data"))));
    return object;
}

// A value as a change carries it: media content (alone, or the items of a
// content array) with its data summarised.
QJsonValue present(const QJsonValue &value)
{
    if (value.isObject())
        return presentObject(value.toObject());
    if (!value.isArray())
        return value;
    QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        if (array.at(i).isObject() && isMedia(array.at(i).toObject()))
            array[i] = presentObject(array.at(i).toObject());
    return array;
}

// One step of the path to the value being compared: a member (key) or an
// array item (index >= 0). Kept unescaped and unjoined: the pointer text is
// only built for a change.
struct Segment
{
    QString key;
    qsizetype index = -1;
};

} // namespace

// The ignore rules run as a small automaton along the path: each step of the
// descent advances the states of the step above instead of matching every
// rule against the whole path again, and an array index is compared as a
// number, not turned into text.
class IgnoreMatcher final
{
public:
    explicit IgnoreMatcher(const IgnoreRules &rules)
    {
        for (const QStringList &rule : rules.m_segments) {
            std::vector<RuleSegment> compiled;
            for (const QString &text : rule) {
                RuleSegment segment;
                if (text == u"**") {
                    segment.kind = RuleSegment::AnyDepth;
                } else if (text == u"*") {
                    segment.kind = RuleSegment::Any;
                } else {
                    segment.text = text;
                    bool ok = false;
                    const qlonglong number = text.toLongLong(&ok);
                    // "01" names a member, never item 1 (the pointer text of item 1 is "1").
                    if (ok && number >= 0 && QString::number(number) == text)
                        segment.index = number;
                }
                compiled.push_back(std::move(segment));
            }
            m_rules.push_back(std::move(compiled));
        }
        m_levels.emplace_back();
        for (int r = 0; r < int(m_rules.size()); ++r)
            m_rootMatched = add(m_levels.back(), r, 0) || m_rootMatched;
    }

    bool isEmpty() const { return m_rules.empty(); }
    bool rootMatched() const { return m_rootMatched; }

    // Descends one step; true when the value there is ignored. Every enter()
    // is paired with a leave().
    bool enter(const Segment &segment)
    {
        if (m_rules.empty())
            return false;
        ++m_depth;
        if (m_levels.size() <= m_depth)
            m_levels.emplace_back();
        std::vector<State> &next = m_levels[m_depth];
        next.clear();
        bool matched = false;
        for (const State &state : m_levels[m_depth - 1]) {
            const RuleSegment &rule = m_rules[size_t(state.rule)][size_t(state.at)];
            switch (rule.kind) {
            case RuleSegment::AnyDepth:
                matched = add(next, state.rule, state.at) || matched;
                break;
            case RuleSegment::Any:
                matched = add(next, state.rule, state.at + 1) || matched;
                break;
            case RuleSegment::Literal:
                if (segment.index >= 0 ? rule.index == segment.index : rule.text == segment.key)
                    matched = add(next, state.rule, state.at + 1) || matched;
                break;
            }
        }
        return matched;
    }

    void leave()
    {
        if (!m_rules.empty())
            --m_depth;
    }

private:
    struct RuleSegment
    {
        enum Kind
        {
            Literal,
            Any,
            AnyDepth
        };
        Kind kind = Literal;
        QString text;
        qlonglong index = -1; // text as an array index, or -1
    };
    struct State
    {
        int rule;
        int at; // the rule segment still to match
        bool operator==(const State &) const = default;
    };

    // Adds a state and what "**" may skip; true when a rule is matched whole
    // (the value and all under it are ignored).
    bool add(std::vector<State> &states, int rule, int at)
    {
        const std::vector<RuleSegment> &segments = m_rules[size_t(rule)];
        if (at == int(segments.size()))
            return true;
        const State state{rule, at};
        if (std::find(states.begin(), states.end(), state) != states.end())
            return false;
        states.push_back(state);
        return segments[size_t(at)].kind == RuleSegment::AnyDepth && add(states, rule, at + 1);
    }

    std::vector<std::vector<RuleSegment>> m_rules;
    std::vector<std::vector<State>> m_levels; // the live states at each depth
    size_t m_depth = 0;
    bool m_rootMatched = false;
};

namespace {

class Differ
{
public:
    explicit Differ(const IgnoreRules &rules) : m_matcher(rules) {}

    void run(const QJsonValue &a, const QJsonValue &b)
    {
        if (!m_matcher.rootMatched())
            diff(a, b, 0);
    }

    bool tooDeep() const { return m_tooDeep; }
    QList<JsonChange> takeChanges() { return std::move(m_changes); }

private:
    // Calls f with segment on the path, unless the rules ignore what is there.
    template <typename F> void at(Segment segment, F &&f)
    {
        const bool ignored = m_matcher.enter(segment);
        if (!ignored) {
            m_path.push_back(std::move(segment));
            f();
            m_path.pop_back();
        }
        m_matcher.leave();
    }

    // Recursion is bounded by kMaxDepth; each frame is small, so 512 frames
    // are far from any thread's stack limit.
    void diff(const QJsonValue &a, const QJsonValue &b, int depth)
    {
        if (a.type() != b.type()) {
            record(JsonChange::Kind::Changed, present(a), present(b));
            return;
        }
        switch (a.type()) {
        case QJsonValue::Object:
        case QJsonValue::Array:
            if (depth >= JsonDiff::kMaxDepth) {
                m_tooDeep = true;
                return;
            }
            if (a.isObject())
                diffObjects(a.toObject(), b.toObject(), depth + 1);
            else
                diffArrays(a.toArray(), b.toArray(), depth + 1);
            return;
        default:
            if (a != b)
                record(JsonChange::Kind::Changed, a, b);
        }
    }

    QString pointer() const
    {
        QString out;
        for (const Segment &segment : m_path) {
            out += QLatin1Char('/');
            if (segment.index >= 0)
                out += QString::number(segment.index);
            else
                out += JsonDiff::escapeSegment(segment.key);
        }
        return out;
    }

    void record(JsonChange::Kind kind, QJsonValue oldValue, QJsonValue newValue)
    {
        m_changes.append(JsonChange{kind, pointer(), std::move(oldValue), std::move(newValue)});
    }

    // A member or item only one side has (the ignore rules were applied by at()).
    void recordOneSided(JsonChange::Kind kind, const QJsonValue &value)
    {
        if (kind == JsonChange::Kind::Added)
            record(kind, QJsonValue(QJsonValue::Undefined), present(value));
        else
            record(kind, present(value), QJsonValue(QJsonValue::Undefined));
    }

    using Keys = QVarLengthArray<QString, 16>;

    // The keys of object in order; false when they are not strictly
    // ascending.
    static bool sortedKeys(const QJsonObject &object, Keys &keys)
    {
        keys.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            keys.append(it.key());
            if (keys.size() > 1 && keys.at(keys.size() - 2).compare(keys.last()) >= 0)
                return false;
        }
        return true;
    }

    // A member of a (old) and b (now); null on the side that lacks it.
    void member(const QString &key, bool media, const QJsonObject::const_iterator *old,
                const QJsonObject::const_iterator *now, int depth)
    {
        const bool data = media && key == u"data";
        at({key, -1}, [&] {
            if (!old) {
                recordOneSided(JsonChange::Kind::Added,
                               data ? mediaSummary(now->value()) : QJsonValue(now->value()));
            } else if (!now) {
                recordOneSided(JsonChange::Kind::Removed,
                               data ? mediaSummary(old->value()) : QJsonValue(old->value()));
            } else if (!data) {
                diff(old->value(), now->value(), depth);
            } else if (old->value() != now->value()) {
                // The base64 is hashed only when the two differ.
                record(JsonChange::Kind::Changed, mediaSummary(old->value()),
                       mediaSummary(now->value()));
            }
        });
    }

    void diffObjects(const QJsonObject &a, const QJsonObject &b, int depth)
    {
        // Qt keeps an object's members sorted by key (it finds them by binary
        // search), so one walk over both pairs them without a lookup per
        // member. Should an object ever come unsorted, members are looked up.
        Keys oldKeys, newKeys;
        const bool sorted = sortedKeys(a, oldKeys) && sortedKeys(b, newKeys);
        // Looking "data" up in every object would cost more than the walk.
        auto hasData = [](const Keys &keys) {
            return std::find(keys.cbegin(), keys.cend(), u"data") != keys.cend();
        };
        const bool media =
            (!sorted || hasData(oldKeys) || hasData(newKeys)) && (isMedia(a) || isMedia(b));
        if (!sorted) {
            for (auto it = b.constBegin(); it != b.constEnd() && !m_tooDeep; ++it) {
                const auto old = a.constFind(it.key());
                member(it.key(), media, old == a.constEnd() ? nullptr : &old, &it, depth);
            }
            for (auto it = a.constBegin(); it != a.constEnd() && !m_tooDeep; ++it)
                if (!b.contains(it.key()))
                    member(it.key(), media, &it, nullptr, depth);
            return;
        }
        QVarLengthArray<qsizetype, 16> removed;
        qsizetype i = 0;
        for (qsizetype j = 0; j < newKeys.size() && !m_tooDeep; ++j) {
            int order = 1;
            while (i < oldKeys.size() && (order = oldKeys.at(i).compare(newKeys.at(j))) < 0)
                removed.append(i++);
            const auto now = b.constBegin() + j;
            if (i < oldKeys.size() && order == 0) {
                const auto old = a.constBegin() + i++;
                member(newKeys.at(j), media, &old, &now, depth);
            } else {
                member(newKeys.at(j), media, nullptr, &now, depth);
            }
        }
        while (i < oldKeys.size())
            removed.append(i++);
        for (qsizetype r : removed) {
            if (m_tooDeep)
                break;
            const auto old = a.constBegin() + r;
            member(oldKeys.at(r), media, &old, nullptr, depth);
        }
    }

    // The item keys of one array under a candidate key, or false when an
    // item is not an object with that string member or a key repeats.
    static bool itemKeys(const QJsonArray &items, QLatin1String name, QList<QString> &keys,
                         QHash<QString, qsizetype> &index)
    {
        keys.clear();
        index.clear();
        keys.reserve(items.size());
        index.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (!item.isObject())
                return false;
            const QJsonValue value = item.toObject().value(name);
            if (!value.isString())
                return false;
            QString text = value.toString();
            if (index.contains(text))
                return false;
            index.insert(text, i);
            keys.append(std::move(text));
        }
        return true;
    }

    void diffArrays(const QJsonArray &a, const QJsonArray &b, int depth)
    {
        // The first key every item of both arrays carries, unique on each side.
        QList<QString> oldKeys, newKeys;
        QHash<QString, qsizetype> oldIndex, newIndex;
        bool keyed = false;
        if (!a.isEmpty() && !b.isEmpty())
            for (const char *key : kItemKeys)
                if (itemKeys(a, QLatin1String(key), oldKeys, oldIndex) &&
                    itemKeys(b, QLatin1String(key), newKeys, newIndex)) {
                    keyed = true;
                    break;
                }
        if (keyed) {
            std::vector<bool> matched(size_t(a.size()), false);
            for (qsizetype j = 0; j < b.size() && !m_tooDeep; ++j) {
                const auto found = oldIndex.constFind(newKeys.at(j));
                if (found != oldIndex.constEnd())
                    matched[size_t(*found)] = true;
                at({QString(), j}, [&] {
                    if (found == oldIndex.constEnd())
                        recordOneSided(JsonChange::Kind::Added, b.at(j));
                    else
                        diff(a.at(*found), b.at(j), depth);
                });
            }
            for (qsizetype i = 0; i < a.size() && !m_tooDeep; ++i) {
                if (matched[size_t(i)])
                    continue;
                at({QString(), i}, [&] { recordOneSided(JsonChange::Kind::Removed, a.at(i)); });
            }
            return;
        }
        const qsizetype common = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < common && !m_tooDeep; ++i)
            at({QString(), i}, [&] { diff(a.at(i), b.at(i), depth); });
        for (qsizetype j = common; j < b.size(); ++j)
            at({QString(), j}, [&] { recordOneSided(JsonChange::Kind::Added, b.at(j)); });
        for (qsizetype i = common; i < a.size(); ++i)
            at({QString(), i}, [&] { recordOneSided(JsonChange::Kind::Removed, a.at(i)); });
    }

    IgnoreMatcher m_matcher;
    std::vector<Segment> m_path; // the value being compared
    QList<JsonChange> m_changes;
    bool m_tooDeep = false;
};

// Whether rule[i..] matches path[j..] or a prefix of it (a rule covers what
// lies under the member it names).
bool ruleMatches(const QStringList &rule, qsizetype i, const QStringList &path, qsizetype j)
{
    for (; i < rule.size(); ++i, ++j) {
        if (rule.at(i) == u"**") {
            if (i + 1 == rule.size())
                return true;
            for (qsizetype k = j; k <= path.size(); ++k)
                if (ruleMatches(rule, i + 1, path, k))
                    return true;
            return false;
        }
        if (j == path.size())
            return false;
        if (rule.at(i) != u"*" && rule.at(i) != path.at(j))
            return false;
    }
    return true;
}

} // namespace

bool JsonChange::isMultiLineText() const
{
    return kind == Kind::Changed && oldValue.isString() && newValue.isString() &&
           (oldValue.toString().contains(QLatin1Char('\n')) ||
            newValue.toString().contains(QLatin1Char('\n')));
}

QList<LineDiffEntry> JsonChange::lines() const
{
    return isMultiLineText() ? lineDiff(oldValue.toString(), newValue.toString())
                             : QList<LineDiffEntry>();
}

QList<LineDiffEntry> lineDiff(const QString &a, const QString &b)
{
    using Kind = LineDiffEntry::Kind;
    const QStringList oldLines = a.split(QLatin1Char('\n'));
    const QStringList newLines = b.split(QLatin1Char('\n'));
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() &&
           oldLines.at(head) == newLines.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head &&
           oldLines.at(oldLines.size() - 1 - tail) == newLines.at(newLines.size() - 1 - tail))
        ++tail;

    QList<LineDiffEntry> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({Kind::Same, oldLines.at(i)});

    const qsizetype n = oldLines.size() - head - tail;
    const qsizetype m = newLines.size() - head - tail;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= kLineDiffCells) {
        // Lines as numbers so the table compares integers, not strings.
        QHash<QString, int> ids;
        auto idsOf = [&](const QStringList &lines, qsizetype count) {
            std::vector<int> numbers(static_cast<size_t>(count));
            for (qsizetype i = 0; i < count; ++i) {
                auto it = ids.constFind(lines.at(head + i));
                if (it == ids.constEnd())
                    it = ids.insert(lines.at(head + i), int(ids.size()));
                numbers[size_t(i)] = it.value();
            }
            return numbers;
        };
        const std::vector<int> x = idsOf(oldLines, n);
        const std::vector<int> y = idsOf(newLines, m);
        // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
        const size_t width = size_t(m) + 1;
        std::vector<quint32> lcs((size_t(n) + 1) * width, 0);
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[size_t(i) * width + size_t(j)] =
                    x[size_t(i)] == y[size_t(j)] ? lcs[size_t(i + 1) * width + size_t(j + 1)] + 1
                                                 : std::max(lcs[size_t(i + 1) * width + size_t(j)],
                                                            lcs[size_t(i) * width + size_t(j + 1)]);
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (x[size_t(i)] == y[size_t(j)]) {
                out.append({Kind::Same, oldLines.at(head + i)});
                ++i;
                ++j;
            } else if (lcs[size_t(i + 1) * width + size_t(j)] >=
                       lcs[size_t(i) * width + size_t(j + 1)]) {
                out.append({Kind::Removed, oldLines.at(head + i++)});
            } else {
                out.append({Kind::Added, newLines.at(head + j++)});
            }
        }
        for (; i < n; ++i)
            out.append({Kind::Removed, oldLines.at(head + i)});
        for (; j < m; ++j)
            out.append({Kind::Added, newLines.at(head + j)});
    } else {
        for (qsizetype i = 0; i < n; ++i)
            out.append({Kind::Removed, oldLines.at(head + i)});
        for (qsizetype j = 0; j < m; ++j)
            out.append({Kind::Added, newLines.at(head + j)});
    }

    for (qsizetype i = oldLines.size() - tail; i < oldLines.size(); ++i)
        out.append({Kind::Same, oldLines.at(i)});
    return out;
}

IgnoreRules IgnoreRules::volatileMembers()
{
    return fromStringList(
        {QStringLiteral("/id"), QStringLiteral("/**/_meta"), QStringLiteral("/**/timestamp")});
}

IgnoreRules IgnoreRules::fromStringList(const QStringList &rules)
{
    IgnoreRules out;
    for (const QString &rule : rules)
        out.add(rule);
    return out;
}

bool IgnoreRules::add(const QString &rule)
{
    if (!rule.isEmpty() && !rule.startsWith(QLatin1Char('/')))
        return false;
    QStringList segments;
    if (!rule.isEmpty()) {
        const QStringList escaped = rule.mid(1).split(QLatin1Char('/'));
        for (const QString &segment : escaped)
            segments.append(JsonDiff::unescapeSegment(segment));
    }
    m_rules.append(rule);
    m_segments.append(segments);
    return true;
}

bool IgnoreRules::matches(const QStringList &segments) const
{
    for (const QStringList &rule : m_segments)
        if (ruleMatches(rule, 0, segments, 0))
            return true;
    return false;
}

namespace JsonDiff {

Result<QList<JsonChange>> compare(const QJsonValue &a, const QJsonValue &b,
                                  const IgnoreRules &rules)
{
    Differ differ(rules);
    differ.run(a, b);
    if (differ.tooDeep())
        return makeError(ErrorCode::ReplayDiffDepth,
                         tr("The JSON is nested more than %1 levels deep, so it was not "
                            "compared. Compare a member further down instead.")
                             .arg(kMaxDepth));
    return differ.takeChanges();
}

QString escapeSegment(const QString &segment)
{
    if (!segment.contains(QLatin1Char('~')) && !segment.contains(QLatin1Char('/')))
        return segment;
    QString out = segment;
    out.replace(QLatin1Char('~'), QLatin1String("~0"));
    out.replace(QLatin1Char('/'), QLatin1String("~1"));
    return out;
}

QString unescapeSegment(const QString &segment)
{
    if (!segment.contains(QLatin1Char('~')))
        return segment;
    // ~0 first would turn "~01" into "/" instead of "~1" (RFC 6901, 4).
    QString out = segment;
    out.replace(QLatin1String("~1"), QLatin1String("/"));
    out.replace(QLatin1String("~0"), QLatin1String("~"));
    return out;
}

QString pointerFromSegments(const QStringList &segments)
{
    QString out;
    for (const QString &segment : segments) {
        out += QLatin1Char('/');
        out += escapeSegment(segment);
    }
    return out;
}

QString compactJson(const QJsonValue &value, qsizetype maxChars)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (!value.isUndefined()) {
        // A scalar: inside an array so strings come out quoted and escaped.
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        text = text.mid(1, text.size() - 2);
    }
    if (maxChars >= 0 && text.size() > maxChars)
        text = text.left(maxChars) + QChar(0x2026);
    return text;
}

} // namespace JsonDiff

} // namespace mcpscope
