#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace mcpscope {

// How a captured body is shown: the detail pane, the CLI and exports share
// these decisions so a body reads the same everywhere.
enum class BodyKind
{
    Empty,
    Json,
    EventStream,
    Text,
    Binary
};

struct DecodedBody
{
    BodyKind kind = BodyKind::Empty;
    QString text;    // pretty JSON, or the text as received (U+FFFD for bad bytes)
    QString problem; // why the body is not what its Content-Type claims; empty when fine
    std::optional<qsizetype> firstInvalidUtf8; // byte offset
};

// Offset of the first byte that breaks UTF-8 (overlongs, surrogates and code
// points past U+10FFFF included), or nullopt when the whole input is valid.
std::optional<qsizetype> firstInvalidUtf8(QByteArrayView bytes);

// Re-indents JSON without reordering keys or touching string contents.
// Fails (JsonSyntax, saying where and why) on anything that is not one
// well-formed JSON value, or on nesting deeper than maxDepth.
Result<QByteArray> prettyPrintJson(QByteArrayView json, int maxDepth = 512);

// A parsed JSON object or array, indented for display.
QString prettyJsonText(const QJsonValue &value);

// Server-Sent Events with each JSON data line re-indented (for display).
QString prettyPrintEventStream(QByteArrayView body);

// Classic 16-bytes-per-line dump with offsets and an ASCII column.
QString hexDump(QByteArrayView bytes, qsizetype maxBytes = 64 * 1024);

DecodedBody decodeBody(QByteArrayView body, QByteArrayView contentType);

struct ContentDecoding
{
    QByteArray body;
    bool complete = true;   // false: the stream stopped early (a capped or unfinished body)
    bool truncated = false; // true: the output was cut at maxOutput
};

// Undoes a Content-Encoding: codings is the header's list (applied in order,
// so undone in reverse); gzip (x-gzip), deflate (zlib-wrapped or raw), br
// (when built with libbrotlidec, see brotliSupported()) and identity.
// Returns nullopt when a coding is unknown or the bytes are not in that
// coding (Qt, for one, may already have decoded the body). A stream that stops
// early decodes as far as it goes, except raw deflate and br, which have no
// header to tell them from plain text and so must decode to their end.
std::optional<ContentDecoding> decodeContentEncoding(QByteArrayView body, QByteArrayView codings,
                                                     qsizetype maxOutput);
bool brotliSupported();

} // namespace mcpscope
