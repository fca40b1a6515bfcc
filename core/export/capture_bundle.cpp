#include "export/capture_bundle.h"
#include "export/export_redactor.h"

#include "capture/capture_codec.h"
#include "capture/capture_ids.h"
#include "capture/capture_schema.h"
#include "capture/redaction.h"
#include "common/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace mcpscope::CaptureBundle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mcpscope::CaptureBundle", text);
}

// The tables a bundle holds, parents first; the FTS index and store_meta are
// the new file's own.
const QStringList &copiedTables()
{
    static const QStringList tables = {
        QStringLiteral("sessions"),        QStringLiteral("exchanges"),
        QStringLiteral("exchange_bodies"), QStringLiteral("response_chunks"),
        QStringLiteral("messages"),        QStringLiteral("findings")};
    return tables;
}

QByteArray contentTypeOf(QByteArrayView headerBlob)
{
    for (const auto &[name, value] : CaptureCodec::decodeHeaders(headerBlob))
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// The redactor the SQL function sweeps with: an export's (user rules,
// tallied) when given, else a plain Redactor.
struct Sweep
{
    const Redactor *plain = nullptr;
    ExportRedactor *exporter = nullptr;
};

// SQL: bundle_redact(field, value, content_type): redactForBundle() on one
// value, of the type it came in (text stays text, blobs stay blobs).
void sqlRedact(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const auto *sweep = static_cast<const Sweep *>(sqlite3_user_data(ctx));
    sqlite3_value *value = argv[1];
    const int type = sqlite3_value_type(value);
    if (type != SQLITE_TEXT && type != SQLITE_BLOB) {
        sqlite3_result_value(ctx, value);
        return;
    }
    const char *data = type == SQLITE_BLOB
                           ? static_cast<const char *>(sqlite3_value_blob(value))
                           : reinterpret_cast<const char *>(sqlite3_value_text(value));
    const int size = sqlite3_value_bytes(value);
    QByteArrayView contentType;
    if (argc > 2 && sqlite3_value_type(argv[2]) != SQLITE_NULL) {
        const char *ct = reinterpret_cast<const char *>(sqlite3_value_text(argv[2]));
        contentType = QByteArrayView(ct, sqlite3_value_bytes(argv[2]));
    }
    const Field field = Field(sqlite3_value_int(argv[0]));
    const QByteArrayView in(data, data ? size : 0);
    const QByteArray out = sweep->exporter
                               ? redactForBundle(*sweep->exporter, field, in, contentType)
                               : redactForBundle(*sweep->plain, field, in, contentType);
    if (type == SQLITE_BLOB)
        sqlite3_result_blob64(ctx, out.constData(), sqlite3_uint64(out.size()), SQLITE_TRANSIENT);
    else
        sqlite3_result_text64(ctx, out.constData(), sqlite3_uint64(out.size()), SQLITE_TRANSIENT,
                              SQLITE_UTF8);
}

// SQL: bundle_content_type(header_blob): the Content-Type a body was sent with.
void sqlContentType(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const char *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const QByteArray type =
        contentTypeOf(QByteArrayView(data, data ? sqlite3_value_bytes(argv[0]) : 0));
    sqlite3_result_text64(ctx, type.constData(), sqlite3_uint64(type.size()), SQLITE_TRANSIENT,
                          SQLITE_UTF8);
}

QString field(Field f)
{
    return QString::number(int(f));
}

// One connection of ours, removed when it goes out of scope.
class Connection final
{
    Q_DISABLE_COPY_MOVE(Connection)

public:
    explicit Connection(const QString &path)
    {
        static std::atomic<int> serial{0};
        m_name = QStringLiteral("mcpscope-bundle-%1").arg(serial.fetch_add(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    sqlite3 *handle() const
    {
        const QVariant handle = m_db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(handle.constData());
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Failure sqlFailure(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::StoreSql,
                     tr("Copying %1 failed: %2").arg(what, q.lastError().text()));
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, sql.left(60));
    return {};
}

Result<qint64> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return sqlFailure(q, sql.left(60));
    return q.value(0).toLongLong();
}

QStringList columns(QSqlDatabase &db, const QString &schema, const QString &table)
{
    QSqlQuery q(db);
    QStringList out;
    if (q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        while (q.next())
            out << q.value(1).toString();
    return out;
}

// INSERT INTO main.table SELECT ... FROM from.table s: the columns both
// files have (an older file lacks the newer ones), each as s.column unless
// exprs says otherwise. A table the source does not have is skipped.
Result<void> copyTable(QSqlDatabase &db, const QString &from, const QString &table,
                       const QHash<QString, QString> &exprs, const QString &where)
{
    const QStringList source = columns(db, from, table);
    if (source.isEmpty())
        return {};
    QStringList names, values;
    for (const QString &column : columns(db, QStringLiteral("main"), table)) {
        if (!source.contains(column))
            continue;
        names << column;
        values << exprs.value(column, QStringLiteral("s.") + column);
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM %4.%1 s WHERE %5 "
                               "ORDER BY s.rowid")
                    .arg(table, names.join(QLatin1Char(',')), values.join(QLatin1Char(',')), from,
                         where)))
        return sqlFailure(q, table);
    return {};
}

// The redacting expressions of every swept column, on source alias s.
QHash<QString, QString> sweptColumns(const QString &table)
{
    const auto redact = [](Field f, const QString &column, const QString &type = {}) {
        return QStringLiteral("bundle_redact(%1, s.%2, %3)")
            .arg(field(f), column, type.isEmpty() ? QStringLiteral("NULL") : type);
    };
    if (table == u"sessions")
        return {{QStringLiteral("name"), redact(Field::Text, QStringLiteral("name"))},
                {QStringLiteral("target"), redact(Field::CommandLine, QStringLiteral("target"))}};
    if (table == u"exchanges")
        return {{QStringLiteral("url"), redact(Field::Url, QStringLiteral("url"))},
                {QStringLiteral("error_message"),
                 redact(Field::Text, QStringLiteral("error_message"))}};
    if (table == u"exchange_bodies")
        return {{QStringLiteral("request_headers"),
                 redact(Field::Headers, QStringLiteral("request_headers"))},
                {QStringLiteral("request_body"),
                 redact(Field::Body, QStringLiteral("request_body"),
                        QStringLiteral("bundle_content_type(s.request_headers)"))},
                {QStringLiteral("response_headers"),
                 redact(Field::Headers, QStringLiteral("response_headers"))},
                {QStringLiteral("response_body"),
                 redact(Field::Body, QStringLiteral("response_body"),
                        QStringLiteral("bundle_content_type(s.response_headers)"))},
                {QStringLiteral("tls_chain"), redact(Field::Text, QStringLiteral("tls_chain"))}};
    if (table == u"response_chunks")
        return {
            {QStringLiteral("data"),
             redact(Field::Body, QStringLiteral("data"),
                    QStringLiteral("(SELECT bundle_content_type(b.response_headers) FROM "
                                   "%1exchange_bodies b WHERE b.exchange_id = s.exchange_id)"))}};
    if (table == u"messages")
        return {{QStringLiteral("method"), redact(Field::Text, QStringLiteral("method"))},
                {QStringLiteral("payload"), redact(Field::Body, QStringLiteral("payload"),
                                                   QStringLiteral("'application/json'"))}};
    if (table == u"findings")
        return {{QStringLiteral("arguments"), redact(Field::Text, QStringLiteral("arguments"))}};
    return {};
}

Result<void> registerFunctions(Connection &connection, const Sweep &sweep)
{
    sqlite3 *handle = connection.handle();
    if (!handle)
        return makeError(ErrorCode::StoreOpen,
                         tr("The Qt SQLite driver did not expose its SQLite handle."));
    // The redactor outlives the connection: both live for one call of ours.
    if (sqlite3_create_function_v2(handle, "bundle_redact", 3, SQLITE_UTF8,
                                   const_cast<Sweep *>(&sweep), sqlRedact, nullptr, nullptr,
                                   nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(handle, "bundle_content_type", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sqlContentType,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::StoreSql, tr("Could not set up the secrets sweep: %1")
                                                  .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    return {};
}

// Attaches the file at path read-only (it may be another process's live
// store, and must never change) as schema name, and returns its version.
Result<int> attachReadOnly(QSqlDatabase &db, const QString &path, const QString &name)
{
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::StoreOpen, tr("%1 does not exist.").arg(path));
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(name));
    q.addBindValue(uri.toString(QUrl::FullyEncoded));
    if (!q.exec())
        return makeError(ErrorCode::StoreOpen,
                         tr("Could not open %1: %2").arg(path, q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA %1.user_version").arg(name)) || !q.next() ||
        q.value(0).toInt() < 1)
        return makeError(ErrorCode::StoreOpen,
                         tr("%1 is not a McpScope capture store (no schema found).").arg(path));
    const int version = q.value(0).toInt();
    if (version > CaptureSchema::latestVersion())
        return makeError(
            ErrorCode::StoreVersion,
            tr("%1 was written by a newer McpScope (schema %2).").arg(path).arg(version));
    return version;
}

QString idList(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id); // integers only: safe to inline
    return list.join(QLatin1Char(','));
}

Result<void> fillSelection(QSqlDatabase &db, const BundleSelection &selection)
{
    for (const char *sql : {"CREATE TEMP TABLE sel_s(id INTEGER PRIMARY KEY)",
                            "CREATE TEMP TABLE sel_e(id INTEGER PRIMARY KEY)",
                            "CREATE TEMP TABLE all_e(id INTEGER PRIMARY KEY)"})
        if (auto ok = exec(db, QString::fromLatin1(sql)); !ok)
            return ok;
    if (!selection.sessionIds.isEmpty())
        if (auto ok = exec(db, QStringLiteral("INSERT OR IGNORE INTO sel_s SELECT value FROM "
                                              "json_each('[%1]')")
                                   .arg(idList(selection.sessionIds)));
            !ok)
            return ok;
    if (!selection.exchangeIds.isEmpty())
        if (auto ok = exec(db, QStringLiteral("INSERT OR IGNORE INTO sel_e SELECT value FROM "
                                              "json_each('[%1]')")
                                   .arg(idList(selection.exchangeIds)));
            !ok)
            return ok;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM sel_s WHERE id NOT IN (SELECT id FROM src.sessions)"
                               " LIMIT 1")))
        return sqlFailure(q, tr("the selection"));
    if (q.next())
        return makeError(ErrorCode::StoreRead,
                         tr("The capture store has no session %1.").arg(q.value(0).toLongLong()));
    if (!q.exec(QStringLiteral("SELECT id FROM sel_e WHERE id NOT IN (SELECT id FROM "
                               "src.exchanges) LIMIT 1")))
        return sqlFailure(q, tr("the selection"));
    if (q.next())
        return makeError(ErrorCode::StoreRead,
                         tr("The capture store has no exchange %1.").arg(q.value(0).toLongLong()));
    return exec(db, QStringLiteral("INSERT INTO all_e SELECT id FROM sel_e UNION SELECT id FROM "
                                   "src.exchanges WHERE session_id IN (SELECT id FROM sel_s)"));
}

