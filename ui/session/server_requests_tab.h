#pragma once

#include "mcp/json_rpc.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mcpscope {

class McpClient;
class SchemaForm;

// The queue of requests the server sent us (sampling/createMessage,
// elicitation/create in form and URL mode, roots/list, anything else), each
// waiting for the user: Accept sends the answer in the editor (for a form
// elicitation, the form beside it fills the content and it is checked against
// the requested schema as you type), Decline and Cancel refuse it the way the
// spec describes for that method. A request the server withdraws
// (notifications/cancelled) is marked and can no longer be answered. Each
// row of the list says "method — state". Its parts are named (objectName):
// serverRequestList, requestMessage, elicitationUrl, openUrl, serverRequest,
// elicitationForm, answer, answerState, acceptRequest, declineRequest,
// cancelRequest.
class ServerRequestsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerRequestsTab(McpClient *client, QWidget *parent = nullptr);
    // In the modern era (2026-07-28) the requests are the input requests of
    // multi round-trip calls; sampling and roots are deprecated there, and
    // their rows say so ("… · deprecated in 2026-07-28", with a tooltip).
    void setModernEra(bool modern);

Q_SIGNALS:
    void waitingCountChanged(int waiting);
    void statusMessage(const QString &message);

private:
    enum class State
    {
        Waiting,
        Accepted,
        Declined,
        Cancelled,
        Withdrawn,
        Failed
    };
    struct Entry
    {
        JsonRpcMessage request;
        State state = State::Waiting;
        QString answer; // the editor's text, kept while switching entries
    };

    int waitingCount() const;
    QString stateOf(int row) const;
    void accept();
    void decline();
    void dismiss(); // "Cancel"
    void add(const JsonRpcMessage &request);
    void withdraw(const QJsonValue &id, const QString &reason);
    void show(int row);
    void answer(State state);
    void validate();
    void refreshRow(int row);
    bool deprecatedHere(const JsonRpcMessage &request) const;
    QString defaultAnswer(const JsonRpcMessage &request) const;
    bool isFormElicitation(const JsonRpcMessage &request) const;
    bool isUrlElicitation(const JsonRpcMessage &request) const;
    int current() const;

    McpClient *m_client;
    QList<Entry> m_entries;
    bool m_modern = false;
    QListWidget *m_list;
    QLabel *m_message;
    QLabel *m_url;
    QPushButton *m_openUrl;
    QPlainTextEdit *m_request;
    QWidget *m_formScroll;
    SchemaForm *m_form;
    QLabel *m_answerLabel;
    QPlainTextEdit *m_answer;
    QLabel *m_state;
    QPushButton *m_accept;
    QPushButton *m_decline;
    QPushButton *m_dismiss;
    bool m_syncing = false;
};

} // namespace mcpscope
