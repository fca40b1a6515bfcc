// The JSON-RPC decoder reads every message an untrusted server sends.
#include "mcp/json_rpc.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonRpcLimits limits;
    limits.maxDepth = 32;
    const auto decoded = decodeJsonRpc(bytes, limits);
    // The lenient scan for a broken message's id never crashes, and where the
    // message is whole (one object, one "id", no escapes) it finds the id the
    // decoder finds.
    const JsonRpcFragment fragment = scanJsonRpcFragment(bytes);
    if (decoded && decoded->size() == 1 && bytes.trimmed().startsWith('{') && fragment.id &&
        !bytes.contains('\\') && bytes.toByteArray().count("\"id\"") == 1 &&
        idKey(*fragment.id) != idKey(decoded->first().id))
        std::abort();
    if (!decoded) {
        if (decoded.error().message.isEmpty())
            std::abort(); // every rejection explains itself
        return 0;
    }
    // What decodes re-encodes to something that decodes to the same message.
    for (const JsonRpcMessage &message : *decoded) {
        const auto again = decodeJsonRpc(message.encode());
        if (!again || again->size() != 1 || again->first().toJson() != message.toJson())
            std::abort();
    }
    return 0;
}
