#pragma once

#include <QJsonObject>
#include <QStringList>
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
    // An introspection answer's times (exp, iat, nbf, auth_time; seconds
    // since the epoch) for a person: one line each, "Expires (exp):
    // <local date and time> (in 14 min)"; first the lines, then the raw
    // values ("exp = 1764531912", for a tooltip). Claims that are no
    // number are left out. nowMs: the clock.
    static std::pair<QStringList, QStringList> describeTimes(const QJsonObject &answer,
                                                             qint64 nowMs);
    // "in 14 min", "3 h ago", "in 2 days", "now" for a distance in ms.
    static QString relativeTime(qint64 deltaMs);

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
    QString m_lastIntrospectionRaw; // the raw times, for the box's tooltip
    QTimer *m_clock;
};

} // namespace mcpscope
