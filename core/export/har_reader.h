#pragma once

#include "common/error.h"
#include "net/exchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

class QIODevice;

namespace mcpscope {

// HAR 1.2 timings in milliseconds; -1 = not given (as HAR spells it).
struct HarTimings
{
    double blocked = -1, dns = -1, connect = -1, ssl = -1, send = -1, wait = -1, receive = -1;
};

// One log.entries[] element, as far as McpScope reads it. Bodies are bytes:
// content.text and postData.text decoded from base64 when the HAR says so.
struct HarEntry
{
    int index = 0;      // position in log.entries
    qint64 endByte = 0; // offset just past the entry in the file
    QString pageref;
    qint64 startedAtMs = 0;
    double timeMs = -1;

    QByteArray method;
    QString url;
    QString requestHttpVersion;
    HeaderList requestHeaders;
    QByteArray requestBody;
    QString requestMimeType;

    int status = 0;
    QByteArray statusText;
    QString httpVersion;
    HeaderList responseHeaders;
    QByteArray responseBody;
    QString responseMimeType;
    qint64 contentSize = -1;
    QString redirectUrl;
    // content.encoding other than base64: the text is kept as found, and this
    // names the encoding (the importer notes it on the exchange).
    QString unknownEncoding;

    HarTimings timings;
    QString serverIpAddress;
    QString comment;
    QJsonObject mcpscope; // entry._mcpscope, when present
    // The object and array payloads of mcpscope's messages, in order, as the
    // file has them (key order, numbers and escapes kept).
    QByteArrayList mcpscopePayloads;
};

// log-level members other than entries.
struct HarLog
{
    QString version;
    QString creatorName;
    QString creatorVersion;
    QJsonArray pages;
    QJsonObject mcpscope;            // log._mcpscope
    QByteArrayList mcpscopePayloads; // as HarEntry::mcpscopePayloads, for its sessions
    bool hasMcpscope = false;
    int entryCount = 0; // entries handed out (or skipped) so far
};

// A streaming HAR reader: the document is parsed with RapidJSON's SAX reader
// over a fixed-size buffer, and only one entry at a time is held. Members it
// does not know (other tools' `_`-prefixed ones among them) are skipped.
//
// Contract:
//  - read() calls onEntry for each entry in file order, on the calling
//    thread. While it runs, log() holds the log members that came before
//    log.entries; when read() returns, all of them. onEntry returning false
//    stops the read; read() then returns HarReader::stopped().
//  - Errors say where: byte offset, entry index and the JSON path
//    (log.entries[12].response.status); a missing required member (HAR 1.2:
//    startedDateTime, request.method, request.url, response.status, …) is
//    named. The text is in Error::message; the code is JsonSyntax for bytes
//    that are not JSON (or end early) and HarFormat for JSON that is not a HAR.
//  - skipEntries: entries are parsed and checked as JSON only (for a first
//    pass that needs log._mcpscope when it comes after the entries).
class HarReader final
{
    Q_DISABLE_COPY_MOVE(HarReader)

public:
    struct Limits
    {
        int maxDepth = 64;
        qsizetype maxStringBytes = 256 * 1024 * 1024;
    };
    using EntryHandler = std::function<bool(const HarEntry &)>;

    HarReader() = default;
    explicit HarReader(Limits limits) : m_limits(limits) {}

    Result<void> read(QIODevice &device, const EntryHandler &onEntry, bool skipEntries = false);
    const HarLog &log() const { return m_log; }

    // The message of the error read() returns when onEntry stopped it.
    static QString stopped();

private:
    Limits m_limits;
    HarLog m_log;
};

} // namespace mcpscope
