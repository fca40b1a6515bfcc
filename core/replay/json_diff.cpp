#include "replay/json_diff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <vector>

namespace mcpscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope", text);
}

// Index-matching would report every item after an insertion as changed; a
// key that names the item (a tool's name, a resource's uri) survives reorders
// and insertions. The first key every item carries, unique on each side.
const char *const kItemKeys[] = {"name", "uri", "uriTemplate", "id"};

bool isMedia(const QJsonObject &object)
{
    const QJsonValue type = object.value(QLatin1String("type"));
    return (type == QLatin1String("image") || type == QLatin1String("audio")) &&
           object.value(QLatin1String("data")).isString();
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

class Differ
{
public:
    explicit Differ(const IgnoreRules &rules) : m_rules(rules) {}

    // Recursion is bounded by kMaxDepth; each frame is small, so 512 frames
    // are far from any thread's stack limit.
    void diff(const QJsonValue &a, const QJsonValue &b, int depth)
    {
        if (m_tooDeep || (!m_rules.isEmpty() && m_rules.matches(m_path)))
            return;
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

    bool tooDeep() const { return m_tooDeep; }
    QList<JsonChange> takeChanges() { return std::move(m_changes); }

private:
    void record(JsonChange::Kind kind, QJsonValue oldValue, QJsonValue newValue)
    {
        m_changes.append(JsonChange{kind, JsonDiff::pointerFromSegments(m_path),
                                    std::move(oldValue), std::move(newValue)});
    }

    // A member or item only one side has; the ignore rules apply to it too.
    void recordOneSided(JsonChange::Kind kind, const QJsonValue &value)
    {
        if (!m_rules.isEmpty() && m_rules.matches(m_path))
            return;
        if (kind == JsonChange::Kind::Added)
            record(kind, QJsonValue(QJsonValue::Undefined), present(value));
        else
            record(kind, present(value), QJsonValue(QJsonValue::Undefined));
    }

    void diffObjects(const QJsonObject &a, const QJsonObject &b, int depth)
    {
        const bool media = isMedia(a) || isMedia(b);
        for (auto it = b.constBegin(); it != b.constEnd() && !m_tooDeep; ++it) {
            m_path.append(it.key());
            const auto old = a.constFind(it.key());
            if (old == a.constEnd()) {
                recordOneSided(JsonChange::Kind::Added, media && it.key() == u"data"
                                                            ? mediaSummary(it.value())
                                                            : it.value());
            } else if (media && it.key() == u"data") {
                if (old.value() != it.value() && !(!m_rules.isEmpty() && m_rules.matches(m_path)))
                    record(JsonChange::Kind::Changed, mediaSummary(old.value()),
                           mediaSummary(it.value()));
            } else {
                diff(old.value(), it.value(), depth);
            }
            m_path.removeLast();
        }
        for (auto it = a.constBegin(); it != a.constEnd() && !m_tooDeep; ++it) {
            if (b.contains(it.key()))
                continue;
            m_path.append(it.key());
            recordOneSided(JsonChange::Kind::Removed,
                           media && it.key() == u"data" ? mediaSummary(it.value()) : it.value());
            m_path.removeLast();
        }
    }

    // The key items of both arrays are matched by, or null.
    static const char *itemKey(const QJsonArray &a, const QJsonArray &b)
    {
        if (a.isEmpty() || b.isEmpty())
            return nullptr;
        for (const char *key : kItemKeys) {
            const QLatin1String name(key);
            auto unique = [&](const QJsonArray &items) {
                QSet<QString> seen;
                for (const QJsonValue &item : items) {
                    const QJsonValue value = item.toObject().value(name);
                    if (!item.isObject() || !value.isString())
                        return false;
                    const QString text = value.toString();
                    if (seen.contains(text))
                        return false;
                    seen.insert(text);
                }
                return true;
            };
            if (unique(a) && unique(b))
                return key;
        }
        return nullptr;
    }

    void diffArrays(const QJsonArray &a, const QJsonArray &b, int depth)
    {
        if (const char *key = itemKey(a, b)) {
            const QLatin1String name(key);
            QHash<QString, qsizetype> oldIndex;
            oldIndex.reserve(a.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                oldIndex.insert(a.at(i).toObject().value(name).toString(), i);
            std::vector<bool> matched(size_t(a.size()), false);
            for (qsizetype j = 0; j < b.size() && !m_tooDeep; ++j) {
                const QJsonValue item = b.at(j);
                const auto found = oldIndex.constFind(item.toObject().value(name).toString());
                m_path.append(QString::number(j));
                if (found == oldIndex.constEnd()) {
                    recordOneSided(JsonChange::Kind::Added, item);
                } else {
                    matched[size_t(*found)] = true;
                    diff(a.at(*found), item, depth);
                }
                m_path.removeLast();
            }
            for (qsizetype i = 0; i < a.size() && !m_tooDeep; ++i) {
                if (matched[size_t(i)])
                    continue;
                m_path.append(QString::number(i));
                recordOneSided(JsonChange::Kind::Removed, a.at(i));
                m_path.removeLast();
            }
            return;
        }
        const qsizetype common = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < common && !m_tooDeep; ++i) {
            m_path.append(QString::number(i));
            diff(a.at(i), b.at(i), depth);
            m_path.removeLast();
        }
        for (qsizetype j = common; j < b.size(); ++j) {
            m_path.append(QString::number(j));
            recordOneSided(JsonChange::Kind::Added, b.at(j));
            m_path.removeLast();
        }
        for (qsizetype i = common; i < a.size(); ++i) {
            m_path.append(QString::number(i));
            recordOneSided(JsonChange::Kind::Removed, a.at(i));
            m_path.removeLast();
        }
    }

    const IgnoreRules &m_rules;
    QStringList m_path; // unescaped segments of the value being compared
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
    differ.diff(a, b, 0);
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

} // namespace JsonDiff

} // namespace mcpscope
