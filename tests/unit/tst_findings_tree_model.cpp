#include "capture/capture_store.h"
#include "models/findings_tree_model.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The Expert-Information tree of findings over a real capture store: the
// severities (errors first, then warnings, then notes), their kinds (most
// often first, ties by id), the findings in the order raised, their
// evidence exchanges read from the store (one answered, one refused, one
// the store never held); every level's texts, raw values, tool tips and
// exchange ids; the filter; clear.
class TestFindingsTreeModel : public QObject
{
    Q_OBJECT

    static Finding finding(const char *kind, qint64 session, qint64 atMs, QList<qint64> exchanges)
    {
        Finding f = makeFinding(kind, {QStringLiteral("tools/call")}, exchanges);
        f.sessionId = session;
        f.atMs = atMs;
        return f;
    }

    static QModelIndex childNamed(QAbstractItemModel &model, const QModelIndex &parent,
                                  const QString &kind)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, FindingsTreeModel::KindColumn, parent);
            if (index.data().toString() == kind)
                return index.siblingAtColumn(0);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("findings.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_path));
        m_session = store.createSession(QStringLiteral("everything"),
                                        QStringLiteral("http://127.0.0.1:1/mcp"),
                                        QStringLiteral("mcp"), m_t0);
        Exchange answered = makeExchange(store.reserveExchangeId(), "POST", 429);
        answered.sessionId = m_session;
        answered.startedAtMs = m_t0 + 1000;
        m_answered = answered.id;
        store.record(answered);
        Exchange refused = makeExchange(store.reserveExchangeId(), "GET", 0, {});
        refused.sessionId = m_session;
        refused.startedAtMs = m_t0 + 2000;
        refused.state = Exchange::State::Failed;
        refused.errorCode = ErrorCode::NetConnect;
        refused.errorMessage = QStringLiteral("Connection refused: is the server running?");
        m_refused = refused.id;
        store.record(refused);
        store.flush();
    }

    void treeOfFindings()
    {
        FindingsTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.openStore(m_path));
        const qint64 missing = 999999;
        const Finding later = finding("http.rate_limited", m_session, m_t0 + 5000, {m_answered});
        const Finding earlier =
            finding("http.rate_limited", m_session, m_t0 + 3000, {m_refused, missing});
        const Finding error = finding("http.unauthorized", 0, 0, {});
        model.setFindings({later, earlier, error});
        model.append(finding("oauth.cancelled", m_session, m_t0 + 6000, {}));
        model.append(finding("net.cancelled", m_session, m_t0 + 7000, {}));
        QCOMPARE(model.findingCount(), 5);
        QCOMPARE(model.shownFindingCount(), 5);
        QCOMPARE(model.count(FindingSeverity::Warning), 2);
        QCOMPARE(model.count(FindingSeverity::Note), 2);

        // Severities, errors first.
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex errors = model.index(0, 0);
        const QModelIndex warnings = model.index(1, 0);
        const QModelIndex notes = model.index(2, 0);
        QCOMPARE(errors.data().toString(), QStringLiteral("Errors"));
        QCOMPARE(warnings.data().toString(), QStringLiteral("Warnings"));
        QCOMPARE(notes.data().toString(), QStringLiteral("Notes"));
        QCOMPARE(model.index(2, FindingsTreeModel::CountColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, FindingsTreeModel::CountColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(1, FindingsTreeModel::SessionColumn).data().isValid());
        QCOMPARE(warnings.data(FindingsTreeModel::LevelRole).toInt(),
                 int(FindingsTreeModel::SeverityLevel));
        QCOMPARE(notes.data(FindingsTreeModel::RawValueRole).toInt(), int(FindingSeverity::Note));
        QCOMPARE(model.index(2, FindingsTreeModel::CountColumn)
                     .data(FindingsTreeModel::RawValueRole)
                     .toInt(),
                 2);
        QCOMPARE(model.index(2, FindingsTreeModel::SessionColumn)
                     .data(FindingsTreeModel::RawValueRole)
                     .toLongLong(),
                 0);
        QVERIFY(!notes.data(Qt::ToolTipRole).isValid());
        QVERIFY(!notes.data(FindingsTreeModel::FindingRole).isValid());
        // Every exchange under a severity, once each, sorted.
        QCOMPARE(warnings.data(FindingsTreeModel::ExchangeIdsRole).value<QList<qint64>>(),
                 (QList<qint64>{m_answered, m_refused, missing}));

        // Notes: two kinds seen once each, by id.
        QCOMPARE(model.rowCount(notes), 2);
        QCOMPARE(model.index(0, FindingsTreeModel::KindColumn, notes).data().toString(),
                 QStringLiteral("net.cancelled"));
        QCOMPARE(model.index(1, FindingsTreeModel::KindColumn, notes).data().toString(),
                 QStringLiteral("oauth.cancelled"));

        // The kind: its title, count, cause in the tool tip.
        const QModelIndex limited =
            childNamed(model, warnings, QStringLiteral("http.rate_limited"));
        QVERIFY(limited.isValid());
        QCOMPARE(limited.data().toString(), later.title());
        QCOMPARE(limited.siblingAtColumn(FindingsTreeModel::CountColumn).data().toInt(), 2);
        QCOMPARE(limited.data(Qt::ToolTipRole).toString(), later.cause());
        QCOMPARE(limited.siblingAtColumn(FindingsTreeModel::KindColumn)
                     .data(FindingsTreeModel::RawValueRole)
                     .toString(),
                 QStringLiteral("http.rate_limited"));
        QVERIFY(!limited.siblingAtColumn(FindingsTreeModel::TimeColumn).data().isValid());
        QCOMPARE(limited.data(FindingsTreeModel::ExchangeIdsRole).value<QList<qint64>>(),
                 (QList<qint64>{m_answered, m_refused, missing}));

        // Its findings in the order raised: the earlier first.
        QCOMPARE(model.rowCount(limited), 2);
        const QModelIndex first = model.index(0, 0, limited);
        QCOMPARE(first.data(FindingsTreeModel::FindingRole).value<Finding>(), earlier);
        QCOMPARE(first.data().toString(), earlier.summary());
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), earlier.message());
        QCOMPARE(first.siblingAtColumn(FindingsTreeModel::SessionColumn).data().toString(),
                 QStringLiteral("#%1 everything").arg(m_session));
        QCOMPARE(first.siblingAtColumn(FindingsTreeModel::TimeColumn).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(m_t0 + 3000)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(first.siblingAtColumn(FindingsTreeModel::CountColumn).data().toInt(), 2);
        QCOMPARE(first.siblingAtColumn(FindingsTreeModel::TimeColumn)
                     .data(FindingsTreeModel::RawValueRole)
                     .toLongLong(),
                 m_t0 + 3000);
        QCOMPARE(first.siblingAtColumn(FindingsTreeModel::SessionColumn)
                     .data(FindingsTreeModel::RawValueRole)
                     .toLongLong(),
                 m_session);
        QCOMPARE(first.data(FindingsTreeModel::RawValueRole).toString(), earlier.summary());
        QCOMPARE(first.data(FindingsTreeModel::ExchangeIdsRole).value<QList<qint64>>(),
                 (QList<qint64>{m_refused, missing}));
        QCOMPARE(first.data(FindingsTreeModel::SeverityRole).toInt(),
                 int(FindingSeverity::Warning));

        // Its evidence: the refused exchange (its error in the tool tip),
        // then one the store never held.
        QCOMPARE(model.rowCount(first), 2);
        const QModelIndex refused = model.index(0, 0, first);
        QCOMPARE(refused.data(FindingsTreeModel::LevelRole).toInt(),
                 int(FindingsTreeModel::EvidenceLevel));
        QCOMPARE(refused.data(FindingsTreeModel::ExchangeIdRole).toLongLong(), m_refused);
        QCOMPARE(refused.data(FindingsTreeModel::ExchangeIdsRole).value<QList<qint64>>(),
                 QList<qint64>{m_refused});
        const QString refusedText = refused.data().toString();
        QVERIFY2(refusedText.startsWith(QStringLiteral("#%1 ").arg(m_refused)),
                 qPrintable(refusedText));
        QVERIFY2(refusedText.contains(QStringLiteral(" GET http://127.0.0.1:3001/mcp → ")),
                 qPrintable(refusedText));
        QVERIFY2(refusedText.endsWith(QStringLiteral(" → connect")), qPrintable(refusedText));
        QCOMPARE(refused.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Connection refused: is the server running?"));
        QCOMPARE(
            refused.siblingAtColumn(FindingsTreeModel::TimeColumn).data().toString(),
            QDateTime::fromMSecsSinceEpoch(m_t0 + 2000).toString(QStringLiteral("HH:mm:ss.zzz")));
        QCOMPARE(refused.siblingAtColumn(FindingsTreeModel::TimeColumn)
                     .data(FindingsTreeModel::RawValueRole)
                     .toLongLong(),
                 m_t0 + 2000);
        QCOMPARE(refused.data(FindingsTreeModel::RawValueRole).toLongLong(), m_refused);
        QVERIFY(!refused.siblingAtColumn(FindingsTreeModel::KindColumn).data().isValid());
        QCOMPARE(refused.data(FindingsTreeModel::FindingRole).value<Finding>(), earlier);

        const QModelIndex gone = model.index(1, 0, first);
        QCOMPARE(gone.data().toString(), QStringLiteral("Exchange #%1").arg(missing));
        QCOMPARE(gone.data(Qt::ToolTipRole).toString(), gone.data().toString());
        QVERIFY(!gone.siblingAtColumn(FindingsTreeModel::TimeColumn).data().isValid());
        QCOMPARE(gone.siblingAtColumn(FindingsTreeModel::TimeColumn)
                     .data(FindingsTreeModel::RawValueRole)
                     .toLongLong(),
                 0);

        // The later finding's exchange was answered 429.
        const QModelIndex answered = model.index(0, 0, model.index(1, 0, limited));
        QVERIFY2(answered.data().toString().endsWith(
                     QStringLiteral("POST http://127.0.0.1:3001/mcp → 429")),
                 qPrintable(answered.data().toString()));
        QCOMPARE(answered.data(Qt::ToolTipRole).toString(), answered.data().toString());

        // A finding without a session or a time.
        const QModelIndex unauthorized = model.index(0, 0, model.index(0, 0, errors));
        QCOMPARE(unauthorized.siblingAtColumn(FindingsTreeModel::SessionColumn).data().toString(),
                 QString());
        QCOMPARE(unauthorized.siblingAtColumn(FindingsTreeModel::TimeColumn).data().toString(),
                 QString());
        QCOMPARE(model.rowCount(unauthorized), 0);
        QVERIFY(!model.hasChildren(unauthorized));

        QCOMPARE(model.headerData(FindingsTreeModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Finding"));
        QCOMPARE(model.headerData(FindingsTreeModel::KindColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Kind"));
        QCOMPARE(model.headerData(FindingsTreeModel::SessionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Session"));
        QCOMPARE(model.headerData(FindingsTreeModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time"));
        QCOMPARE(model.headerData(FindingsTreeModel::CountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Count"));
        QVERIFY(!model.headerData(FindingsTreeModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());

        // The filter: severities and words; counts stay whole.
        model.setFilter({FindingSeverity::Note}, QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Notes"));
        QCOMPARE(model.shownFindingCount(), 2);
        model.setFilter({FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Note},
                        QStringLiteral("  RATE_LIMITED "));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.shownFindingCount(), 2);
        model.setFilter({FindingSeverity::Error}, QStringLiteral("rate_limited"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(FindingSeverity::Warning), 2);

        model.clear();
        QCOMPARE(model.findingCount(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    // Without a store, evidence rows show their ids; sessions their numbers.
    void withoutAStore()
    {
        FindingsTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({finding("http.rate_limited", 42, m_t0, {m_answered})});
        const QModelIndex f = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
        QCOMPARE(f.siblingAtColumn(FindingsTreeModel::SessionColumn).data().toString(),
                 QStringLiteral("#42"));
        QCOMPARE(model.index(0, 0, f).data().toString(),
                 QStringLiteral("Exchange #%1").arg(m_answered));
        QCOMPARE(FindingsTreeModel::severityGroupName(FindingSeverity::Error),
                 QStringLiteral("Errors"));
        QCOMPARE(FindingsTreeModel::severityGroupName(FindingSeverity::Note),
                 QStringLiteral("Notes"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_session = 0;
    qint64 m_answered = 0;
    qint64 m_refused = 0;
    const qint64 m_t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
};

QTEST_GUILESS_MAIN(TestFindingsTreeModel)
#include "tst_findings_tree_model.moc"
