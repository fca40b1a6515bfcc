// The main window's View menu on the capture log: Find in Captures puts the
// cursor in the search field with its text selected (from wherever the
// focus was); Follow New Exchanges keeps the log scrolled to the newest row
// while on, and leaves the user's scroll position alone while off. Plain
// HTTP exchanges against MisbehavingServer (a real HTTP server on loopback).
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "misbehaving_server.h"
#include "models/capture_model.h"
#include "net/http_client.h"
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestViewMenu : public QObject
{
    Q_OBJECT

    QAction *actionWithShortcut(const QKeySequence &keys) const
    {
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->shortcut() == keys)
                return action;
        return nullptr;
    }
    QAction *followAction() const
    {
        return actionWithShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    }
    // Sends count GETs of /ok and waits until the log shows them.
    void send(int count)
    {
        const int total = logModel(*m_window)->rowCount() + count;
        for (int i = 0; i < count; ++i) {
            HttpRequest request;
            request.url = QUrl(m_server.url(QStringLiteral("/ok?n=%1").arg(m_sent++)));
            m_window->sendRequest(request);
        }
        QTRY_COMPARE_WITH_TIMEOUT(logModel(*m_window)->rowCount(), total, 20000);
    }
    QScrollBar *logScroll() const { return captureLog(*m_window)->verticalScrollBar(); }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_view_menu"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("view.sqlite"))));
        m_window = std::make_unique<MainWindow>(&m_store);
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        // A session in the store: the tabs, not the welcome page.
        send(1);
        QTRY_VERIFY(!m_window->welcomeShown());
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->close();
            m_window.reset();
        }
    }

    void findPutsTheCursorInTheSearchField()
    {
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("captureSearch"));
        QAction *find = actionWithShortcut(QKeySequence::Find);
        QVERIFY(field && find);
        QCOMPARE(find->text(), QStringLiteral("&Find in Captures"));
        field->setText(QStringLiteral("tool:echo"));
        captureLog(*m_window)->setFocus();
        QTRY_VERIFY(!field->hasFocus());
        find->trigger();
        QTRY_VERIFY(field->hasFocus());
        QCOMPARE(field->selectedText(), QStringLiteral("tool:echo"));
        field->clear();
    }

    // Enough rows to scroll: with Follow on, each new one is scrolled to;
    // with it off, the rows come in and the view stays where the user put it.
    void followKeepsTheNewestRowInView()
    {
        QAction *follow = followAction();
        QVERIFY(follow);
        QVERIFY(follow->isCheckable());
        QVERIFY(follow->isChecked()); // on by default
        send(40);
        QTRY_VERIFY(logScroll()->maximum() > 0);
        QTRY_COMPARE(logScroll()->value(), logScroll()->maximum());

        follow->trigger();
        QVERIFY(!follow->isChecked());
        logScroll()->setValue(0);
        send(5);
        QTRY_VERIFY(logScroll()->maximum() > 0);
        QCOMPARE(logScroll()->value(), 0);

        follow->trigger();
        QVERIFY(follow->isChecked());
        send(1);
        QTRY_COMPARE(logScroll()->value(), logScroll()->maximum());
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    MisbehavingServer m_server;
    std::unique_ptr<MainWindow> m_window;
    int m_sent = 0;
};

QTEST_MAIN(TestViewMenu)
#include "tst_view_menu.moc"
