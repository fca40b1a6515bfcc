#pragma once

#include <QCoreApplication>
#include <QSettings>

// GUI tests keep their settings in a scratch folder of their own (INI files
// under dir), never the user's, under an application name of their own.
namespace mcpscope::testing {

inline void useScratchSettings(const QString &dir, const QString &applicationName)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QCoreApplication::setOrganizationName(QStringLiteral("McpScopeTest"));
    QCoreApplication::setApplicationName(applicationName);
}

} // namespace mcpscope::testing
