#include "ui/session/console_tab.h"

#include "ui/common/json_highlighter.h"

#include "common/ordered_json.h"
#include "mcp/mcp_client.h"
#include "net/body_decoding.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace mcpscope {

ConsoleTab::ConsoleTab(McpClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("consoleTab"));
    auto *layout = new QVBoxLayout(this);
    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("consoleHistory"));
    m_history->addItem(tr("History (messages sent this session)"));
    m_input = createJsonEditor(this, false);
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setMaximumHeight(100);
    m_input->setPlainText(
        QStringLiteral("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}"));
    auto *sendButton = new QPushButton(tr("Send"), this);
    sendButton->setObjectName(QStringLiteral("consoleSend"));
    sendButton->setToolTip(tr("Send (Ctrl+Return in the editor)"));
    m_output = createJsonEditor(this, true);
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    layout->addWidget(m_history);
    layout->addWidget(m_input);
    layout->addWidget(sendButton, 0, Qt::AlignLeft);
    layout->addWidget(m_output, 1);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ConsoleTab::send);
    connect(sendButton, &QPushButton::clicked, this, &ConsoleTab::send);
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_input->setPlainText(m_history->itemData(index).toString());
        m_history->setCurrentIndex(0);
    });
}

void ConsoleTab::send()
{
    const QString text = m_input->toPlainText();
    QJsonParseError error;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    const QString method = message.value(QStringLiteral("method")).toString();
    if (error.error != QJsonParseError::NoError || method.isEmpty()) {
        m_output->appendPlainText(
            tr("// Not sent: write a JSON-RPC request or notification with a method."));
        return;
    }
    // History: newest first, no repeats.
    for (int i = m_history->count() - 1; i > 0; --i)
        if (m_history->itemData(i).toString() == text)
            m_history->removeItem(i);
    m_history->insertItem(
        1, QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)).left(120),
        text);
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    // Sent as typed: the user's key order, bytes and id.
    const QByteArray typed = text.toUtf8();
    if (!message.contains(QStringLiteral("id"))) {
        m_output->appendPlainText(QStringLiteral("→ ") +
                                  QString::fromUtf8(indentJson(typed).value_or(typed)));
        m_client->notify(method, params);
        return;
    }
    const QByteArray paramsText = jsonMember(typed, u"params").value_or(QByteArray());
    if (message.contains(QStringLiteral("params")) &&
        !message.value(QStringLiteral("params")).isObject()) {
        m_output->appendPlainText(tr("// Not sent: params must be a JSON object."));
        return;
    }
    McpRequest *request =
        m_client->requestWithId(message.value(QStringLiteral("id")), method, paramsText);
    // What went on the wire (the modern era adds its _meta to params).
    const QByteArray sent = request->sentBytes();
    if (!sent.isEmpty())
        m_output->appendPlainText(QStringLiteral("→ ") +
                                  QString::fromUtf8(indentJson(sent).value_or(sent)));
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        // The answer in the server's key order.
        const QByteArray raw = request->rawResult();
        if (request->sentBytes().isEmpty()) { // refused before it was sent
            m_output->appendPlainText(QStringLiteral("// ") + request->error().message);
            Q_EMIT replied();
            return;
        }
        m_output->appendPlainText(QStringLiteral("← ") +
                                  (!request->succeeded() ? request->error().message
                                   : raw.isEmpty()
                                       ? prettyJsonText(request->result())
                                       : QString::fromUtf8(indentJson(raw).value_or(raw))));
        Q_EMIT replied();
    });
}

} // namespace mcpscope
