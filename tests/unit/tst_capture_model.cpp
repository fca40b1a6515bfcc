#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "models/capture_model.h"
#include "models/session_list_model.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestCaptureModel : public QObject
{
    Q_OBJECT

    QString fill(int count, CaptureStore &store)
    {
        const QString path = m_dir.filePath(QStringLiteral("model-%1.sqlite").arg(++m_serial));
        if (!store.open(path))
            return {};
        for (int i = 0; i < count; ++i)
            store.record(makeExchange(
                store.reserveExchangeId(), i % 2 ? "GET" : "POST", i % 4 == 0 ? 500 : 200,
                i == count - 1 ? QByteArray("last needle") : QByteArray("hay")));
        store.flushSearchIndex();
        return path;
    }

private Q_SLOTS:
    void pagesInWithFetchMore()
    {
        CaptureStore store;
        const QString path = fill(CaptureModel::kFetchBatch * 2 + 10, store);
        CaptureModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.open(path));
        QCOMPARE(model.rowCount() % CaptureModel::kFetchBatch, 0); // whole batches only
        QVERIFY(model.canFetchMore());
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), CaptureModel::kFetchBatch * 2 + 10);
        QVERIFY(!model.canFetchMore());
        const QModelIndex last = model.index(model.rowCount() - 1, CaptureModel::Id);
        QCOMPARE(model.data(last).toLongLong(), qint64(CaptureModel::kFetchBatch * 2 + 10));
        QCOMPARE(model.data(model.index(0, CaptureModel::Method)).toString(),
                 QStringLiteral("POST"));
        QCOMPARE(model.data(model.index(0, CaptureModel::Status)).toInt(), 500);
        QCOMPARE(model.data(model.index(0, CaptureModel::Path)).toString(), QStringLiteral("/mcp"));
        QCOMPARE(model.rowOfExchange(5), 4);
    }

    void filtersByMethodStatusAndText()
    {
        CaptureStore store;
        const QString path = fill(100, store);
        CaptureModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.open(path));
        CaptureFilter f;
        f.method = QStringLiteral("GET");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 50);
        f.method.clear();
        f.statusClass = CaptureFilter::StatusClass::ServerError;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 25);
        f.statusClass = CaptureFilter::StatusClass::Any;
        f.text = QStringLiteral("needle");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.exchangeId(0), qint64(100));
    }

    void appendsLiveRowsInOneBatch()
    {
        CaptureStore store;
        const QString path = fill(3, store);
        CaptureModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.open(path));
        model.followStore(&store);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 500; ++i)
            store.record(makeExchange(store.reserveExchangeId()));
        store.flush();
        QTRY_COMPARE(model.rowCount(), 503);
        // Batched: far fewer insert notifications than rows.
        QVERIFY2(inserted.size() <= 5, qPrintable(QString::number(inserted.size())));
    }

    void updatesRowsThatChange()
    {
        CaptureStore store;
        const QString path = fill(1, store);
        CaptureModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.open(path));
        model.followStore(&store);
        Exchange e = makeExchange(store.reserveExchangeId(), "GET");
        e.state = Exchange::State::Pending;
        e.status = 0;
        store.record(e);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, CaptureModel::Status)).toString(),
                 QStringLiteral("pending"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        e.state = Exchange::State::Complete;
        e.status = 204;
        store.record(e);
        QVERIFY(changed.wait(5000));
        QCOMPARE(model.data(model.index(1, CaptureModel::Status)).toInt(), 204);
    }

    void failedRowsSayWhy()
    {
        CaptureStore store;
        const QString path = fill(0, store);
        Exchange e = makeExchange(store.reserveExchangeId(), "GET", 0, {});
        e.state = Exchange::State::Failed;
        e.errorCode = ErrorCode::NetDns;
        e.errorMessage = QStringLiteral("Could not resolve the host name <b>x</b>.");
        store.record(e);
        store.flush();
        CaptureModel model;
        QVERIFY(model.open(path));
        QCOMPARE(model.data(model.index(0, CaptureModel::Status)).toString(),
                 QStringLiteral("DNS"));
        QCOMPARE(model.data(model.index(0, CaptureModel::Status), Qt::ToolTipRole).toString(),
                 e.errorMessage);
        QVERIFY(model.data(model.index(0, 0), CaptureModel::FailedRole).toBool());
        QCOMPARE(model.data(model.index(0, 0), CaptureModel::RowToneRole).toInt(),
                 int(CaptureModel::ErrorRow));
    }

    void sessionList()
    {
        CaptureStore store;
        const QString path = fill(0, store);
        const qint64 id = store.createSession(
            QStringLiteral("demo"), QStringLiteral("http://h/mcp"), QStringLiteral("http"), 5);
        Exchange e = makeExchange(store.reserveExchangeId());
        e.sessionId = id;
        store.record(e);
        store.flush();
        CaptureReader reader;
        QVERIFY(reader.open(path));
        SessionListModel sessions;
        QAbstractItemModelTester tester(&sessions,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(sessions.reload(reader));
        QCOMPARE(sessions.rowCount(), 1);
        QCOMPARE(sessions.data(sessions.index(0), SessionListModel::SessionIdRole).toLongLong(),
                 id);
        QVERIFY(sessions.data(sessions.index(0)).toString().startsWith(QStringLiteral("demo")));
    }

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestCaptureModel)
#include "tst_capture_model.moc"