Result<BundleCounts> counts(QSqlDatabase &db, const QString &schema)
{
    BundleCounts out;
    qint64 *fields[] = {&out.sessions, &out.exchanges, &out.messages, &out.findings};
    const char *tables[] = {"sessions", "exchanges", "messages", "findings"};
    for (int i = 0; i < 4; ++i) {
        if (columns(db, schema, QString::fromLatin1(tables[i])).isEmpty())
            continue;
        auto n = scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1.%2")
                                .arg(schema, QString::fromLatin1(tables[i])));
        if (!n)
            return Failure{n.error()};
        *fields[i] = *n;
    }
    return out;
}

Result<BundleCounts> fillBundle(Connection &connection, const QString &storePath,
                                const BundleSelection &selection, const Sweep &sweep)
{
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return makeError(ErrorCode::StoreWrite,
                         tr("Could not create the bundle: %1").arg(db.lastError().text()));
    // Page size before the first table: 16 KB pages hold seven 2 KB bodies
    // (4 KB pages held one, doubling a 10,000-exchange bundle) and cost a
    // small bundle little (a page per table). No WAL: a bundle is one file.
    // Foreign keys off while rows arrive parents first but with links that
    // may point outside the selection (cleared below).
    for (const char *pragma :
         {"PRAGMA page_size=16384", "PRAGMA journal_mode=DELETE", "PRAGMA secure_delete=ON",
          "PRAGMA foreign_keys=OFF", "PRAGMA temp_store=MEMORY", "PRAGMA busy_timeout=10000"})
        if (auto ok = exec(db, QString::fromLatin1(pragma)); !ok)
            return Failure{ok.error()};
    if (auto migrated = CaptureSchema::migrate(db); !migrated)
        return Failure{migrated.error()};
    if (auto ok = registerFunctions(connection, sweep); !ok)
        return Failure{ok.error()};
    if (auto attached = attachReadOnly(db, storePath, QStringLiteral("src")); !attached)
        return Failure{attached.error()};
    // One read transaction: a consistent snapshot of a store being written.
    if (auto ok = exec(db, QStringLiteral("BEGIN")); !ok)
        return Failure{ok.error()};
    if (auto ok = fillSelection(db, selection); !ok)
        return Failure{ok.error()};
    const bool hasFindingsTable =
        !columns(db, QStringLiteral("src"), QStringLiteral("findings")).isEmpty();
    const QHash<QString, QString> where = {
        {QStringLiteral("sessions"),
         QStringLiteral("s.id IN (SELECT id FROM sel_s) OR s.id IN (SELECT session_id FROM "
                        "src.exchanges WHERE id IN (SELECT id FROM sel_e))")},
        {QStringLiteral("exchanges"), QStringLiteral("s.id IN (SELECT id FROM all_e)")},
        {QStringLiteral("exchange_bodies"),
         QStringLiteral("s.exchange_id IN (SELECT id FROM all_e)")},
        {QStringLiteral("response_chunks"),
         QStringLiteral("s.exchange_id IN (SELECT id FROM all_e)")},
        {QStringLiteral("messages"), QStringLiteral("s.session_id IN (SELECT id FROM sel_s) OR "
                                                    "s.exchange_id IN (SELECT id FROM sel_e)")},
        {QStringLiteral("findings"),
         QStringLiteral("s.session_id IN (SELECT id FROM sel_s) OR EXISTS (SELECT 1 FROM "
                        "json_each(s.exchange_ids) j WHERE j.value IN (SELECT id FROM sel_e))")},
    };
    for (const QString &table : copiedTables()) {
        if (table == u"findings" && !hasFindingsTable)
            continue;
        QHash<QString, QString> exprs = sweptColumns(table);
        for (QString &expr : exprs)
            expr.replace(QStringLiteral("%1exchange_bodies"),
                         QStringLiteral("src.exchange_bodies"));
        if (auto ok = copyTable(db, QStringLiteral("src"), table, exprs, where.value(table)); !ok)
            return Failure{ok.error()};
    }
    if (auto ok = exec(db, QStringLiteral("COMMIT")); !ok)
        return Failure{ok.error()};
    // Links to rows the selection left out would dangle: cleared.
    for (const char *sql :
         {"UPDATE messages SET response_to = NULL WHERE response_to NOT IN (SELECT id FROM "
          "messages)",
          "UPDATE messages SET exchange_id = NULL WHERE exchange_id NOT IN (SELECT id FROM "
          "exchanges)",
          "UPDATE messages SET replay_of = NULL WHERE replay_of NOT IN (SELECT id FROM messages)",
          "UPDATE exchanges SET replay_of = NULL WHERE replay_of NOT IN (SELECT id FROM "
          "exchanges)",
          "UPDATE sessions SET replay_of = NULL WHERE replay_of NOT IN (SELECT id FROM sessions)",
          "UPDATE messages SET round_of = 0 WHERE round_of <> 0 AND round_of NOT IN (SELECT id "
          "FROM messages)"})
        if (auto ok = exec(db, QString::fromLatin1(sql)); !ok)
            return Failure{ok.error()};
    auto result = counts(db, QStringLiteral("main"));
    if (!result)
        return result;
    if (auto ok = exec(db, QStringLiteral("DETACH DATABASE src")); !ok)
        return Failure{ok.error()};
    // Compacted, and no free page keeps what the sweep replaced.
    if (auto ok = exec(db, QStringLiteral("VACUUM")); !ok)
        return makeError(ErrorCode::StoreWrite,
                         tr("Could not compact the bundle: %1").arg(ok.error().message));
    return result;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

namespace {

HeaderList redactHeaderListWith(const Redactor &redactor, const HeaderList &headers)
{
    return redactor.redactHeaders(headers);
}

HeaderList redactHeaderListWith(ExportRedactor &redactor, const HeaderList &headers)
{
    return redactor.redactHeaderList(headers);
}

// One field by its kind, with the store's redactor or the export's (same calls).
template <typename AnyRedactor>
QByteArray redactField(AnyRedactor &redactor, Field field, QByteArrayView value,
                       QByteArrayView contentType)
{
    if (value.isEmpty())
        return {};
    switch (field) {
    case Field::Text:
        return redactor.redactText(QString::fromUtf8(value)).toUtf8();
    case Field::CommandLine:
        return redactor.redactCommandLine(QString::fromUtf8(value)).toUtf8();
    case Field::Url:
        return redactor.redactUrl(QString::fromUtf8(value)).toUtf8();
    case Field::Headers:
        return CaptureCodec::encodeHeaders(
            redactHeaderListWith(redactor, CaptureCodec::decodeHeaders(value)));
    case Field::Body:
        return redactor.redactBody(value, contentType);
    }
    return redactor.redactText(QString::fromUtf8(value)).toUtf8();
}

} // namespace

QByteArray redactForBundle(const Redactor &redactor, Field field, QByteArrayView value,
                           QByteArrayView contentType)
{
    return redactField(redactor, field, value, contentType);
}

QByteArray redactForBundle(ExportRedactor &redactor, Field field, QByteArrayView value,
                           QByteArrayView contentType)
{
    return redactField(redactor, field, value, contentType);
}

namespace {

Result<BundleCounts> writeBundle(const QString &storePath, const BundleSelection &selection,
                                 const QString &bundlePath, const Sweep &sweep)
{
    if (selection.isEmpty())
        return makeError(ErrorCode::StoreRead,
                         tr("Nothing to bundle: name at least one session or exchange."));
    const QFileInfo target(bundlePath);
    if (target.absoluteFilePath() == QFileInfo(storePath).absoluteFilePath())
        return makeError(ErrorCode::StoreWrite,
                         tr("The bundle cannot replace the capture store it is made from."));
    const QString temp = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                         QStringLiteral(".%1.part")
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (auto made = preparePrivateDatabase(temp); !made) {
        QFile::remove(temp);
        return makeError(
            ErrorCode::StoreWrite,
            tr("Could not write the bundle in %1: %2")
                .arg(QDir::toNativeSeparators(target.absolutePath()), made.error().message));
    }
    Result<BundleCounts> result = BundleCounts{};
    {
        Connection connection(temp);
        result = fillBundle(connection, storePath, selection, sweep);
    }
    if (!result) {
        removeDatabaseFiles(temp);
        return result;
    }
    // rename() replaces an existing file in one step: a reader sees the old
    // bundle or the new one, never half of one.
    if (std::rename(QFile::encodeName(temp).constData(),
                    QFile::encodeName(bundlePath).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removeDatabaseFiles(temp);
        return makeError(ErrorCode::StoreWrite,
                         tr("Could not move the bundle into place at %1: %2").arg(bundlePath, why));
    }
    return result;
}

} // namespace

Result<BundleCounts> write(const QString &storePath, const BundleSelection &selection,
                           const QString &bundlePath, const Redactor &redactor)
{
    return writeBundle(storePath, selection, bundlePath, Sweep{&redactor, nullptr});
}

Result<BundleCounts> write(const QString &storePath, const BundleSelection &selection,
                           const QString &bundlePath, ExportRedactor &redactor)
{
    return writeBundle(storePath, selection, bundlePath,
                       Sweep{&redactor.baseRedactor(), &redactor});
}

Result<BundleCounts> importBundle(const QString &bundlePath, const QString &storePath)
{
    const QFileInfo info(storePath);
    if (info.absoluteFilePath() == QFileInfo(bundlePath).absoluteFilePath())
        return makeError(ErrorCode::StoreWrite,
                         tr("A capture cannot be imported into itself: %1").arg(storePath));
    if (auto made = makePrivateDirectory(info.absolutePath()); !made)
        return makeError(
            made.error().code,
            tr("Could not create the folder for the capture store: %1").arg(made.error().message));
    if (auto prepared = preparePrivateDatabase(info.absoluteFilePath()); !prepared)
        return Failure{prepared.error()};
    Redactor redactor;
    const Sweep sweep{&redactor, nullptr};
    Connection connection(info.absoluteFilePath());
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return makeError(
            ErrorCode::StoreOpen,
            tr("Could not open the capture store %1: %2").arg(storePath, db.lastError().text()));
    if (auto ok = CaptureSchema::configureConnection(db); !ok)
        return Failure{ok.error()};
    if (auto migrated = CaptureSchema::migrate(db); !migrated)
        return Failure{migrated.error()};
    // As the writer thread's connection: the links are kept here.
    if (auto ok = exec(db, QStringLiteral("PRAGMA foreign_keys=OFF")); !ok)
        return Failure{ok.error()};
    if (auto ok = registerFunctions(connection, sweep); !ok)
        return Failure{ok.error()};
    if (auto attached = attachReadOnly(db, bundlePath, QStringLiteral("b")); !attached)
        return Failure{attached.error()};
    auto bundled = counts(db, QStringLiteral("b"));
    if (!bundled)
        return bundled;

    if (auto ok = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return makeError(ErrorCode::StoreWrite,
                         tr("The capture store is busy: %1").arg(ok.error().message));
    const auto fail = [&db](Error error) -> Result<BundleCounts> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Failure{std::move(error)};
    };
    // Fresh ids from the store's own counters (CaptureIds), in the bundle's order.
    struct Map
    {
        const char *table;
        const char *source;
        CaptureIds::Kind kind;
        qint64 count;
    };
    const Map maps[] = {{"map_s", "sessions", CaptureIds::Session, bundled->sessions},
                        {"map_e", "exchanges", CaptureIds::Exchange, bundled->exchanges},
                        {"map_m", "messages", CaptureIds::Message, bundled->messages}};
    for (const Map &map : maps) {
        CaptureIds::Block block;
        if (map.count > 0 &&
            !CaptureIds::reserveOn(connection.handle(), map.kind, map.count, &block))
            return fail({ErrorCode::StoreWrite,
                         tr("Could not reserve row ids in the capture store: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(connection.handle())))});
        if (auto ok = exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1(old INTEGER "
                                              "PRIMARY KEY, new INTEGER NOT NULL)")
                                   .arg(QString::fromLatin1(map.table)));
            !ok)
            return fail(ok.error());
        if (auto ok =
                exec(db, QStringLiteral("DELETE FROM temp.%1").arg(QString::fromLatin1(map.table)));
            !ok)
            return fail(ok.error());
        if (map.count == 0)
            continue;
        if (auto ok =
                exec(db,
                     QStringLiteral("INSERT INTO temp.%1 SELECT id, ? + ROW_NUMBER() OVER "
                                    "(ORDER BY id) - 1 FROM b.%2")
                         .arg(QString::fromLatin1(map.table), QString::fromLatin1(map.source)),
                     {block.next});
            !ok)
            return fail(ok.error());
    }
    const auto mapped = [](const char *map, const QString &column) {
        return QStringLiteral("(SELECT new FROM temp.%1 WHERE old = s.%2)")
            .arg(QString::fromLatin1(map), column);
    };
    const auto mappedArray = [](const char *map, const QString &column) {
        return QStringLiteral(
                   "(SELECT json_group_array(new) FROM (SELECT m.new FROM "
                   "json_each(s.%2) j JOIN temp.%1 m ON m.old = j.value ORDER BY j.key))")
            .arg(QString::fromLatin1(map), column);
    };
    for (const QString &table : copiedTables()) {
        QHash<QString, QString> exprs = sweptColumns(table);
        for (QString &expr : exprs)
            expr.replace(QStringLiteral("%1exchange_bodies"), QStringLiteral("b.exchange_bodies"));
        if (table == u"sessions") {
            exprs.insert(QStringLiteral("id"), mapped("map_s", QStringLiteral("id")));
            exprs.insert(QStringLiteral("replay_of"), mapped("map_s", QStringLiteral("replay_of")));
        } else if (table == u"exchanges") {
            exprs.insert(QStringLiteral("id"), mapped("map_e", QStringLiteral("id")));
            exprs.insert(QStringLiteral("session_id"),
                         mapped("map_s", QStringLiteral("session_id")));
            exprs.insert(QStringLiteral("replay_of"), mapped("map_e", QStringLiteral("replay_of")));
        } else if (table == u"exchange_bodies") {
            exprs.insert(QStringLiteral("exchange_id"),
                         mapped("map_e", QStringLiteral("exchange_id")));
        } else if (table == u"response_chunks") {
            exprs.insert(QStringLiteral("id"), QStringLiteral("NULL"));
            exprs.insert(QStringLiteral("exchange_id"),
                         mapped("map_e", QStringLiteral("exchange_id")));
        } else if (table == u"messages") {
            exprs.insert(QStringLiteral("id"), mapped("map_m", QStringLiteral("id")));
            exprs.insert(QStringLiteral("session_id"),
                         mapped("map_s", QStringLiteral("session_id")));
            exprs.insert(QStringLiteral("exchange_id"),
                         mapped("map_e", QStringLiteral("exchange_id")));
            exprs.insert(QStringLiteral("response_to"),
                         mapped("map_m", QStringLiteral("response_to")));
            exprs.insert(QStringLiteral("replay_of"), mapped("map_m", QStringLiteral("replay_of")));
            exprs.insert(
                QStringLiteral("round_of"),
                QStringLiteral("IFNULL(%1, 0)").arg(mapped("map_m", QStringLiteral("round_of"))));
        } else if (table == u"findings") {
            exprs.insert(QStringLiteral("id"), QStringLiteral("NULL"));
            exprs.insert(QStringLiteral("session_id"),
                         mapped("map_s", QStringLiteral("session_id")));
            exprs.insert(QStringLiteral("exchange_ids"),
                         mappedArray("map_e", QStringLiteral("exchange_ids")));
            exprs.insert(QStringLiteral("message_ids"),
                         mappedArray("map_m", QStringLiteral("message_ids")));
        }
        if (auto ok = copyTable(db, QStringLiteral("b"), table, exprs, QStringLiteral("1")); !ok)
            return fail(ok.error());
    }
    if (auto ok = exec(db, QStringLiteral("COMMIT")); !ok)
        return fail(ok.error());
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT new FROM temp.map_s ORDER BY old")))
        while (q.next())
            bundled->sessionIds << q.value(0).toLongLong();
    q.finish();
    // The import is committed; a bundle still attached goes with the connection.
    (void)exec(db, QStringLiteral("DETACH DATABASE b"));
    return bundled;
}

} // namespace mcpscope::CaptureBundle
