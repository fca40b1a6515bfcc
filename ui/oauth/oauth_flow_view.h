#pragma once

#include "capture/capture_reader.h"
#include "oauth/oauth_flow.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace mcpscope {

class CaptureStore;
class ExchangeDetailView;
class JwtViewer;

// The OAuth flow inspector: the steps of a flow (pending, running, waiting,
// ok, failed, skipped) and, for the selected one, what it does in plain
// words, what it found (values; secrets masked until revealed), the exact
// HTTP exchanges from the capture store, and when it failed the likely cause
// and the fix. In step mode the request waits in an editor until Send. A JWT
// pane decodes and verifies tokens. It can run a flow of its own (a server
// URL and settings) or show the flow of an MCP session's authorizer.
// Named parts: flowServerUrl, flowMode, stepMode, clientId, clientSecret,
// flowScope, clientMetadataUrl, redirectUri, startFlow, cancelFlow,
// copySignInUrl, flowWarnings, flowSteps (one row a step: "mark  title —
// state"), flowDetailTabs (Step, HTTP, Next request, JWT), stepDetail,
// revealSecrets, stepValues, stepExchanges, stepExchange, pendingRequest,
// sendRequest, jwtViewer.
class OAuthFlowView final : public QWidget
{
    Q_OBJECT

public:
    OAuthFlowView(CaptureStore *store, HttpClient *http, OAuthFlow *flow,
                  QWidget *parent = nullptr);

    // The settings the form shows (mode, step mode, client, scope).
    OAuthFlow::Settings settings() const;
    void setSettings(const OAuthFlow::Settings &settings);
    void setServerUrl(const QString &url);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void start();
    void selectStep(int index);
    void sendPending();
    void refreshStep(int index);
    void showSelected();
    void showExchange(int row);
    void onWaiting(int index);
    void updateButtons();

    CaptureStore *m_store;
    HttpClient *m_http;
    QPointer<OAuthFlow> m_flow;
    CaptureReader m_reader;
    QLineEdit *m_url;
    QComboBox *m_mode;
    QCheckBox *m_stepMode;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_redirectUri;
    QLineEdit *m_scope;
    QLineEdit *m_metadataUrl;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_copyUrl; // the sign-in URL, for when no browser opens
    QUrl m_browserUrl;
    QLabel *m_warnings;
    QListWidget *m_steps;
    QTabWidget *m_detailTabs;
    QLabel *m_detail;
    QCheckBox *m_reveal;
    QTableWidget *m_values;
    QComboBox *m_exchangePicker;
    ExchangeDetailView *m_exchange;
    QPlainTextEdit *m_pending;
    QPushButton *m_send;
    JwtViewer *m_jwt;
};

// The raw text of a request for the step-mode editor ("METHOD URL", header
// lines, a blank line, the body) and back.
QString requestToText(const HttpRequest &request);
Result<HttpRequest> requestFromText(const QString &text);

} // namespace mcpscope
