#pragma once

#include "common/error.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace mcpscope {

class FeatureListModel;
class McpClient;
class McpRequest;
class ResultView;

// One MCP feature as a tab: the server's list (all pages), a field per
// argument with completions from completion/complete as you type, one action
// on the selected item, and its result. The Resources tab reads (text shown
// as text, blobs decoded with their size and type, images previewed, anything
// savable) and subscribes; the Templates tab fills an RFC 6570 template and
// reads the URI it expands to; the Prompts tab gets a prompt with its
// arguments. The answer is shown by a ResultView (outcome, latency, content
// rendered, raw JSON). Enter in an argument field acts, unless it accepts a
// completion from the open popup. Its parts are named (objectName) for tests
// to drive as a user does: featureList, featureDescription, featureArguments
// (each field named after its argument), featureAction, subscribe, saveBlob,
// featureResult (the ResultView).
class FeatureTab : public QWidget
{
    Q_OBJECT

public:
    struct Argument
    {
        QString name;
        QString description;
        bool required = false;
    };
    struct Spec
    {
        QString listMethod;   // "resources/list"
        QString actionMethod; // "resources/read"
        QString actionLabel;  // "Read"
        // The selected item's arguments (prompts: its declared arguments;
        // templates: the template's variables); null when it takes none.
        std::function<QList<Argument>(const QJsonObject &item)> arguments;
        // The action's params, or why they cannot be built.
        std::function<Result<QJsonObject>(const QJsonObject &item, const QJsonObject &arguments)>
            params;
        // completion/complete's ref for the item; null when it has none.
        std::function<QJsonObject(const QJsonObject &item)> completionRef;
        bool subscribable = false; // resources: Subscribe / Unsubscribe
    };

    FeatureTab(McpClient *client, Spec spec, QWidget *parent = nullptr);

    void refresh();
    void clear();
    void setCompletionsEnabled(bool enabled) { m_completions = enabled; }
    void setSubscriptionsEnabled(bool enabled);
    // notifications/resources/updated: marks the resource, re-reads it when shown.
    void resourceUpdated(const QString &uri);

Q_SIGNALS:
    void actionFinished();
    void completionsArrived(const QString &argument);
    // The user asked for the capture log's rows of the exchange that carried a result.
    void exchangesRequested(const QList<qint64> &exchangeIds);
    void subscriptionChanged(const QString &uri, bool subscribed);
    void statusMessage(const QString &message);

private:
    struct Field
    {
        QString name;
        QLineEdit *edit = nullptr;
        QCompleter *completer = nullptr;
    };
    void showItem();
    void act();
    void requestCompletion(const QString &argument);
    void toggleSubscription();
    // Keeps the last blob of a resources/read result for Save Blob.
    void keepBlob(const QJsonObject &result);
    void saveBlob();
    QJsonObject argumentValues() const;
    QJsonObject currentItem() const;
    void updateSubscribeButton();

    McpClient *m_client;
    Spec m_spec;
    FeatureListModel *m_items;
    QListView *m_list;
    QLabel *m_description;
    QWidget *m_fieldsBox;
    QFormLayout *m_fieldsLayout;
    QList<Field> m_fields;
    QPushButton *m_action;
    QPushButton *m_subscribe;
    QPushButton *m_save;
    ResultView *m_result;
    QByteArray m_lastBlob;
    QString m_shownKey; // uri, uriTemplate or name of the item the result belongs to
    QPointer<McpRequest> m_running;
    QTimer *m_completionDelay;
    QString m_completionArgument;
    quint64 m_completionSeq = 0;
    bool m_completions = false;
    bool m_subscriptions = false;
    QSet<QString> m_subscribed;
    QHash<QString, QString> m_updatedAt; // uri → time of the last update notification
};

} // namespace mcpscope
