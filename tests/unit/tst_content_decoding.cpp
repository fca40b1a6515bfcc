#include "net/body_decoding.h"

#include <QTest>

using namespace mcpscope;

// Undoing a Content-Encoding (gzip, deflate both ways, br, identity and
// chains of them), with the output cap and streams cut short, checked
// against bytes compressed by Node's zlib; and the body kinds decodeBody
// tells apart by their bytes (control characters, a NUL, bad UTF-8 in an
// event stream).
class TestContentDecoding : public QObject
{
    Q_OBJECT

    static QByteArray bytes(const char *data, qsizetype size) { return QByteArray(data, size); }
#define BYTES(literal) bytes(literal, sizeof(literal) - 1)

    // zlib.gzipSync / deflateSync / deflateRawSync / brotliCompressSync of kJson.
    static constexpr char kJson[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}";
    static QByteArray gzip()
    {
        return BYTES("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\x56\xca\x2a\xce\xcf\x2b\x2a"
                     "\x48\x56\xb2\x52\x32\xd2\x33\x50\xd2\x51\xca\x4c\x51\xb2\x32\xd4\x51\x2a"
                     "\x4a\x2d\x2e\xcd\x29\x51\xb2\xaa\xae\xad\x05\x00\x6c\xbd\x59\xc0\x24\x00"
                     "\x00\x00");
    }
    static QByteArray zlib()
    {
        return BYTES("\x78\x9c\xab\x56\xca\x2a\xce\xcf\x2b\x2a\x48\x56\xb2\x52\x32\xd2\x33\x50"
                     "\xd2\x51\xca\x4c\x51\xb2\x32\xd4\x51\x2a\x4a\x2d\x2e\xcd\x29\x51\xb2\xaa"
                     "\xae\xad\x05\x00\xca\x4c\x0b\x33");
    }
    static QByteArray raw()
    {
        return BYTES("\xab\x56\xca\x2a\xce\xcf\x2b\x2a\x48\x56\xb2\x52\x32\xd2\x33\x50\xd2\x51"
                     "\xca\x4c\x51\xb2\x32\xd4\x51\x2a\x4a\x2d\x2e\xcd\x29\x51\xb2\xaa\xae\xad"
                     "\x05\x00");
    }
    static QByteArray br()
    {
        return BYTES("\x8b\x11\x80\x7b\x22\x6a\x73\x6f\x6e\x72\x70\x63\x22\x3a\x22\x32\x2e\x30"
                     "\x22\x2c\x22\x69\x64\x22\x3a\x31\x2c\x22\x72\x65\x73\x75\x6c\x74\x22\x3a"
                     "\x7b\x7d\x7d\x03");
    }
    // gzipSync("second"), a second gzip member.
    static QByteArray gzipSecond()
    {
        return BYTES("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x2b\x4e\x4d\xce\xcf\x4b\x01\x00"
                     "\x69\x11\x1f\xb6\x06\x00\x00\x00");
    }
    // gzipSync(brotliCompressSync(kJson)): "Content-Encoding: br, gzip".
    static QByteArray gzipOfBr()
    {
        return BYTES("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xeb\x16\x6c\xa8\x56\xca\x2a\xce"
                     "\xcf\x2b\x2a\x48\x56\xb2\x52\x32\xd2\x33\x50\xd2\x51\xca\x4c\x51\xb2\x32"
                     "\xd4\x51\x2a\x4a\x2d\x2e\xcd\x29\x51\xb2\xaa\xae\xad\x65\x06\x00\xbf\x93"
                     "\x3e\x88\x28\x00\x00\x00");
    }
    // gzipSync(gzipSync(kJson)): "Content-Encoding: gzip, gzip".
    static QByteArray gzipOfGzip()
    {
        return BYTES("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x93\xef\xe6\x60\x00\x03\xe6\xd5"
                     "\x61\xa7\xb4\xce\x9d\xd7\xd6\xf2\x08\xdb\x14\x64\x74\xc9\x38\xe0\x52\xe0"
                     "\x29\x9f\xc0\x4d\x46\x57\x02\xb5\xbc\x74\xf5\xce\x6a\x06\x6e\x5a\xb5\x6e"
                     "\x2d\x2b\x43\xce\xde\xc8\x03\x2a\x40\xf5\x00\x35\xe4\x94\x21\x38\x00\x00"
                     "\x00");
    }
    // brotliCompressSync(Buffer.alloc(100000, 'a')).
    static QByteArray brManyAs()
    {
        return BYTES("\x5b\x9f\x86\x81\x5f\x22\x2c\x1e\x0b\x04\xb2\xfc\x02\x00");
    }

private Q_SLOTS:
    void eachCoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("codings");
        QTest::newRow("gzip") << gzip() << QByteArray("gzip");
        QTest::newRow("x-gzip, any case") << gzip() << QByteArray("X-GZip");
        QTest::newRow("deflate (zlib)") << zlib() << QByteArray("deflate");
        QTest::newRow("deflate (raw)") << raw() << QByteArray("deflate");
        QTest::newRow("identity, then gzip") << gzip() << QByteArray("identity, gzip");
        QTest::newRow("empty members") << gzip() << QByteArray(" , gzip ,");
        if (brotliSupported()) {
            QTest::newRow("br") << br() << QByteArray("br");
            QTest::newRow("br, then gzip") << gzipOfBr() << QByteArray("br, gzip");
        }
    }
    void eachCoding()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, codings);
        const auto decoded = decodeContentEncoding(body, codings, 1024 * 1024);
        QVERIFY(decoded);
        QCOMPARE(decoded->body, QByteArray(kJson));
        QVERIFY(decoded->complete);
        QVERIFY(!decoded->truncated);
    }

    // gzip allows members one after another: all are decoded.
    void gzipMembers()
    {
        const auto decoded = decodeContentEncoding(QByteArray(gzip() + gzipSecond()), "gzip", 1024);
        QVERIFY(decoded);
        QCOMPARE(decoded->body, QByteArray(kJson) + "second");
        QVERIFY(decoded->complete);
    }

    void notDecodable_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("codings");
        QTest::newRow("unknown coding") << gzip() << QByteArray("compress");
        QTest::newRow("gzip over plain text") << QByteArray(kJson) << QByteArray("gzip");
        QTest::newRow("deflate over plain text") << QByteArray(kJson) << QByteArray("deflate");
        QTest::newRow("raw deflate cut short") << raw().left(20) << QByteArray("deflate");
        // The outer gzip stops before its trailer (all of the inner stream
        // came out): the inner coding of a cut stream is not trusted.
        QTest::newRow("inner coding of a cut stream")
            << gzipOfGzip().left(65) << QByteArray("gzip, gzip");
        if (brotliSupported()) {
            QTest::newRow("br over plain text") << QByteArray(kJson) << QByteArray("br");
            QTest::newRow("br cut short") << br().left(20) << QByteArray("br");
        }
    }
    void notDecodable()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, codings);
        QVERIFY(!decodeContentEncoding(body, codings, 1024 * 1024));
    }

    // A gzip stream that stops early decodes as far as it goes.
    void gzipCutShort()
    {
        const auto decoded = decodeContentEncoding(gzip().left(30), "gzip", 1024);
        QVERIFY(decoded);
        QVERIFY(!decoded->complete);
        QVERIFY(!decoded->body.isEmpty());
        QVERIFY(QByteArray(kJson).startsWith(decoded->body));
    }

    // The output stops at the cap, said so.
    void outputCap()
    {
        const QByteArray manyAs(100000, 'a');
        const QByteArray zlibAs = qCompress(manyAs).mid(4); // qCompress: a length, then zlib
        const auto inflated = decodeContentEncoding(zlibAs, "deflate", 1000);
        QVERIFY(inflated);
        QVERIFY(inflated->truncated);
        QCOMPARE(inflated->body, QByteArray(1000, 'a'));
        if (brotliSupported()) {
            const auto whole = decodeContentEncoding(brManyAs(), "br", 1024 * 1024);
            QVERIFY(whole);
            QCOMPARE(whole->body, manyAs);
            const auto capped = decodeContentEncoding(brManyAs(), "br", 1000);
            QVERIFY(capped);
            QVERIFY(capped->truncated);
            QCOMPARE(capped->body, QByteArray(1000, 'a'));
        }
    }

    void bodyKinds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<BodyKind>("kind");
        QTest::newRow("a NUL in an untyped body")
            << QByteArray("abc\0def", 7) << QByteArray("application/octet-stream")
            << BodyKind::Binary;
        QTest::newRow("mostly control characters")
            << QByteArray("\x01\x02\x03\x04"
                          "ab")
            << QByteArray("application/octet-stream") << BodyKind::Binary;
        QTest::newRow("few control characters")
            << QByteArray("plain words\x07 and more plain words here")
            << QByteArray("application/octet-stream") << BodyKind::Text;
        QTest::newRow("bad UTF-8 claimed as text")
            << QByteArray("caf\xE2\x28\xA1 au lait") << QByteArray("text/plain") << BodyKind::Text;
        QTest::newRow("bad UTF-8, not claimed as text")
            << QByteArray("caf\xE2\x28\xA1 au lait") << QByteArray("application/octet-stream")
            << BodyKind::Binary;
    }
    void bodyKinds()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(BodyKind, kind);
        const DecodedBody decoded = decodeBody(body, type);
        QCOMPARE(decoded.kind, kind);
        if (kind == BodyKind::Binary)
            QVERIFY(decoded.text.startsWith(QStringLiteral("00000000  ")));
        else
            QCOMPARE(decoded.text, QString::fromUtf8(body));
    }

    // A continuation byte that is not one: the sequence breaks where it starts.
    void badContinuationByte()
    {
        QCOMPARE(firstInvalidUtf8("caf\xE2\x28\xA1").value_or(-1), qsizetype(3));
    }

    // Bad UTF-8 in an event stream is shown, and said where.
    void eventStreamWithBadUtf8()
    {
        const DecodedBody decoded =
            decodeBody("data: caf\xE2\x28\xA1\n\n", "text/event-stream; charset=utf-8");
        QCOMPARE(decoded.kind, BodyKind::EventStream);
        QCOMPARE(decoded.firstInvalidUtf8.value_or(-1), qsizetype(9));
        QCOMPARE(decoded.problem,
                 QStringLiteral("Invalid UTF-8 at byte 9; the bad bytes are shown as \uFFFD."));
        QVERIFY(decoded.text.contains(QChar(0xFFFD)));
    }

    // The last row of a dump is padded to the ASCII column.
    void hexDumpPartialRow()
    {
        const QString dump = hexDump("ABCDEFGHIJKLMNOPQR");
        QCOMPARE(dump, QStringLiteral("00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  "
                                      "|ABCDEFGHIJKLMNOP|\n"
                                      "00000010  51 52                                             "
                                      "|QR|\n"));
    }
};

QTEST_GUILESS_MAIN(TestContentDecoding)
#include "tst_content_decoding.moc"
