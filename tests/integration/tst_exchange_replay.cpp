#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "node_peer.h"
#include "replay/exchange_replay.h"
#include "session/mcp_session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// One captured exchange replayed as plain HTTP against a real
// server-everything (Streamable HTTP): edited, recorded, linked to the
// original (replay_of), compared; the redacted Authorization is never sent
// as the marker, and an MCP session sends its own.
class TestExchangeReplay : public QObject
{
    Q_OBJECT

    std::optional<Exchange> stored(qint64 id) const
    {
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return std::nullopt;
        auto exchange = reader.exchange(id);
        return exchange && exchange->has_value() && (*exchange)->state == Exchange::State::Complete
                   ? **exchange
                   : std::optional<Exchange>{};
    }

    qint64 replayOf(qint64 id) const
    {
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return -1;
        auto summaries = reader.summaries({id});
        return summaries && summaries->size() == 1 ? summaries->first().replayOf : -1;
    }

    static HttpRequest requestOf(const Exchange &exchange)
    {
        HttpRequest request;
        request.method = exchange.method;
        request.url = QUrl(exchange.url);
        request.headers = exchange.requestHeaders;
        request.body = exchange.requestBody;
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("replay.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        McpSessionOptions options;
        options.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        options.headers = {{"Authorization", "Bearer exchange-replay-secret-91c2"}};
        options.rootsSupported = false;
        QSignalSpy connected(m_session.client(), &McpClient::connected);
        QVERIFY(m_session.open(options));
        QVERIFY(connected.wait(30000));
        McpRequest *echo = m_session.client()->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("echo")},
             {QStringLiteral("arguments"),
              QJsonObject{{QStringLiteral("message"), QStringLiteral("hello")}}}});
        QSignalSpy done(echo, &McpRequest::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(echo->succeeded());
        m_exchangeId = echo->exchangeId();
        QVERIFY(m_exchangeId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(stored(m_exchangeId).has_value(), 10000);
        m_original = *stored(m_exchangeId);

        McpSessionOptions plain;
        plain.kind = McpSessionOptions::Kind::None;
        QVERIFY(m_plain.open(plain));
    }

    // The stored exchange carries the tools/call and its answer; its
    // Authorization is redacted.
    void findsTheRequestTheExchangeCarried()
    {
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        auto messages = reader.messages(m_original.sessionId);
        QVERIFY(messages);
        const auto call = requestCarriedBy(m_original, *messages);
        QVERIFY(call);
        QCOMPARE(call->method, QStringLiteral("tools/call"));
        QCOMPARE(call->subject(), QStringLiteral("echo"));
        QCOMPARE(call->exchangeId, m_exchangeId);
        QCOMPARE(call->answer.kind, RecordedAnswer::Kind::Result);
        QCOMPARE(call->answer.result.toObject()
                     .value(QStringLiteral("content"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Echo: hello"));
        QCOMPARE(ExchangeReplay::redactedHeaderNames(m_original.requestHeaders).size(), 1);
        QVERIFY(ExchangeReplay::redactedHeaderNames(m_original.requestHeaders)
                    .first()
                    .compare("authorization", Qt::CaseInsensitive) == 0);
        // A GET without messages carried none.
        Exchange other = m_original;
        other.id = m_exchangeId + 100000;
        QVERIFY(!requestCarriedBy(other, *messages));
    }

    // Plain HTTP with an edited session header: the server, which does not
    // know that session, refuses; recorded and linked; no Authorization sent.
    void replaysAnEditedHeaderThroughAPlainSession()
    {
        HttpRequest request = requestOf(m_original);
        for (auto &header : request.headers)
            if (header.first.compare("mcp-session-id", Qt::CaseInsensitive) == 0)
                header.second = "no-such-session";
        ExchangeReplay replay(&m_plain);
        QSignalSpy finished(&replay, &ExchangeReplay::finished);
        replay.start(m_original, request, {});
        QCOMPARE(finished.count(), 0); // never inside start()
        QVERIFY(finished.wait(30000));
        const ExchangeReplayOutcome &outcome = replay.outcome();
        QVERIFY2(outcome.exchange.status >= 400,
                 qPrintable(QString::number(outcome.exchange.status)));
        QCOMPARE(outcome.state, ReplayState::Changed);
        QStringList pointers;
        for (const JsonChange &change : outcome.changes)
            pointers << change.pointer;
        QVERIFY2(pointers.contains(QStringLiteral("/status")), qPrintable(pointers.join(u' ')));
        QCOMPARE(outcome.replayComparable.value(QStringLiteral("status")).toInt(),
                 outcome.exchange.status);
        QVERIFY(headerValue(replay.sent().headers, "authorization").isEmpty());
        QVERIFY(!replay.sent().headers.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stored(outcome.exchange.id).has_value(), 10000);
        QCOMPARE(stored(outcome.exchange.id)->requestHeader("mcp-session-id"),
                 QByteArray("no-such-session"));
        QTRY_COMPARE_WITH_TIMEOUT(replayOf(outcome.exchange.id), m_exchangeId, 10000);
    }

    // Through the MCP session: its own Authorization replaces the redacted
    // one, and the call reaches the tool again.
    void anMcpSessionAddsItsOwnAuthorization()
    {
        ExchangeReplay replay(&m_session);
        QSignalSpy finished(&replay, &ExchangeReplay::finished);
        replay.start(m_original, requestOf(m_original), IgnoreRules::volatileMembers());
        QVERIFY(finished.wait(30000));
        const ExchangeReplayOutcome &outcome = replay.outcome();
        QCOMPARE(outcome.exchange.status, 200);
        QCOMPARE(headerValue(replay.sent().headers, "authorization"),
                 QByteArray("Bearer exchange-replay-secret-91c2"));
        QVERIFY(outcome.exchange.responseBody.contains("Echo: hello"));
        for (const JsonChange &change : outcome.changes)
            QVERIFY2(change.pointer != u"/status", qPrintable(change.pointer));
        QTRY_COMPARE_WITH_TIMEOUT(replayOf(outcome.exchange.id), m_exchangeId, 10000);
    }

    // A closed session: a clear error, asynchronously, nothing sent.
    void aClosedSessionFailsClearly()
    {
        McpSession closed(&m_store);
        ExchangeReplay replay(&closed);
        QSignalSpy finished(&replay, &ExchangeReplay::finished);
        replay.start(m_original, requestOf(m_original), {});
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(replay.outcome().error.code, ErrorCode::McpClosed);
        QVERIFY(replay.outcome().error.message.contains(QStringLiteral("not open")));
        QCOMPARE(replay.outcome().exchange.id, 0);
    }

    // What is compared: status, headers by lower-case name (repeats
    // joined), the body as JSON when it is JSON, else as text.
    void comparableResponse()
    {
        Exchange e;
        e.status = 201;
        e.responseHeaders = {{"Content-Type", "application/json"}, {"X-A", "1"}, {"x-a", "2"}};
        e.responseBody = "{\"ok\": true}";
        QJsonObject c = ExchangeReplay::comparable(e);
        QCOMPARE(c.value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(c.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-a")),
                 QJsonValue(QStringLiteral("1, 2")));
        QCOMPARE(c.value(QStringLiteral("body")).toObject().value(QStringLiteral("ok")),
                 QJsonValue(true));
        e.responseBody = "line one\nline two";
        c = ExchangeReplay::comparable(e);
        QCOMPARE(c.value(QStringLiteral("body")), QJsonValue(QStringLiteral("line one\nline two")));
        QVERIFY(ExchangeReplay::isRedacted("Bearer [REDACTED]"));
        QVERIFY(!ExchangeReplay::isRedacted("Bearer abc"));
    }

    void cleanupTestCase()
    {
        QSignalSpy closed(&m_session, &McpSession::closed);
        m_session.close();
        QVERIFY(closed.wait(15000));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    McpSession m_session{&m_store};
    McpSession m_plain{&m_store};
    qint64 m_exchangeId = 0;
    Exchange m_original;
};

QTEST_GUILESS_MAIN(TestExchangeReplay)
#include "tst_exchange_replay.moc"
