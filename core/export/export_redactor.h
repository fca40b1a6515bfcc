#pragma once

#include "capture/redaction.h"
#include "common/error.h"
#include "net/exchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace mcpscope {

// Rules a user adds to what every export redacts anyway. Saved in settings
// (toJson()/fromJson()); checked with validate() before use.
struct RedactionRules
{
    QStringList headers;     // header names, any case: the value is removed
    QStringList pointers;    // JSON pointers into JSON bodies and JSON-RPC payloads;
                             // a segment "*" matches any one key or array index
    QStringList queryParams; // names in query strings and form bodies: the value is removed
    QStringList patterns;    // regular expressions: every match is removed, anywhere

    bool isEmpty() const
    {
        return headers.isEmpty() && pointers.isEmpty() && queryParams.isEmpty() &&
               patterns.isEmpty();
    }
    bool operator==(const RedactionRules &) const = default;

    QJsonObject toJson() const;
    // Unknown members and non-string entries are ignored.
    static RedactionRules fromJson(const QJsonObject &object);
    // An error (ErrorCode::Usage) naming the first bad rule: an invalid
    // regular expression (with the reason), a pattern that matches the empty
    // string, a JSON pointer that does not start with '/' or has a bad '~'
    // escape, an empty header or parameter name.
    Result<void> validate() const;
};

// What an export removed, by kind and name, with counts. Kinds:
//   "header"       a header value (name: the header, as first seen)
//   "field"        a JSON member or form/text name=value (name: the field)
//   "query"        a query parameter in a URL (name: the parameter)
//   "rule"         a user rule (name: "header NAME", "pointer PTR",
//                  "param NAME" or "pattern REGEX")
//   "known secret" a placeholder found where no name says what it was
// Every placeholder in the export is counted once: what the store had
// already redacted plus what the export's rules removed.
class RedactionTally final
{
public:
    struct Entry
    {
        QString kind;
        QString name;
        qint64 count = 0;
        bool operator==(const Entry &) const = default;
    };

    void add(const QString &kind, const QString &name, qint64 count = 1);
    void merge(const RedactionTally &other);
    qint64 count(const QString &kind, const QString &name) const;
    qint64 total() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }
    // Sorted by kind, then name.
    QList<Entry> entries() const;
    // "kind\tname\tcount" lines, for a terminal.
    QString toText() const;

private:
    QMap<QPair<QString, QString>, qint64> m_counts;
    qint64 m_total = 0;
};

// Everything headed out of the store passes through one ExportRedactor: it
// applies the store's Redactor again (the same rules that ran on the way
// in, plus the process's known secrets), then the user's rules, and tallies
// every placeholder in what it returns. Rules that fail validate() are
// skipped. Not thread-safe: one per export.
class ExportRedactor final
{
    Q_DISABLE_COPY_MOVE(ExportRedactor)

public:
    explicit ExportRedactor(const RedactionRules &rules = {});

    Exchange redact(const Exchange &exchange);
    // A JSON-RPC message as stored.
    QByteArray redactPayload(QByteArrayView payload);
    QString redactUrl(const QString &url);
    // Free text: a session target (URL or command line), a finding argument,
    // an error message.
    QString redactText(const QString &text);
    // Single values, for writers that copy a store field by field (capture
    // bundles, incident reports): the Redactor's rule for that kind of value,
    // then the user's rules, tallied like redact().
    QString redactCommandLine(const QString &commandLine);
    HeaderList redactHeaderList(const HeaderList &headers);
    QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value);
    QByteArray redactBody(QByteArrayView body, QByteArrayView contentType);

    // The store's rules alone (what redact() applies first).
    const Redactor &baseRedactor() const { return m_redactor; }
    const RedactionTally &tally() const { return m_tally; }
    const RedactionRules &rules() const { return m_rules; }

private:
    QByteArray redactJson(QByteArray body, bool *isJson);
    QByteArray redactSse(QByteArray body);
    QByteArray redactForm(QByteArray body);
    // The user's rules and the tally over a body the Redactor went through.
    QByteArray finishBody(QByteArray data, QByteArrayView contentType);
    QByteArray applyQueryParams(QByteArray text, QByteArrayView separators);
    QByteArray applyPatterns(QByteArray text);
    QString applyPatterns(QString text);
    // Tally and user rules over what the Redactor already went through.
    HeaderList redactHeaders(const HeaderList &headers);
    QString finishUrl(QString url);
    // Tallies the placeholders the Redactor left (call before user rules).
    void tallyText(QByteArrayView text);
    void tallyUrl(const QString &url);
    void tallyJson(const QJsonValue &value, const QString &name);
    void tallyForm(QByteArrayView form);

    Redactor m_redactor;
    RedactionRules m_rules;
    QList<QStringList> m_pointers; // parsed, unescaped segments
    QList<QRegularExpression> m_patterns;
    QStringList m_patternSources;
    RedactionTally m_tally;
};

} // namespace mcpscope
