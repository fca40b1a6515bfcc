#pragma once

#include "net/http_client.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace mcpscope {

// Compose a plain HTTP request: method, URL, headers, body. The request is
// validated by core (buildRequest); the dialog only shows what it says.
class NewRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewRequestDialog(const QStringList &recentTargets, QWidget *parent = nullptr);

    void setUrl(const QString &url);
    HttpRequest request() const { return m_request; }

    void accept() override;

private:
    QComboBox *m_method;
    QComboBox *m_url;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QSpinBox *m_timeout;
    QLabel *m_error;
    HttpRequest m_request;
};

} // namespace mcpscope
