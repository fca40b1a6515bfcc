// The sessions sidebar's menu where a run cannot go ahead as asked, and the
// parts of its windows the happy paths leave out: a plain HTTP session
// cannot be mocked (a warning says why, no panel stays), the mock panel
// copies its URL and stops, Compare Interface With… asks for the other side
// (and refuses an empty one), a comparison with a session that has no MCP
// interface or a server that is gone says why, a regression run without a
// target asks for one; Help > About names the store. Against
// server-everything (the MCP session) and MisbehavingServer (plain HTTP).
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "misbehaving_server.h"
#include "models/session_list_model.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "replay/mock_server.h"
#include "ui/main_window.h"
#include "ui/replay/interface_diff_view.h"
#include "ui/replay/mock_panel.h"
#include "ui/replay/regression_run_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestSessionMenuActions : public QObject
{
    Q_OBJECT

    QAction *sessionAction(qint64 sessionId, const char *name)
    {
        m_menu.reset(m_window->sessionMenu(sessionId));
        return m_menu->findChild<QAction *>(QLatin1String(name));
    }

    // Runs user on the modal widget that action opens (inside its exec()),
    // then closes it if user left it open: a failed check never hangs.
    void whileModal(QAction *action, const std::function<void(QWidget *)> &user)
    {
        QTimer::singleShot(0, m_window.get(), [user] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            user(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                dialog->reject();
        });
        action->trigger();
    }

    // The sidebar's first line for a session.
    QString sidebarLabel(qint64 sessionId) const
    {
        auto *list = m_window->findChild<QListView *>(QStringLiteral("sessionList"));
        for (int row = 0; list && row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(SessionListModel::SessionIdRole).toLongLong() == sessionId)
                return index.data().toString().section(u'\n', 0, 0);
        }
        return {};
    }

    static QString summaryOf(InterfaceDiffView *view)
    {
        return view->findChild<QLabel *>(QStringLiteral("interfaceSummary"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_session_menu_actions"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("menu.sqlite"))));
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_mcpUrl = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        m_mcp = recordEverythingSession(m_store, nullptr, m_mcpUrl, {QStringLiteral("hello")});
        QVERIFY(m_mcp > 0);

        m_window = std::make_unique<MainWindow>(&m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // A plain HTTP request: the window's "HTTP requests" session.
        HttpRequest request;
        request.url = QUrl(m_http.url(QStringLiteral("/ok")));
        m_window->sendRequest(request);
        m_store.flush();
        auto *list = m_window->findChild<QListView *>(QStringLiteral("sessionList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 10000);
        for (int row = 0; row < 2; ++row) {
            const qint64 id =
                list->model()->index(row, 0).data(SessionListModel::SessionIdRole).toLongLong();
            if (id != m_mcp)
                m_plain = id;
        }
        QVERIFY(m_plain > 0);
    }

    void cleanupTestCase()
    {
        m_menu.reset();
        if (m_window) {
            m_window->close();
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 15000);
            m_window.reset();
        }
    }

    // Core's words in a warning, and no panel left behind.
    void mockOfAPlainHttpSessionSaysWhy()
    {
        QString title;
        QString text;
        whileModal(sessionAction(m_plain, "mockSessionAction"), [&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                title = box->windowTitle();
                text = box->text();
                box->accept();
            }
        });
        QCOMPARE(title, QStringLiteral("Mock This Session"));
        QCOMPARE(text, QStringLiteral("Session %1 recorded no answered JSON-RPC request, so there "
                                      "is nothing to serve; pick an MCP session.")
                           .arg(m_plain));
        QVERIFY(!m_window->findChild<MockPanel *>(QStringLiteral("mockPanel")));
    }

    // Copy URL puts the served URL on the clipboard; Stop stops serving and
    // leaves nothing to connect to; Close deletes the panel.
    void mockPanelCopiesItsUrlAndStops()
    {
        QApplication::clipboard()->clear();
        sessionAction(m_mcp, "mockSessionAction")->trigger();
        QPointer<MockPanel> panel = m_window->findChild<MockPanel *>(QStringLiteral("mockPanel"));
        QVERIFY(panel);
        QCOMPARE(panel->windowTitle(), QStringLiteral("Mock of %1").arg(sidebarLabel(m_mcp)));
        auto *status = panel->findChild<QLabel *>(QStringLiteral("mockStatus"));
        auto *copy = panel->findChild<QPushButton *>(QStringLiteral("copyMockUrl"));
        auto *stop = panel->findChild<QPushButton *>(QStringLiteral("stopMock"));
        auto *connectMock = panel->findChild<QPushButton *>(QStringLiteral("connectMock"));
        QCOMPARE(status->text(), QStringLiteral("Listening."));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("mockRequests"))->text(),
                 QStringLiteral("0 request(s) answered"));
        QVERIFY(copy->isEnabled() && stop->isEnabled() && connectMock->isEnabled());
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), panel->url().toString());
        QCOMPARE(QUrl(QApplication::clipboard()->text()).host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(status->text(), QStringLiteral("URL copied."));

        stop->click();
        QCOMPARE(status->text(), QStringLiteral("Stopped."));
        QVERIFY(!panel->server()->isListening());
        QVERIFY(!stop->isEnabled());
        QVERIFY(!connectMock->isEnabled());
        QVERIFY(copy->isEnabled()); // the URL stays to read
        const int tabs = centralTabs(*m_window)->count();
        connectMock->click(); // disabled: nothing happens
        QCOMPARE(centralTabs(*m_window)->count(), tabs);
        // Stopping again changes nothing.
        panel->stop();
        QCOMPARE(status->text(), QStringLiteral("Stopped."));

        auto *close = panel->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        close->click();
        QTRY_VERIFY(!panel);
    }

    // The dialog offers the other recorded sessions, prefills the live
    // target with this session's, and refuses an empty target or command.
    void compareInterfaceAsksForTheOtherSide()
    {
        const QString plainLabel = sidebarLabel(m_plain);
        QStringList offered;
        QString prefilled;
        bool recordedFirst = false;
        bool liveFieldsFollow = false;
        QStringList errors;
        bool accepted = false;
        whileModal(sessionAction(m_mcp, "compareInterfaceAction"), [&](QWidget *modal) {
            auto *dialog = qobject_cast<CompareInterfaceDialog *>(modal);
            if (!dialog)
                return;
            auto *recorded = dialog->findChild<QRadioButton *>(QStringLiteral("sideRecorded"));
            auto *live = dialog->findChild<QRadioButton *>(QStringLiteral("sideLive"));
            auto *session = dialog->findChild<QComboBox *>(QStringLiteral("sideSession"));
            auto *transport = dialog->findChild<QComboBox *>(QStringLiteral("sideTransport"));
            auto *target = dialog->findChild<QLineEdit *>(QStringLiteral("sideTarget"));
            auto *compare = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            recordedFirst = recorded->isChecked() && session->isEnabled() && !target->isEnabled();
            for (int i = 0; i < session->count(); ++i)
                offered << session->itemText(i);
            prefilled = target->text();
            live->click();
            liveFieldsFollow =
                !session->isEnabled() && target->isEnabled() && transport->isEnabled();
            const auto error = [dialog] {
                for (QLabel *label : dialog->findChildren<QLabel *>())
                    if (label->isVisible() && !label->text().isEmpty())
                        return label->text();
                return QString();
            };
            target->setText(QStringLiteral("   "));
            compare->click();
            errors << error();
            transport->setCurrentIndex(1);
            compare->click();
            errors << error();
            recorded->click();
            compare->click();
            accepted = dialog->result() == QDialog::Accepted;
        });
        QVERIFY(recordedFirst);
        QCOMPARE(offered, QStringList{plainLabel});
        QCOMPARE(prefilled, m_mcpUrl);
        QVERIFY(liveFieldsFollow);
        QCOMPARE(errors, (QStringList{QStringLiteral("Give the server's URL."),
                                      QStringLiteral("Give the command that starts the server.")}));
        QVERIFY(accepted);

        // The comparison opened in a tab of its own, old = this session.
        auto *view = qobject_cast<InterfaceDiffView *>(centralTabs(*m_window)->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->title(),
                 QStringLiteral("Interface: %1 ↔ %2").arg(sidebarLabel(m_mcp), plainLabel));
        QTRY_VERIFY_WITH_TIMEOUT(view->isDone(), 10000);
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("interfaceSides"))->text(),
                 QStringLiteral("Old: %1\nNew: %2").arg(sidebarLabel(m_mcp), plainLabel));
        // The plain session listed nothing: there is no interface to compare,
        // and the summary says so, naming the side.
        QVERIFY2(view->failure().startsWith(
                     plainLabel + QStringLiteral(": The session recorded no initialize result and "
                                                 "no complete list of tools")),
                 qPrintable(view->failure()));
        QCOMPARE(summaryOf(view), QStringLiteral("Cannot compare: ") + view->failure());
        QVERIFY(view->diff().changes.isEmpty());
    }

    // A live server that is gone: the comparison says which side and why.
    void interfaceOfAGoneServerSaysWhy()
    {
        const QString gone = QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort());
        InterfaceDiffView *view = m_window->openInterfaceDiff(
            InterfaceSource::recorded(sidebarLabel(m_mcp), m_store.path(), m_mcp),
            InterfaceSource::liveServer(gone, false));
        QSignalSpy compared(view, &InterfaceDiffView::compared);
        QVERIFY(compared.wait(30000));
        QVERIFY(view->isDone());
        QVERIFY2(view->failure().startsWith(gone + QStringLiteral(": ")),
                 qPrintable(view->failure()));
        QCOMPARE(summaryOf(view), QStringLiteral("Cannot compare: ") + view->failure());
        QCOMPARE(
            view->findChild<QTreeWidget *>(QStringLiteral("interfaceChanges"))->topLevelItemCount(),
            0);
        QCOMPARE(compared.count(), 1);
    }

    // A store that cannot be read: the recorded side says so.
    void interfaceOfAMissingStoreSaysWhy()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-dir/none.sqlite"));
        InterfaceDiffView *view = m_window->openInterfaceDiff(
            InterfaceSource::recorded(QStringLiteral("left"), missing, 1),
            InterfaceSource::recorded(sidebarLabel(m_mcp), m_store.path(), m_mcp));
        QSignalSpy compared(view, &InterfaceDiffView::compared);
        QVERIFY(compared.wait(10000));
        QVERIFY2(view->failure().startsWith(QStringLiteral("left: ")), qPrintable(view->failure()));
        QCOMPARE(summaryOf(view), QStringLiteral("Cannot compare: ") + view->failure());
    }

    // Without a target Run is not offered, and a run asked for anyway says
    // what is missing and starts nothing.
    void regressionRunAsksForATarget()
    {
        sessionAction(m_mcp, "regressionRunAction")->trigger();
        auto *view = qobject_cast<RegressionRunView *>(centralTabs(*m_window)->currentWidget());
        QVERIFY(view);
        auto *target = view->findChild<QLineEdit *>(QStringLiteral("runTarget"));
        auto *transport = view->findChild<QComboBox *>(QStringLiteral("runTransport"));
        auto *run = view->findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *status = view->findChild<QLabel *>(QStringLiteral("runStatus"));
        QCOMPARE(target->text(), m_mcpUrl);
        QCOMPARE(transport->currentIndex(), 0);
        QSignalSpy finished(view, &RegressionRunView::runFinished);
        QVERIFY(run->isEnabled());
        target->setText(QStringLiteral("  "));
        // The button is not offered without a target; run() (its slot) says why.
        QVERIFY(!run->isEnabled());
        view->run();
        QCOMPARE(status->text(), QStringLiteral("Give the server's URL."));
        transport->setCurrentIndex(1);
        view->run();
        QCOMPARE(status->text(), QStringLiteral("Give the command that starts the server."));
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("stopButton"))->isEnabled());
        target->setText(m_mcpUrl);
        QVERIFY(run->isEnabled());
        QCOMPARE(finished.count(), 0);
    }

    // Help > About names the version and the store the captures go to.
    void aboutNamesTheStore()
    {
        QAction *about = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->text() == QStringLiteral("&About McpScope"))
                about = action;
        QVERIFY(about);
        QString title;
        QString text;
        whileModal(about, [&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                title = box->windowTitle();
                text = box->text();
                box->accept();
            }
        });
        QCOMPARE(title, QStringLiteral("About McpScope"));
        QCOMPARE(text, QStringLiteral("McpScope %1\nA workbench for debugging OAuth-protected MCP "
                                      "servers.\nCaptures are stored in %2")
                           .arg(QStringLiteral(MCPSCOPE_VERSION), m_store.path()));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    MisbehavingServer m_http;
    QString m_mcpUrl;
    qint64 m_mcp = 0;
    qint64 m_plain = 0;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QMenu> m_menu;
};

QTEST_MAIN(TestSessionMenuActions)
#include "tst_session_menu_actions.moc"
