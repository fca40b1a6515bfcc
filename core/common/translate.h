#pragma once

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace mcpscope {

// text translated in the first of contexts that has it. lupdate files a
// tr() call under the class or namespace it is written in (a free function
// in namespace mcpscope: "mcpscope"; a member of a helper class: that
// class), while a file's tr() helper names one context: the helper lists
// every context lupdate uses in its file, so no translated text is shown in
// English (issue 17).
inline QString translateIn(std::initializer_list<const char *> contexts, const char *text)
{
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return source;
}

} // namespace mcpscope
