#include "net/body_decoding.h"

#include "common/ordered_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

#include <zlib.h>
#if MCPSCOPE_HAVE_BROTLI
#include <brotli/decode.h>
#endif

namespace mcpscope {

std::optional<qsizetype> firstInvalidUtf8(QByteArrayView s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::nullopt;
}

namespace {

bool looksBinary(QByteArrayView body)
{
    const qsizetype n = std::min<qsizetype>(body.size(), 4096);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(body[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return control * 10 > n; // more than 10 % control bytes
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope", text);
}

} // namespace

Result<QByteArray> prettyPrintJson(QByteArrayView json, int maxDepth)
{
    // A UTF-8 byte order mark is a classic cause of "invalid JSON" from
    // servers; skip it here, decodeBody reports it.
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.sliced(3);
    return indentJson(json, maxDepth);
}

QString prettyPrintEventStream(QByteArrayView body)
{
    QByteArray out;
    out.reserve(body.size() + body.size() / 2);
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        QByteArrayView line = body.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        std::optional<QByteArray> pretty;
        if (line.startsWith("data:"))
            if (auto json = prettyPrintJson(line.sliced(5).trimmed()))
                pretty = std::move(*json);
        if (pretty && pretty->contains('\n')) {
            out += "data: ";
            out += pretty->replace("\n", "\n      ");
        } else {
            out += line;
        }
        out += '\n';
        start = end + 1;
    }
    if (!body.endsWith('\n') && out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

QString hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    const qsizetype n = std::min(bytes.size(), maxBytes);
    QString out;
    out.reserve(n / 16 * 78 + 80);
    static const char digits[] = "0123456789abcdef";
    for (qsizetype line = 0; line < n; line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype k = 0; k < 16; ++k) {
            if (line + k < n) {
                const auto c = static_cast<unsigned char>(bytes[line + k]);
                out += QLatin1Char(digits[c >> 4]);
                out += QLatin1Char(digits[c & 15]);
                out += QLatin1Char(' ');
                ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (k == 7)
                out += QLatin1Char(' ');
        }
        out += QStringLiteral(" |") + ascii + QStringLiteral("|\n");
    }
    if (bytes.size() > n)
        out += tr("… %1 more bytes not shown\n").arg(bytes.size() - n);
    return out;
}

DecodedBody decodeBody(QByteArrayView body, QByteArrayView contentType)
{
    DecodedBody out;
    if (body.isEmpty())
        return out;
    const QByteArray type = contentType.toByteArray().toLower();
    out.firstInvalidUtf8 = firstInvalidUtf8(body);
    const bool claimsJson = type.contains("json");
    const bool claimsText = claimsJson || type.startsWith("text/") || type.contains("xml") ||
                            type.contains("x-www-form-urlencoded") || type.contains("javascript");

    if (claimsJson || (type.isEmpty() && (body.startsWith("{") || body.startsWith("[")))) {
        const auto pretty = prettyPrintJson(body);
        if (pretty) {
            out.kind = BodyKind::Json;
            out.text = QString::fromUtf8(*pretty);
            if (body.startsWith("\xEF\xBB\xBF"))
                out.problem = tr("The body starts with a UTF-8 byte order mark; strict JSON "
                                 "parsers reject it. Remove the BOM on the server.");
            return out;
        }
        if (claimsJson)
            out.problem = tr("The Content-Type says JSON but the body does not parse: %1.")
                              .arg(pretty.error().message);
    }
    if (type.contains("text/event-stream")) {
        out.kind = BodyKind::EventStream;
        out.text = prettyPrintEventStream(body);
        if (out.firstInvalidUtf8)
            out.problem = tr("Invalid UTF-8 at byte %1; the bad bytes are shown as \uFFFD.")
                              .arg(*out.firstInvalidUtf8);
        return out;
    } else if (out.firstInvalidUtf8 && (!claimsText || looksBinary(body))) {
        out.kind = BodyKind::Binary;
        out.text = hexDump(body);
        return out;
    } else if (!claimsText && looksBinary(body)) {
        out.kind = BodyKind::Binary;
        out.text = hexDump(body);
        return out;
    } else {
        out.kind = BodyKind::Text;
    }
    out.text = QString::fromUtf8(body);
    if (out.firstInvalidUtf8) {
        const QString invalid = tr("Invalid UTF-8 at byte %1; the bad bytes are shown as \uFFFD. "
                                   "Check the server's charset.")
                                    .arg(*out.firstInvalidUtf8);
        out.problem = out.problem.isEmpty() ? invalid : out.problem + QLatin1Char(' ') + invalid;
    }
    return out;
}

QString prettyJsonText(const QJsonValue &value)
{
    const QByteArray json = value.isArray()
                                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(prettyPrintJson(json).value_or(json));
}

namespace {

enum class Inflate
{
    Gzip,
    Zlib,
    Raw
};

// One zlib pass; nullopt when the input is not in that format at all.
std::optional<ContentDecoding> inflateBytes(QByteArrayView in, Inflate format, qsizetype maxOutput)
{
    z_stream z{};
    const int windowBits = format == Inflate::Gzip   ? 16 + MAX_WBITS
                           : format == Inflate::Zlib ? MAX_WBITS
                                                     : -MAX_WBITS;
    if (inflateInit2(&z, windowBits) != Z_OK)
        return std::nullopt;
    ContentDecoding out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    char buffer[16384];
    int rc = Z_OK;
    while (true) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer - z.avail_out);
        if (out.body.size() + produced > maxOutput) {
            out.body.append(buffer, maxOutput - out.body.size());
            out.truncated = true;
            break;
        }
        out.body.append(buffer, produced);
        if (rc == Z_STREAM_END) {
            // gzip allows members one after another.
            if (format == Inflate::Gzip && z.avail_in > 0 && inflateReset(&z) == Z_OK)
                continue;
            break;
        }
        if (rc != Z_OK)
            break;
        if (z.avail_in == 0 && produced == 0)
            break;
    }
    inflateEnd(&z);
    if (out.truncated)
        return out;
    if (rc == Z_STREAM_END)
        return out;
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR || format == Inflate::Raw ||
        out.body.isEmpty())
        return std::nullopt;
    out.complete = false; // ran out of input: a capped or unfinished stream
    return out;
}

std::optional<ContentDecoding> decodeOne(QByteArrayView in, QByteArrayView coding,
                                         qsizetype maxOutput)
{
    if (coding.compare("gzip", Qt::CaseInsensitive) == 0 ||
        coding.compare("x-gzip", Qt::CaseInsensitive) == 0) {
        if (in.size() < 2 || uchar(in[0]) != 0x1f || uchar(in[1]) != 0x8b)
            return std::nullopt;
        return inflateBytes(in, Inflate::Gzip, maxOutput);
    }
    if (coding.compare("deflate", Qt::CaseInsensitive) == 0) {
        // RFC 9110 says zlib-wrapped; some servers send raw deflate.
        const bool zlibHeader = in.size() >= 2 && (uchar(in[0]) & 0x0f) == 8 &&
                                ((uchar(in[0]) << 8) | uchar(in[1])) % 31 == 0;
        if (zlibHeader)
            if (auto out = inflateBytes(in, Inflate::Zlib, maxOutput))
                return out;
        return inflateBytes(in, Inflate::Raw, maxOutput);
    }
#if MCPSCOPE_HAVE_BROTLI
    if (coding.compare("br", Qt::CaseInsensitive) == 0) {
        BrotliDecoderState *state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
        if (!state)
            return std::nullopt;
        ContentDecoding out;
        size_t availableIn = size_t(in.size());
        const uint8_t *nextIn = reinterpret_cast<const uint8_t *>(in.data());
        BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
        uint8_t buffer[16384];
        while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
            size_t availableOut = sizeof buffer;
            uint8_t *nextOut = buffer;
            result = BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut,
                                                   &nextOut, nullptr);
            const qsizetype produced = qsizetype(sizeof buffer - availableOut);
            if (out.body.size() + produced > maxOutput) {
                out.body.append(reinterpret_cast<const char *>(buffer),
                                maxOutput - out.body.size());
                out.truncated = true;
                break;
            }
            out.body.append(reinterpret_cast<const char *>(buffer), produced);
        }
        BrotliDecoderDestroyInstance(state);
        if (out.truncated || (result == BROTLI_DECODER_RESULT_SUCCESS && availableIn == 0))
            return out;
        return std::nullopt;
    }
#endif
    if (coding.compare("identity", Qt::CaseInsensitive) == 0)
        return ContentDecoding{in.toByteArray()};
    return std::nullopt;
}

} // namespace

bool brotliSupported()
{
    return MCPSCOPE_HAVE_BROTLI;
}

std::optional<ContentDecoding> decodeContentEncoding(QByteArrayView body, QByteArrayView codings,
                                                     qsizetype maxOutput)
{
    QList<QByteArray> list = codings.toByteArray().split(',');
    ContentDecoding current{body.toByteArray()};
    bool any = false;
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        const QByteArray coding = it->trimmed();
        if (coding.isEmpty())
            continue;
        if (!current.complete || current.truncated)
            return std::nullopt; // an inner coding of a cut stream cannot be trusted to decode
        auto next = decodeOne(current.body, coding, maxOutput);
        if (!next)
            return std::nullopt;
        any = any || coding.compare("identity", Qt::CaseInsensitive) != 0;
        current = std::move(*next);
    }
    if (!any)
        return std::nullopt;
    return current;
}

} // namespace mcpscope
