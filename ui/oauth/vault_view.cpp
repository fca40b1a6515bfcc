#include "ui/oauth/vault_view.h"

#include "ui/common/theme.h"

#include "net/body_decoding.h"
#include "ui/common/plain_label.h"
#include "vault/token_vault.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpscope {

namespace {
enum Column
{
    Resource,
    Issuer,
    Scope,
    Expires,
    Refresh,
    Client,
    ColumnCount
};

QString countdown(qint64 ms)
{
    if (ms <= 0)
        return QCoreApplication::translate("mcpscope::VaultView", "expired");
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QCoreApplication::translate("mcpscope::VaultView", "in %1 h %2 min")
            .arg(s / 3600)
            .arg((s % 3600) / 60);
    return QCoreApplication::translate("mcpscope::VaultView", "in %1:%2")
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

VaultView::VaultView(TokenVault *vault, HttpClient *http, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_http(http), m_clock(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    m_banner = createPlainLabel(this);
    m_banner->setObjectName(QStringLiteral("vaultBanner"));
    Theme::setBanner(m_banner, Theme::Banner::Warning, QStringLiteral("padding: 6px;"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("vaultTable"));
    m_table->setHorizontalHeaderLabels({tr("Resource"), tr("Issuer"), tr("Scope"), tr("Expires"),
                                        tr("Refresh token"), tr("Client")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_revoke = new QPushButton(tr("Revoke"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_copy = new QPushButton(tr("Copy as Authorization Header"), this);
    m_introspect = new QPushButton(tr("Introspect"), this);
    m_refresh->setObjectName(QStringLiteral("refreshToken"));
    m_revoke->setObjectName(QStringLiteral("revokeToken"));
    m_delete->setObjectName(QStringLiteral("deleteToken"));
    m_copy->setObjectName(QStringLiteral("copyAuthorizationHeader"));
    m_introspect->setObjectName(QStringLiteral("introspectToken"));
    m_introspect->setToolTip(
        tr("Ask the authorization server what it knows about the access token (RFC 7662)"));
    m_refresh->setToolTip(tr("Get a new access token with the refresh token"));
    m_revoke->setToolTip(
        tr("Revoke the tokens at the authorization server (RFC 7009), then delete them here"));
    m_delete->setToolTip(tr("Forget the tokens here; the authorization server is not told"));
    for (QPushButton *b : {m_refresh, m_revoke, m_delete, m_copy, m_introspect})
        buttons->addWidget(b);
    buttons->addStretch(1);
    QLabel *aheadLabel = createPlainLabel(this);
    aheadLabel->setWordWrap(false);
    aheadLabel->setText(tr("Refresh ahead of expiry:"));
    m_refreshAhead = new QSpinBox(this);
    m_refreshAhead->setObjectName(QStringLiteral("refreshAhead"));
    m_refreshAhead->setRange(1, 24 * 60);
    m_refreshAhead->setSuffix(tr(" min"));
    m_refreshAhead->setToolTip(
        tr("Tokens are refreshed this long before they expire (at half the lifetime when "
           "they live less than twice as long)"));
    m_refreshAhead->setValue(int(m_vault->refreshAheadMs() / 60000));
    buttons->addWidget(aheadLabel);
    buttons->addWidget(m_refreshAhead);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &VaultView::refreshSelected);
    connect(m_revoke, &QPushButton::clicked, this, &VaultView::revokeSelected);
    connect(m_delete, &QPushButton::clicked, this, &VaultView::deleteSelected);
    connect(m_copy, &QPushButton::clicked, this, &VaultView::copySelected);
    connect(m_introspect, &QPushButton::clicked, this, [this] {
        introspectSelected();
        connect(
            this, &VaultView::operationFinished, this,
            [this] {
                if (!m_lastIntrospection.isEmpty()) {
                    QMessageBox box(QMessageBox::Information, tr("Token Introspection"),
                                    m_lastIntrospection, QMessageBox::Ok, this);
                    box.setObjectName(QStringLiteral("introspection"));
                    box.setTextFormat(Qt::PlainText);
                    box.setToolTip(plainToolTip(m_lastIntrospectionRaw));
                    box.exec();
                }
            },
            Qt::SingleShotConnection);
    });
    connect(m_refreshAhead, &QSpinBox::valueChanged, this, &VaultView::setRefreshAheadMinutes);
    connect(m_vault, &TokenVault::changed, this, &VaultView::reload);
    connect(m_vault, &TokenVault::ready, this, &VaultView::reload);
    connect(m_clock, &QTimer::timeout, this, &VaultView::tick);
    m_clock->start(1000);
    reload();
}

void VaultView::setRefreshAheadMinutes(int minutes)
{
    m_vault->setRefreshAheadMs(qint64(minutes) * 60000);
    QSettings().setValue(QStringLiteral("vault/refreshAheadMinutes"), minutes);
    if (m_refreshAhead->value() != minutes)
        m_refreshAhead->setValue(minutes);
    tick();
}

void VaultView::applySavedRefreshAhead(TokenVault *vault)
{
    const int minutes = QSettings().value(QStringLiteral("vault/refreshAheadMinutes"), 15).toInt();
    vault->setRefreshAheadMs(qint64(std::clamp(minutes, 1, 24 * 60)) * 60000);
}

void VaultView::reload()
{
    // What the user should know about this vault: no keychain, or
    // credentials of an older version dropped on opening.
    QStringList problems;
    if (m_vault->isReady() && !m_vault->keychainAvailable())
        problems << m_vault->keychainProblem();
    if (m_vault->isReady() && !m_vault->notice().isEmpty())
        problems << m_vault->notice();
    m_banner->setVisible(!problems.isEmpty());
    m_banner->setText(problems.join(QLatin1Char('\n')));
    const qint64 selected = selectedId();
    const QList<Credential> credentials = m_vault->credentials();
    m_table->setRowCount(int(credentials.size()));
    for (int row = 0; row < credentials.size(); ++row) {
        const Credential &c = credentials.at(row);
        const QStringList cells{c.resource,
                                c.issuer,
                                c.scope,
                                QString(),
                                c.hasRefreshToken ? tr("yes") : tr("no"),
                                QStringLiteral("%1 (%2)").arg(c.clientId, c.registration)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(plainToolTip(cells.at(col)));
            item->setData(Qt::UserRole, double(c.id));
            item->setData(Qt::UserRole + 1, double(c.expiresAtMs));
            m_table->setItem(row, col, item);
        }
        if (c.id == selected)
            m_table->selectRow(row);
    }
    tick();
    // Long URLs are elided in the middle (the whole value in the tooltip)
    // rather than pushing the other columns out of view.
    m_table->resizeColumnsToContents();
    for (int col = 0; col + 1 < ColumnCount; ++col)
        m_table->setColumnWidth(col, qMin(m_table->columnWidth(col), 320));
}

void VaultView::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, Expires);
        const qint64 expires = qint64(item->data(Qt::UserRole + 1).toDouble());
        item->setText(expires <= 0 ? tr("no expiry given") : countdown(expires - now));
        item->setForeground(expires > 0 && expires - now < 5 * 60 * 1000
                                ? Theme::errorColor(palette())
                                : palette().color(QPalette::Text));
    }
}

qint64 VaultView::selectedId() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty()
               ? 0
               : qint64(m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toDouble());
}

void VaultView::finishOperation(const QString &what, bool ok, const QString &error)
{
    Q_EMIT statusMessage(ok ? what : error);
    Q_EMIT operationFinished();
}

void VaultView::refreshSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    m_vault->refresh(id, m_http, [this](const Result<void> &done) {
        finishOperation(tr("Token refreshed."), bool(done),
                        done ? QString() : done.error().message);
    });
}

void VaultView::revokeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    m_vault->revoke(id, m_http, [this](const Result<void> &done) {
        finishOperation(tr("Tokens revoked and deleted."), bool(done),
                        done ? QString() : done.error().message);
    });
}

void VaultView::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    m_vault->remove(id, [this](const Result<void> &done) {
        finishOperation(tr("Tokens deleted from the vault."), bool(done),
                        done ? QString() : done.error().message);
    });
}

