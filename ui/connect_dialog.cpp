#include "ui/connect_dialog.h"

#include "ui/dialog_parts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpscope {

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to MCP Server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItems({tr("Auto (Streamable HTTP, then HTTP+SSE)"), tr("Streamable HTTP"), tr("HTTP+SSE (2024-11-05)"),
                      tr("stdio (run a command)")});
    m_target = new QComboBox(this);
    m_target->setEditable(true);
    m_target->addItems(recent);
    m_target->setMinimumWidth(460);
    m_target->lineEdit()->setPlaceholderText(QStringLiteral("http://127.0.0.1:3001/mcp"));
    m_timeout = DialogParts::timeoutSpin(this, 60, tr("How long to wait for each response"));
    form->addRow(tr("&Transport:"), m_kind);
    form->addRow(tr("&URL or command:"), m_target);
    form->addRow(tr("Request &timeout:"), m_timeout);
    layout->addLayout(form);
    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = DialogParts::okCancel(this, tr("Connect"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_target->lineEdit()->setPlaceholderText(index == int(Kind::Stdio)
                                                     ? QStringLiteral("npx -y @modelcontextprotocol/server-everything stdio")
                                                     : QStringLiteral("http://127.0.0.1:3001/mcp"));
    });
    layout->addWidget(buttons);
}

ConnectDialog::Kind ConnectDialog::kind() const
{
    return Kind(m_kind->currentIndex());
}

QString ConnectDialog::target() const
{
    return m_target->currentText().trimmed();
}

int ConnectDialog::timeoutSeconds() const
{
    return m_timeout->value();
}

McpClient::Transport ConnectDialog::httpTransport() const
{
    switch (kind()) {
    case Kind::StreamableHttp:
        return McpClient::Transport::StreamableHttp;
    case Kind::Sse:
        return McpClient::Transport::Sse;
    default:
        return McpClient::Transport::Auto;
    }
}

void ConnectDialog::accept()
{
    if (target().isEmpty()) {
        m_error->setText(kind() == Kind::Stdio ? tr("Enter the command that starts the server.")
                                               : tr("Enter the server's URL."));
        m_error->show();
        return;
    }
    if (kind() != Kind::Stdio) {
        const QUrl url = QUrl::fromUserInput(target());
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            m_error->setText(tr("\"%1\" is not an http:// or https:// URL.").arg(target()));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace mcpscope
