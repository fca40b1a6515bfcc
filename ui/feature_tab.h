#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace mcpscope {

class FeatureListModel;
class McpClient;
class McpRequest;

// One MCP feature as a tab: the server's list (all pages), an optional JSON
// arguments editor, one action on the selected item, and its result. The
// Resources tab reads (text shown as text, blobs decoded with their size and
// type, savable); the Prompts tab gets a prompt with its arguments.
class FeatureTab final : public QWidget
{
    Q_OBJECT

public:
    struct Spec
    {
        QString listMethod;   // "resources/list"
        QString actionMethod; // "resources/read"
        QString actionLabel;  // "Read"
        bool takesArguments = false;
        // Arguments pre-filled for the selected item (prompts: its argument names).
        std::function<QJsonObject(const QJsonObject &item)> argumentTemplate;
        std::function<QJsonObject(const QJsonObject &item, const QJsonObject &arguments)> params;
    };

    FeatureTab(McpClient *client, Spec spec, QWidget *parent = nullptr);

    void refresh();
    void selectRow(int row);
    void selectByName(const QString &name);
    void setArguments(const QString &json);
    void act();
    QString resultText() const;
    int itemCount() const;

Q_SIGNALS:
    void actionFinished();
    void statusMessage(const QString &message);

private:
    void showItem();
    void showResult(const QJsonObject &result);
    void saveBlob();

    McpClient *m_client;
    Spec m_spec;
    FeatureListModel *m_items;
    QListView *m_list;
    QLabel *m_description;
    QPlainTextEdit *m_arguments = nullptr;
    QPushButton *m_action;
    QPushButton *m_save;
    QPlainTextEdit *m_result;
    QByteArray m_lastBlob;
    QPointer<McpRequest> m_running;
};

} // namespace mcpscope
