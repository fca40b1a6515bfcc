#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/capture_model.h"
#include "node_peer.h"
#include "session_ui.h"
#include "ui/main_window.h"
#include "ui/replay/replay_dialog.h"
#include "ui/session/mcp_session_view.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// JSON as the server sent it (issue 16), against a real peer whose answers
// are written byte for byte (tests/peers/servers/schema_order_server.mjs):
// the tool's input schema is shown in the server's key order with every
// keyword McpScope does not render; the form and the arguments editor keep
// what the form does not own; the call sends the arguments as typed; the
// result is shown in the server's key order; a replay sends the params back
// unchanged. The peer echoes the body it received, so each check is on the
// bytes that crossed the wire.
class TestServerOrder : public QObject
{
    Q_OBJECT

    // True when each needle occurs in text, in this order.
    static bool inOrder(const QString &text, const QStringList &needles)
    {
        qsizetype at = -1;
        for (const QString &needle : needles) {
            const qsizetype next = text.indexOf(needle, at + 1);
            if (next < 0 || next <= at)
                return false;
            at = next;
        }
        return true;
    }

    // The body the peer received for the last call, from the result shown.
    static QString receivedBody(QWidget *view)
    {
        const QString shown = resultText(view);
        const qsizetype start = shown.indexOf(QLatin1Char('{'));
        const QJsonObject result =
            QJsonDocument::fromJson(shown.sliced(start < 0 ? 0 : start).toUtf8()).object();
        return result.value(u"structuredContent").toObject().value(u"receivedBody").toString();
    }

    QList<MessageRecord> storedMessages() const
    {
        CaptureReader reader;
        if (!reader.open(m_store.path()))
            return {};
        auto messages = reader.messages();
        return messages ? *messages : QList<MessageRecord>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_server_order"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("order.sqlite"))));
    }

