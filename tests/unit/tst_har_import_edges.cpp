#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "error_code_testing.h"
#include "export/har_import.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;

// Edges of the HAR import (export/har_import.h) the peer tests do not reach:
// a HAR with no entries, bodies the saving tool decoded (said so on the
// exchange), an entry with no response, a file that cannot be read, a store
// that is not open.
class TestHarImportEdges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1.har").arg(++m_serial));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    static QByteArray har(const QByteArray &entries)
    {
        return "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"DevTools\",\"version\":\"1\"}"
               ","
               "\"entries\":[" +
               entries + "]}}";
    }
    static QByteArray entry(int status, const QByteArray &responseHeaders, const QByteArray &text)
    {
        return "{\"startedDateTime\":\"2026-01-01T00:00:00.000Z\",\"time\":5,"
               "\"request\":{\"method\":\"POST\",\"url\":\"http://127.0.0.1:3001/mcp\","
               "\"httpVersion\":\"HTTP/1.1\",\"headers\":[],\"queryString\":[],\"cookies\":[],"
               "\"headersSize\":-1,\"bodySize\":0},"
               "\"response\":{\"status\":" +
               QByteArray::number(status) +
               ",\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\",\"headers\":[" + responseHeaders +
               "],\"cookies\":[],\"content\":{\"size\":" + QByteArray::number(text.size()) +
               ",\"mimeType\":\"application/json\",\"text\":\"" + text +
               "\"},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1},"
               "\"cache\":{},\"timings\":{\"send\":0,\"wait\":1,\"receive\":1}}";
    }

private slots:
    void noEntriesIsStillASession()
    {
        const QString store = m_dir.filePath(QStringLiteral("empty.sqlite"));
        CaptureStore capture;
        QVERIFY(capture.open(store));
        const auto imported = importHar(write(har({})), capture);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->sessionIds.size(), 1);
        QCOMPARE(imported->exchanges, 0);
        QVERIFY(!imported->fromMcpScope);
        capture.flush();
        CaptureReader reader;
        QVERIFY(reader.open(store));
        const auto sessions = reader.sessions();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().kind, QStringLiteral("import"));
        QCOMPARE(sessions->first().exchangeCount, 0);
    }

    void decodedBodiesAndMissingResponses()
    {
        const QString store = m_dir.filePath(QStringLiteral("decoded.sqlite"));
        CaptureStore capture;
        QVERIFY(capture.open(store));
        const QByteArray gzip = entry(200,
                                      "{\"name\":\"Content-Encoding\",\"value\":\"gzip\"},"
                                      "{\"name\":\"Content-Type\",\"value\":\"application/json\"}",
                                      "{}");
        const QByteArray none = entry(0, {}, {});
        HarImportOptions options;
        options.name = QStringLiteral("from devtools");
        const auto imported = importHar(write(har(gzip + "," + none)), capture, options);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->exchanges, 2);
        capture.flush();
        CaptureReader reader;
        QVERIFY(reader.open(store));
        QCOMPARE(reader.sessions()->first().name, QStringLiteral("from devtools"));
        const auto ids = reader.exchangeIds({}, 0, 10);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 2);
        const auto exchanges = reader.exchanges(*ids);
        QVERIFY(exchanges);
        const Exchange &decoded = exchanges->at(0);
        // The body was stored as the tool saved it (decoded), and says so.
        QCOMPARE(decoded.responseBody, QByteArray("{}"));
        QCOMPARE(decoded.responseHeader(Redactor::decodedHeader),
                 QByteArray("gzip; decoded by the tool that saved the HAR"));
        const Exchange &unanswered = exchanges->at(1);
        QCOMPARE(unanswered.state, Exchange::State::Failed);
        QCOMPARE(unanswered.errorCode, ErrorCode::NetOther);
        QCOMPARE(unanswered.errorMessage,
                 QStringLiteral("The HAR has no response for this request."));
    }

    void unreadableInputs()
    {
        const QString store = m_dir.filePath(QStringLiteral("errors.sqlite"));
        CaptureStore closed;
        const auto notOpen = importHar(write(har({})), closed);
        QVERIFY(!notOpen);
        QCOMPARE(notOpen.error().code, ErrorCode::StoreOpen);

        CaptureStore capture;
        QVERIFY(capture.open(store));
        const auto missing = importHar(m_dir.filePath(QStringLiteral("none.har")), capture);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::HarFormat);
        QVERIFY2(missing.error().message.startsWith(QStringLiteral("Cannot read")),
                 qPrintable(missing.error().message));
        // Nothing was created for the failed imports.
        capture.flush();
        CaptureReader reader;
        QVERIFY(reader.open(store));
        QVERIFY(reader.sessions()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHarImportEdges)
#include "tst_har_import_edges.moc"
