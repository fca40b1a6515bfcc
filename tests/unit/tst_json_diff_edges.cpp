#include "replay/json_diff.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// Edges of the JSON diff (replay/json_diff.h) the other diff tests do not
// reach: a content array with media that appears or goes as a whole, an
// object with "data" whose "type" is not a string (not media), an ignore
// rule ending in "**", and line diffs where one side only loses lines.
class TestJsonDiffEdges : public QObject
{
    Q_OBJECT

    static QJsonObject image(const QByteArray &bytes)
    {
        return {{QStringLiteral("type"), QStringLiteral("image")},
                {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}};
    }
    static QJsonObject summary(const QByteArray &bytes)
    {
        return {{QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("size"), double(bytes.size())}};
    }

private Q_SLOTS:
    // A whole content array added: its media items carry their hash and
    // size, other items stay as they are.
    void mediaInAnArrayThatAppears()
    {
        const QByteArray png("\x89PNG fake image bytes", 21);
        const QJsonObject text{{QStringLiteral("type"), QStringLiteral("text")},
                               {QStringLiteral("text"), QStringLiteral("hi")}};
        const QJsonObject before{};
        const QJsonObject after{{QStringLiteral("content"), QJsonArray{text, image(png)}}};
        const auto changes = JsonDiff::compare(before, after);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        const JsonChange &c = changes->first();
        QCOMPARE(c.kind, JsonChange::Kind::Added);
        QCOMPARE(c.pointer, QStringLiteral("/content"));
        QJsonObject shown = image(png);
        shown.insert(QStringLiteral("data"), summary(png));
        QCOMPARE(c.newValue, QJsonValue(QJsonArray{text, shown}));

        // And gone again: the old side is summarised the same way.
        const auto back = JsonDiff::compare(after, before);
        QVERIFY(back);
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().kind, JsonChange::Kind::Removed);
        QCOMPARE(back->first().oldValue, QJsonValue(QJsonArray{text, shown}));
    }

    // "data" beside a "type" that is no string is not media: its change is
    // shown as it is.
    void dataBesideANonStringType()
    {
        const QJsonObject a{{QStringLiteral("type"), 5},
                            {QStringLiteral("data"), QStringLiteral("AAAA")}};
        const QJsonObject b{{QStringLiteral("type"), 5},
                            {QStringLiteral("data"), QStringLiteral("BBBB")}};
        const auto changes = JsonDiff::compare(a, b);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().pointer, QStringLiteral("/data"));
        QCOMPARE(changes->first().oldValue, QJsonValue(QStringLiteral("AAAA")));
        QCOMPARE(changes->first().newValue, QJsonValue(QStringLiteral("BBBB")));
    }

    // An image whose data became a number: the old side is summarised, the
    // new one (no base64) is shown as it is.
    void mediaDataThatIsNoLongerText()
    {
        const QByteArray png("png bytes");
        QJsonObject now = image(png);
        now.insert(QStringLiteral("data"), 5);
        const auto changes = JsonDiff::compare(image(png), now);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().pointer, QStringLiteral("/data"));
        QCOMPARE(changes->first().oldValue, QJsonValue(summary(png)));
        QCOMPARE(changes->first().newValue, QJsonValue(5));
    }

    // "**" at the end of a rule covers everything under the members before it.
    void ruleEndingInDoubleStar()
    {
        const IgnoreRules rules(QStringList{QStringLiteral("/result/**")});
        QVERIFY(
            rules.matches({QStringLiteral("result"), QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!rules.matches({QStringLiteral("error"), QStringLiteral("a")}));
        const QJsonObject a{{QStringLiteral("result"), QJsonObject{{QStringLiteral("x"), 1}}},
                            {QStringLiteral("id"), 1}};
        const QJsonObject b{{QStringLiteral("result"), QJsonObject{{QStringLiteral("x"), 2}}},
                            {QStringLiteral("id"), 2}};
        const auto changes = JsonDiff::compare(a, b, rules);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().pointer, QStringLiteral("/id"));
    }

    // Lines only removed (or only added) between a common head and tail.
    void linesOnlyRemovedOrAdded()
    {
        using K = LineDiffEntry::Kind;
        QCOMPARE(lineDiff(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nd")),
                 (QList<LineDiffEntry>{{K::Same, QStringLiteral("a")},
                                       {K::Removed, QStringLiteral("b")},
                                       {K::Removed, QStringLiteral("c")},
                                       {K::Same, QStringLiteral("d")}}));
        QCOMPARE(lineDiff(QStringLiteral("a\nd"), QStringLiteral("a\nb\nd")),
                 (QList<LineDiffEntry>{{K::Same, QStringLiteral("a")},
                                       {K::Added, QStringLiteral("b")},
                                       {K::Same, QStringLiteral("d")}}));
    }
};

QTEST_GUILESS_MAIN(TestJsonDiffEdges)
#include "tst_json_diff_edges.moc"
