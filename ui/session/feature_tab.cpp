#include "ui/session/feature_tab.h"

#include "common/ordered_json.h"
#include "mcp/mcp_client.h"
#include "models/feature_list_model.h"
#include "net/body_decoding.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/plain_label.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/session/result_view.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpscope {

FeatureTab::FeatureTab(McpClient *client, Spec spec, QWidget *parent)
    : QWidget(parent), m_client(client), m_spec(std::move(spec)),
      m_items(new FeatureListModel(this)), m_completionDelay(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListView(split);
    m_list->setObjectName(QStringLiteral("featureList"));
    m_list->setModel(m_items);
    m_list->setItemDelegate(new PlainToolTipDelegate(m_list));
    auto *pane = new QWidget(split);
    auto *paneLayout = new QVBoxLayout(pane);
    m_description = createPlainLabel(pane);
    m_description->setObjectName(QStringLiteral("featureDescription"));
    paneLayout->addWidget(m_description);
    m_fieldsBox = new QWidget(pane);
    m_fieldsBox->setObjectName(QStringLiteral("featureArguments"));
    m_fieldsLayout = new QFormLayout(m_fieldsBox);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_fieldsBox);
    auto *buttons = new QHBoxLayout;
    m_action = new QPushButton(m_spec.actionLabel, pane);
    m_subscribe = new QPushButton(tr("Subscribe"), pane);
    m_subscribe->setVisible(m_spec.subscribable);
    m_subscribe->setEnabled(false);
    m_save = new QPushButton(tr("Save Blob…"), pane);
    m_save->setEnabled(false);
    m_action->setObjectName(QStringLiteral("featureAction"));
    m_subscribe->setObjectName(QStringLiteral("subscribe"));
    m_save->setObjectName(QStringLiteral("saveBlob"));
    buttons->addWidget(m_action);
    buttons->addWidget(m_subscribe);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    paneLayout->addLayout(buttons);
    m_result = new ResultView(pane);
    m_result->setObjectName(QStringLiteral("featureResult"));
    paneLayout->addWidget(m_result, 1);
    connect(m_result, &ResultView::exchangesRequested, this, &FeatureTab::exchangesRequested);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 660});
    layout->addWidget(split);
    m_completionDelay->setSingleShot(true);
    m_completionDelay->setInterval(200);
    connect(m_completionDelay, &QTimer::timeout, this,
            [this] { requestCompletion(m_completionArgument); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FeatureTab::showItem);
    connect(m_action, &QPushButton::clicked, this, &FeatureTab::act);
    connect(m_subscribe, &QPushButton::clicked, this, &FeatureTab::toggleSubscription);
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
        if (m_items->rowCount() > 0)
            m_list->setCurrentIndex(m_items->index(std::clamp(row, 0, m_items->rowCount() - 1)));
    });
}

void FeatureTab::clear()
{
    m_items->setItems({});
    m_subscribed.clear();
    m_updatedAt.clear();
    showItem();
}

void FeatureTab::setSubscriptionsEnabled(bool enabled)
{
    m_subscriptions = enabled;
    updateSubscribeButton();
}

QJsonObject FeatureTab::currentItem() const
{
    return m_items->item(m_list->currentIndex().row());
}

void FeatureTab::showItem()
{
    const QJsonObject item = currentItem();
    const QString key = item.value(QStringLiteral("uri"))
                            .toString(item.value(QStringLiteral("uriTemplate"))
                                          .toString(item.value(QStringLiteral("name")).toString()));
    if (key != m_shownKey) { // another item: the result shown was the last one's
        m_shownKey = key;
        m_result->clear();
        m_lastBlob.clear();
        m_save->setEnabled(false);
    }
    QStringList lines;
    for (const char *key : {"uri", "uriTemplate", "mimeType", "description"})
        if (item.contains(QLatin1String(key)))
            lines << item.value(QLatin1String(key)).toString();
    const QString uri = item.value(QStringLiteral("uri")).toString();
    if (m_updatedAt.contains(uri))
        lines << tr("Updated by the server at %1").arg(m_updatedAt.value(uri));
    m_description->setText(lines.join(QLatin1Char('\n')));

    while (m_fieldsLayout->rowCount() > 0)
        m_fieldsLayout->removeRow(0);
    m_fields.clear();
    const QList<Argument> arguments = m_spec.arguments ? m_spec.arguments(item) : QList<Argument>();
    for (const Argument &argument : arguments) {
        Field field{argument.name, new QLineEdit(m_fieldsBox), nullptr};
        field.edit->setPlaceholderText(argument.description);
        field.edit->setToolTip(plainToolTip(argument.description));
        field.edit->setObjectName(argument.name);
        field.completer = new QCompleter(new QStringListModel(field.edit), field.edit);
        field.completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        field.edit->setCompleter(field.completer);
        QLabel *label = createPlainLabel(m_fieldsBox);
        label->setWordWrap(false);
        label->setText(argument.name + (argument.required ? QStringLiteral(" *") : QString()));
        m_fieldsLayout->addRow(label, field.edit);
        connect(field.edit, &QLineEdit::textEdited, this, [this, name = argument.name] {
            if (!m_completions || !m_spec.completionRef)
                return;
            m_completionArgument = name;
            m_completionDelay->start();
        });
        // Enter that picks a completion from the popup only picks it: QCompleter
        // passes the key on to the field, whose returnPressed would act too.
        connect(field.edit, &QLineEdit::returnPressed, this, [this, completer = field.completer] {
            if (completer->popup() && completer->popup()->isVisible())
                return;
            act();
        });
        m_fields.append(field);
    }
    m_fieldsBox->setVisible(!m_fields.isEmpty());
    updateSubscribeButton();
}

