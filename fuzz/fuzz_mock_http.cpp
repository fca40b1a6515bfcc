// What a client sends the mock (mcpscope-cli mock) is untrusted: the head
// check run before QHttpServer reads a body, and the endpoint that answers a
// POST body (JSON parse, JSON-RPC checks, matching against a recording). No
// input may crash them; the head verdict is one of its documented values;
// every answer with a body is JSON.
// Input: bytes; used whole as a received head and as a POST body.
#include "replay/mock_server.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

std::shared_ptr<const MockScript> recording()
{
    auto message = [](qint64 id, bool outgoing, const char *kind, qint64 responseTo,
                      const char *payload) {
        MessageRecord m;
        m.id = id;
        m.outgoing = outgoing;
        m.kind = QString::fromLatin1(kind);
        m.rpcId = QStringLiteral("1");
        m.responseTo = responseTo;
        m.payload = payload;
        return m;
    };
    const QList<MessageRecord> messages = {
        message(1, true, "request", 0,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"),
        message(2, false, "response", 1,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\"}}"),
        message(3, true, "request", 0,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                "\"echo\",\"arguments\":{\"message\":\"hi\",\"list\":[1,{\"a\":[]}]}}}"),
        message(4, false, "response", 3,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":[]}}"),
    };
    return std::make_shared<const MockScript>(MockScript::fromMessages(messages, 1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int verdict = MockHttpEndpoint::headVerdict(bytes, 1024);
    if (verdict != -1 && verdict != 0 && verdict != 411 && verdict != 413 && verdict != 431)
        std::abort();
    if (verdict == -1 && (bytes.contains("\r\n\r\n") || bytes.size() >= MockHttpEndpoint::kHeadCap))
        std::abort();

    static const auto script = recording();
    MockHttpEndpoint endpoint(script, IgnoreRules::volatileMembers());
    MockHttpRequest init;
    init.method = "POST";
    init.path = QStringLiteral("/mcp");
    init.headers = {{"Host", "127.0.0.1"}};
    init.body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}";
    const MockHttpAnswer started = endpoint.handle(init);
    QByteArray session;
    for (const auto &[name, value] : started.headers)
        if (name == "Mcp-Session-Id")
            session = value;
    if (started.status != 200 || session.isEmpty())
        std::abort();

    MockHttpRequest post = init;
    post.headers.append({"Mcp-Session-Id", session});
    post.body = bytes;
    const MockHttpAnswer answer = endpoint.handle(post);
    if (answer.status != 200 && answer.status != 202 && answer.status != 400 &&
        answer.status != 413)
        std::abort();
    if (!answer.body.isEmpty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(answer.body, &error);
        if (error.error != QJsonParseError::NoError)
            std::abort();
    }
    return 0;
}
