#include "ui/catalog/catalog_panel.h"

#include "catalog/catalog_formats.h"
#include "catalog/catalog_secrets.h"
#include "common/private_files.h"
#include "ui/common/plain_label.h"
#include "ui/common/theme.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcpscope {

namespace {

enum Column
{
    NameColumn,
    KindColumn,
    SourceColumn,
    ColumnCount
};

QString sourceLabel(const CatalogServer &s)
{
    switch (s.sourceFormat) {
    case CatalogFormat::ClaudeDesktop:
        return QStringLiteral("Claude Desktop");
    case CatalogFormat::Cursor:
        return QStringLiteral("Cursor");
    case CatalogFormat::VsCode:
        return QStringLiteral("VS Code");
    case CatalogFormat::ServerJson:
        return QStringLiteral("server.json");
    default:
        return s.sourceFile.isEmpty() ? QStringLiteral("mcp.json")
                                      : QFileInfo(s.sourceFile).fileName();
    }
}

// The application's file among the known locations, the first that exists.
std::optional<CatalogLocation> existingLocation(const QString &application)
{
    for (const CatalogLocation &l : knownCatalogLocations())
        if (l.application == application && QFileInfo::exists(l.path))
            return l;
    return std::nullopt;
}

const QStringList &knownApplications()
{
    static const QStringList names{QStringLiteral("Claude Desktop"), QStringLiteral("Cursor"),
                                   QStringLiteral("VS Code")};
    return names;
}

} // namespace

CatalogPanel::CatalogPanel(const QString &path, QWidget *parent)
    : QWidget(parent), m_keychain(new CatalogKeychain(QStringLiteral("McpScope"), this))
{
    setObjectName(QStringLiteral("catalogPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    Theme::setTone(m_title, Theme::Tone::Normal, QStringLiteral("font-weight: 600;"));
    layout->addWidget(m_title);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("catalogList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    m_details = createPlainLabel(this);
    m_details->setObjectName(QStringLiteral("catalogDetails"));
    Theme::setTone(m_details, Theme::Tone::Muted);
    layout->addWidget(m_details);

    // Two by two, Connect first: four buttons in a row do not fit a narrow
    // sidebar (Connect was cut off at 230 px), least of all in German.
    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    const auto button = [this, buttons](const char *name) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        return b;
    };
    m_import = button("catalogImport");
    m_importMenu = new QMenu(m_import);
    m_importFile = m_importMenu->addAction(QString());
    m_importFile->setObjectName(QStringLiteral("catalogImportFile"));
    connect(m_importFile, &QAction::triggered, this, &CatalogPanel::chooseImportFile);
    m_importMenu->addSeparator();
    const char *names[] = {"catalogImportClaude", "catalogImportCursor", "catalogImportVsCode"};
    for (int i = 0; i < knownApplications().size(); ++i) {
        QAction *action = m_importMenu->addAction(QString());
        action->setObjectName(QLatin1String(names[i]));
        connect(action, &QAction::triggered, this, [this, i] {
            if (const auto location = existingLocation(knownApplications().at(i)))
                importFile(location->path, location->format);
        });
        m_importKnown << action;
    }
    connect(m_importMenu, &QMenu::aboutToShow, this, &CatalogPanel::updateImportMenu);
    m_import->setMenu(m_importMenu);
    m_import->setPopupMode(QToolButton::InstantPopup);
    m_export = button("catalogExport");
    connect(m_export, &QToolButton::clicked, this, &CatalogPanel::chooseExportFile);
    m_remove = button("catalogRemove");
    connect(m_remove, &QToolButton::clicked, this, &CatalogPanel::confirmRemove);
    m_connect = button("catalogConnect");
    connect(m_connect, &QToolButton::clicked, this, [this] {
        if (!currentName().isEmpty())
            Q_EMIT connectRequested(connectSettings(currentName()));
    });
    buttons->addWidget(m_connect, 0, 0);
    buttons->addWidget(m_import, 0, 1);
    buttons->addWidget(m_export, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        Q_EMIT connectRequested(connectSettings(item->text(NameColumn)));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CatalogPanel::showDetails);

    retranslateUi();
    if (auto loaded = m_catalog.load(path.isEmpty() ? ServerCatalog::defaultPath() : path);
        !loaded) {
        m_details->setText(loaded.error().message);
        Theme::setTone(m_details, Theme::Tone::Error);
        // A catalog that cannot be read is never overwritten: no import into it.
        m_import->setEnabled(false);
    }
    updateImportMenu();
    reload();
}

CatalogPanel::~CatalogPanel() = default;

void CatalogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CatalogPanel::retranslateUi()
{
    m_title->setText(tr("Servers"));
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Source")});
    m_import->setText(tr("Import"));
    m_import->setToolTip(tr("Add servers from an mcp.json, Claude Desktop, Cursor or VS Code "
                            "configuration, or a registry server.json; secrets go to the "
                            "keychain"));
    m_importFile->setText(tr("From File…"));
    for (int i = 0; i < m_importKnown.size(); ++i)
        //: %1 is an application's name: Claude Desktop, Cursor, VS Code
        m_importKnown.at(i)->setText(tr("From %1").arg(knownApplications().at(i)));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write the catalog as an mcp.json file"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the server and its secrets from the keychain"));
    m_connect->setText(tr("Connect"));
    m_connect->setToolTip(tr("Open the Connect dialog for this server (or double-click it)"));
}

