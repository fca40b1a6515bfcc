#include "ui/capture/new_request_dialog.h"

#include "ui/common/dialog_parts.h"

#include "net/request_input.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mcpscope {

NewRequestDialog::NewRequestDialog(const QStringList &recentTargets, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Request"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_url = new QComboBox(this);
    m_url->setEditable(true);
    m_url->addItems(recentTargets);
    m_url->setMinimumWidth(480);
    m_url->lineEdit()->setPlaceholderText(QStringLiteral("https://example.com/mcp"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers = new QPlainTextEdit(this);
    m_headers->setFont(mono);
    m_headers->setPlaceholderText(tr("One per line, e.g.\nAccept: application/json"));
    m_headers->setFixedHeight(90);
    m_body = new QPlainTextEdit(this);
    m_body->setFont(mono);
    m_body->setPlaceholderText(tr("Request body (optional)"));
    m_timeout = DialogParts::timeoutSpin(this, 30,
                                         tr("Give up when the server sends nothing for this long"));
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("Idle &timeout:"), m_timeout);
    layout->addLayout(form);
    m_error = DialogParts::errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = DialogParts::okCancel(this, tr("Send"));
    layout->addWidget(buttons);
    m_url->setFocus();
}

void NewRequestDialog::setUrl(const QString &url)
{
    m_url->setCurrentText(url);
}

void NewRequestDialog::accept()
{
    auto request = buildRequest(m_method->currentText(), m_url->currentText(),
                                m_headers->toPlainText().split(QLatin1Char('\n')),
                                m_body->toPlainText().toUtf8());
    if (!request) {
        m_error->setText(request.error().message);
        m_error->show();
        return;
    }
    m_request = *request;
    m_request.idleTimeoutMs = m_timeout->value() * 1000;
    QDialog::accept();
}

} // namespace mcpscope
