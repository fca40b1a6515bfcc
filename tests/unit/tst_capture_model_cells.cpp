#include "capture/capture_store.h"
#include "models/capture_model.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// The capture log's cells for each kind of exchange a store holds: done,
// failed with and without a status, pending, streaming, cut at the body
// cap, a 4xx; their status texts, row tones, tool tips, raw values for
// sorting, alignment and headers; and the findings marks (worst severity,
// every kind named in the tool tip).
class TestCaptureModelCells : public QObject
{
    Q_OBJECT

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("cells.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(path));
        const auto add = [&store](Exchange e) {
            e.id = store.reserveExchangeId();
            store.record(e);
            return e.id;
        };
        Exchange done = makeExchange(0);
        done.url = QStringLiteral("http://127.0.0.1:3001/mcp?session=1");
        done.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}};
        done.startedAtMs = 1700000000123;
        m_done = add(done);
        Exchange badGateway = makeExchange(0, "POST", 502, {});
        badGateway.state = Exchange::State::Failed;
        badGateway.errorCode = ErrorCode::NetConnect;
        badGateway.errorMessage = QStringLiteral("The proxy could not reach the server.");
        m_badGateway = add(badGateway);
        Exchange refused = makeExchange(0, "POST", 0, {});
        refused.state = Exchange::State::Failed;
        refused.errorCode = ErrorCode::NetConnect;
        refused.errorMessage = QStringLiteral("Connection refused.");
        m_refused = add(refused);
        Exchange pending = makeExchange(0, "POST", 0, {});
        pending.state = Exchange::State::Pending;
        pending.totalMs = -1;
        m_pending = add(pending);
        Exchange streaming = makeExchange(0, "GET", 200, {});
        streaming.state = Exchange::State::Streaming;
        streaming.responseHeaders = {{"Content-Type", "text/event-stream"}};
        m_streaming = add(streaming);
        Exchange cut = makeExchange(0, "POST", 200, QByteArray(100, 'x'));
        cut.responseBodySize = 5000;
        cut.responseTruncated = true;
        m_cut = add(cut);
        Exchange notFound = makeExchange(0, "DELETE", 404, {});
        m_notFound = add(notFound);
        store.flush();

        m_model = new CaptureModel(this);
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QVERIFY(m_model->open(path));
        while (m_model->canFetchMore())
            m_model->fetchMore();
        QCOMPARE(m_model->rowCount(), 7);
    }

    void statusTextsAndTones()
    {
        const int done = m_model->rowOfExchange(m_done);
        QCOMPARE(cell(done, CaptureModel::Status).toInt(), 200);
        QCOMPARE(cell(done, CaptureModel::Path).toString(), QStringLiteral("/mcp?session=1"));
        QCOMPARE(cell(done, CaptureModel::Type).toString(), QStringLiteral("application/json"));
        QCOMPARE(cell(done, CaptureModel::Duration).toString(), QStringLiteral("2.5 ms"));
        QCOMPARE(
            cell(done, CaptureModel::Time).toString(),
            QDateTime::fromMSecsSinceEpoch(1700000000123).toString(QStringLiteral("HH:mm:ss.zzz")));
        QCOMPARE(cell(done, CaptureModel::Host).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(cell(done, 0, CaptureModel::RowToneRole).toInt(), int(CaptureModel::PlainRow));
        QCOMPARE(cell(done, 0, CaptureModel::FailedRole).toBool(), false);
        QCOMPARE(cell(done, CaptureModel::Path, Qt::ToolTipRole).toString(),
                 QStringLiteral("http://127.0.0.1:3001/mcp?session=1"));

        const int badGateway = m_model->rowOfExchange(m_badGateway);
        QCOMPARE(cell(badGateway, CaptureModel::Status).toString(),
                 QStringLiteral("502 · connect"));
        QCOMPARE(cell(badGateway, 0, CaptureModel::RowToneRole).toInt(),
                 int(CaptureModel::ErrorRow));
        QCOMPARE(cell(badGateway, 0, CaptureModel::FailedRole).toBool(), true);
        QCOMPARE(cell(badGateway, CaptureModel::Path, Qt::ToolTipRole).toString(),
                 QStringLiteral("The proxy could not reach the server."));

        const int refused = m_model->rowOfExchange(m_refused);
        QCOMPARE(cell(refused, CaptureModel::Status).toString(), QStringLiteral("CONNECT"));
        QCOMPARE(cell(refused, CaptureModel::Status, Qt::ToolTipRole).toString(),
                 QStringLiteral("Connection refused."));

        const int pending = m_model->rowOfExchange(m_pending);
        QCOMPARE(cell(pending, CaptureModel::Status).toString(), QStringLiteral("pending"));
        QCOMPARE(cell(pending, CaptureModel::Duration).toString(), QString());
        QCOMPARE(cell(pending, 0, CaptureModel::RowToneRole).toInt(), int(CaptureModel::LiveRow));

        const int streaming = m_model->rowOfExchange(m_streaming);
        QCOMPARE(cell(streaming, CaptureModel::Status).toString(),
                 QStringLiteral("200 · streaming"));
        QCOMPARE(cell(streaming, 0, CaptureModel::RowToneRole).toInt(), int(CaptureModel::LiveRow));
        QCOMPARE(cell(streaming, CaptureModel::Type).toString(),
                 QStringLiteral("text/event-stream"));

        const int cut = m_model->rowOfExchange(m_cut);
        QCOMPARE(
            cell(cut, CaptureModel::Size).toString(),
            QStringLiteral("%1 (cut)")
                .arg(QLocale().formattedDataSize(5000, 1, QLocale::DataSizeTraditionalFormat)));

        const int notFound = m_model->rowOfExchange(m_notFound);
        QCOMPARE(cell(notFound, 0, CaptureModel::RowToneRole).toInt(),
                 int(CaptureModel::WarningRow));
        QCOMPARE(cell(notFound, CaptureModel::Method).toString(), QStringLiteral("DELETE"));
    }

    void rawValuesAlignmentAndHeaders()
    {
        const int cut = m_model->rowOfExchange(m_cut);
        QCOMPARE(cell(cut, CaptureModel::Id, CaptureModel::RawValueRole).toLongLong(), m_cut);
        QVERIFY(cell(cut, CaptureModel::Time, CaptureModel::RawValueRole).toLongLong() > 0);
        QCOMPARE(cell(cut, CaptureModel::Status, CaptureModel::RawValueRole).toInt(), 200);
        QCOMPARE(cell(cut, CaptureModel::Size, CaptureModel::RawValueRole).toLongLong(), 5000);
        QCOMPARE(cell(cut, CaptureModel::Duration, CaptureModel::RawValueRole).toDouble(), 2.5);
        // Other columns sort on their text.
        QCOMPARE(cell(cut, CaptureModel::Method, CaptureModel::RawValueRole).toString(),
                 QStringLiteral("POST"));
        QCOMPARE(cell(cut, CaptureModel::Size, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(cell(cut, CaptureModel::Status, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!cell(cut, CaptureModel::Method, Qt::TextAlignmentRole).isValid());
        QCOMPARE(cell(cut, 0, CaptureModel::ExchangeIdRole).toLongLong(), m_cut);

        const QStringList headers{
            QStringLiteral("#"),        QStringLiteral("Time"),   QStringLiteral("Method"),
            QStringLiteral("Host"),     QStringLiteral("Path"),   QStringLiteral("Status"),
            QStringLiteral("Type"),     QStringLiteral("Size"),   QStringLiteral("Duration"),
            QStringLiteral("MCP call"), QStringLiteral("Outcome")};
        for (int column = 0; column < CaptureModel::ColumnCount; ++column)
            QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), headers.at(column));
        QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
        QVERIFY(!m_model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    // An exchange that is evidence of findings: the worst severity, every
    // kind once in the tool tip (an unknown kind by its id, at the mark's
    // severity); cleared again.
    void findingMarks()
    {
        const int done = m_model->rowOfExchange(m_done);
        QVERIFY(!cell(done, CaptureModel::Id, CaptureModel::FindingSeverityRole).isValid());
        Finding unknown;
        unknown.kind = QStringLiteral("custom.thing");
        unknown.exchangeIds = {m_done};
        const Finding warning = makeFinding("http.rate_limited", {}, {m_done});
        const Finding error = makeFinding("http.unauthorized", {}, {m_done, m_refused});
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setFindingMarks({warning, error, warning, unknown});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(done, CaptureModel::Id, CaptureModel::FindingSeverityRole).toInt(),
                 int(FindingSeverity::Error));
        const QString tip = cell(done, CaptureModel::Id, Qt::ToolTipRole).toString();
        QCOMPARE(tip, QStringLiteral("Evidence of:\n%1: %2 (http.rate_limited)\n%3: %4 "
                                     "(http.unauthorized)\n%3: custom.thing (custom.thing)")
                          .arg(severityName(FindingSeverity::Warning), warning.title(),
                               severityName(FindingSeverity::Error), error.title()));
        const int refused = m_model->rowOfExchange(m_refused);
        QCOMPARE(cell(refused, CaptureModel::Id, CaptureModel::FindingSeverityRole).toInt(),
                 int(FindingSeverity::Error));
        // Another column's tool tip is the exchange's own.
        QCOMPARE(cell(refused, CaptureModel::Path, Qt::ToolTipRole).toString(),
                 QStringLiteral("Connection refused."));

        m_model->setFindingMarks({});
        QCOMPARE(changed.size(), 2);
        QVERIFY(!cell(done, CaptureModel::Id, CaptureModel::FindingSeverityRole).isValid());
        // Nothing marked before or after: no signal.
        m_model->setFindingMarks({});
        QCOMPARE(changed.size(), 2);
    }

private:
    QTemporaryDir m_dir;
    CaptureModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    qint64 m_done = 0, m_badGateway = 0, m_refused = 0, m_pending = 0, m_streaming = 0, m_cut = 0,
           m_notFound = 0;
};

QTEST_GUILESS_MAIN(TestCaptureModelCells)
#include "tst_capture_model_cells.moc"