QString VaultView::relativeTime(qint64 deltaMs)
{
    const qint64 s = (deltaMs < 0 ? -deltaMs : deltaMs) / 1000;
    if (s < 1)
        return tr("now");
    const bool future = deltaMs > 0;
    if (s < 90)
        return future ? tr("in %n s", nullptr, int(s)) : tr("%n s ago", nullptr, int(s));
    const qint64 minutes = (s + 30) / 60;
    if (minutes < 90)
        return future ? tr("in %n min", nullptr, int(minutes))
                      : tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 48)
        return future ? tr("in %n h", nullptr, int(hours)) : tr("%n h ago", nullptr, int(hours));
    const qint64 days = qMin<qint64>((hours + 12) / 24, 1'000'000'000);
    return future ? tr("in %n day(s)", nullptr, int(days))
                  : tr("%n day(s) ago", nullptr, int(days));
}

std::pair<QStringList, QStringList> VaultView::describeTimes(const QJsonObject &answer,
                                                             qint64 nowMs)
{
    QStringList lines;
    QStringList raw;
    const std::pair<const char *, QString> claims[] = {
        {"exp", tr("Expires (exp):")},
        {"iat", tr("Issued (iat):")},
        {"nbf", tr("Not before (nbf):")},
        {"auth_time", tr("Signed in (auth_time):")},
    };
    for (const auto &[claim, label] : claims) {
        const QJsonValue value = answer.value(QLatin1String(claim));
        // Seconds since the epoch, within what a date can say (year 1 to 9999).
        if (!value.isDouble() || value.toDouble() < -62135596800.0 ||
            value.toDouble() > 253402300799.0)
            continue;
        const qint64 seconds = qint64(value.toDouble());
        const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds).toLocalTime();
        //: %1 the claim (e.g. "Expires (exp):"), %2 a local date and time, %3 how far from now
        lines << tr("%1 %2 (%3)")
                     .arg(label, QLocale().toString(at, QLocale::ShortFormat),
                          relativeTime(seconds * 1000 - nowMs));
        raw << QStringLiteral("%1 = %2").arg(QLatin1String(claim)).arg(seconds);
    }
    return {lines, raw};
}

void VaultView::introspectSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    m_lastIntrospection.clear();
    m_lastIntrospectionRaw.clear();
    m_vault->introspect(id, m_http, [this](const Result<QJsonObject> &answer) {
        if (answer) {
            // The times a person reads first; the answer as sent below.
            const auto [lines, raw] = describeTimes(*answer, QDateTime::currentMSecsSinceEpoch());
            m_lastIntrospection = lines.isEmpty()
                                      ? prettyJsonText(*answer)
                                      : lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                            prettyJsonText(*answer);
            m_lastIntrospectionRaw = raw.join(QLatin1Char('\n'));
        }
        finishOperation(answer && answer->value(QStringLiteral("active")).toBool()
                            ? tr("The token is active.")
                            : tr("The token is not active."),
                        bool(answer), answer ? QString() : answer.error().message);
    });
}

void VaultView::copySelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    m_vault->authorizationHeader(id, [this](const Result<QString> &header) {
        if (header)
            QApplication::clipboard()->setText(*header);
        finishOperation(tr("Authorization header copied to the clipboard."), bool(header),
                        header ? QString() : header.error().message);
    });
}

} // namespace mcpscope
