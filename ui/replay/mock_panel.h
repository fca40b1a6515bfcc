#pragma once

#include "common/error.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mcpscope {

class MockServer;

// A recorded session served as an MCP server (Streamable HTTP on
// 127.0.0.1, a free port) for as long as the window is open: the URL to
// copy, how many requests it has answered, Stop, and Connect to mock (which
// asks the main window for a session tab against the URL). Requests are
// matched with the saved ignore rules of the diff view. Deletes itself when
// closed, stopping the mock. Object names: mockPanel, mockUrl, copyMockUrl,
// mockRequests, mockStatus, stopMock, connectMock.
class MockPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockPanel)

public:
    MockPanel(const QString &label, QWidget *parent = nullptr);
    ~MockPanel() override;

    // Loads the session from the store and starts serving it.
    Result<void> start(const QString &storePath, qint64 sessionId);
    void stop();
    QUrl url() const;
    int answered() const { return m_answered; }
    MockServer *server() const { return m_server; }

Q_SIGNALS:
    void connectRequested(const QUrl &url);

private:
    void updateState();

    QString m_label;
    MockServer *m_server = nullptr;
    int m_answered = 0;
    QLabel *m_title;
    QLineEdit *m_url;
    QPushButton *m_copy;
    QLabel *m_requests;
    QLabel *m_status;
    QPushButton *m_stop;
    QPushButton *m_connect;
};

} // namespace mcpscope
