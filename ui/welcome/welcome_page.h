#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mcpscope {

// What a newcomer sees when nothing is open yet (the main window shows it on
// first launch, whenever no tab but an empty capture log is open, and on
// Help > Welcome): Connect to an MCP server…, Open a capture…, Import a
// HAR…, each with a line saying what it does; the recent servers (recent
// targets and the server catalog's entries), one click (or Enter) to
// connect; and where the live store is. Plain text only, colours from the
// palette, every action reachable with Tab and Enter.
//
// Object names: welcomePage, welcomeConnect, welcomeOpenCapture,
// welcomeImport, welcomeRecentServers, welcomeNoServers, welcomeStorePath.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    // Roles of a recent server's item: whether it is a catalog entry, and
    // its URL (recent target) or catalog name.
    enum Role
    {
        FromCatalogRole = Qt::UserRole + 1,
        ServerRole
    };

    explicit WelcomePage(QWidget *parent = nullptr);

    // The recent targets (URLs, newest first) and the catalog's servers
    // (name, then what it runs or where it is); replaces the list.
    void setServers(const QStringList &recentTargets,
                    const QList<std::pair<QString, QString>> &catalogServers);
    void setStorePath(const QString &path);

Q_SIGNALS:
    void connectRequested();
    void openCaptureRequested();
    void importRequested();
    // A recent target (its URL) or a catalog server (its name) was chosen.
    void recentTargetRequested(const QString &url);
    void catalogServerRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void activate(QListWidgetItem *item);

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_connect;
    QLabel *m_connectHint;
    QPushButton *m_openCapture;
    QLabel *m_openCaptureHint;
    QPushButton *m_import;
    QLabel *m_importHint;
    QLabel *m_serversTitle;
    QListWidget *m_servers;
    QLabel *m_noServers;
    QLabel *m_storeTitle;
    QLabel *m_storePath;
};

} // namespace mcpscope
