// What a 2026-07-28 server sends and McpScope acts on (issue 16): tool
// schemas with x-mcp-header declarations (the Mcp-Param-* headers built from
// them), InputRequiredResults, server/discover results and
// UnsupportedProtocolVersion data. Any bytes: no crash, no header that could
// split a request, and the same verdict every time.
#include "mcp/mcp_headers.h"
#include "mcp/modern_era.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

QJsonValue parse(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + text + ']'));
    return doc.array().size() == 1 ? doc.array().first() : QJsonValue(QJsonObject());
}

// A header value travels on one line: no CR, LF or NUL, ever.
void checkHeaders(const HeaderList &headers)
{
    for (const auto &h : headers) {
        if (h.first.isEmpty())
            std::abort();
        const QByteArray line = QByteArray(h.first) + h.second;
        for (const char c : line)
            if (c == '\r' || c == '\n' || c == '\0')
                std::abort();
        for (const char c : h.second)
            if (uchar(c) > 0x7e) // non-ASCII goes base64
                std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // "schema\narguments": a tool's inputSchema and the arguments of a call.
    const qsizetype split = bytes.indexOf('\n');
    const QJsonValue first = parse(split < 0 ? bytes : bytes.left(split));
    const QJsonValue second = parse(split < 0 ? QByteArray("{}") : bytes.mid(split + 1));

    const ToolHeaderDeclarations declarations = toolHeaderDeclarations(first.toObject());
    if (declarations.isValid() != declarations.problem.isEmpty())
        std::abort();
    if (!declarations.isValid() && !declarations.params.isEmpty())
        std::abort();
    if (toolHeaderDeclarations(first.toObject()).problem != declarations.problem)
        std::abort();
    checkHeaders(toolParamHeaders(declarations.params, second.toObject()));
    for (const QJsonValue &value : {first, second})
        if (const auto text = headerArgumentText(value))
            checkHeaders({{"Mcp-Param-X", encodeHeaderValue(*text)}});
    checkHeaders({{"Mcp-Name", encodeHeaderValue(QString::fromUtf8(bytes))}});

    // The same bytes as a result the server answered with.
    const QJsonObject result = first.toObject();
    (void)resultTypeOf(result);
    if (const auto input = parseInputRequired(result)) {
        QJsonObject responses;
        for (const InputRequest &request : input->requests) {
            if (request.method.isEmpty())
                std::abort();
            responses.insert(request.key, QJsonObject{});
        }
        const QJsonObject retry = retryParams(second.toObject(), responses, input->requestState);
        // The state goes back verbatim, or not at all.
        if (input->requestState.has_value() != retry.contains(QStringLiteral("requestState")))
            std::abort();
        if (input->requestState &&
            retry.value(QStringLiteral("requestState")) != *input->requestState)
            std::abort();
    } else if (input.error().message.isEmpty()) {
        std::abort();
    }
    const DiscoverInfo info = parseDiscoverResult(first);
    for (const QString &violation : info.violations)
        if (violation.isEmpty())
            std::abort();
    (void)supportedVersionsOf(first);
    return 0;
}
