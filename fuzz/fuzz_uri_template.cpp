// URI templates come from resources/templates/list, i.e. from an untrusted server.
#include "mcp/uri_template.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = UriTemplate::parse(text);
    if (!parsed)
        return parsed.error().message.isEmpty() ? (std::abort(), 0) : 0;
    QHash<QString, QString> values;
    for (const QString &name : parsed->variables())
        values.insert(name, name + QStringLiteral(" é/?"));
    const QString uri = parsed->expand(values);
    // Expansion only ever emits URI characters: no spaces, braces or non-ASCII.
    for (const QChar c : uri)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'{' || c == u'}' || c == u'"' ||
            c == u'<')
            std::abort();
    return 0;
}
