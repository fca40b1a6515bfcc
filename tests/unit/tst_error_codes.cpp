#include "common/error_code.h"
#include "error_code_testing.h"

#include <QSet>
#include <QTest>

using namespace mcpscope;

// The one list of error codes (common/error_code.h): stable ids that read
// back to their code, a group for each.
class TestErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void knownIdsAndGroups_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("group");
        QTest::newRow("usage") << ErrorCode::Usage << QStringLiteral("usage")
                               << int(ErrorGroup::General);
        QTest::newRow("file.private")
            << ErrorCode::FilePrivate << QStringLiteral("file.private") << int(ErrorGroup::File);
        QTest::newRow("json.syntax")
            << ErrorCode::JsonSyntax << QStringLiteral("json.syntax") << int(ErrorGroup::Input);
        QTest::newRow("dns") << ErrorCode::NetDns << QStringLiteral("dns") << int(ErrorGroup::Net);
        QTest::newRow("store.version")
            << ErrorCode::StoreVersion << QStringLiteral("store.version") << int(ErrorGroup::Store);
        QTest::newRow("catalog.keychain")
            << ErrorCode::CatalogKeychain << QStringLiteral("catalog.keychain")
            << int(ErrorGroup::Catalog);
    }
    void knownIdsAndGroups()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, id);
        QFETCH(int, group);
        QCOMPARE(errorCodeId(code), id);
        QCOMPARE(int(errorGroup(code)), group);
        QCOMPARE(errorCodeFromId(id), std::optional<ErrorCode>(code));
    }

    void everyCodeReadsBack()
    {
        QSet<QString> seen;
        for (int i = 1; i < int(ErrorCode::Count); ++i) {
            const auto code = ErrorCode(i);
            const QString id = errorCodeId(code);
            QVERIFY2(!id.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!seen.contains(id), qPrintable(id)); // stable ids are unique
            seen.insert(id);
            QCOMPARE(errorCodeFromId(id), std::optional<ErrorCode>(code));
        }
        QCOMPARE(seen.size(), int(ErrorCode::Count) - 1);
    }

    void noneAndOutOfRange()
    {
        QCOMPARE(errorCodeId(ErrorCode::None), QString());
        QCOMPARE(errorGroup(ErrorCode::None), ErrorGroup::General);
        // Past the list: no id, the general group.
        QCOMPARE(errorCodeId(ErrorCode::Count), QString());
        QCOMPARE(errorGroup(ErrorCode::Count), ErrorGroup::General);
        QCOMPARE(errorCodeId(ErrorCode(int(ErrorCode::Count) + 7)), QString());
        QCOMPARE(errorGroup(ErrorCode(int(ErrorCode::Count) + 7)), ErrorGroup::General);
        // An id no code has (a store written by a newer version), in any case.
        QVERIFY(!errorCodeFromId(u"no.such.code"));
        QVERIFY(!errorCodeFromId(u"DNS"));
        // The empty id is None's.
        QCOMPARE(errorCodeFromId(u""), std::optional<ErrorCode>(ErrorCode::None));
    }
};

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "tst_error_codes.moc"
