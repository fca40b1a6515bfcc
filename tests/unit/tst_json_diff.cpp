#include "error_code_testing.h"
#include "replay/json_diff.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

Q_DECLARE_METATYPE(QList<JsonChange>)

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + ']');
    Q_ASSERT(doc.isArray());
    return doc.array().first();
}

// Changes written as "kind pointer old -> new", values as compact JSON, so a
// failure prints what differed.
QStringList describe(const QList<JsonChange> &changes)
{
    auto text = [](const QJsonValue &v) {
        if (v.isUndefined())
            return QStringLiteral("_");
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    QStringList out;
    for (const JsonChange &c : changes) {
        const char *kind = c.kind == JsonChange::Kind::Added     ? "added"
                           : c.kind == JsonChange::Kind::Removed ? "removed"
                                                                 : "changed";
        out.append(QStringLiteral("%1 %2 %3 -> %4")
                       .arg(QLatin1String(kind), c.pointer, text(c.oldValue), text(c.newValue)));
    }
    return out;
}

QJsonValue nested(int depth)
{
    QByteArray text = "1";
    for (int i = 0; i < depth; ++i)
        text = "[" + text + "]";
    return QJsonDocument::fromJson("[" + text + "]").array().first();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *a, const char *b, QStringList rules,
                      QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << rules
                                << expected;
        };
        const QStringList none;
        const QStringList noChange;
        row("equal objects", "{\"a\":1,\"b\":[1,{\"c\":null}]}", "{\"b\":[1,{\"c\":null}],\"a\":1}",
            none, noChange);
        row("equal scalars", "\"x\"", "\"x\"", none, noChange);
        row("member added", "{\"a\":1}", "{\"a\":1,\"b\":2}", none,
            {QStringLiteral("added /b _ -> 2")});
        row("member removed", "{\"a\":1,\"b\":2}", "{\"a\":1}", none,
            {QStringLiteral("removed /b 2 -> _")});
        row("member changed", "{\"a\":1}", "{\"a\":\"1\"}", none,
            {QStringLiteral("changed /a 1 -> \"1\"")});
        row("null against missing", "{\"a\":null}", "{}", none,
            {QStringLiteral("removed /a null -> _")});
        row("whole document", "[1]", "{\"0\":1}", none,
            {QStringLiteral("changed  [1] -> {\"0\":1}")});
        row("slash and tilde escaped", "{\"a/b\":1,\"c~d\":{\"~1\":1}}",
            "{\"a/b\":2,\"c~d\":{\"~1\":2}}", none,
            {QStringLiteral("changed /a~1b 1 -> 2"), QStringLiteral("changed /c~0d/~01 1 -> 2")});
        row("empty member name", "{\"\":1}", "{\"\":2}", none,
            {QStringLiteral("changed / 1 -> 2")});
        row("nested", "{\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"a\"}]}}",
            "{\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"b\"}]}}", none,
            {QStringLiteral("changed /result/content/0/text \"a\" -> \"b\"")});
        row("array by index, tail added", "[1,2]", "[1,3,4]", none,
            {QStringLiteral("changed /1 2 -> 3"), QStringLiteral("added /2 _ -> 4")});
        row("array by index, tail removed", "[1,2,3]", "[1]", none,
            {QStringLiteral("removed /1 2 -> _"), QStringLiteral("removed /2 3 -> _")});
        row("array by name: insert, change, remove",
            "[{\"name\":\"a\",\"v\":1},{\"name\":\"b\",\"v\":1},{\"name\":\"c\",\"v\":1}]",
            "[{\"name\":\"new\",\"v\":1},{\"name\":\"a\",\"v\":1},{\"name\":\"b\",\"v\":2}]", none,
            {QStringLiteral("added /0 _ -> {\"name\":\"new\",\"v\":1}"),
             QStringLiteral("changed /2/v 1 -> 2"),
             QStringLiteral("removed /2 {\"name\":\"c\",\"v\":1} -> _")});
        row("array by name: reordered is equal",
            "[{\"name\":\"a\",\"v\":1},{\"name\":\"b\",\"v\":2}]",
            "[{\"name\":\"b\",\"v\":2},{\"name\":\"a\",\"v\":1}]", none, noChange);
        row("array by uri", "[{\"uri\":\"x:1\",\"n\":1},{\"uri\":\"x:2\",\"n\":1}]",
            "[{\"uri\":\"x:2\",\"n\":2}]", none,
            {QStringLiteral("changed /0/n 1 -> 2"),
             QStringLiteral("removed /0 {\"n\":1,\"uri\":\"x:1\"} -> _")});
        row("duplicate names fall back to index",
            "[{\"name\":\"a\",\"v\":1},{\"name\":\"a\",\"v\":2}]",
            "[{\"name\":\"a\",\"v\":2},{\"name\":\"a\",\"v\":1}]", none,
            {QStringLiteral("changed /0/v 1 -> 2"), QStringLiteral("changed /1/v 2 -> 1")});
        row("ignore exact", "{\"id\":1,\"result\":{\"id\":1}}", "{\"id\":2,\"result\":{\"id\":2}}",
            {QStringLiteral("/id")}, {QStringLiteral("changed /result/id 1 -> 2")});
        row("ignore covers the subtree", "{\"result\":{\"_meta\":{\"a\":1}}}",
            "{\"result\":{\"_meta\":{\"a\":2,\"b\":3}}}", {QStringLiteral("/result/_meta")},
            noChange);
        row("ignore added member", "{}", "{\"result\":{\"_meta\":1}}", {QStringLiteral("/result")},
            noChange);
        row("ignore star is one segment",
            "{\"content\":[{\"t\":1},{\"t\":1}],\"x\":{\"y\":{\"t\":1}}}",
            "{\"content\":[{\"t\":2},{\"t\":2}],\"x\":{\"y\":{\"t\":2}}}",
            {QStringLiteral("/content/*/t"), QStringLiteral("/*/t")},
            {QStringLiteral("changed /x/y/t 1 -> 2")});
        row("ignore double star is any depth",
            "{\"timestamp\":1,\"a\":[{\"b\":{\"timestamp\":1}}]}",
            "{\"timestamp\":2,\"a\":[{\"b\":{\"timestamp\":2}}]}",
            {QStringLiteral("/**/timestamp")}, noChange);
        row("ignore escaped segment", "{\"a/b\":1,\"c\":1}", "{\"a/b\":2,\"c\":2}",
            {QStringLiteral("/a~1b")}, {QStringLiteral("changed /c 1 -> 2")});
        row("volatile preset",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"_meta\":{\"x\":1},\"v\":1}}",
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"_meta\":{\"x\":2},\"v\":2}}",
            IgnoreRules::volatileMembers().toStringList(),
            {QStringLiteral("changed /result/v 1 -> 2")});
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QStringList, rules);
        QFETCH(QStringList, expected);
        const auto changes =
            JsonDiff::compare(json(a.toUtf8()), json(b.toUtf8()), IgnoreRules(rules));
        QVERIFY(changes);
        QCOMPARE(describe(*changes), expected);
        // The same two the other way round give as many changes, and a
        // document against itself none.
        const auto reversed =
            JsonDiff::compare(json(b.toUtf8()), json(a.toUtf8()), IgnoreRules(rules));
        QVERIFY(reversed);
        QCOMPARE(reversed->size(), changes->size());
        QVERIFY(JsonDiff::compare(json(a.toUtf8()), json(a.toUtf8()))->isEmpty());
    }

    void imagesComparedByHash()
    {
        const QByteArray red("\x89PNG red pixels", 15), blue("\x89PNG blue pixels!", 17);
        auto image = [](const QByteArray &bytes) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                               {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                               {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}};
        };
        auto result = [](const QJsonObject &content) {
            return QJsonObject{{QStringLiteral("content"), QJsonArray{content}}};
        };
        QVERIFY(JsonDiff::compare(result(image(red)), result(image(red)))->isEmpty());

        const auto changed = JsonDiff::compare(result(image(red)), result(image(blue)));
        QVERIFY(changed);
        QCOMPARE(changed->size(), 1);
        const JsonChange &c = changed->first();
        QCOMPARE(c.kind, JsonChange::Kind::Changed);
        QCOMPARE(c.pointer, QStringLiteral("/content/0/data"));
        QCOMPARE(c.oldValue.toObject(), (QJsonObject{{QStringLiteral("sha256"), sha256Hex(red)},
                                                     {QStringLiteral("size"), 15}}));
        QCOMPARE(c.newValue.toObject(), (QJsonObject{{QStringLiteral("sha256"), sha256Hex(blue)},
                                                     {QStringLiteral("size"), 17}}));

        // An image added as a whole carries its summary, not its base64.
        const auto added = JsonDiff::compare(QJsonObject{{QStringLiteral("content"), QJsonArray{}}},
                                             result(image(blue)));
        QVERIFY(added);
        QCOMPARE(describe(*added).size(), 1);
        QCOMPARE(added->first().pointer, QStringLiteral("/content/0"));
        QCOMPARE(added->first()
                     .newValue.toObject()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("sha256")),
                 QJsonValue(sha256Hex(blue)));
        QVERIFY(!describe(*added).first().contains(QString::fromLatin1(blue.toBase64())));

        // The data member can be ignored like any other.
        QVERIFY(JsonDiff::compare(result(image(red)), result(image(blue)),
                                  IgnoreRules({QStringLiteral("/content/*/data")}))
                    ->isEmpty());
    }

    void multiLineTextHasALineDiff()
    {
        const auto changes = JsonDiff::compare(json("{\"text\":\"one\\ntwo\\nthree\"}"),
                                               json("{\"text\":\"one\\n2\\nthree\\nfour\"}"));
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QVERIFY(changes->first().isMultiLineText());
        using K = LineDiffEntry::Kind;
        const QList<LineDiffEntry> expected{{K::Same, QStringLiteral("one")},
                                            {K::Removed, QStringLiteral("two")},
                                            {K::Added, QStringLiteral("2")},
                                            {K::Same, QStringLiteral("three")},
                                            {K::Added, QStringLiteral("four")}};
        QCOMPARE(changes->first().lines(), expected);
        QVERIFY(!JsonDiff::compare(json("{\"t\":\"a\"}"), json("{\"t\":\"b\"}"))
                     ->first()
                     .isMultiLineText());
    }

    void lineDiff_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected"); // one char per line: = + -
        QTest::newRow("same") << "a\nb"
                              << "a\nb"
                              << "==";
        QTest::newRow("append") << "a"
                                << "a\nb"
                                << "=+";
        QTest::newRow("delete middle") << "a\nb\nc"
                                       << "a\nc"
                                       << "=-=";
        QTest::newRow("replace all") << "a\nb"
                                     << "c"
                                     << "--+";
        QTest::newRow("lcs keeps the longest run") << "x\na\nb\nc\ny"
                                                   << "a\nb\nc\nz"
                                                   << "-===-+";
        QTest::newRow("empty to text") << ""
                                       << "a"
                                       << "-+";
    }
    void lineDiff()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        const QList<LineDiffEntry> diff = mcpscope::lineDiff(a, b);
        QString kinds;
        QStringList oldSide, newSide;
        for (const LineDiffEntry &e : diff) {
            kinds += e.kind == LineDiffEntry::Kind::Same    ? QLatin1Char('=')
                     : e.kind == LineDiffEntry::Kind::Added ? QLatin1Char('+')
                                                            : QLatin1Char('-');
            if (e.kind != LineDiffEntry::Kind::Added)
                oldSide.append(e.line);
            if (e.kind != LineDiffEntry::Kind::Removed)
                newSide.append(e.line);
        }
        QCOMPARE(kinds, expected);
        // Either side can be rebuilt from the diff.
        QCOMPARE(oldSide.join(QLatin1Char('\n')), a);
        QCOMPARE(newSide.join(QLatin1Char('\n')), b);
    }

    void tooDeepIsAnError()
    {
        const QJsonValue deep = nested(JsonDiff::kMaxDepth + 1);
        QVERIFY(!deep.isUndefined());
        const auto result = JsonDiff::compare(deep, deep);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ReplayDiffDepth);
        QCOMPARE(errorCodeId(result.error().code), QStringLiteral("replay.diff_depth"));
        QVERIFY2(result.error().message.contains(QString::number(JsonDiff::kMaxDepth)),
                 qPrintable(result.error().message));
        // At the limit it still compares.
        const auto atLimit =
            JsonDiff::compare(nested(JsonDiff::kMaxDepth), nested(JsonDiff::kMaxDepth));
        QVERIFY(atLimit);
        QVERIFY(atLimit->isEmpty());
    }

    void rulesRoundTrip()
    {
        const QStringList saved{QStringLiteral("/id"), QStringLiteral("/**/_meta"),
                                QStringLiteral("/a~1b/*")};
        IgnoreRules rules = IgnoreRules::fromStringList(saved);
        QCOMPARE(rules.toStringList(), saved);
        QVERIFY(!rules.add(QStringLiteral("no-slash")));
        QCOMPARE(rules.toStringList(), saved);
        QVERIFY(rules.matches({QStringLiteral("a/b"), QStringLiteral("x")}));
        QVERIFY(rules.matches({QStringLiteral("a/b"), QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(!rules.matches({QStringLiteral("a/b")}));
        QVERIFY(rules.matches({QStringLiteral("_meta")}));
        QVERIFY(!rules.matches({QStringLiteral("result")}));
        QCOMPARE(IgnoreRules::volatileMembers().toStringList(),
                 (QStringList{QStringLiteral("/id"), QStringLiteral("/**/_meta"),
                              QStringLiteral("/**/timestamp")}));
        QCOMPARE(JsonDiff::pointerFromSegments({QStringLiteral("a/b"), QStringLiteral("~")}),
                 QStringLiteral("/a~1b/~0"));
        QCOMPARE(JsonDiff::unescapeSegment(QStringLiteral("~01")), QStringLiteral("~1"));
    }

    // The diff applies the rules along the path as it descends; what it
    // ignores must be what matches() says for that path.
    void rulesInTheDiffAgreeWithMatches_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("pointers"); // left after the rule
        const QString a = QStringLiteral("/a/1/c"), b = QStringLiteral("/a/0/c"),
                      c = QStringLiteral("/b/c");
        QTest::newRow("index") << QStringLiteral("/a/1") << QStringList{b, c};
        QTest::newRow("index text is not an index")
            << QStringLiteral("/a/01") << QStringList{b, a, c};
        QTest::newRow("any") << QStringLiteral("/*/0") << QStringList{a, c};
        QTest::newRow("any depth") << QStringLiteral("/**/c") << QStringList{};
        QTest::newRow("two any depths") << QStringLiteral("/**/**/c") << QStringList{};
        QTest::newRow("any depth inside") << QStringLiteral("/a/**/c") << QStringList{c};
        QTest::newRow("any depth at the end") << QStringLiteral("/b/**") << QStringList{b, a};
        QTest::newRow("root") << QString() << QStringList{};
    }

    void rulesInTheDiffAgreeWithMatches()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, pointers);
        const QJsonValue before = json("{\"a\":[{\"c\":1},{\"c\":2}],\"b\":{\"c\":3}}");
        const QJsonValue after = json("{\"a\":[{\"c\":10},{\"c\":20}],\"b\":{\"c\":30}}");
        const IgnoreRules rules(QStringList{rule});
        const auto changes = JsonDiff::compare(before, after, rules);
        QVERIFY(changes);
        QStringList found;
        for (const JsonChange &change : *changes) {
            found.append(change.pointer);
            QStringList segments = change.pointer.split(QLatin1Char('/')).mid(1);
            QVERIFY(!rules.matches(segments));
        }
        QCOMPARE(found, pointers);
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_json_diff.moc"
