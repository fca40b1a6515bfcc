#include "ui/session/connect_dialog.h"

#include "net/request_input.h"
#include "ui/common/dialog_parts.h"
#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
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
    m_kind->setObjectName(QStringLiteral("connectKind"));
    m_kind->addItems({tr("Auto (Streamable HTTP, then HTTP+SSE)"), tr("Streamable HTTP"),
                      tr("HTTP+SSE (2024-11-05)"), tr("stdio (run a command)")});
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("connectTarget"));
    m_target->setEditable(true);
    m_target->addItems(recent);
    m_target->setMinimumWidth(460);
    m_target->lineEdit()->setPlaceholderText(QStringLiteral("http://127.0.0.1:3001/mcp"));
    m_timeout = DialogParts::timeoutSpin(this, 60, tr("How long to wait for each response"));
    m_timeout->setObjectName(QStringLiteral("connectTimeout"));
    m_kind->setItemData(int(Kind::Sse), tr("HTTP+SSE is deprecated in 2026-07-28"),
                        Qt::ToolTipRole);
    m_era = new QComboBox(this);
    m_era->setObjectName(QStringLiteral("protocolEra"));
    // In ProtocolEra's order.
    m_era->addItems({tr("Auto (server/discover, then initialize)"),
                     tr("Legacy (initialize, 2024-11-05 … 2025-11-25)"),
                     tr("Modern (2026-07-28)")});
    m_era->setToolTip(
        tr("Which generation of MCP to speak: Auto asks server/discover and falls back to "
           "initialize when the server does not know it"));
    m_eraNote = createPlainLabel(this);
    m_eraNote->setObjectName(QStringLiteral("eraNote"));
    Theme::setTone(m_eraNote, Theme::Tone::Muted);
    m_eraNote->hide();
    form->addRow(tr("&Transport:"), m_kind);
    form->addRow(tr("&URL or command:"), m_target);
    form->addRow(tr("Protocol &era:"), m_era);
    form->addRow(QString(), m_eraNote);
    form->addRow(tr("Request &timeout:"), m_timeout);
    m_maxBody = new QSpinBox(this);
    m_maxBody->setObjectName(QStringLiteral("maxBody"));
    m_maxBody->setRange(1, 4096);
    m_maxBody->setValue(8);
    m_maxBody->setSuffix(tr(" MiB"));
    m_maxBody->setToolTip(
        tr("The largest answer (and SSE event) McpScope reads and keeps; a larger one fails with a "
           "clear error instead of being cut silently"));
    form->addRow(tr("Maximum &body size:"), m_maxBody);
    m_extra = new QPlainTextEdit(this);
    m_extra->setObjectName(QStringLiteral("connectExtra"));
    m_extra->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_extra->setFixedHeight(80);
    m_extraLabel = createPlainLabel(this);
    m_extraLabel->setObjectName(QStringLiteral("connectExtraLabel"));
    form->addRow(m_extraLabel, m_extra);
    m_signIn = new QComboBox(this);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->addItems({tr("Sign in with the browser"), tr("Sign in headless (no browser)"),
                        tr("Step through the flow")});
    m_signIn->setToolTip(
        tr("What happens when the server answers 401: the OAuth flow, shown in the session's "
           "Authorization tab"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("client id (optional)"));
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("client secret (optional)"));
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setPlaceholderText(tr("scope (optional)"));
    // The client fields get a row of their own: beside the sign-in choice
    // their placeholders were cut at the usual window sizes.
    form->addRow(tr("On &401:"), m_signIn);
    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientId);
    clientRow->addWidget(m_clientSecret);
    // A label next to a layout has no buddy, and without one QLabel shows
    // the mnemonic's '&' literally.
    auto *clientLabel = new QLabel(tr("OAuth &client:"), this);
    clientLabel->setBuddy(m_clientId);
    form->addRow(clientLabel, clientRow);
    form->addRow(tr("Sco&pe:"), m_scope);
    layout->addLayout(form);
    m_error = DialogParts::errorLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    layout->addWidget(m_error);
    auto *buttons = DialogParts::okCancel(this, tr("Connect"));
    const auto showKind = [this](int index) {
        const bool stdio = index == int(Kind::Stdio);
        m_target->lineEdit()->setPlaceholderText(
            stdio ? QStringLiteral("npx -y @modelcontextprotocol/server-everything stdio")
                  : QStringLiteral("http://127.0.0.1:3001/mcp"));
        m_extraLabel->setText(stdio ? tr("&Environment:") : tr("&Headers:"));
        m_extraLabel->setBuddy(m_extra);
        m_extra->setPlaceholderText(
            stdio ? tr("One per line, e.g.\nLOG_LEVEL=debug")
                  : tr("One per line, e.g.\nX-Api-Key: …\n(not remembered after the session)"));
    };
    showKind(0);
    connect(m_kind, &QComboBox::currentIndexChanged, this, showKind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectDialog::showEraNote);
    connect(m_era, &QComboBox::currentIndexChanged, this, &ConnectDialog::showEraNote);
    // A server's era comes back with its URL.
    const auto restoreEra = [this](const QString &text) {
        if (kind() != Kind::Stdio)
            m_era->setCurrentIndex(int(rememberedEra(text.trimmed())));
    };
    connect(m_target, &QComboBox::currentTextChanged, this, restoreEra);
    restoreEra(m_target->currentText());
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