void FeatureTab::updateSubscribeButton()
{
    const QString uri = currentItem().value(QStringLiteral("uri")).toString();
    m_subscribe->setEnabled(m_subscriptions && !uri.isEmpty());
    m_subscribe->setText(m_subscribed.contains(uri) ? tr("Unsubscribe") : tr("Subscribe"));
    m_subscribe->setToolTip(
        m_subscriptions
            ? tr("Ask the server to send notifications/resources/updated for this resource")
            : tr("The server does not offer resource subscriptions"));
}

QJsonObject FeatureTab::argumentValues() const
{
    QJsonObject values;
    for (const Field &field : m_fields)
        if (!field.edit->text().isEmpty())
            values.insert(field.name, field.edit->text());
    return values;
}

void FeatureTab::requestCompletion(const QString &argument)
{
    const QJsonObject item = currentItem();
    if (item.isEmpty() || !m_spec.completionRef)
        return;
    QJsonObject others = argumentValues();
    const QString value = others.take(argument).toString();
    QJsonObject params{{QStringLiteral("ref"), m_spec.completionRef(item)},
                       {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), argument},
                                                                {QStringLiteral("value"), value}}}};
    if (!others.isEmpty())
        params.insert(QStringLiteral("context"),
                      QJsonObject{{QStringLiteral("arguments"), others}});
    McpRequest *request = m_client->request(QStringLiteral("completion/complete"), params);
    const quint64 seq = ++m_completionSeq;
    connect(request, &McpRequest::finished, this, [this, request, argument, seq] {
        request->deleteLater();
        if (seq != m_completionSeq) // the user typed on; a newer request is coming
            return;
        if (!request->succeeded()) {
            Q_EMIT statusMessage(request->error().message);
            return;
        }
        QStringList values;
        const QJsonObject completion =
            request->result().toObject().value(QStringLiteral("completion")).toObject();
        for (const QJsonValue &v : completion.value(QStringLiteral("values")).toArray())
            values << v.toString();
        for (const Field &field : std::as_const(m_fields)) {
            if (field.name != argument)
                continue;
            static_cast<QStringListModel *>(field.completer->model())->setStringList(values);
            if (field.edit->hasFocus() && !values.isEmpty())
                field.completer->complete();
        }
        Q_EMIT completionsArrived(argument);
    });
}

void FeatureTab::act()
{
    const QJsonObject item = currentItem();
    if (item.isEmpty() || m_running)
        return;
    const Result<QJsonObject> params = m_spec.params(item, argumentValues());
    m_result->clear();
    if (!params) {
        ResultView::Answer answer;
        answer.outcome = ResultView::Outcome::Failed;
        answer.notes << params.error().message;
        m_result->showAnswer(answer);
        return;
    }
    m_lastBlob.clear();
    m_save->setEnabled(false);
    m_running = m_client->request(m_spec.actionMethod, *params);
    McpRequest *request = m_running;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(request, &McpRequest::finished, this, [this, request, clock] {
        request->deleteLater();
        m_running = nullptr;
        m_result->showAnswer(ResultView::answerOf(*request, double(clock->elapsed())));
        if (request->succeeded())
            keepBlob(request->result().toObject());
        Q_EMIT actionFinished();
    });
}

void FeatureTab::toggleSubscription()
{
    const QString uri = currentItem().value(QStringLiteral("uri")).toString();
    if (uri.isEmpty())
        return;
    const bool subscribe = !m_subscribed.contains(uri);
    McpRequest *request = m_client->request(subscribe ? QStringLiteral("resources/subscribe")
                                                      : QStringLiteral("resources/unsubscribe"),
                                            {{QStringLiteral("uri"), uri}});
    m_subscribe->setEnabled(false);
    connect(request, &McpRequest::finished, this, [this, request, uri, subscribe] {
        request->deleteLater();
        if (request->succeeded()) {
            if (subscribe)
                m_subscribed.insert(uri);
            else
                m_subscribed.remove(uri);
            Q_EMIT statusMessage(subscribe ? tr("Subscribed to %1").arg(uri)
                                           : tr("Unsubscribed from %1").arg(uri));
            Q_EMIT subscriptionChanged(uri, subscribe);
        } else {
            Q_EMIT statusMessage(request->error().message);
        }
        updateSubscribeButton();
    });
}

void FeatureTab::resourceUpdated(const QString &uri)
{
    m_updatedAt.insert(uri, QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
    if (currentItem().value(QStringLiteral("uri")).toString() != uri)
        return;
    showItem();
    if (!m_running && m_spec.actionMethod == u"resources/read")
        act(); // what is shown stays current
}

void FeatureTab::keepBlob(const QJsonObject &result)
{
    m_lastBlob.clear();
    for (const QJsonValue &value : result.value(QStringLiteral("contents")).toArray())
        if (const QJsonObject c = value.toObject(); c.contains(QStringLiteral("blob")))
            if (const auto decoded = QByteArray::fromBase64Encoding(
                    c.value(QStringLiteral("blob")).toString().toLatin1(),
                    QByteArray::AbortOnBase64DecodingErrors))
                m_lastBlob = *decoded;
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

} // namespace mcpscope
