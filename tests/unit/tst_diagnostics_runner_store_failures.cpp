#include "capture/capture_store.h"
#include "diagnostics/diagnostic_rule.h"
#include "diagnostics/diagnostics_runner.h"
#include "store_faults.h"
#include "test_store.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// A rule with one finding per exchange: what the runner stores is the
// subject here, not what the real rules find.
class EveryExchangeRule : public DiagnosticRule
{
public:
    void input(const RuleInput &in, RuleReport &out) override
    {
        if (in.exchange)
            out.raise("mcp.answer_bom", {QStringLiteral("tools/call")}, {}, {in.exchange->id});
    }
};

RuleList everyExchangeRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<EveryExchangeRule>());
    return rules;
}

} // namespace

// What runDiagnostics() tells the user when the capture store cannot be
// read or refuses the run's findings or watermark: the step and SQLite's
// reason. The failures are real SQLite failures: a table renamed, or a
// trigger planted that refuses a write, from a second connection as another
// program could. What the store held before stays.
class TestDiagnosticsRunnerStoreFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    qint64 m_lastExchange = 0; // of the last store() made

    static qint64 ruleFindings(const QString &path)
    {
        return countOf(path, QStringLiteral("SELECT COUNT(*) FROM findings WHERE source='rules'"));
    }

    // How far the diagnostics are marked done (an exchange id; 0: not at all).
    static qint64 watermark(const QString &path)
    {
        return countOf(path, QStringLiteral("SELECT IFNULL((SELECT value FROM store_meta WHERE "
                                            "key = 'diagnostics_watermark'), 0)"));
    }

    // A store with a session and one exchange of it.
    QString store()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        CaptureStore store;
        if (!store.open(path))
            return {};
        Exchange e = makeExchange(store.reserveExchangeId());
        e.sessionId = store.createSession(QStringLiteral("s"), QStringLiteral("http://h/mcp"),
                                          QStringLiteral("mcp"), 1000);
        store.record(e);
        store.flush();
        m_lastExchange = e.id;
        return path;
    }

    static DiagnosticsOptions options(bool force = false, bool readOnly = false)
    {
        DiagnosticsOptions o;
        o.factory = &everyExchangeRules;
        o.force = force;
        o.readOnly = readOnly;
        return o;
    }

    static QString errorOf(const Result<DiagnosticsRun> &run)
    {
        return run ? QStringLiteral("(ran)") : run.error().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void findingsRefused()
    {
        const QString path = store();
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON findings "
                                             "BEGIN SELECT RAISE(ABORT, 'planted refusal'); "
                                             "END")}));
        const auto run = runDiagnostics(path, options());
        QCOMPARE(errorOf(run), QStringLiteral("The diagnostics could not store the findings in "
                                              "the capture store: planted refusal Unable to "
                                              "fetch row"));
        QCOMPARE(run.error().code, ErrorCode::StoreSql);
        QCOMPARE(ruleFindings(path), 0);
        QCOMPARE(watermark(path), 0); // the run is not marked done

        QVERIFY(execOn(path, {QStringLiteral("DROP TRIGGER refuse")}));
        const auto again = runDiagnostics(path, options());
        QVERIFY2(again, qPrintable(errorOf(again)));
        QCOMPARE(again->findings, 1);
        QCOMPARE(ruleFindings(path), 1);
        QCOMPARE(watermark(path), m_lastExchange);
    }

    // A forced run replaces the rules' findings: refused, the old ones stay.
    void oldFindingsCannotGo()
    {
        const QString path = store();
        QVERIFY(!path.isEmpty());
        QVERIFY(runDiagnostics(path, options()));
        QCOMPARE(ruleFindings(path), 1);
        QVERIFY(execOn(path, {QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON findings "
                                             "BEGIN SELECT RAISE(ABORT, 'planted refusal'); "
                                             "END")}));
        const auto run = runDiagnostics(path, options(true));
        QCOMPARE(errorOf(run), QStringLiteral("The diagnostics could not store the findings in "
                                              "the capture store: planted refusal Unable to "
                                              "fetch row"));
        QCOMPARE(ruleFindings(path), 1);
    }

    void watermarkRefused()
    {
        const QString path = store();
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON store_meta "
                                             "WHEN NEW.key = 'diagnostics_watermark' BEGIN "
                                             "SELECT RAISE(ABORT, 'planted refusal'); END")}));
        const auto run = runDiagnostics(path, options());
        QCOMPARE(errorOf(run), QStringLiteral("The diagnostics could not store the watermark in "
                                              "the capture store: planted refusal Unable to "
                                              "fetch row"));
        // The findings were stored; the next run does the session again.
        QCOMPARE(ruleFindings(path), 1);
        QCOMPARE(watermark(path), 0);
    }

    // A directory where the store should be: it cannot be opened.
    void directoryInsteadOfAStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-directory.sqlite"));
        QVERIFY(QDir().mkpath(path));
        for (const bool readOnly : {false, true}) {
            const auto run = runDiagnostics(path, options(false, readOnly));
            QCOMPARE(run.error().code, ErrorCode::StoreOpen);
            // SQLite's reason depends on the mode (read-write: an I/O error).
            QVERIFY2(errorOf(run).startsWith(
                         QStringLiteral("Could not open the capture store %1 for diagnostics: ")
                             .arg(path)),
                     qPrintable(errorOf(run)));
        }
    }

    // Read-only runs of stores another program changed: each step that
    // reads names itself, with SQLite's reason.
    void unreadableStores_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("force");
        QTest::addColumn<QString>("error");
        QTest::newRow("store_meta")
            << QStringLiteral("ALTER TABLE store_meta RENAME TO gone") << false
            << QStringLiteral("The diagnostics could not read in the "
                              "capture store: no such table: store_meta "
                              "Unable to execute statement");
        QTest::newRow("messages") << QStringLiteral("ALTER TABLE messages RENAME TO gone") << false
                                  << QStringLiteral("The diagnostics could not read in the "
                                                    "capture store: no such table: messages "
                                                    "Unable to execute statement");
        QTest::newRow("findings, forced")
            << QStringLiteral("ALTER TABLE findings RENAME TO gone") << true
            << QStringLiteral("The diagnostics could not list the sessions in the capture store: "
                              "no such table: findings Unable to execute statement");
        QTest::newRow("findings") << QStringLiteral("ALTER TABLE findings RENAME TO gone") << false
                                  << QStringLiteral("The diagnostics could not read the findings "
                                                    "in the capture store: no such table: "
                                                    "findings Unable to execute statement");
        QTest::newRow("sessions") << QStringLiteral("ALTER TABLE sessions RENAME TO gone") << false
                                  << QStringLiteral("The diagnostics could not read the sessions "
                                                    "in the capture store: no such table: "
                                                    "sessions Unable to execute statement");
        QTest::newRow("response_chunks")
            << QStringLiteral("ALTER TABLE response_chunks RENAME TO gone") << false
            << QStringLiteral("The diagnostics could not read the exchanges in the capture store: "
                              "no such table: response_chunks");
        // exchanges replaced by a view whose session_id SQLite fails to
        // compute: the counts still read, the session lists do not.
        const QString failingSessions =
            QStringLiteral("ALTER TABLE exchanges RENAME TO ex_gone; CREATE VIEW exchanges AS "
                           "SELECT id, state, CASE WHEN id > 0 THEN json_extract('not json', "
                           "'$') END AS session_id FROM ex_gone");
        QTest::newRow("pending sessions")
            << failingSessions << false
            << QStringLiteral("The diagnostics could not list the sessions in the capture store: "
                              "malformed JSON Unable to fetch row");
        // Marked done past every row: nothing is pending, the sessions with
        // rows are still listed.
        QTest::newRow("sessions with rows")
            << failingSessions +
                   QStringLiteral("; INSERT OR REPLACE INTO store_meta(key, value) VALUES "
                                  "('diagnostics_watermark', 1000000), "
                                  "('diagnostics_message_watermark', 1000000)")
            << false
            << QStringLiteral("The diagnostics could not list the sessions in the capture store: "
                              "malformed JSON Unable to fetch row");
    }

    void unreadableStores()
    {
        QFETCH(QString, sql);
        QFETCH(bool, force);
        QFETCH(QString, error);
        const QString path = store();
        QVERIFY(!path.isEmpty());
        QVERIFY(execOn(path, sql.split(QStringLiteral("; "))));
        const auto run = runDiagnostics(path, options(force, true));
        QCOMPARE(errorOf(run), error);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsRunnerStoreFailures)
#include "tst_diagnostics_runner_store_failures.moc"
