// File > Open Recent Capture's list and menu (RecentCaptures): newest first,
// at most kMax, a path opened again moves to the top; the menu numbers the
// first nine (&1…&9), names the file then its folder, shows an & in a name
// as an & (not a shortcut), opens the path of the action picked, and says
// when there is nothing to list.
#include "gui_test_settings.h"
#include "ui/capture/recent_captures.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestRecentCaptures : public QObject
{
    Q_OBJECT

    QString capture(int n) const { return m_dir.filePath(QStringLiteral("c%1.mcpscope").arg(n)); }
    // The menu's capture actions, in order (separators and Clear left out).
    static QList<QAction *> entries(QMenu &menu)
    {
        QList<QAction *> out;
        for (QAction *action : menu.actions())
            if (action->objectName().startsWith(QStringLiteral("recentCapture_")))
                out << action;
        return out;
    }
    static QAction *named(QMenu &menu, const QString &name)
    {
        for (QAction *action : menu.actions())
            if (action->objectName() == name)
                return action;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_recent_captures"));
    }
    void init() { RecentCaptures::clear(); }

    void keepsTheNewestTenOnce()
    {
        for (int n = 1; n <= RecentCaptures::kMax + 2; ++n)
            RecentCaptures::add(capture(n));
        QStringList expected;
        for (int n = RecentCaptures::kMax + 2; n > 2; --n)
            expected << capture(n);
        QCOMPARE(RecentCaptures::list(), expected);
        // Opened again: first, and only once.
        RecentCaptures::add(capture(5));
        QCOMPARE(RecentCaptures::list().size(), RecentCaptures::kMax);
        QCOMPARE(RecentCaptures::list().first(), capture(5));
        QCOMPARE(RecentCaptures::list().count(capture(5)), 1);
        // A relative path is kept absolute.
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        RecentCaptures::add(QStringLiteral("relative.mcpscope"));
        QDir::setCurrent(cwd);
        QCOMPARE(RecentCaptures::list().first(),
                 QDir(m_dir.path()).absoluteFilePath(QStringLiteral("relative.mcpscope")));
        RecentCaptures::clear();
        QVERIFY(RecentCaptures::list().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("recentCaptures")));
    }

    void menuNumbersNamesAndOpens()
    {
        const QString ampersand = m_dir.filePath(QStringLiteral("R&D.mcpscope"));
        for (int n = 1; n <= RecentCaptures::kMax - 1; ++n)
            RecentCaptures::add(capture(n));
        RecentCaptures::add(ampersand); // the newest: &1
        QMenu menu;
        QStringList opened;
        RecentCaptures::attachTo(&menu, [&opened](const QString &path) { opened << path; });
        const QList<QAction *> actions = entries(menu);
        QCOMPARE(actions.size(), RecentCaptures::kMax);
        const QString folder = QDir::toNativeSeparators(m_dir.path());
        QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 R&&D.mcpscope  (%1)").arg(folder));
        QCOMPARE(actions.at(0)->toolTip(), ampersand);
        QCOMPARE(actions.at(1)->text(),
                 QStringLiteral("&2 c%1.mcpscope  (%2)").arg(RecentCaptures::kMax - 1).arg(folder));
        QCOMPARE(actions.at(8)->text(), QStringLiteral("&9 c2.mcpscope  (%1)").arg(folder));
        // The tenth has no number to type.
        QCOMPARE(actions.at(9)->text(), QStringLiteral("c1.mcpscope  (%1)").arg(folder));
        QCOMPARE(actions.at(9)->objectName(), QStringLiteral("recentCapture_9"));

        actions.at(0)->trigger();
        actions.at(9)->trigger();
        QCOMPARE(opened, (QStringList{ampersand, capture(1)}));
        QAction *clear = named(menu, QStringLiteral("clearRecentCaptures"));
        QVERIFY(clear && clear->isEnabled());
    }

    // Refilled each time it is about to show: cleared, it says so.
    void emptyMenuSaysSo()
    {
        RecentCaptures::add(capture(1));
        QMenu menu;
        RecentCaptures::attachTo(&menu, [](const QString &) {});
        QCOMPARE(entries(menu).size(), 1);
        named(menu, QStringLiteral("clearRecentCaptures"))->trigger();
        QVERIFY(RecentCaptures::list().isEmpty());
        Q_EMIT menu.aboutToShow();
        QVERIFY(entries(menu).isEmpty());
        QStringList texts;
        for (QAction *action : menu.actions())
            if (!action->isSeparator())
                texts << action->text() + (action->isEnabled() ? u"" : u" (disabled)");
        QCOMPARE(texts, (QStringList{QStringLiteral("No recent captures (disabled)"),
                                     QStringLiteral("&Clear Recent Captures (disabled)")}));
        // Another capture opened: the next showing lists it.
        RecentCaptures::add(capture(2));
        Q_EMIT menu.aboutToShow();
        QCOMPARE(entries(menu).size(), 1);
        QCOMPARE(entries(menu).first()->toolTip(), capture(2));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRecentCaptures)
#include "tst_recent_captures.moc"
