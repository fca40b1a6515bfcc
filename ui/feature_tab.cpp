#include "ui/feature_tab.h"

#include "mcp/mcp_client.h"
#include "models/feature_list_model.h"
#include "net/body_decoding.h"
#include "ui/json_highlighter.h"
#include "ui/plain_label.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace mcpscope {

FeatureTab::FeatureTab(McpClient *client, Spec spec, QWidget *parent)
    : QWidget(parent), m_client(client), m_spec(std::move(spec)), m_items(new FeatureListModel(this))
{
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListView(split);
    m_list->setModel(m_items);
    auto *pane = new QWidget(split);
    auto *paneLayout = new QVBoxLayout(pane);
    m_description = createPlainLabel(pane);
    paneLayout->addWidget(m_description);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_spec.takesArguments) {
        m_arguments = new QPlainTextEdit(pane);
        m_arguments->setFont(mono);
        m_arguments->setMaximumHeight(90);
        new JsonHighlighter(m_arguments->document());
        paneLayout->addWidget(m_arguments);
    }
    auto *buttons = new QHBoxLayout;
    m_action = new QPushButton(m_spec.actionLabel, pane);
    m_save = new QPushButton(tr("Save Blob…"), pane);
    m_save->setEnabled(false);
    buttons->addWidget(m_action);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    paneLayout->addLayout(buttons);
    m_result = new QPlainTextEdit(pane);
    m_result->setReadOnly(true);
    m_result->setFont(mono);
    new JsonHighlighter(m_result->document());
    paneLayout->addWidget(m_result, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 660});
    layout->addWidget(split);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &FeatureTab::showItem);
    connect(m_action, &QPushButton::clicked, this, &FeatureTab::act);
    connect(m_save, &QPushButton::clicked, this, &FeatureTab::saveBlob);
}

void FeatureTab::refresh()
{
    McpRequest *request = m_client->listAll(m_spec.listMethod);
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        if (!request->succeeded()) {
            Q_EMIT statusMessage(request->error().message);
            return;
        }
        const int row = m_list->currentIndex().row();
        m_items->setItems(request->result().toArray());
        selectRow(std::clamp(row, 0, m_items->rowCount() - 1));
    });
}

void FeatureTab::selectRow(int row)
{
    if (row >= 0 && row < m_items->rowCount())
        m_list->setCurrentIndex(m_items->index(row));
}

void FeatureTab::selectByName(const QString &name)
{
    selectRow(m_items->rowOfName(name));
}

void FeatureTab::setArguments(const QString &json)
{
    if (m_arguments)
        m_arguments->setPlainText(json);
}

void FeatureTab::showItem()
{
    const QJsonObject item = m_items->item(m_list->currentIndex().row());
    QStringList lines;
    for (const char *key : {"uri", "mimeType", "description"})
        if (item.contains(QLatin1String(key)))
            lines << item.value(QLatin1String(key)).toString();
    m_description->setText(lines.join(QLatin1Char('\n')));
    if (m_arguments && m_spec.argumentTemplate)
        m_arguments->setPlainText(QString::fromUtf8(
            QJsonDocument(m_spec.argumentTemplate(item)).toJson(QJsonDocument::Indented)));
}

void FeatureTab::act()
{
    const QJsonObject item = m_items->item(m_list->currentIndex().row());
    if (item.isEmpty() || m_running)
        return;
    QJsonObject arguments;
    if (m_arguments) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_arguments->toPlainText().toUtf8(), &error);
        if (!doc.isObject()) {
            m_result->setPlainText(tr("// Arguments must be a JSON object: %1").arg(error.errorString()));
            return;
        }
        arguments = doc.object();
    }
    m_result->clear();
    m_running = m_client->request(m_spec.actionMethod, m_spec.params(item, arguments));
    McpRequest *request = m_running;
    connect(request, &McpRequest::finished, this, [this, request] {
        request->deleteLater();
        m_running = nullptr;
        if (request->succeeded())
            showResult(request->result().toObject());
        else
            m_result->setPlainText(QStringLiteral("// ") + request->error().message);
        Q_EMIT actionFinished();
    });
}

void FeatureTab::showResult(const QJsonObject &result)
{
    m_lastBlob.clear();
    const QJsonArray contents = result.value(QStringLiteral("contents")).toArray();
    if (contents.isEmpty()) { // prompts/get and anything else: the JSON itself
        const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
        m_result->setPlainText(QString::fromUtf8(prettyPrintJson(json).value_or(json)));
        m_save->setEnabled(false);
        return;
    }
    QStringList parts;
    for (const QJsonValue &value : contents) {
        const QJsonObject c = value.toObject();
        const QString mime = c.value(QStringLiteral("mimeType")).toString();
        QString head = c.value(QStringLiteral("uri")).toString();
        if (!mime.isEmpty())
            head += QStringLiteral(" (%1)").arg(mime);
        if (c.contains(QStringLiteral("text"))) {
            parts << QStringLiteral("// %1\n%2").arg(head, c.value(QStringLiteral("text")).toString());
        } else if (c.contains(QStringLiteral("blob"))) {
            const auto decoded = QByteArray::fromBase64Encoding(c.value(QStringLiteral("blob")).toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                parts << tr("// %1: the blob is not valid base64.").arg(head);
                continue;
            }
            m_lastBlob = *decoded;
            const DecodedBody body = decodeBody(m_lastBlob, mime.toLatin1());
            parts << tr("// %1: blob of %2 bytes\n%3").arg(head).arg(m_lastBlob.size()).arg(body.text);
        }
    }
    m_result->setPlainText(parts.join(QStringLiteral("\n\n")));
    m_save->setEnabled(!m_lastBlob.isEmpty());
}

void FeatureTab::saveBlob()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Blob"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_lastBlob) != m_lastBlob.size())
        Q_EMIT statusMessage(tr("Could not save %1: %2").arg(path, file.errorString()));
}

QString FeatureTab::resultText() const
{
    return m_result->toPlainText();
}

int FeatureTab::itemCount() const
{
    return m_items->rowCount();
}

} // namespace mcpscope
