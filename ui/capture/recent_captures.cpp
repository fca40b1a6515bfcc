#include "ui/capture/recent_captures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace mcpscope::RecentCaptures {

namespace {

const QString kKey = QStringLiteral("recentCaptures");

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::RecentCaptures", text);
}

void fill(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList paths = list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        // "&1 name.mcpscope  (folder)": the file name first, the folder for
        // telling two of one name apart; & doubled so it is no shortcut.
        QString label = QFileInfo(path).fileName() + QStringLiteral("  (") +
                        QDir::toNativeSeparators(QFileInfo(path).absolutePath()) + QLatin1Char(')');
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action =
            menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(label) : label, menu,
                            [open, path] { open(path); });
        action->setObjectName(QStringLiteral("recentCapture_%1").arg(i));
        action->setToolTip(path);
    }
    if (paths.isEmpty())
        menu->addAction(tr("No recent captures"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Recent Captures"), menu, [] { clear(); });
    clearAction->setObjectName(QStringLiteral("clearRecentCaptures"));
    clearAction->setEnabled(!paths.isEmpty());
}

} // namespace

QStringList list()
{
    return QSettings().value(kKey).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMax)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void clear()
{
    QSettings().remove(kKey);
}

void attachTo(QMenu *menu, const std::function<void(const QString &)> &open)
{
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, open] { fill(menu, open); });
    fill(menu, open);
}

} // namespace mcpscope::RecentCaptures
