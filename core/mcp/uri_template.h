#pragma once

#include "common/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpscope {

// RFC 6570 URI templates (all four levels) for resources/templates/list:
// the server's template is parsed once, its variables listed for the form the
// user fills in, and expanded into the URI to read. Values are strings; a
// variable with no value is undefined and left out, as the RFC says.
class UriTemplate
{
public:
    // Fails on an unclosed or stray brace, an unknown or reserved operator,
    // or a malformed variable name or prefix length.
    static Result<UriTemplate> parse(const QString &text);

    QStringList variables() const; // in order of first appearance, no repeats
    QString expand(const QHash<QString, QString> &values) const;

private:
    struct VarSpec
    {
        QString name;
        int prefix = 0; // ":N", 0 = whole value
        bool explode = false;
    };
    struct Part
    {
        QString literal; // when vars is empty
        QChar op;        // '\0' for simple expansion
        QList<VarSpec> vars;
    };
    QList<Part> m_parts;
};

} // namespace mcpscope
