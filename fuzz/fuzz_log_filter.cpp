// The capture log's filter syntax (capture/log_filter.h): typed by the user,
// pasted from anywhere. Never crashes, and printing what it parsed parses
// back to the same filter, printed the same way.
#include "capture/capture_reader.h"
#include "capture/log_filter.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const LogFilterQuery once = parseLogFilter(text);
    const QString printed = printLogFilter(once);
    const LogFilterQuery twice = parseLogFilter(printed);
    if (!twice.sameFilter(once) || !twice.problems.isEmpty() || printLogFilter(twice) != printed)
        std::abort();
    CaptureFilter filter;
    applyLogFilter(once, filter);
    if (once.isEmpty() != filter.isEmpty())
        std::abort();
    return 0;
}
