// The interface comparison tab on its own: two live servers (server-everything
// and the mini server) compared, the resource and template rows that differ,
// and selecting one shows that item on both sides (nothing on the side that
// lacks it); and a comparison that cannot be made says why, once: a store
// that cannot be read, a session that recorded no interface, a server that
// is not there.
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "ui/replay/diff_view.h"
#include "ui/replay/interface_diff_view.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestInterfaceDiffView : public QObject
{
    Q_OBJECT

    static QString summary(InterfaceDiffView &view)
    {
        return view.findChild<QLabel *>(QStringLiteral("interfaceSummary"))->text();
    }
    static QTreeWidget *changes(InterfaceDiffView &view)
    {
        return view.findChild<QTreeWidget *>(QStringLiteral("interfaceChanges"));
    }
    // Compares a with b; true once compared() came, exactly once.
    static bool compareAndWait(InterfaceDiffView &view, const InterfaceSource &a,
                               const InterfaceSource &b)
    {
        QSignalSpy compared(&view, &InterfaceDiffView::compared);
        view.compare(a, b);
        if (!compared.wait(60000))
            return false;
        QCoreApplication::processEvents(); // (a second compared() would be queued by now)
        return compared.size() == 1 && view.isDone();
    }
    // The group row whose text starts with prefix.
    static QTreeWidgetItem *group(QTreeWidget *tree, const QString &prefix)
    {
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            if (tree->topLevelItem(g)->text(InterfaceDiffView::Key).startsWith(prefix))
                return tree->topLevelItem(g);
        return nullptr;
    }
    static QString side(DiffView *view, const char *name)
    {
        auto *edit = view->findChild<QPlainTextEdit *>(QLatin1String(name));
        return edit ? edit->toPlainText() : QString();
    }
    static QString label(DiffView *view, const char *name)
    {
        auto *l = view->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_interface_diff_view"));
        QString why = m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_mini.start(QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/support/mini_mcp_server.mjs"),
                           {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void resourceRowsShowBothVersions()
    {
        CaptureStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("live.sqlite"))));
        InterfaceDiffView view(&store);
        view.resize(1200, 800);
        view.show();
        const QString everything =
            QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        const QString mini = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_mini.port());
        QVERIFY(compareAndWait(view, InterfaceSource::liveServer(everything, false),
                               InterfaceSource::liveServer(mini, false)));
        QVERIFY2(view.failure().isEmpty(), qPrintable(view.failure()));
        QVERIFY(!view.diff().isSame());
        QVERIFY2(summary(view).endsWith(u"change(s)"), qPrintable(summary(view)));

        // The mini server's one resource is new; selecting it shows it on
        // the right only.
        QTreeWidget *tree = changes(view);
        QTreeWidgetItem *resources = group(tree, QStringLiteral("Resources: "));
        QVERIFY(resources);
        QTreeWidgetItem *blob = nullptr;
        for (int c = 0; c < resources->childCount(); ++c)
            if (resources->child(c)->text(InterfaceDiffView::Key) == u"mini://blob")
                blob = resources->child(c);
        QVERIFY(blob);
        QCOMPARE(blob->text(InterfaceDiffView::Kind), QStringLiteral("added"));
        QSignalSpy itemCompared(view.itemDiff(), &DiffView::compared);
        tree->setCurrentItem(blob);
        QVERIFY(itemCompared.wait(10000));
        QCOMPARE(label(view.itemDiff(), "diffLeftLabel"),
                 QStringLiteral("Old: mini://blob in %1").arg(everything));
        QCOMPARE(label(view.itemDiff(), "diffRightLabel"),
                 QStringLiteral("New: mini://blob in %1").arg(mini));
        QVERIFY2(side(view.itemDiff(), "diffRight").contains(u"\"uri\": \"mini://blob\""),
                 qPrintable(side(view.itemDiff(), "diffRight")));
        QVERIFY2(!side(view.itemDiff(), "diffLeft").contains(u"mini://blob"),
                 qPrintable(side(view.itemDiff(), "diffLeft")));

        // server-everything's resource templates are gone: one selected shows
        // its template on the left only.
        QTreeWidgetItem *templates = group(tree, QStringLiteral("Resource templates"));
        QVERIFY(templates);
        QVERIFY(templates->childCount() > 0);
        QTreeWidgetItem *first = templates->child(0);
        QCOMPARE(first->text(InterfaceDiffView::Kind), QStringLiteral("removed"));
        itemCompared.clear();
        tree->setCurrentItem(first);
        QVERIFY(itemCompared.wait(10000));
        const QString key = first->text(InterfaceDiffView::Key);
        QVERIFY2(side(view.itemDiff(), "diffLeft")
                     .contains(QStringLiteral("\"uriTemplate\": \"%1\"").arg(key)),
                 qPrintable(side(view.itemDiff(), "diffLeft")));
        QVERIFY(!side(view.itemDiff(), "diffRight").contains(key));

        // A group row shows nothing new: no comparison finishes (a small
        // one takes milliseconds; two seconds is the bound for "none came"),
        // and the template's stays shown.
        itemCompared.clear();
        tree->setCurrentItem(resources);
        QVERIFY(!itemCompared.wait(2000));
        QVERIFY2(side(view.itemDiff(), "diffLeft")
                     .contains(QStringLiteral("\"uriTemplate\": \"%1\"").arg(key)),
                 qPrintable(side(view.itemDiff(), "diffLeft")));
    }

    // A store that cannot be read: said once, with the side's label.
    void unreadableStoreSaysWhy()
    {
        InterfaceDiffView view(nullptr);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/capture.sqlite"));
        QVERIFY(compareAndWait(view, InterfaceSource::recorded(QStringLiteral("old"), missing, 1),
                               InterfaceSource::recorded(QStringLiteral("new"), missing, 2)));
        QVERIFY2(view.failure().startsWith(QStringLiteral("old: ")), qPrintable(view.failure()));
        QCOMPARE(summary(view), QStringLiteral("Cannot compare: ") + view.failure());
        QCOMPARE(changes(view)->topLevelItemCount(), 0);
        QVERIFY(view.diff().changes.isEmpty());
    }

    // A session the store never recorded has no interface to compare.
    void sessionWithoutInterface()
    {
        CaptureStore store;
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(store.open(path));
        store.flush();
        InterfaceDiffView view(nullptr);
        QVERIFY(
            compareAndWait(view, InterfaceSource::recorded(QStringLiteral("none"), path, 987654),
                           InterfaceSource::recorded(QStringLiteral("none either"), path, 987655)));
        QVERIFY2(view.failure().startsWith(QStringLiteral("none: ")), qPrintable(view.failure()));
        QVERIFY2(summary(view).startsWith(QStringLiteral("Cannot compare: none: ")),
                 qPrintable(summary(view)));
        QCOMPARE(changes(view)->topLevelItemCount(), 0);
    }

    // A live side nobody answers: the comparison ends with why.
    void serverThatIsNotThere()
    {
        InterfaceDiffView view(nullptr);
        const QString nobody = QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort());
        const QString mini = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_mini.port());
        QVERIFY(compareAndWait(view, InterfaceSource::liveServer(mini, false),
                               InterfaceSource::liveServer(nobody, false)));
        QVERIFY2(view.failure().startsWith(nobody + QStringLiteral(": ")),
                 qPrintable(view.failure()));
        QCOMPARE(summary(view), QStringLiteral("Cannot compare: ") + view.failure());
        QCOMPARE(changes(view)->topLevelItemCount(), 0);
    }

    void cleanupTestCase()
    {
        m_everything.stop();
        m_mini.stop();
    }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    NodePeer m_mini;
};

QTEST_MAIN(TestInterfaceDiffView)
#include "tst_interface_diff_view.moc"
