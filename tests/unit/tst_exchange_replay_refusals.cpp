#include "replay/exchange_replay.h"
#include "session/mcp_session.h"
#include "test_store.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// An exchange replay (replay/exchange_replay.h) that cannot be made: no
// session to send it through, and a server that is gone (a port nothing
// listens on any more, a real refused connection). The replay fails with
// the reason, asynchronously, and a second start() does nothing.
class TestExchangeReplayRefusals : public QObject
{
    Q_OBJECT

    static HttpRequest requestTo(const QString &url)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(url);
        request.headers = {{"Content-Type", "application/json"}};
        request.body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        return request;
    }

private Q_SLOTS:
    void noSessionToSendThrough()
    {
        const Exchange original = makeExchange(5);
        ExchangeReplay replay(nullptr);
        QSignalSpy finished(&replay, &ExchangeReplay::finished);
        replay.start(original, requestTo(QStringLiteral("http://127.0.0.1:3001/mcp")), {});
        replay.start(original, requestTo(QStringLiteral("http://127.0.0.1:9/other")), {});
        QCOMPARE(finished.count(), 0); // never inside start()
        QVERIFY(finished.wait(5000));
        const ExchangeReplayOutcome &outcome = replay.outcome();
        QCOMPARE(outcome.state, ReplayState::Failed);
        QCOMPARE(outcome.error.code, ErrorCode::McpClosed);
        QCOMPARE(outcome.error.message,
                 QStringLiteral("POST http://127.0.0.1:3001/mcp was not replayed: the session to "
                                "send it through is not open. Open it (or pick another), then "
                                "replay again."));
        QCOMPARE(outcome.exchange.status, 0);
        QVERIFY(!QTest::qWaitFor([&] { return finished.count() > 1; }, 200));
    }

    // Nothing listens at the port any more: refused, no answer to compare.
    void serverGone()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        McpSession plain(nullptr); // not recorded: the replay has no id
        McpSessionOptions options;
        options.kind = McpSessionOptions::Kind::None;
        QVERIFY(plain.open(options));
        ExchangeReplay replay(&plain);
        QSignalSpy finished(&replay, &ExchangeReplay::finished);
        replay.start(makeExchange(5),
                     requestTo(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port)), {});
        QVERIFY(finished.wait(30000));
        const ExchangeReplayOutcome &outcome = replay.outcome();
        QCOMPARE(outcome.state, ReplayState::Failed);
        QCOMPARE(outcome.error.code, ErrorCode::NetConnect);
        QCOMPARE(outcome.error.message, outcome.exchange.errorMessage);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(outcome.error.message));
        QCOMPARE(outcome.exchange.status, 0);
        QVERIFY(outcome.changes.isEmpty()); // nothing to compare with
        QVERIFY(outcome.replayComparable.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExchangeReplayRefusals)
#include "tst_exchange_replay_refusals.moc"