ConnectSettings ConnectDialog::settings() const
{
    ConnectSettings settings{kind(), target(), timeoutSeconds(), m_headers, m_environment};
    settings.signIn = ConnectSettings::SignIn(m_signIn->currentIndex());
    settings.clientId = m_clientId->text().trimmed();
    settings.clientSecret = m_clientSecret->text();
    settings.scope = m_scope->text().trimmed();
    settings.maxBodyMib = m_maxBody->value();
    settings.era = era();
    return settings;
}

ProtocolEra ConnectDialog::era() const
{
    return ProtocolEra(m_era->currentIndex());
}

void ConnectDialog::showEraNote()
{
    // The modern era has no HTTP+SSE (2024-11-05) transport; stdio and
    // Streamable HTTP serve both eras.
    const bool deprecated = era() == ProtocolEra::Modern && kind() == Kind::Sse;
    m_eraNote->setText(deprecated ? tr("HTTP+SSE is deprecated in 2026-07-28: a modern session "
                                       "needs Streamable HTTP or stdio.")
                                  : QString());
    m_eraNote->setToolTip(deprecated ? tr("deprecated in 2026-07-28") : QString());
    m_eraNote->setVisible(deprecated);
}

// Only scheme, host and path: a query may carry a secret.
QString ConnectDialog::eraKey(const QString &target)
{
    const QUrl url = QUrl::fromUserInput(target);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

ProtocolEra ConnectDialog::rememberedEra(const QString &target)
{
    const QString key = eraKey(target);
    if (key.isEmpty())
        return ProtocolEra::Auto;
    const QVariantMap eras = QSettings().value(QStringLiteral("connectEras")).toMap();
    return protocolEraFromName(eras.value(key).toString()).value_or(ProtocolEra::Auto);
}

McpClient::Transport ConnectSettings::httpTransport() const
{
    switch (kind) {
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
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http" && url.scheme() != u"https")) {
            m_error->setText(tr("\"%1\" is not an http:// or https:// URL.").arg(target()));
            m_error->show();
            return;
        }
    }
    m_headers.clear();
    m_environment.clear();
    const QStringList lines = m_extra->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (kind() == Kind::Stdio) {
            if (line.indexOf(QLatin1Char('=')) <= 0) {
                m_error->setText(tr("\"%1\" is not NAME=value.").arg(line));
                m_error->show();
                return;
            }
            m_environment << line.trimmed();
            continue;
        }
        const auto header = parseHeaderLine(line);
        if (!header) {
            m_error->setText(header.error().message);
            m_error->show();
            return;
        }
        m_headers << *header;
    }
    if (kind() != Kind::Stdio) {
        if (const QString key = eraKey(target()); !key.isEmpty()) {
            QSettings settings;
            QVariantMap eras = settings.value(QStringLiteral("connectEras")).toMap();
            eras.insert(key, protocolEraName(era()));
            while (eras.size() > 200) // a bound, not a history
                eras.erase(eras.begin());
            settings.setValue(QStringLiteral("connectEras"), eras);
        }
    }
    QDialog::accept();
}

} // namespace mcpscope
