#include "error_code_testing.h"
#include "mcp/uri_template.h"

#include <QTest>

using namespace mcpscope;

// RFC 6570 expansion, checked against the RFC's own examples (sections 1.2
// and 3.2) for every operator and the level-4 prefix modifier.
class TestUriTemplate : public QObject
{
    Q_OBJECT

    static QHash<QString, QString> rfcValues()
    {
        return {{QStringLiteral("var"), QStringLiteral("value")},
                {QStringLiteral("hello"), QStringLiteral("Hello World!")},
                {QStringLiteral("path"), QStringLiteral("/foo/bar")},
                {QStringLiteral("empty"), QString()},
                {QStringLiteral("x"), QStringLiteral("1024")},
                {QStringLiteral("y"), QStringLiteral("768")}};
    }

private Q_SLOTS:
    void rfcExamples_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expected");
        const QList<QPair<const char *, const char *>> cases = {
            {"{var}", "value"},
            {"{hello}", "Hello%20World%21"},
            {"{+var}", "value"},
            {"{+hello}", "Hello%20World!"},
            {"{+path}/here", "/foo/bar/here"},
            {"here?ref={+path}", "here?ref=/foo/bar"},
            {"X{#var}", "X#value"},
            {"X{#hello}", "X#Hello%20World!"},
            {"map?{x,y}", "map?1024,768"},
            {"{x,hello,y}", "1024,Hello%20World%21,768"},
            {"{+x,hello,y}", "1024,Hello%20World!,768"},
            {"{+path,x}/here", "/foo/bar,1024/here"},
            {"{#x,hello,y}", "#1024,Hello%20World!,768"},
            {"{#path,x}/here", "#/foo/bar,1024/here"},
            {"X{.var}", "X.value"},
            {"X{.x,y}", "X.1024.768"},
            {"{/var}", "/value"},
            {"{/var,x}/here", "/value/1024/here"},
            {"{;x,y}", ";x=1024;y=768"},
            {"{;x,y,empty}", ";x=1024;y=768;empty"},
            {"{?x,y}", "?x=1024&y=768"},
            {"{?x,y,empty}", "?x=1024&y=768&empty="},
            {"?fixed=yes{&x}", "?fixed=yes&x=1024"},
            {"{&x,y,empty}", "&x=1024&y=768&empty="},
            {"{var:3}", "val"},
            {"{var:30}", "value"},
            {"{+path:6}/here", "/foo/b/here"},
            {"{#path:6}/here", "#/foo/b/here"},
            {"X{.var:3}", "X.val"},
            {"{/var:1,var}", "/v/value"},
            {"{;hello:5}", ";hello=Hello"},
            {"{?var:3}", "?var=val"},
            {"{&var:3}", "&var=val"},
            {"{undef}", ""},
            {"{?x,undef,y}", "?x=1024&y=768"},
            {"{empty}", ""},
            {"demo://resource/dynamic/text/{x}", "demo://resource/dynamic/text/1024"},
        };
        for (const auto &[pattern, expected] : cases)
            QTest::newRow(pattern) << QString::fromUtf8(pattern) << QString::fromUtf8(expected);
    }
    void rfcExamples()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, expected);
        const auto parsed = UriTemplate::parse(pattern);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->expand(rfcValues()), expected);
    }

    void unicodeIsEncodedAsUtf8AndPrefixesCountCharacters()
    {
        const auto parsed = UriTemplate::parse(QStringLiteral("{v}/{v:2}"));
        QVERIFY(parsed);
        QCOMPARE(parsed->expand({{QStringLiteral("v"), QStringLiteral("über😀x")}}),
                 QStringLiteral("%C3%BCber%F0%9F%98%80x/%C3%BCb"));
        const auto emoji = UriTemplate::parse(QStringLiteral("{v:1}"));
        QCOMPARE(emoji->expand({{QStringLiteral("v"), QStringLiteral("😀x")}}),
                 QStringLiteral("%F0%9F%98%80"));
    }

    void variablesInOrderWithoutRepeats()
    {
        const auto parsed =
            UriTemplate::parse(QStringLiteral("file://{root}/{+path}{?q,root}{#frag*}"));
        QVERIFY(parsed);
        QCOMPARE(parsed->variables(), (QStringList{QStringLiteral("root"), QStringLiteral("path"),
                                                   QStringLiteral("q"), QStringLiteral("frag")}));
    }

    void malformedTemplatesAreRefused_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("unclosed") << QStringLiteral("a{b") << ErrorCode::UriTemplateBrace;
        QTest::newRow("stray close") << QStringLiteral("a}b") << ErrorCode::UriTemplateBrace;
        QTest::newRow("reserved operator")
            << QStringLiteral("{=x}") << ErrorCode::UriTemplateOperator;
        QTest::newRow("empty expression") << QStringLiteral("{}") << ErrorCode::UriTemplateName;
        QTest::newRow("bad name") << QStringLiteral("{a b}") << ErrorCode::UriTemplateName;
        QTest::newRow("bad prefix") << QStringLiteral("{a:0}") << ErrorCode::UriTemplatePrefix;
        QTest::newRow("huge prefix") << QStringLiteral("{a:10000}") << ErrorCode::UriTemplatePrefix;
        QTest::newRow("html") << QStringLiteral("<b>{x</b>}") << ErrorCode::UriTemplateName;
    }
    void malformedTemplatesAreRefused()
    {
        QFETCH(QString, pattern);
        QFETCH(ErrorCode, code);
        const auto parsed = UriTemplate::parse(pattern);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUriTemplate)
#include "tst_uri_template.moc"
