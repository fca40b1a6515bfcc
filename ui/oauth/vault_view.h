#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QPushButton;
class QTableWidget;
class QTimer;

namespace mcpscope {

class HttpClient;
class TokenVault;

// The token vault: one row per credential with its resource, issuer, scope,
// and expiry counting down; Refresh, Revoke (at the issuer, then deleted),
// Delete (here only) and Copy as Authorization header. A banner says when
// there is no keychain and tokens live in memory only. Named parts:
// vaultBanner, vaultTable (Resource, Issuer, Scope, Expires, Refresh token,
// Client), refreshToken, revokeToken, deleteToken, copyAuthorizationHeader,
// introspectToken (its answer in a message box named introspection),
// refreshAhead.
class VaultView final : public QWidget
{
    Q_OBJECT

public:
    VaultView(TokenVault *vault, HttpClient *http, QWidget *parent = nullptr);

    void reload();
    // The saved setting, applied to vault at start (MainWindow).
    static void applySavedRefreshAhead(TokenVault *vault);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void operationFinished();

private:
    void refreshSelected();
    void revokeSelected();
    void deleteSelected();
    void copySelected();
    void introspectSelected();
    void setRefreshAheadMinutes(int minutes);
    void tick();
    qint64 selectedId() const;
    void finishOperation(const QString &what, bool ok, const QString &error);

    TokenVault *m_vault;
    HttpClient *m_http;
    QLabel *m_banner;
    QTableWidget *m_table;
    QPushButton *m_refresh;
    QPushButton *m_revoke;
    QPushButton *m_delete;
    QPushButton *m_copy;
    QPushButton *m_introspect;
    QSpinBox *m_refreshAhead;
    QString m_lastIntrospection;
    QTimer *m_clock;
};

} // namespace mcpscope