    void keepsWhatTheServerSent()
    {
        NodePeer server;
        const QString why = server.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/schema_order_server.mjs"), {});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow window(&m_store);
        window.resize(1400, 900);
        window.show();
        McpSessionView *view =
            window.connectMcp({ConnectSettings::Kind::StreamableHttp,
                               QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.port()),
                               30,
                               {},
                               {}});
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(view) == 1, 15000);
        QVERIFY(selectTool(view, QStringLiteral("shape")));

        // The schema view: the server's order, every keyword, numbers and
        // escapes as written (QJsonObject would sort, write 1 and 1000, é).
        const QString schema = child<QPlainTextEdit>(view, "inputSchema")->toPlainText();
        QVERIFY2(
            inOrder(schema,
                    {QStringLiteral("\"type\": \"object\""),
                     QStringLiteral("\"$schema\": \"https://json-schema.org/draft/"
                                    "2020-12/schema\""),
                     QStringLiteral("\"title\": \"Shape \\u00e9\""), QStringLiteral("\"zeta\""),
                     QStringLiteral("\"alpha\""), QStringLiteral("\"mid\""),
                     QStringLiteral("\"minimum\": 1.0"), QStringLiteral("\"maximum\": 1e3"),
                     QStringLiteral("\"required\""),
                     QStringLiteral("\"additionalProperties\": false"), QStringLiteral("\"$defs\""),
                     QStringLiteral("\"$anchor\": \"pt\""), QStringLiteral("\"y\""),
                     QStringLiteral("\"x\""), QStringLiteral("\"allOf\""),
                     QStringLiteral("\"anyOf\""), QStringLiteral("\"if\""),
                     QStringLiteral("\"then\""), QStringLiteral("\"else\"")}),
            qPrintable(schema));

        // The form's fields in the schema's order; the editor starts from the
        // defaults.
        auto *zeta = child<QLineEdit>(view, "zeta");
        QVERIFY(zeta);
        const QJsonObject defaults{{QStringLiteral("zeta"), QStringLiteral("z")}};
        QCOMPARE(QJsonDocument::fromJson(argumentsText(view).toUtf8()).object(), defaults);

        // Typed JSON, then a form edit: what the form does not own (a member
        // the schema does not name, the user's order, 2.50) stays as typed.
        setArguments(view, QStringLiteral("{\"mid\": 1.0, \"extra\": {\"b\": 1, \"a\": 2.50}, "
                                          "\"zeta\": \"circle\"}"));
        QTRY_COMPARE(zeta->text(), QStringLiteral("circle"));
        zeta->setFocus();
        zeta->end(false);
        QTest::keyClicks(zeta, QStringLiteral("s"));
        const QString arguments = argumentsText(view);
        QVERIFY2(inOrder(arguments, {QStringLiteral("\"mid\": 1.0"), QStringLiteral("\"extra\""),
                                     QStringLiteral("\"b\": 1"), QStringLiteral("\"a\": 2.50"),
                                     QStringLiteral("\"zeta\": \"circles\"")}),
                 qPrintable(arguments));

        // The call sends the arguments as typed; the peer echoes its body.
        QSignalSpy done(toolsTab(view), &ToolsTab::toolCallFinished);
        callTool(view);
        QVERIFY(done.wait(15000));
        const QString body = receivedBody(view);
        QVERIFY2(
            body.contains(QStringLiteral(
                "\"arguments\":{\"mid\":1.0,\"extra\":{\"b\":1,\"a\":2.50},\"zeta\":\"circles\"}")),
            qPrintable(body));
        // The result in the server's order (structuredContent first, zulu
        // before alpha), its numbers and escapes as written.
        const QString result = resultText(view);
        QVERIFY2(
            inOrder(result,
                    {QStringLiteral("\"structuredContent\""), QStringLiteral("\"zulu\": 1.0"),
                     QStringLiteral("\"receivedBody\""), QStringLiteral("\"alpha\": \"\\u00e9\""),
                     QStringLiteral("\"isError\": false"), QStringLiteral("\"content\"")}),
            qPrintable(result));

        // The store keeps both messages as they crossed the wire.
        MessageRecord sent;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool answered = false;
                for (const MessageRecord &m : storedMessages()) {
                    if (m.outgoing && m.method == u"tools/call")
                        sent = m;
                    if (!m.outgoing && sent.id > 0 && m.exchangeId == sent.exchangeId)
                        answered = m.payload.contains("\"zulu\": 1.0");
                }
                return sent.id > 0 && answered;
            }(),
            10000);
        QVERIFY2(
            sent.payload.contains(
                "\"arguments\":{\"mid\":1.0,\"extra\":{\"b\":1,\"a\":2.50},\"zeta\":\"circles\"}"),
            sent.payload.constData());

        // Replay… of that call: the dialog shows the params as sent, and
        // sending them unchanged puts the same bytes on the wire.
        QTRY_VERIFY_WITH_TIMEOUT(logModel(window)->rowOfExchange(sent.exchangeId) >= 0, 10000);
        captureLog(window)->setCurrentIndex(
            logModel(window)->index(logModel(window)->rowOfExchange(sent.exchangeId), 0));
        auto *replay = window.findChild<QAction *>(QStringLiteral("replayExchange"));
        QVERIFY(replay && replay->isEnabled());
        replay->trigger();
        ReplayDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<ReplayDialog *>(widget); d && d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        const QString params = child<QPlainTextEdit>(dialog, "replayParams")->toPlainText();
        QVERIFY2(inOrder(params, {QStringLiteral("\"name\": \"shape\""),
                                  QStringLiteral("\"mid\": 1.0"), QStringLiteral("\"b\": 1"),
                                  QStringLiteral("\"a\": 2.50"), QStringLiteral("\"zeta\"")}),
                 qPrintable(params));
        QSignalSpy finished(dialog, &ReplayDialog::replayFinished);
        // "extra" breaks additionalProperties: false, kept: the dialog asks first.
        child<QPushButton>(dialog, "replaySend")->click();
        auto *anyway = child<QPushButton>(dialog, "replaySendAnyway");
        QVERIFY(anyway && anyway->isVisible());
        anyway->click();
        QVERIFY(finished.wait(15000));
        MessageRecord replayed;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const MessageRecord &m : storedMessages())
                    if (m.outgoing && m.replayOf == sent.id)
                        replayed = m;
                return replayed.id > 0;
            }(),
            10000);
        // The replayed request's answer echoes the bytes the peer received.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const MessageRecord &m : storedMessages())
                    if (!m.outgoing && m.exchangeId == replayed.exchangeId)
                        return m.payload.contains(
                            "\\\"arguments\\\":{\\\"mid\\\":1.0,\\\"extra\\\":{\\\"b\\\":1,"
                            "\\\"a\\\":2.50},\\\"zeta\\\":\\\"circles\\\"}");
                return false;
            }(),
            10000);
        dialog->close();
        view->client()->close();
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestServerOrder)
#include "tst_server_order.moc"
