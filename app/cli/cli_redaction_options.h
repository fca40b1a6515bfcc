#pragma once

// The --redact-* options the export, bundle and report verbs share: rules
// added to what every export redacts anyway (see RedactionRules).
#include "export/export_redactor.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace mcpscope::cli {

struct RedactionOptions
{
    QCommandLineOption header{QStringLiteral("redact-header"),
                              QStringLiteral("Also remove this header's value (repeatable)."),
                              QStringLiteral("NAME")};
    QCommandLineOption pointer{
        QStringLiteral("redact-pointer"),
        QStringLiteral("Also remove what this JSON pointer names in JSON bodies and JSON-RPC "
                       "messages; '*' matches one segment (repeatable)."),
        QStringLiteral("POINTER")};
    QCommandLineOption param{
        QStringLiteral("redact-param"),
        QStringLiteral("Also remove this query or form parameter's value (repeatable)."),
        QStringLiteral("NAME")};
    QCommandLineOption pattern{
        QStringLiteral("redact-pattern"),
        QStringLiteral("Also remove every match of this regular expression (repeatable)."),
        QStringLiteral("REGEX")};

    QList<QCommandLineOption> all() const { return {header, pointer, param, pattern}; }

    RedactionRules rules(const QCommandLineParser &parser) const
    {
        RedactionRules rules;
        rules.headers = parser.values(header);
        rules.pointers = parser.values(pointer);
        rules.queryParams = parser.values(param);
        rules.patterns = parser.values(pattern);
        return rules;
    }
};

} // namespace mcpscope::cli
