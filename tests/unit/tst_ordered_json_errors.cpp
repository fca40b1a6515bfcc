#include "common/ordered_json.h"
#include "error_code_testing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mcpscope;

// What common/ordered_json.h says about broken JSON (the reason and the byte
// it stopped at, which the user reads), and every escape of a string literal
// it writes. The everyday cases are in tst_ordered_json.cpp.
class TestOrderedJsonErrors : public QObject
{
    Q_OBJECT

private slots:
    void errorSaysWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  ")
                               << QStringLiteral("unexpected end of input at byte 2");
        QTest::newRow("key not a string")
            << QByteArray("{a:1}") << QStringLiteral("expected a string key at byte 1");
        QTest::newRow("no colon") << QByteArray("{\"a\" 1}")
                                  << QStringLiteral("expected ':' at byte 5");
        QTest::newRow("key unterminated")
            << QByteArray("{\"ab") << QStringLiteral("unterminated string at byte 4");
        QTest::newRow("object separator")
            << QByteArray("{\"a\":1 \"b\":2}") << QStringLiteral("expected ',' or '}' at byte 7");
        QTest::newRow("array separator")
            << QByteArray("[1 2]") << QStringLiteral("expected ',' or ']' at byte 3");
        QTest::newRow("object cut off")
            << QByteArray("{\"a\":1") << QStringLiteral("unexpected end of input at byte 6");
        QTest::newRow("backslash at the end")
            << QByteArray("\"ab\\") << QStringLiteral("unterminated string at byte 3");
        QTest::newRow("bad unicode digit")
            << QByteArray("\"\\u12g4\"") << QStringLiteral("bad \\u escape at byte 1");
        QTest::newRow("short unicode")
            << QByteArray("\"\\u12") << QStringLiteral("truncated \\u escape at byte 1");
        QTest::newRow("bad escape")
            << QByteArray("\"\\q\"") << QStringLiteral("bad escape at byte 1");
        QTest::newRow("control character")
            << QByteArray("\"a\tb\"") << QStringLiteral("control character in a string at byte 2");
        QTest::newRow("minus alone") << QByteArray("-") << QStringLiteral("bad number at byte 1");
        QTest::newRow("minus letter") << QByteArray("-x") << QStringLiteral("bad number at byte 1");
        QTest::newRow("no fraction digits")
            << QByteArray("1.") << QStringLiteral("bad number at byte 2");
        QTest::newRow("no exponent digits")
            << QByteArray("1e+") << QStringLiteral("bad number at byte 3");
        QTest::newRow("after the value")
            << QByteArray("[1] x")
            << QStringLiteral("unexpected data after the JSON value at byte 4");
        QTest::newRow("unknown word")
            << QByteArray("[tru]") << QStringLiteral("unexpected character at byte 1");
    }
    void errorSaysWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto checked = checkJson(json);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::JsonSyntax);
        QCOMPARE(checked.error().message, message);
        const auto indented = indentJson(json);
        QVERIFY(!indented);
        QCOMPARE(indented.error().message, message);
    }

    void numbersKeptAsWritten_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("negative zero") << QByteArray("-0");
        QTest::newRow("fraction") << QByteArray("-12.500");
        QTest::newRow("exponent") << QByteArray("6.02E+23");
        QTest::newRow("small exponent") << QByteArray("1e-400");
        QTest::newRow("escapes") << QByteArray("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00E9\"");
    }
    void numbersKeptAsWritten()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(compactJson(json).value_or(QByteArray()), json);
        QCOMPARE(compactJson(QByteArray(" \n" + json + "\t ")).value_or(QByteArray()), json);
    }

    void stringLiteralEscapes()
    {
        QString text = QStringLiteral("q\" b\\ n\n r\r t\t b\b f\f é ");
        text += QChar(0x01);
        text += QChar(0x1f);
        const QByteArray literal = jsonStringLiteral(text);
        QCOMPARE(literal, QByteArray("\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f \xC3\xA9 "
                                     "\\u0001\\u001f\""));
        // Any JSON reader reads it back as the same text.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + literal + "]"));
        QCOMPARE(doc.array().at(0).toString(), text);
        QVERIFY(checkJson(literal));
    }

    void stringLiteralKeepsSurrogates()
    {
        // A pair is written as UTF-8; a surrogate without its pair (a server may
        // send "\ude0a", and Qt reads it) has no UTF-8 form and is escaped.
        QString text = QStringLiteral("a");
        text += QChar(0xDE0A);
        text += QStringLiteral("b\U0001F600");
        text += QChar(0xD83D);
        const QByteArray literal = jsonStringLiteral(text);
        QCOMPARE(literal, QByteArray("\"a\\ude0ab\xF0\x9F\x98\x80\\ud83d\""));
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + literal + "]"));
        QCOMPARE(doc.array().at(0).toString(), text);

        // So an object rebuilt from its members reads as the same object.
        const QByteArray json("{\"\\ude0a\": 1}");
        const auto members = jsonMembers(json);
        QVERIFY(members);
        const QJsonDocument original = QJsonDocument::fromJson(json);
        QVERIFY(original.isObject());
        QCOMPARE(QJsonDocument::fromJson(jsonObjectText(*members)).object(), original.object());
    }

    void keysThatAreNotPlain()
    {
        // An escaped key is decoded; one that is not UTF-8 is read with U+FFFD.
        const auto members = jsonMembers("{\"\\u0041b\": 1, \"k\xFF\": 2, \"\xC3\xA9\": 3}");
        QVERIFY(members);
        QCOMPARE(members->size(), 3);
        QCOMPARE(members->at(0).first, QStringLiteral("Ab"));
        QCOMPARE(members->at(0).second, QByteArray("1"));
        QCOMPARE(members->at(1).first, QStringLiteral("k") + QChar(QChar::ReplacementCharacter));
        QCOMPARE(members->at(2).first, QStringLiteral("é"));
        QCOMPARE(jsonMember("{\"\\u0041b\": [1, 2]}", u"Ab"), std::optional<QByteArray>("[1, 2]"));
        QVERIFY(!jsonMember("{\"a\": 1}", u"b"));
        QVERIFY(!jsonMember("[1]", u"a"));
        QVERIFY(!jsonElements("{}"));
        QVERIFY(!jsonElements("[1,"));
        QCOMPARE(jsonElements("[]").value_or(QList<QByteArray>{"x"}), QList<QByteArray>());
    }

    void valueTextOfScalars()
    {
        QCOMPARE(jsonValueText(QJsonValue(QStringLiteral("a\"b"))), QByteArray("\"a\\\"b\""));
        QCOMPARE(jsonValueText(QJsonValue(true)), QByteArray("true"));
        QCOMPARE(jsonValueText(QJsonValue(QJsonValue::Null)), QByteArray("null"));
        QCOMPARE(jsonValueText(QJsonValue(2.5)), QByteArray("2.5"));
        QCOMPARE(jsonObjectText({}), QByteArray("{}"));
        QCOMPARE(jsonObjectText({{QStringLiteral("a\nb"), QByteArray("1")}}),
                 QByteArray("{\"a\\nb\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestOrderedJsonErrors)
#include "tst_ordered_json_errors.moc"
