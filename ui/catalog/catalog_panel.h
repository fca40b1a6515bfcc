#pragma once

#include "catalog/server_catalog.h"
#include "ui/session/connect_dialog.h"

#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QToolButton;
class QTreeWidget;

namespace mcpscope {

class CatalogKeychain;

// The sidebar's "Servers" section: the servers of the user's catalog (name,
// kind, source), with Import (from a file, or from Claude Desktop, Cursor or
// VS Code where their files are), Export mcp.json…, Remove and Connect.
// Everything a server's file said is shown as plain text. Secrets stay in
// the keychain: the Connect dialog is prefilled with their references, and
// resolveSecrets() puts the values in only when it connects.
//
// Object names: catalogPanel, catalogList, catalogDetails, catalogImport,
// catalogImportFile, catalogImportClaude, catalogImportCursor,
// catalogImportVsCode, catalogExport, catalogRemove, catalogConnect.
class CatalogPanel final : public QWidget
{
    Q_OBJECT

public:
    // Opens the catalog at path (default: ServerCatalog::defaultPath()); a
    // catalog that cannot be read is said in message() and left as it is.
    explicit CatalogPanel(const QString &path = {}, QWidget *parent = nullptr);
    ~CatalogPanel() override;

    const ServerCatalog &catalog() const { return m_catalog; }

    // Imports a file into the catalog, secrets to the keychain; finished()
    // says how it ended (asynchronously).
    void importFile(const QString &path, CatalogFormat format = CatalogFormat::Auto);
    // Removes a server and its keychain entries.
    void removeServer(const QString &name);
    // Writes the catalog as mcp.json (0600), secrets in clear or as
    // [REDACTED]; finished() says how it ended.
    void exportTo(const QString &path, bool withSecrets);
    // What the Connect dialog is prefilled with for a server: kind, target,
    // headers or environment (secret values as keychain references).
    ConnectSettings connectSettings(const QString &name) const;
    // settings with the catalog's keychain references in its headers and
    // environment replaced by the secrets; done gets them, or why not.
    void resolveSecrets(const ConnectSettings &settings,
                        std::function<void(const Result<ConnectSettings> &)> done);
    // Fills a Connect dialog's fields (transport, URL or command, headers or
    // environment) with settings, as a user would type them.
    static void prefillConnectDialog(ConnectDialog *dialog, const ConnectSettings &settings);
    // The selected server's name (empty when none).
    QString currentName() const;

Q_SIGNALS:
    // Connect (or a double-click) on a server.
    void connectRequested(const ConnectSettings &settings);
    // An import, export or removal ended; message is for the status bar.
    void finished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void showDetails();
    void updateImportMenu();
    void chooseImportFile();
    void chooseExportFile();
    void confirmRemove();

    ServerCatalog m_catalog;
    CatalogKeychain *m_keychain;
    QLabel *m_title;
    QTreeWidget *m_list;
    QLabel *m_details;
    QToolButton *m_import;
    QMenu *m_importMenu;
    QAction *m_importFile;
    QList<QAction *> m_importKnown; // one per known location, data: index
    QToolButton *m_export;
    QToolButton *m_remove;
    QToolButton *m_connect;
    bool m_busy = false;
};

} // namespace mcpscope