void CatalogPanel::updateImportMenu()
{
    for (int i = 0; i < m_importKnown.size(); ++i) {
        const auto location = existingLocation(knownApplications().at(i));
        m_importKnown.at(i)->setEnabled(location.has_value());
        m_importKnown.at(i)->setToolTip(location ? location->path : QString());
    }
}

void CatalogPanel::reload()
{
    const QString current = currentName();
    m_list->clear();
    for (const CatalogServer &s : m_catalog.servers()) {
        // QTreeWidgetItem text is never interpreted as markup.
        auto *item = new QTreeWidgetItem(
            m_list, QStringList{s.name, catalogKindName(s.kind), sourceLabel(s)});
        if (s.name == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const bool any = m_list->topLevelItemCount() > 0;
    m_export->setEnabled(any && !m_busy);
    m_remove->setEnabled(any && !m_busy);
    m_connect->setEnabled(any);
    showDetails();
}

QString CatalogPanel::currentName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void CatalogPanel::showDetails()
{
    const CatalogServer *s = m_catalog.find(currentName());
    if (!s) {
        if (m_catalog.servers().isEmpty() && m_import->isEnabled())
            m_details->setText(tr("No servers yet: Import adds those of Claude Desktop, Cursor, "
                                  "VS Code or an mcp.json."));
        return;
    }
    QStringList lines;
    lines << (s->kind == CatalogServer::Kind::Stdio ? catalogCommandLine(*s) : s->url);
    const int secrets = int(secretReferences(*s).size());
    if (secrets > 0)
        lines << tr("%1 secret value(s) in the keychain").arg(secrets);
    if (!s->sourceFile.isEmpty())
        lines << tr("From %1").arg(s->sourceFile);
    lines << s->notes;
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_list->setToolTip(QString());
}

ConnectSettings CatalogPanel::connectSettings(const QString &name) const
{
    ConnectSettings settings;
    const CatalogServer *s = m_catalog.find(name);
    if (!s)
        return settings;
    switch (s->kind) {
    case CatalogServer::Kind::Stdio:
        settings.kind = ConnectSettings::Kind::Stdio;
        settings.target = catalogCommandLine(*s);
        for (auto it = s->env.begin(); it != s->env.end(); ++it)
            settings.environment << it.key() + QLatin1Char('=') + it.value();
        break;
    case CatalogServer::Kind::Sse:
    case CatalogServer::Kind::Http:
        settings.kind = s->kind == CatalogServer::Kind::Sse ? ConnectSettings::Kind::Sse
                                                            : ConnectSettings::Kind::Auto;
        settings.target = s->url;
        for (auto it = s->headers.begin(); it != s->headers.end(); ++it)
            settings.headers.append({it.key().toUtf8(), it.value().toUtf8()});
        break;
    }
    return settings;
}

void CatalogPanel::prefillConnectDialog(ConnectDialog *dialog, const ConnectSettings &settings)
{
    // The dialog's fields have no object names (and its file is not the
    // catalog's to change): its only non-editable combo box picks the
    // transport, its editable one holds the target, its text box the headers
    // or environment.
    for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
        if (combo->isEditable()) {
            combo->setEditText(settings.target);
        } else if (combo->count() == 4) {
            combo->setCurrentIndex(int(settings.kind));
        }
    }
    QStringList lines;
    if (settings.kind == ConnectSettings::Kind::Stdio) {
        lines = settings.environment;
    } else {
        for (const auto &header : settings.headers)
            lines << QString::fromUtf8(header.first) + QStringLiteral(": ") +
                         QString::fromUtf8(header.second);
    }
    if (auto *extra = dialog->findChild<QPlainTextEdit *>())
        extra->setPlainText(lines.join(QLatin1Char('\n')));
}

void CatalogPanel::resolveSecrets(const ConnectSettings &settings,
                                  std::function<void(const Result<ConnectSettings> &)> done)
{
    QStringList refs;
    for (const auto &header : settings.headers)
        if (isKeychainReference(QString::fromUtf8(header.second)))
            refs << QString::fromUtf8(header.second);
    for (const QString &pair : settings.environment) {
        const QString value = pair.section(QLatin1Char('='), 1);
        if (isKeychainReference(value))
            refs << value;
    }
    refs.removeDuplicates();
    m_keychain->read(m_catalog, refs,
                     [settings, done](const Result<QHash<QString, QString>> &values) {
                         if (!values) {
                             done(Failure{values.error()});
                             return;
                         }
                         ConnectSettings resolved = settings;
                         for (auto &header : resolved.headers) {
                             const QString v = QString::fromUtf8(header.second);
                             if (values->contains(v))
                                 header.second = values->value(v).toUtf8();
                         }
                         for (QString &pair : resolved.environment) {
                             const QString name = pair.section(QLatin1Char('='), 0, 0);
                             const QString v = pair.section(QLatin1Char('='), 1);
                             if (values->contains(v))
                                 pair = name + QLatin1Char('=') + values->value(v);
                         }
                         done(resolved);
                     });
}

void CatalogPanel::importFile(const QString &path, CatalogFormat format)
{
    if (m_busy) {
        Q_EMIT finished(false, tr("An import or removal is under way; try again when it is done."));
        return;
    }
    const auto read = readCatalogSourceFile(path, format);
    if (!read) {
        const QString message = read.error().message;
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT finished(false, message); }, Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    reload();
    const QStringList fileNotes = read->notes;
    m_keychain->importServers(
        &m_catalog, read->servers, [this, path, fileNotes](const Result<QStringList> &names) {
            m_busy = false;
            reload();
            if (!names) {
                Q_EMIT finished(false, names.error().message);
                return;
            }
            if (!names->isEmpty()) {
                for (int i = 0; i < m_list->topLevelItemCount(); ++i)
                    if (m_list->topLevelItem(i)->text(NameColumn) == names->first())
                        m_list->setCurrentItem(m_list->topLevelItem(i));
            }
            Q_EMIT finished(true, tr("Imported %1 server(s) from %2.")
                                      .arg(names->size())
                                      .arg(QFileInfo(path).fileName()));
        });
}

void CatalogPanel::removeServer(const QString &name)
{
    if (m_busy)
        return;
    m_busy = true;
    m_keychain->removeServer(&m_catalog, name, [this, name](const Result<void> &removed) {
        m_busy = false;
        reload();
        Q_EMIT finished(bool(removed),
                        removed ? tr("Removed %1.").arg(name) : removed.error().message);
    });
}

void CatalogPanel::exportTo(const QString &path, bool withSecrets)
{
    auto servers = std::make_shared<QList<CatalogServer>>();
    auto pending = std::make_shared<QStringList>();
    for (const CatalogServer &s : m_catalog.servers()) {
        if (withSecrets)
            *pending << s.name;
        else
            *servers << withPlaceholders(s);
    }
    auto write = [this, path, servers] {
        QFile file(path);
        if (auto opened = openPrivateFile(file); !opened) {
            Q_EMIT finished(false, opened.error().message);
            return;
        }
        const QByteArray bytes = writeMcpJson(*servers);
        const bool ok = file.write(bytes) == bytes.size() && file.flush();
        Q_EMIT finished(ok, ok ? tr("Wrote %1 server(s) to %2.").arg(servers->size()).arg(path)
                               : tr("Could not write %1: %2.").arg(path, file.errorString()));
    };
    // Secrets one server at a time, then the file.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, servers, pending, write, weak = std::weak_ptr<std::function<void()>>(next)] {
        if (pending->isEmpty()) {
            write();
            return;
        }
        m_keychain->resolve(m_catalog, pending->takeFirst(),
                            [this, servers, self = weak.lock()](const Result<CatalogServer> &s) {
                                if (!s) {
                                    Q_EMIT finished(false, s.error().message);
                                    return;
                                }
                                *servers << *s;
                                (*self)();
                            });
    };
    (*next)();
}

void CatalogPanel::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import MCP Servers"), QString(), tr("MCP configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CatalogPanel::chooseExportFile()
{
    int secrets = 0;
    for (const CatalogServer &s : m_catalog.servers())
        secrets += int(secretReferences(s).size());
    bool withSecrets = false;
    if (secrets > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Export Secrets?"),
            tr("%1 secret value(s) are in the keychain. Write them into the file in clear? "
               "No writes [REDACTED] in their place.")
                .arg(secrets),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        withSecrets = answer == QMessageBox::Yes;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export mcp.json"), QStringLiteral("mcp.json"), tr("MCP configuration (*.json)"));
    if (!path.isEmpty())
        exportTo(path, withSecrets);
}

void CatalogPanel::confirmRemove()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Question, tr("Remove Server"),
        tr("Remove \"%1\" from the catalog, and its secrets from the keychain?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    if (box.exec() == QMessageBox::Yes)
        removeServer(name);
}

} // namespace mcpscope
