#pragma once

#include "mcp/mcp_client.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mcpscope {

// Where to connect: a URL (transport auto, Streamable HTTP or HTTP+SSE) or a
// command to run over stdio; the request timeout.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Auto, StreamableHttp, Sse, Stdio };

    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    Kind kind() const;
    QString target() const;
    int timeoutSeconds() const;
    McpClient::Transport httpTransport() const;

    void accept() override;

private:
    QComboBox *m_kind;
    QComboBox *m_target;
    QSpinBox *m_timeout;
    QLabel *m_error;
};

} // namespace mcpscope
