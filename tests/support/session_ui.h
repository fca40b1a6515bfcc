#pragma once

#include "models/feature_list_model.h"
#include "ui/common/image_strip.h"
#include "ui/session/console_tab.h"
#include "ui/session/tools_tab.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

// A session tab driven the way a user drives it: through its child widgets,
// found by object name (toolList, toolArguments, callTool, …), never through
// accessors. Each helper names the widget it uses; a missing widget fails
// the test at the QVERIFY that checks the helper's result.
namespace mcpscope::testing {

template <typename T> T *child(QWidget *view, const char *name)
{
    return view ? view->findChild<T *>(QLatin1String(name)) : nullptr;
}

inline ToolsTab *toolsTab(QWidget *view)
{
    return view ? view->findChild<ToolsTab *>() : nullptr;
}

inline int toolCount(QWidget *view)
{
    auto *list = child<QListView>(view, "toolList");
    return list && list->model() ? list->model()->rowCount() : -1;
}

// Makes the item named name (FeatureListModel::NameRole) current in list, as
// a click or the arrow keys do.
inline bool selectByName(QListView *list, const QString &name)
{
    for (int row = 0; list && list->model() && row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(FeatureListModel::NameRole).toString() == name) {
            list->setCurrentIndex(index);
            return list->currentIndex() == index;
        }
    }
    return false;
}

// Makes the tool current in the tool list.
inline bool selectTool(QWidget *view, const QString &name)
{
    return selectByName(child<QListView>(view, "toolList"), name);
}

// Replaces the arguments in the JSON editor, as pasting does.
inline void setArguments(QWidget *view, const QString &json)
{
    if (auto *edit = child<QPlainTextEdit>(view, "toolArguments"))
        edit->setPlainText(json);
}

inline QString argumentsText(QWidget *view)
{
    auto *edit = child<QPlainTextEdit>(view, "toolArguments");
    return edit ? edit->toPlainText() : QString();
}

inline QString argumentsState(QWidget *view)
{
    auto *label = child<QLabel>(view, "argumentsState");
    return label ? label->text() : QString();
}

inline QPushButton *callButton(QWidget *view)
{
    return child<QPushButton>(view, "callTool");
}

inline void callTool(QWidget *view)
{
    if (QPushButton *call = callButton(view))
        call->click();
}

// What the result view (a ResultView named result, inside parent) says, as
// a user reads it: the outcome in its header, the notes (an error's message,
// the outputSchema check), then the Raw JSON tab's text last.
inline QString resultViewText(QWidget *parent, const char *result)
{
    QWidget *view = child<QWidget>(parent, result);
    auto *outcome = child<QLabel>(view, "resultOutcome");
    auto *notes = child<QLabel>(view, "resultNotes");
    auto *raw = child<QPlainTextEdit>(view, "jsonText");
    if (!outcome || !notes || !raw)
        return {};
    return outcome->text() + QLatin1Char('\n') + notes->text() + QLatin1Char('\n') +
           raw->toPlainText();
}

// The Content tab's text (the rendered result), as the user reads it.
inline QString resultContentText(QWidget *parent, const char *result)
{
    auto *content = child<QTextEdit>(child<QWidget>(parent, result), "resultContent");
    return content ? content->toPlainText() : QString();
}

// The Tools tab's result (ResultView "toolResult").
inline QString resultText(QWidget *view)
{
    return resultViewText(toolsTab(view), "toolResult");
}

inline int resultImageCount(QWidget *view)
{
    auto *strip = child<ImageStrip>(child<QWidget>(toolsTab(view), "toolResult"), "resultImages");
    return strip ? strip->shownCount() : -1;
}

inline int progressValue(QWidget *view)
{
    auto *bar = child<QProgressBar>(view, "toolProgress");
    return bar ? bar->value() : -1;
}

inline QString headerText(QWidget *view)
{
    auto *label = child<QLabel>(view, "sessionHeader");
    return label ? label->text() : QString();
}

inline QString notificationsText(QWidget *view)
{
    auto *edit = child<QPlainTextEdit>(view, "notifications");
    return edit ? edit->toPlainText() : QString();
}

// Picks a level in the log-level box with the keyboard (which sends it).
inline bool chooseLogLevel(QWidget *view, const QString &level)
{
    auto *box = child<QComboBox>(view, "logLevel");
    const int index = box ? box->findText(level) : -1;
    if (index <= 0 || !box->isEnabled())
        return false;
    box->setCurrentIndex(index - 1);
    QTest::keyClick(box, Qt::Key_Down);
    return box->currentIndex() == index;
}

// Writes a message in the console and clicks Send.
inline bool sendConsole(QWidget *view, const QString &json)
{
    auto *input = child<QPlainTextEdit>(view, "consoleInput");
    auto *send = child<QPushButton>(view, "consoleSend");
    if (!input || !send)
        return false;
    input->setPlainText(json);
    send->click();
    return true;
}

inline int consoleHistoryCount(QWidget *view)
{
    auto *box = child<QComboBox>(view, "consoleHistory");
    return box ? box->count() - 1 : -1; // the first entry is the box's title
}

// Shows a session tab, as clicking its tab does.
inline void showTab(QWidget *view, QWidget *tab)
{
    if (auto *tabs = child<QTabWidget>(view, "sessionTabs"))
        tabs->setCurrentWidget(tab);
}

} // namespace mcpscope::testing
