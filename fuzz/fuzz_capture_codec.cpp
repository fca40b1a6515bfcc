// Captured headers and TLS chains are stored through the capture codec and
// read back from capture files, which anyone may hand McpScope. What HTTP can
// carry survives the codec unchanged; anything decoded re-encodes to itself.
#include "capture/capture_codec.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

namespace {

bool isTchar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Headers as HTTP carries them (RFC 9110 §5): token names, values without
// CR, LF or surrounding whitespace. Built from the input's NUL-separated
// fields, "name\0value\0name\0value…", keeping what HTTP could have sent.
HeaderList httpHeaders(QByteArrayView bytes)
{
    HeaderList out;
    const QList<QByteArray> fields = bytes.toByteArray().split('\0');
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        const QByteArray &name = fields[i];
        const QByteArray value = fields[i + 1].trimmed();
        if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTchar) ||
            value.contains('\r') || value.contains('\n'))
            continue;
        out.append({name, value});
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Stored bytes from a capture file: decoding is a fixed point.
    const HeaderList decoded = CaptureCodec::decodeHeaders(bytes);
    for (const auto &[name, value] : decoded)
        if (name.isEmpty())
            std::abort();
    if (CaptureCodec::decodeHeaders(CaptureCodec::encodeHeaders(decoded)) != decoded)
        std::abort();

    // Headers as they travel survive a store and a load.
    const HeaderList headers = httpHeaders(bytes);
    if (CaptureCodec::decodeHeaders(CaptureCodec::encodeHeaders(headers)) != headers)
        std::abort();

    // TLS chains: any stored text decodes; what decodes re-encodes to itself;
    // a chain of any strings survives the round trip.
    const QString text = QString::fromUtf8(bytes);
    const QList<CertificateSummary> chain = CaptureCodec::decodeTlsChain(text);
    if (CaptureCodec::decodeTlsChain(CaptureCodec::encodeTlsChain(chain)) != chain)
        std::abort();
    QList<CertificateSummary> built;
    const QStringList fields = text.split(QChar(u'\0'));
    for (qsizetype i = 0; i + 4 < fields.size(); i += 5)
        built.append({fields[i], fields[i + 1], fields[i + 2], fields[i + 3], fields[i + 4]});
    if (CaptureCodec::decodeTlsChain(CaptureCodec::encodeTlsChain(built)) != built)
        std::abort();
    return 0;
}
