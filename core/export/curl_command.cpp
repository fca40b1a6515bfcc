#include "export/curl_command.h"

#include <QStringList>

namespace mcpscope {

QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString curlCommand(const Exchange &e)
{
    QStringList lines;
    lines << QStringLiteral("curl -X %1 %2").arg(QString::fromLatin1(e.method), shellQuote(e.url));
    for (const auto &[name, value] : e.requestHeaders) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "host" || lower == "connection")
            continue;
        lines << QStringLiteral("  -H %1").arg(shellQuote(
            QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
    }
    if (!e.requestBody.isEmpty())
        lines << QStringLiteral("  --data-binary %1")
                     .arg(shellQuote(QString::fromUtf8(e.requestBody)));
    return lines.join(QStringLiteral(" \\\n"));
}

} // namespace mcpscope
