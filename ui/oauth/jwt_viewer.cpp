#include "ui/oauth/jwt_viewer.h"

#include "ui/common/theme.h"

#include "net/body_decoding.h"
#include "net/http_client.h"
#include "oauth/jwt.h"
#include "oauth/oauth_requests.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"

#include <QDateTime>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpscope {

JwtViewer::JwtViewer(HttpClient *http, QWidget *parent) : QWidget(parent), m_http(http)
{
    auto *layout = new QVBoxLayout(this);
    m_token = new QPlainTextEdit(this);
    m_token->setPlaceholderText(tr("Paste a JWT (header.payload.signature)"));
    m_token->setMaximumHeight(70);
    auto *form = new QFormLayout;
    m_issuer = new QLineEdit(this);
    m_audience = new QLineEdit(this);
    m_jwks = new QLineEdit(this);
    m_jwks->setPlaceholderText(tr("https://issuer.example/jwks"));
    addPlainRow(form, tr("Expected issuer:"), m_issuer);
    addPlainRow(form, tr("Expected audience:"), m_audience);
    addPlainRow(form, tr("JWKS URL:"), m_jwks);
    m_verify = new QPushButton(tr("Verify Signature"), this);
    m_result = createPlainLabel(this);
    m_decoded = createJsonEditor(this, true);
    layout->addWidget(m_token);
    layout->addLayout(form);
    layout->addWidget(m_verify, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_decoded, 1);
    connect(m_token, &QPlainTextEdit::textChanged, this, &JwtViewer::decode);
    connect(m_issuer, &QLineEdit::textChanged, this, &JwtViewer::decode);
    connect(m_audience, &QLineEdit::textChanged, this, &JwtViewer::decode);
    connect(m_verify, &QPushButton::clicked, this, &JwtViewer::verify);
}

void JwtViewer::setToken(const QString &token)
{
    m_token->setPlainText(token);
}

void JwtViewer::setExpectations(const QString &issuer, const QString &audience, const QUrl &jwksUri)
{
    m_issuer->setText(issuer);
    m_audience->setText(audience);
    m_jwks->setText(jwksUri.toString());
}

QString JwtViewer::resultText() const
{
    return m_result->text();
}

void JwtViewer::decode()
{
    const QString text = m_token->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_decoded->clear();
        m_result->clear();
        return;
    }
    const auto jwt = decodeJwt(text.toLatin1());
    if (!jwt) {
        m_decoded->clear();
        m_result->setText(jwt.error().message);
        Theme::setTone(m_result, Theme::Tone::Error);
        return;
    }
    m_decoded->setPlainText(tr("// header\n%1\n// claims\n%2")
                                .arg(prettyJsonText(jwt->header), prettyJsonText(jwt->claims)));
    QStringList lines;
    bool allOk = true;
    for (const JwtCheck &check : checkJwtClaims(*jwt, m_issuer->text(), m_audience->text(),
                                                QDateTime::currentSecsSinceEpoch())) {
        lines << QStringLiteral("%1 %2: %3")
                     .arg(check.ok ? QStringLiteral("✓") : QStringLiteral("✗"), check.name,
                          check.detail);
        allOk = allOk && check.ok;
    }
    lines << tr("signature: not verified yet (%1)").arg(jwt->alg());
    m_result->setText(lines.join(QLatin1Char('\n')));
    Theme::setTone(m_result, allOk ? Theme::Tone::Normal : Theme::Tone::Warning);
}

void JwtViewer::verify()
{
    const auto jwt = decodeJwt(m_token->toPlainText().trimmed().toLatin1());
    if (!jwt)
        return;
    const QUrl url(m_jwks->text());
    if (!url.isValid() || url.host().isEmpty()) {
        m_result->setText(m_result->text() +
                          tr("\nEnter the issuer's JWKS URL to verify the signature."));
        return;
    }
    HttpCall *call = m_http->send(OAuthRequests::getJson(url));
    m_verify->setEnabled(false);
    connect(call, &HttpCall::finished, this, [this, call, token = *jwt] {
        call->deleteLater();
        m_verify->setEnabled(true);
        decode();
        const Exchange &e = call->exchange();
        QString line;
        if (e.failed() || e.status != 200) {
            line = tr("✗ signature: the JWKS could not be fetched (%1)")
                       .arg(e.failed() ? e.errorMessage : tr("HTTP %1").arg(e.status));
        } else {
            const auto ok = verifyJwtSignature(
                token, QJsonDocument::fromJson(e.responseBody.left(1024 * 1024)).object());
            line = ok ? tr("✓ signature: %1, verified with the issuer's key").arg(token.alg())
                      : tr("✗ signature: %1").arg(ok.error().message);
        }
        QStringList lines = m_result->text().split(QLatin1Char('\n'));
        lines.removeLast(); // "not verified yet"
        lines << line;
        m_result->setText(lines.join(QLatin1Char('\n')));
        Q_EMIT verified();
    });
}

} // namespace mcpscope
