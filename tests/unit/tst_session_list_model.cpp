#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "models/session_list_model.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The sidebar's sessions over a real capture store: newest first, each
// with its exchange count, a tool tip with its target (or kind) and start,
// the raw roles; counts updated in place as a live session grows and ends;
// a reader that cannot answer leaves the list as it was.
class TestSessionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionsOfAStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sessions.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const qint64 started = 1700000000000;
        const qint64 first = store.createSession(QStringLiteral("MCP first"),
                                                 QStringLiteral("http://127.0.0.1:1/mcp"),
                                                 QStringLiteral("mcp"), started);
        const qint64 second = store.createSession(QStringLiteral("Imported"), QString(),
                                                  QStringLiteral("import"), started + 1000);
        const auto record = [&store](qint64 session) {
            Exchange e = makeExchange(store.reserveExchangeId());
            e.sessionId = session;
            store.record(e);
        };
        record(first);
        record(first);
        record(second);
        store.flush();

        CaptureReader reader;
        QVERIFY(reader.open(path));
        SessionListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(reader));
        QCOMPARE(model.rowCount(), 2);
        // Newest first.
        const QModelIndex newest = model.index(0);
        const QModelIndex older = model.index(1);
        QCOMPARE(newest.data(SessionListModel::SessionIdRole).toLongLong(), second);
        QCOMPARE(older.data(SessionListModel::SessionIdRole).toLongLong(), first);
        QCOMPARE(older.data().toString(), QStringLiteral("MCP first (2 exchange(s))"));
        QCOMPARE(newest.data().toString(), QStringLiteral("Imported (1 exchange(s))"));
        const QString startedText = QDateTime::fromMSecsSinceEpoch(started).toString(Qt::ISODate);
        QCOMPARE(older.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("http://127.0.0.1:1/mcp\nStarted ") + startedText);
        // No target: the kind.
        QVERIFY(
            newest.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("import\nStarted ")));
        QCOMPARE(older.data(SessionListModel::TargetRole).toString(),
                 QStringLiteral("http://127.0.0.1:1/mcp"));
        QCOMPARE(older.data(SessionListModel::KindRole).toString(), QStringLiteral("mcp"));
        QVERIFY(!older.data(Qt::DecorationRole).isValid());
        QCOMPARE(model.rowCount(older), 0);

        // The live session grows and ends: its row changes in place.
        record(first);
        store.endSession(first, started + 5000);
        store.flush();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.updateCounts(reader));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(older.data().toString(), QStringLiteral("MCP first (3 exchange(s))"));
        // Nothing new: no signal.
        QVERIFY(model.updateCounts(reader));
        QCOMPARE(changed.size(), 1);

        // A reader that cannot answer: the error, the list kept.
        CaptureReader closed;
        const auto failed = model.reload(closed);
        QVERIFY(!failed);
        QVERIFY(!failed.error().message.isEmpty());
        QVERIFY(!model.updateCounts(closed));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_session_list_model.moc"
