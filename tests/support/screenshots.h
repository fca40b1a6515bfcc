#pragma once

#include "ui/common/theme.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QTranslator>
#include <QWidget>

// Screenshots from GUI tests: with MCPSCOPE_SCREENSHOT_DIR set, panes are
// saved as they render (for the README and for looking at them); without it
// nothing is taken.
namespace mcpscope::testing {

inline void snap(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("MCPSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// The window in both palettes at both sizes the app is looked at:
// NAME-light-1024x700.png … NAME-dark-1600x1000.png.
inline void snapAll(QWidget *window, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("MCPSCOPE_SCREENSHOT_DIR"))
        return;
#ifdef MCPSCOPE_QM_DIR
    // The English plurals ("3 ignore rules") come from the translation.
    QTranslator english;
    if (english.load(QStringLiteral(MCPSCOPE_QM_DIR "/mcpscope_en.qm")))
        QCoreApplication::installTranslator(&english);
#endif
    for (Theme::Choice choice : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(choice);
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window->resize(size);
            snap(window, QStringLiteral("%1-%2-%3x%4")
                             .arg(name, Theme::choiceName(choice))
                             .arg(size.width())
                             .arg(size.height()));
        }
    }
    Theme::apply(Theme::Choice::System);
#ifdef MCPSCOPE_QM_DIR
    QCoreApplication::removeTranslator(&english);
#endif
}

} // namespace mcpscope::testing
