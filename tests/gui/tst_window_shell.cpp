// The main window's shell as a newcomer meets it (issue 17): the welcome
// page on first launch and its actions, splitters that come back after a
// restart, a status bar whose count a long message never covers, Ctrl+K
// from inside a text editor, mnemonics that are no literal ampersands, and
// introspection times a person can read.
#include "capture/capture_store.h"
#include "catalog/catalog_formats.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "mcp/json_schema.h"
#include "node_peer.h"
#include "session_ui.h"
#include "ui/main_window.h"
#include "ui/oauth/vault_view.h"
#include "ui/session/connect_dialog.h"
#include "ui/session/mcp_session_view.h"
#include "ui/welcome/welcome_page.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

// Claims Ctrl+K for the text editor it watches, as a QLineEdit or
// QPlainTextEdit does where Ctrl+K is DeleteEndOfLine.
class TakesCtrlK : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->keyCombination() ==
                QKeyCombination(Qt::ControlModifier, Qt::Key_K)) {
            event->accept();
            return true;
        }
        return false;
    }
};

class TestWindowShell : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget &window, const char *name)
    {
        return window.findChild<T *>(QLatin1String(name));
    }

    // Runs act (which opens a modal dialog and returns when it closes) and
    // hands the first modal dialog to look (which says what it saw); the
    // dialog is then rejected. Empty when no dialog opened.
    static QString withModal(const std::function<void()> &act,
                             const std::function<QString(QWidget *)> &look)
    {
        QString seen;
        QTimer poll;
        poll.setInterval(20);
        QElapsedTimer clock;
        clock.start();
        connect(&poll, &QTimer::timeout, &poll, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible()) {
                if (clock.elapsed() > 10000)
                    poll.stop();
                return;
            }
            poll.stop();
            seen = look(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        poll.start();
        act();
        // A dialog opened with open() (not exec) is still there: wait for it.
        if (!QTest::qWaitFor([&poll] { return !poll.isActive(); }, 10000))
            return QStringLiteral("(the dialog never closed)");
        return seen;
    }

    std::unique_ptr<CaptureStore> emptyStore(const QString &name)
    {
        auto store = std::make_unique<CaptureStore>();
        if (!store->open(m_dir.filePath(name)))
            return nullptr;
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_window_shell"));
    }

    void init() { QSettings().clear(); }

    // First launch, an empty store: the welcome page, not blank panes; it
    // names the store; Help > Welcome brings it back after a tab.
    void welcomeOnFirstLaunch()
    {
        auto store = emptyStore(QStringLiteral("first.sqlite"));
        QVERIFY(store);
        MainWindow window(store.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = child<WelcomePage>(window, "welcomePage");
        QVERIFY(welcome);
        QVERIFY(window.welcomeShown());
        QVERIFY(welcome->isVisible());
        QVERIFY(!centralTabs(window)->isVisible());
        QCOMPARE(child<QLabel>(window, "welcomeStorePath")->text(),
                 QDir::toNativeSeparators(store->path()));
        for (const char *name : {"welcomeConnect", "welcomeOpenCapture", "welcomeImport"}) {
            auto *button = child<QPushButton>(window, name);
            QVERIFY2(button && button->isVisible() && button->focusPolicy() & Qt::TabFocus, name);
        }
        // No servers yet: a line says where they come from.
        QVERIFY(child<QLabel>(window, "welcomeNoServers")->isVisible());

        // A tab opened: the tabs; closed again, with nothing recorded: welcome.
        window.openVault();
        QVERIFY(!window.welcomeShown());
        QVERIFY(centralTabs(window)->isVisible());
        Q_EMIT centralTabs(window)->tabCloseRequested(1);
        QTRY_VERIFY(window.welcomeShown());
        // Help > Welcome while a tab is open; picking a tab dismisses it.
        window.openVault();
        QVERIFY(!window.welcomeShown());
        child<QAction>(window, "welcomeAction")->trigger();
        QVERIFY(window.welcomeShown());
        centralTabs(window)->setCurrentIndex(0);
        QVERIFY(!window.welcomeShown());
    }

    // A store that holds sessions: the log, no welcome page.
    void noWelcomeOverRecordedSessions()
    {
        auto store = emptyStore(QStringLiteral("recorded.sqlite"));
        QVERIFY(store);
        const qint64 session = store->createSession(
            QStringLiteral("recorded"), QStringLiteral("http://127.0.0.1:1/mcp"),
            QStringLiteral("mcp"), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(session > 0);
        store->flush();
        MainWindow window(store.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.welcomeShown());
        QVERIFY(centralTabs(window)->isVisible());
    }

    // Each action opens what it says.
    void welcomeActionsOpenTheirDialogs()
    {
        auto store = emptyStore(QStringLiteral("actions.sqlite"));
        QVERIFY(store);
        MainWindow window(store.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomeShown());
        const auto click = [&window](const char *name) {
            return [&window, name] {
                QTest::mouseClick(window.findChild<QPushButton *>(QLatin1String(name)),
                                  Qt::LeftButton);
            };
        };
        QCOMPARE(withModal(click("welcomeConnect"),
                           [](QWidget *modal) {
                               return qobject_cast<ConnectDialog *>(modal) ? modal->objectName()
                                                                           : QString();
                           }),
                 QStringLiteral("connectDialog"));
        const auto fileDialogTitle = [](QWidget *modal) {
            return qobject_cast<QFileDialog *>(modal) ? modal->windowTitle() : QString();
        };
        QCOMPARE(withModal(click("welcomeImport"), fileDialogTitle),
                 QStringLiteral("Import a Capture"));
        QVERIFY(!withModal(click("welcomeOpenCapture"), fileDialogTitle).isEmpty());
        // Keyboard: the first action has the focus, Enter opens it.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        child<QAction>(window, "welcomeAction")->trigger();
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(window, "welcomeConnect"));
        QCOMPARE(withModal(
                     [&window] {
                         QTest::keyClick(
                             window.findChild<QPushButton *>(QStringLiteral("welcomeConnect")),
                             Qt::Key_Return);
                     },
                     [](QWidget *modal) { return modal->objectName(); }),
                 QStringLiteral("connectDialog"));
    }

    // A recent server is one click from a session (server-everything).
    void recentServerConnectsInOneClick()
    {
        NodePeer everything;
        const QString why = everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(everything.port());
        QSettings().setValue(QStringLiteral("recentTargets"), QStringList{url});
        auto store = emptyStore(QStringLiteral("recent.sqlite"));
        QVERIFY(store);
        MainWindow window(store.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomeShown());
        auto *servers = child<QListWidget>(window, "welcomeRecentServers");
        QVERIFY(servers && servers->isVisible());
        QCOMPARE(servers->item(0)->text(), url);
        QVERIFY(!child<QLabel>(window, "welcomeNoServers")->isVisible());
        QTest::mouseClick(servers->viewport(), Qt::LeftButton, {},
                          servers->visualItemRect(servers->item(0)).center());
        QCOMPARE(centralTabs(window)->count(), 2);
        QVERIFY(!window.welcomeShown());
        auto *view = qobject_cast<McpSessionView *>(centralTabs(window)->widget(1));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) > 5, 20000);
        Q_EMIT centralTabs(window)->tabCloseRequested(1);
        // A session was recorded: the log, not the welcome page.
        QTRY_VERIFY_WITH_TIMEOUT(centralTabs(window)->count() == 1, 10000);
        QTRY_VERIFY(!window.welcomeShown());
    }

    // The splitters come back as the user left them (a new window, the same
    // settings).
    void splittersRestoredAfterRestart()
    {
        auto store = emptyStore(QStringLiteral("split.sqlite"));
        QVERIFY(store);
        QList<int> outer, side;
        {
            MainWindow window(store.get());
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *outerSplit = child<QSplitter>(window, "outerSplit");
            auto *sideSplit = child<QSplitter>(window, "sidebarSplit");
            QVERIFY(outerSplit && sideSplit);
            outerSplit->setSizes({420, outerSplit->width() - 420});
            const int h = sideSplit->height();
            sideSplit->setSizes({h / 2, h / 4, h - h / 2 - h / 4});
            outer = outerSplit->sizes();
            side = sideSplit->sizes();
            window.close();
        }
        MainWindow again(store.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(child<QSplitter>(again, "outerSplit")->sizes(), outer);
        QCOMPARE(child<QSplitter>(again, "sidebarSplit")->sizes(), side);
    }

    // A long message and a long store path: the count stays whole and in view.
    void statusCountVisibleWithALongMessage()
    {
        const QString deep = m_dir.filePath(QString(120, QLatin1Char('d')) + QLatin1Char('/') +
                                            QString(120, QLatin1Char('e')));
        QVERIFY(QDir().mkpath(deep));
        CaptureStore store;
        QVERIFY(store.open(deep + QStringLiteral("/long.sqlite")));
        MainWindow window(&store);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.statusBar()->showMessage(QStringLiteral("A long message ").repeated(40));
        QApplication::processEvents();
        auto *count = child<QLabel>(window, "statusCount");
        QVERIFY(count && count->isVisible());
        QVERIFY2(count->width() >= count->sizeHint().width(),
                 qPrintable(
                     QStringLiteral("%1 < %2").arg(count->width()).arg(count->sizeHint().width())));
        const QRect inBar(count->mapTo(window.statusBar(), QPoint()), count->size());
        QVERIFY2(window.statusBar()->rect().contains(inBar),
                 qPrintable(QStringLiteral("count at %1+%2, bar %3")
                                .arg(inBar.x())
                                .arg(inBar.width())
                                .arg(window.statusBar()->width())));
        QCOMPARE(window.width(), 1024); // nothing widened the window
        // The path is all there, in the tooltip, when the label elides it.
        auto *path = child<QLabel>(window, "statusStore");
        QVERIFY(path->toolTip().contains(QString(120, QLatin1Char('e'))));
    }

    // Ctrl+K reaches Connect while a text editor has the focus.
    void ctrlKFromATextEditor_data()
    {
        QTest::addColumn<bool>("plain");
        QTest::newRow("line edit") << false;
        QTest::newRow("text edit") << true;
    }

    void ctrlKFromATextEditor()
    {
        QFETCH(bool, plain);
        auto store = emptyStore(QStringLiteral("ctrlk.sqlite"));
        QVERIFY(store);
        MainWindow window(store.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openFlowInspector();
        QWidget *tab = centralTabs(window)->currentWidget();
        QWidget *editor = nullptr;
        if (plain) {
            for (auto *edit : tab->findChildren<QPlainTextEdit *>())
                if (!edit->isReadOnly()) {
                    editor = edit;
                    break;
                }
        } else {
            for (auto *edit : tab->findChildren<QLineEdit *>())
                if (!edit->isReadOnly() && edit->isVisible()) {
                    editor = edit;
                    break;
                }
        }
        QVERIFY(editor);
        // As on X11, where a line or text edit takes Ctrl+K (delete to the
        // end of the line) before any shortcut: the offscreen platform has
        // no such key binding, so the editor is made to claim it here.
        TakesCtrlK takesCtrlK;
        editor->installEventFilter(&takesCtrlK);
        editor->setEnabled(true);
        editor->show();
        editor->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(withModal([editor] { QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier); },
                           [](QWidget *modal) { return modal->objectName(); }),
                 QStringLiteral("connectDialog"));
    }

    // Every label with a mnemonic has a buddy: otherwise Qt shows the '&'.
    void connectDialogMnemonicsHaveBuddies_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
    }

    void connectDialogMnemonicsHaveBuddies()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(
                translator.load(QStringLiteral(MCPSCOPE_QM_DIR "/mcpscope_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        ConnectDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bool sawOn401 = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            QString text = label->text();
            text.replace(QStringLiteral("&&"), QString());
            if (label->textFormat() == Qt::RichText || !text.contains(QLatin1Char('&')))
                continue;
            sawOn401 |= text.contains(QStringLiteral("401"));
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(sawOn401);
        QCoreApplication::removeTranslator(&translator);
    }

    // German leaves no English behind: the schema validator's messages, a
    // masked value's length, the OAuth step's failure sentence.
    void germanTextsAreGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(MCPSCOPE_QM_DIR "/mcpscope_de.qm")));
        QCoreApplication::installTranslator(&translator);
        const QJsonObject schema{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("message")}}};
        const auto violations = JsonSchemaValidator(schema).validate(QJsonObject());
        // A helper's tr() in a free function (lupdate files it under
        // "mcpscope", not the helper's own context).
        const auto catalog = readCatalogSource("[1, 2]");
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!catalog);
        QVERIFY2(catalog.error().message.startsWith(
                     QStringLiteral("Die Datei enthält JSON vom Typ Liste")),
                 qPrintable(catalog.error().message));
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().message,
                 QStringLiteral("Die Eigenschaft „message“ ist erforderlich."));
    }

    // Introspection's times: local date and time, how far from now, raw
    // values aside.
    void introspectionTimesReadable()
    {
        const qint64 now = QDateTime(QDate(2026, 11, 30), QTime(19, 0)).toMSecsSinceEpoch();
        const qint64 exp = now / 1000 + 14 * 60;
        const qint64 iat = now / 1000 - 46 * 60;
        const QJsonObject answer{{QStringLiteral("active"), true},
                                 {QStringLiteral("exp"), double(exp)},
                                 {QStringLiteral("iat"), double(iat)},
                                 {QStringLiteral("nbf"), QStringLiteral("not a number")}};
        const auto [lines, raw] = VaultView::describeTimes(answer, now);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Expires (exp): ")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("(in 14 min)")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(
                     QLocale().toString(QDateTime::fromSecsSinceEpoch(exp), QLocale::ShortFormat)),
                 qPrintable(lines.at(0)));
        QVERIFY2(!lines.at(0).contains(QString::number(exp)), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral("(46 min ago)")), qPrintable(lines.at(1)));
        QCOMPARE(raw, (QStringList{QStringLiteral("exp = %1").arg(exp),
                                   QStringLiteral("iat = %1").arg(iat)}));
        QCOMPARE(VaultView::relativeTime(3 * 3600 * 1000), QStringLiteral("in 3 h"));
        QCOMPARE(VaultView::relativeTime(-5000), QStringLiteral("5 s ago"));
        QCOMPARE(VaultView::relativeTime(0), QStringLiteral("now"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowShell)
#include "tst_window_shell.moc"
