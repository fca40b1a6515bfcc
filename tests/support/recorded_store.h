#pragma once

#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "node_peer.h"
#include "session/mcp_session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>

// Records real MCP sessions against server-everything into a capture store,
// for the tests that read, bundle or open recorded captures.
namespace mcpscope::testing {

inline QString everythingScript()
{
    return peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js");
}

// One session at url (Streamable HTTP): initialize, an echo call per message,
// a bad tool call (a JSON-RPC error), then a close that tells the server.
// Returns the capture session's id, or 0 (with a warning) when a step failed.
inline qint64 recordEverythingSession(CaptureStore &store, FindingsStore *findings,
                                      const QString &url, const QStringList &messages)
{
    McpSession session(&store);
    McpSessionOptions options;
    options.kind = McpSessionOptions::Kind::Http;
    options.target = url;
    options.transport = McpClient::Transport::StreamableHttp;
    options.findings = findings;
    QSignalSpy connected(session.client(), &McpClient::connected);
    if (!session.open(options) || !connected.wait(20000)) {
        qWarning() << "server-everything did not connect at" << url;
        return 0;
    }
    const auto call = [&session](const QString &tool, const QJsonObject &arguments) {
        McpRequest *request = session.client()->request(
            QStringLiteral("tools/call"),
            {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
        QSignalSpy finished(request, &McpRequest::finished);
        const bool done = request->isFinished() || finished.wait(20000);
        request->deleteLater();
        return done;
    };
    for (const QString &message : messages)
        if (!call(QStringLiteral("echo"), {{QStringLiteral("message"), message}}))
            return 0;
    if (!call(QStringLiteral("no-such-tool"), {}))
        return 0;
    const qint64 id = session.captureSessionId();
    QSignalSpy closed(&session, &McpSession::closed);
    session.close();
    if (!closed.wait(15000))
        return 0;
    store.flush();
    return id;
}

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace mcpscope::testing
