#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/redaction.h"
#include "error_code_testing.h"
#include "export/capture_bundle.h"
#include "export/export_redactor.h"
#include "test_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The one place a capture bundle's values pass through
// (CaptureBundle::redactForBundle, export/capture_bundle.h), with the store's
// redactor and with an export's (the user's rules, tallied), each kind of
// field; and a bundle written through an export's redactor.
class TestBundleRedaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void eachFieldThroughTheExportsRules()
    {
        using CaptureBundle::Field;
        RedactionRules rules;
        rules.patterns = {QStringLiteral("ACCT-\\d+")};
        rules.queryParams = {QStringLiteral("tenant")};
        rules.headers = {QStringLiteral("X-Team")};
        ExportRedactor redactor(rules);

        QCOMPARE(CaptureBundle::redactForBundle(redactor, Field::Text, "see ACCT-12 now"),
                 QByteArray("see [REDACTED] now"));
        QCOMPARE(CaptureBundle::redactForBundle(redactor, Field::Url,
                                                "https://h.example/mcp?tenant=acme&x=1"),
                 QByteArray("https://h.example/mcp?tenant=[REDACTED]&x=1"));
        const QByteArray command = CaptureBundle::redactForBundle(
            redactor, Field::CommandLine, "node s.js --api-key sekrit-value-1234 ACCT-3");
        QVERIFY2(!command.contains("sekrit-value-1234"), command.constData());
        QVERIFY(command.endsWith("[REDACTED]"));
        QCOMPARE(CaptureBundle::redactForBundle(
                     redactor, Field::Headers,
                     "Authorization: Bearer abcdefgh12345\r\nX-Team: core\r\nAccept: */*\r\n"),
                 QByteArray("Authorization: Bearer [REDACTED]\r\nX-Team: [REDACTED]\r\n"
                            "Accept: */*\r\n"));
        QCOMPARE(CaptureBundle::redactForBundle(
                     redactor, Field::Body, "{\"access_token\":\"tok-12345678\",\"n\":\"ACCT-9\"}",
                     "application/json"),
                 QByteArray("{\"access_token\":\"[REDACTED]\",\"n\":\"[REDACTED]\"}"));
        // A null value stays null.
        QCOMPARE(CaptureBundle::redactForBundle(redactor, Field::Body, {}, "text/plain"),
                 QByteArray());
        const RedactionTally &t = redactor.tally();
        QCOMPARE(t.count(QStringLiteral("rule"), QStringLiteral("pattern ACCT-\\d+")), 3);
        QCOMPARE(t.count(QStringLiteral("rule"), QStringLiteral("param tenant")), 1);
        QCOMPARE(t.count(QStringLiteral("rule"), QStringLiteral("header X-Team")), 1);
        QCOMPARE(t.count(QStringLiteral("header"), QStringLiteral("Authorization")), 1);
        QCOMPARE(t.count(QStringLiteral("field"), QStringLiteral("access_token")), 1);

        // The store's redactor: its own rules only.
        const Redactor plain;
        QCOMPARE(CaptureBundle::redactForBundle(plain, Field::Headers, "X-Team: core\r\n"),
                 QByteArray("X-Team: core\r\n"));
        QCOMPARE(CaptureBundle::redactForBundle(plain, Field::Text, "see ACCT-12 now"),
                 QByteArray("see ACCT-12 now"));
    }

    void bundleThroughAnExportRedactor()
    {
        const QString store = m_dir.filePath(QStringLiteral("store.sqlite"));
        qint64 session = 0;
        {
            CaptureStore capture;
            QVERIFY(capture.open(store));
            session =
                capture.createSession(QStringLiteral("ACCT-77 run"), QStringLiteral("http://h/mcp"),
                                      QStringLiteral("mcp"), 1);
            Exchange e =
                makeExchange(capture.reserveExchangeId(), "POST", 200, "{\"account\":\"ACCT-55\"}");
            e.sessionId = session;
            capture.record(e);
            capture.flush();
        }
        RedactionRules rules;
        rules.patterns = {QStringLiteral("ACCT-\\d+")};
        ExportRedactor redactor(rules);
        const QString bundle = m_dir.filePath(QStringLiteral("out.mcpscope"));
        const auto written = CaptureBundle::write(store, {{session}, {}}, bundle, redactor);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->sessions, 1);
        QCOMPARE(written->exchanges, 1);
        QVERIFY(redactor.tally().count(QStringLiteral("rule"),
                                       QStringLiteral("pattern ACCT-\\d+")) >= 2);
        CaptureReader reader;
        QVERIFY(reader.open(bundle));
        QCOMPARE(reader.sessions()->first().name, QStringLiteral("[REDACTED] run"));
        const auto ids = reader.exchangeIds({}, 0, 10);
        QVERIFY(ids);
        QCOMPARE(reader.exchange(ids->first())->value().responseBody,
                 QByteArray("{\"account\":\"[REDACTED]\"}"));
    }

    void storesItCannotRead()
    {
        // No store there; a store of a newer schema.
        const QString bundle = m_dir.filePath(QStringLiteral("never.mcpscope"));
        const auto missing = CaptureBundle::write(m_dir.filePath(QStringLiteral("none.sqlite")),
                                                  {{1}, {}}, bundle, Redactor());
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::StoreOpen);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(bundle));

        const QString future = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
            db.setDatabaseName(future);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=999")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("f"));
        const auto newer = CaptureBundle::write(future, {{1}, {}}, bundle, Redactor());
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::StoreVersion);
        QVERIFY(newer.error().message.contains(QStringLiteral("schema 999")));
        QVERIFY(!QFile::exists(bundle));
        const auto importNewer =
            CaptureBundle::importBundle(future, m_dir.filePath(QStringLiteral("into.sqlite")));
        QVERIFY(!importNewer);
        QCOMPARE(importNewer.error().code, ErrorCode::StoreVersion);
    }
};

QTEST_GUILESS_MAIN(TestBundleRedaction)
#include "tst_bundle_redaction.moc"
