#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "diff_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/capture_model.h"
#include "node_peer.h"
#include "screenshots.h"
#include "session_ui.h"
#include "ui/common/theme.h"
#include "ui/main_window.h"
#include "ui/replay/replay_dialog.h"
#include "ui/session/mcp_session_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace mcpscope;
using namespace mcpscope::testing;

// Replay… from the capture log, driven as a user would, against a real
// server-everything over Streamable HTTP: a tools/call replayed with edited
// arguments, a plain HTTP exchange replayed with an edited header, params
// that are not JSON, arguments that no longer validate.
class TestReplayDialog : public QObject
{
    Q_OBJECT

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
    }

    QList<MessageRecord> storedMessages() const
    {
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return {};
        auto messages = reader.messages();
        return messages ? *messages : QList<MessageRecord>{};
    }

    std::optional<Exchange> storedExchange(qint64 id) const
    {
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return std::nullopt;
        auto exchange = reader.exchange(id);
        return exchange && exchange->has_value() ? **exchange : std::optional<Exchange>{};
    }

    qint64 storedReplayOf(qint64 exchangeId) const
    {
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return -1;
        auto summaries = reader.summaries({exchangeId});
        return summaries && summaries->size() == 1 ? summaries->first().replayOf : -1;
    }

    // The complete exchanges recorded as replays of exchange original.
    QList<qint64> replaysOf(qint64 original) const
    {
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return {};
        auto ids = reader.exchangeIds({}, original, 1000);
        if (!ids)
            return {};
        auto summaries = reader.summaries(*ids);
        QList<qint64> out;
        for (const ExchangeSummary &s : summaries ? *summaries : QList<ExchangeSummary>{})
            if (s.replayOf == original && s.state == Exchange::State::Complete)
                out << s.id;
        std::sort(out.begin(), out.end());
        return out;
    }

    // Connects a session tab and calls echo with message through its tools
    // tab; returns the outgoing tools/call message as stored.
    MessageRecord callEcho(MainWindow &window, McpSessionView *&view, const QString &message,
                           const HeaderList &headers = {}, const QString &target = {})
    {
        view = window.connectMcp(
            {ConnectSettings::Kind::Auto, target.isEmpty() ? url() : target, 30, headers, {}});
        if (!QTest::qWaitFor([&] { return toolCount(view) > 5; }, 15000))
            return {};
        if (!selectTool(view, QStringLiteral("echo")))
            return {};
        setArguments(view, QStringLiteral("{\"message\": \"%1\"}").arg(message));
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        if (!done.wait(15000))
            return {};
        MessageRecord out;
        const bool stored = QTest::qWaitFor(
            [&] {
                // The request and its answer: the dialog reads the original
                // answer from the store, so both must have been committed.
                bool answered = false;
                const QList<MessageRecord> messages = storedMessages();
                for (const MessageRecord &m : messages)
                    if (m.outgoing && m.method == u"tools/call" && m.exchangeId > 0 &&
                        m.payload.contains(message.toUtf8()))
                        out = m;
                for (const MessageRecord &m : messages)
                    if (!m.outgoing && out.id > 0 && m.exchangeId == out.exchangeId &&
                        m.payload.contains(message.toUtf8()))
                        answered = true;
                return out.id > 0 && answered;
            },
            10000);
        return stored ? out : MessageRecord{};
    }

    // Selects the exchange's row in the log and chooses Replay… there.
    static ReplayDialog *openReplay(MainWindow &window, qint64 exchangeId)
    {
        if (!QTest::qWaitFor([&] { return logModel(window)->rowOfExchange(exchangeId) >= 0; },
                             10000))
            return nullptr;
        QTableView *log = captureLog(window);
        log->setCurrentIndex(
            logModel(window)->index(logModel(window)->rowOfExchange(exchangeId), 0));
        auto *replay = window.findChild<QAction *>(QStringLiteral("replayExchange"));
        if (!replay || !replay->isEnabled())
            return nullptr;
        replay->trigger();
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ReplayDialog *>(widget); dialog && dialog->isVisible())
                return dialog;
        return nullptr;
    }

    static QString text(QWidget *dialog, const char *name)
    {
        if (auto *label = child<QLabel>(dialog, name))
            return label->text();
        if (auto *edit = child<QPlainTextEdit>(dialog, name))
            return edit->toPlainText();
        return {};
    }

    // Clicks a button and waits for the replay to finish and its comparison
    // to be shown.
    static bool sendAndWait(ReplayDialog *dialog, const char *button = "replaySend")
    {
        QSignalSpy finished(dialog, &ReplayDialog::replayFinished);
        QSignalSpy compared(dialog->diffView(), &DiffView::compared);
        child<QPushButton>(dialog, button)->click();
        return finished.wait(15000) && (compared.size() > 0 || compared.wait(15000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_replay_dialog"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("replay.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (qobject_cast<ReplayDialog *>(widget))
                widget->close();
    }

    // Replay… on a tools/call row: edit the message, send to the open
    // session; the diff shows the changed text and the store links the
    // replayed message (and exchange) to the original.
    void replaysAnEditedToolCall()
    {
        MainWindow window(&m_store);
        window.resize(1400, 900);
        window.show();
        McpSessionView *view = nullptr;
        const MessageRecord original = callEcho(window, view, QStringLiteral("first run"));
        QVERIFY(original.id > 0);
        ReplayDialog *dialog = openReplay(window, original.exchangeId);
        QVERIFY(dialog);
        QCOMPARE(child<QTabWidget>(dialog, "replayMode")->currentIndex(),
                 int(ReplayDialog::CallMode));
        QCOMPARE(child<QLineEdit>(dialog, "replayMethod")->text(), QStringLiteral("tools/call"));
        // The default target: the open tab talking to the recorded server.
        QCOMPARE(child<QComboBox>(dialog, "replayTarget")->currentText(),
                 centralTabs(window)->tabText(centralTabs(window)->indexOf(view)));
        auto *params = child<QPlainTextEdit>(dialog, "replayParams");
        QVERIFY(params->toPlainText().contains(QStringLiteral("first run")));
        params->setPlainText(params->toPlainText().replace(QStringLiteral("first run"),
                                                           QStringLiteral("edited run")));
        QVERIFY2(text(dialog, "replayParamsState").contains(QStringLiteral("validate against")),
                 qPrintable(text(dialog, "replayParamsState")));
        QVERIFY(sendAndWait(dialog));
        // The diff is computed on a worker thread after the answer arrives.
        QTRY_COMPARE_WITH_TIMEOUT(changePointers(dialog->diffView()),
                                  QStringList{QStringLiteral("/content/0/text")}, 10000);
        QCOMPARE(changeCell(dialog->diffView(), 0, JsonChangeModel::OldValue),
                 QStringLiteral("\"Echo: first run\""));
        QCOMPARE(changeCell(dialog->diffView(), 0, JsonChangeModel::NewValue),
                 QStringLiteral("\"Echo: edited run\""));
        QVERIFY(labelText(dialog->diffView(), "diffTiming").contains(QStringLiteral(" ms → ")));
        snapAll(dialog, QStringLiteral("replay-dialog"));

        MessageRecord replayed;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const MessageRecord &m : storedMessages())
                    if (m.outgoing && m.replayOf == original.id)
                        replayed = m;
                return replayed.id > 0;
            }(),
            10000);
        QCOMPARE(replayed.method, QStringLiteral("tools/call"));
        QVERIFY(replayed.payload.contains("edited run"));
        QVERIFY(replayed.exchangeId > 0);
        QTRY_COMPARE_WITH_TIMEOUT(storedReplayOf(replayed.exchangeId), original.exchangeId, 10000);
    }

    // Params that are not JSON: nothing is sent, and the dialog says why.
    void refusesParamsThatAreNotJson()
    {
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view = nullptr;
        const MessageRecord original = callEcho(window, view, QStringLiteral("not json run"));
        QVERIFY(original.id > 0);
        ReplayDialog *dialog = openReplay(window, original.exchangeId);
        QVERIFY(dialog);
        child<QPlainTextEdit>(dialog, "replayParams")->setPlainText(QStringLiteral("{\"name\": "));
        QVERIFY(text(dialog, "replayParamsState").startsWith(QStringLiteral("Not valid JSON")));
        QSignalSpy finished(dialog, &ReplayDialog::replayFinished);
        child<QPushButton>(dialog, "replaySend")->click();
        QVERIFY2(text(dialog, "replayMessage").contains(QStringLiteral("not valid JSON")),
                 qPrintable(text(dialog, "replayMessage")));
        QVERIFY(child<QLabel>(dialog, "replayMessage")->isVisible());
        // Refused before anything started: not busy, nothing finished, no
        // replay of the original in the store.
        QCOMPARE(finished.size(), 0);
        for (const MessageRecord &m : storedMessages())
            QVERIFY(m.replayOf != original.id);
        QVERIFY(child<QPushButton>(dialog, "replaySend")->isEnabled());
    }

    // Arguments that no longer validate against echo's input schema: the
    // dialog says so, sends nothing, and Send anyway sends them.
    void warnsWhenArgumentsDoNotValidate()
    {
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view = nullptr;
        const MessageRecord original = callEcho(window, view, QStringLiteral("schema run"));
        QVERIFY(original.id > 0);
        ReplayDialog *dialog = openReplay(window, original.exchangeId);
        QVERIFY(dialog);
        auto *params = child<QPlainTextEdit>(dialog, "replayParams");
        QJsonObject object = QJsonDocument::fromJson(params->toPlainText().toUtf8()).object();
        object.insert(QStringLiteral("arguments"), QJsonObject{{QStringLiteral("message"), 42}});
        params->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson()));
        QVERIFY2(text(dialog, "replayParamsState").contains(QStringLiteral("do not validate")),
                 qPrintable(text(dialog, "replayParamsState")));
        auto *anyway = child<QPushButton>(dialog, "replaySendAnyway");
        QVERIFY(anyway && !anyway->isVisible());
        QSignalSpy finished(dialog, &ReplayDialog::replayFinished);
        child<QPushButton>(dialog, "replaySend")->click();
        QVERIFY2(text(dialog, "replayMessage").contains(QStringLiteral("do not validate")),
                 qPrintable(text(dialog, "replayMessage")));
        QVERIFY(anyway->isVisible());
        QCOMPARE(finished.size(), 0);
        // Sent anyway, the server has its say (an error, or a result).
        QVERIFY(sendAndWait(dialog, "replaySendAnyway"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const MessageRecord &m : storedMessages())
                    if (m.outgoing && m.replayOf == original.id && m.payload.contains("42"))
                        return true;
                return false;
            }(),
            10000);
    }

    // The exchange that carried a tools/call, replayed as plain HTTP: with
    // an edited session header it reaches the server (which no longer knows
    // the session), is recorded and linked; the Authorization the capture
    // redacted is named and not sent as the marker, and an MCP session
    // target adds its own.
    void replaysAPlainHttpExchangeWithAnEditedHeader()
    {
        MainWindow window(&m_store);
        window.resize(1400, 900);
        window.show();
        McpSessionView *view = nullptr;
        const MessageRecord original =
            callEcho(window, view, QStringLiteral("http run"),
                     {{"Authorization", "Bearer replay-test-secret-7f3a"}});
        QVERIFY(original.id > 0);
        // The message is written when it is sent; its exchange is complete
        // once the answer has arrived and the writer committed it.
        std::optional<Exchange> stored;
        QTRY_VERIFY_WITH_TIMEOUT((stored = storedExchange(original.exchangeId)) &&
                                     stored->state == Exchange::State::Complete,
                                 10000);
        QCOMPARE(stored->status, 200);
        ReplayDialog *dialog = openReplay(window, original.exchangeId);
        QVERIFY(dialog);
        child<QTabWidget>(dialog, "replayMode")->setCurrentIndex(ReplayDialog::HttpMode);
        QVERIFY(child<QLabel>(dialog, "redactedHeaders")->isVisible());
        QVERIFY2(text(dialog, "redactedHeaders")
                     .contains(QStringLiteral("authorization"), Qt::CaseInsensitive),
                 qPrintable(text(dialog, "redactedHeaders")));
        auto *target = child<QComboBox>(dialog, "replayTarget");
        const int plain = target->findText(QStringLiteral("Plain HTTP"), Qt::MatchStartsWith);
        QVERIFY(plain >= 0);
        target->setCurrentIndex(plain);
        auto *headers = child<QPlainTextEdit>(dialog, "replayHeaders");
        QStringList lines = headers->toPlainText().split(QLatin1Char('\n'));
        bool edited = false;
        for (QString &line : lines)
            if (line.startsWith(QStringLiteral("mcp-session-id:"), Qt::CaseInsensitive)) {
                line = QStringLiteral("Mcp-Session-Id: no-such-session");
                edited = true;
            }
        QVERIFY(edited);
        headers->setPlainText(lines.join(QLatin1Char('\n')));
        QVERIFY(sendAndWait(dialog));
        QVERIFY2(text(dialog, "replayMessage").startsWith(QStringLiteral("Replayed as exchange #")),
                 qPrintable(text(dialog, "replayMessage")));
        QVERIFY(changePointers(dialog->diffView()).contains(QStringLiteral("/status")));
        snapAll(dialog, QStringLiteral("replay-dialog-http"));

        // The replay as recorded: linked, with the edited header, without
        // the redacted one, refused by the server that does not know it.
        QTRY_COMPARE_WITH_TIMEOUT(replaysOf(original.exchangeId).size(), 1, 10000);
        const qint64 replayId = replaysOf(original.exchangeId).first();
        std::optional<Exchange> replay = storedExchange(replayId);
        QVERIFY(replay);
        QCOMPARE(replay->requestHeader("mcp-session-id"), QByteArray("no-such-session"));
        QVERIFY(replay->requestHeader("authorization").isEmpty());
        QVERIFY2(replay->status >= 400, qPrintable(QString::number(replay->status)));

        // Through the MCP session tab: its own Authorization goes along, and
        // the edited body reaches the tool.
        target->setCurrentIndex(
            target->findText(centralTabs(window)->tabText(centralTabs(window)->indexOf(view))));
        headers->setPlainText(headers->toPlainText().replace(
            QStringLiteral("no-such-session"),
            QString::fromLatin1(stored->requestHeader("mcp-session-id"))));
        auto *body = child<QPlainTextEdit>(dialog, "replayBody");
        body->setPlainText(
            body->toPlainText().replace(QStringLiteral("http run"), QStringLiteral("body edited")));
        QVERIFY(sendAndWait(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(replaysOf(original.exchangeId).size(), 2, 10000);
        replay = storedExchange(replaysOf(original.exchangeId).last());
        QVERIFY(replay);
        QCOMPARE(replay->status, 200);
        QVERIFY(replay->requestHeader("authorization").startsWith("Bearer"));
        QVERIFY2(replay->responseBody.contains("Echo: body edited"),
                 replay->responseBody.constData());
    }

    // The server went away: the replay says it got no answer, and the
    // dialog can be used again. A window without a session tab says there
    // is nothing to send to.
    void saysWhenTheServerIsGoneOrNoSessionIsOpen()
    {
        NodePeer gone;
        const QString why = gone.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view = nullptr;
        const MessageRecord original =
            callEcho(window, view, QStringLiteral("gone run"), {},
                     QStringLiteral("http://127.0.0.1:%1/mcp").arg(gone.port()));
        QVERIFY(original.id > 0);
        ReplayDialog *dialog = openReplay(window, original.exchangeId);
        QVERIFY(dialog);
        gone.stop();
        QSignalSpy finished(dialog, &ReplayDialog::replayFinished);
        child<QPushButton>(dialog, "replaySend")->click();
        QVERIFY(!child<QPushButton>(dialog, "replaySend")->isEnabled()); // busy, not blocked
        QVERIFY(finished.wait(30000));
        QVERIFY2(
            text(dialog, "replayMessage").startsWith(QStringLiteral("The replay got no answer")),
            qPrintable(text(dialog, "replayMessage")));
        QVERIFY(child<QPushButton>(dialog, "replaySend")->isEnabled());
        dialog->close();

        MainWindow empty(&m_store);
        empty.show();
        ReplayDialog *none = openReplay(empty, original.exchangeId);
        QVERIFY(none);
        QVERIFY(child<QComboBox>(none, "replayTarget")
                    ->currentText()
                    .startsWith(QStringLiteral("(no open MCP session")));
        child<QPushButton>(none, "replaySend")->click();
        QVERIFY2(text(none, "replayMessage").contains(QStringLiteral("no connected MCP session")),
                 qPrintable(text(none, "replayMessage")));
    }

    // The exchange detail view offers Replay… too.
    void detailViewOffersReplay()
    {
        MainWindow window(&m_store);
        window.show();
        McpSessionView *view = nullptr;
        const MessageRecord original = callEcho(window, view, QStringLiteral("detail run"));
        QVERIFY(original.id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(logModel(window)->rowOfExchange(original.exchangeId) >= 0, 10000);
        captureLog(window)->setCurrentIndex(
            logModel(window)->index(logModel(window)->rowOfExchange(original.exchangeId), 0));
        centralTabs(window)->setCurrentWidget(
            window.findChild<QWidget *>(QStringLiteral("logPage")));
        auto *button = logDetail(window)->findChild<QPushButton *>(QStringLiteral("detailReplay"));
        QVERIFY(button && button->isVisible());
        button->click();
        ReplayDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<ReplayDialog *>(widget); d && d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QVERIFY(text(dialog, "replayParams").contains(QStringLiteral("detail run")));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
};

QTEST_MAIN(TestReplayDialog)
#include "tst_replay_dialog.moc"
