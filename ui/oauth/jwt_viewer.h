#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mcpscope {

class HttpClient;

// Paste a JWT: its header and claims decoded, the exp/nbf/iss/aud checks,
// and its signature verified against the issuer's JWKS (fetched through the
// capture tap). Everything shown is plain text.
class JwtViewer final : public QWidget
{
    Q_OBJECT

public:
    JwtViewer(HttpClient *http, QWidget *parent = nullptr);

    void setToken(const QString &token);
    // What the checks compare against (the flow fills them in).
    void setExpectations(const QString &issuer, const QString &audience, const QUrl &jwksUri);
    void verify();
    QString resultText() const;

Q_SIGNALS:
    void verified();

private:
    void decode();

    HttpClient *m_http;
    QPlainTextEdit *m_token;
    QLineEdit *m_issuer;
    QLineEdit *m_audience;
    QLineEdit *m_jwks;
    QPushButton *m_verify;
    QPlainTextEdit *m_decoded;
    QLabel *m_result;
};

} // namespace mcpscope
