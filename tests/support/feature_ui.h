#pragma once

#include "models/feature_list_model.h"
#include "session_ui.h"
#include "ui/common/schema_form.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// The Resources, Templates and Prompts tabs and the Server requests queue,
// driven the way a user drives them: through their child widgets, found by
// object name (featureList, featureAction, serverRequestList, answer, …),
// never through accessors. A missing widget makes a helper return an empty
// or failing value, which the test's check then reports.
namespace mcpscope::testing {

template <typename T> T *named(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

// --- Resources, Templates, Prompts (FeatureTab) ---

inline int featureCount(QWidget *tab)
{
    auto *list = named<QListView>(tab, "featureList");
    return list && list->model() ? list->model()->rowCount() : -1;
}

// Makes the item current in the tab's list, as a click or the arrow keys do.
inline bool pickFeature(QWidget *tab, const QString &name)
{
    return selectByName(named<QListView>(tab, "featureList"), name);
}

inline bool pickFeatureRow(QWidget *tab, int row)
{
    auto *list = named<QListView>(tab, "featureList");
    if (!list || !list->model() || row < 0 || row >= list->model()->rowCount())
        return false;
    list->setCurrentIndex(list->model()->index(row, 0));
    return list->currentIndex().row() == row;
}

// The field of one argument of the current item (named after the argument).
inline QLineEdit *argumentField(QWidget *tab, const QString &argument)
{
    auto *fields = named<QWidget>(tab, "featureArguments");
    return fields ? fields->findChild<QLineEdit *>(argument) : nullptr;
}

// Replaces what the field holds by typing: select all, then the keys.
inline bool typeArgument(QWidget *tab, const QString &argument, const QString &text)
{
    QLineEdit *field = argumentField(tab, argument);
    if (!field)
        return false;
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text);
    return field->text() == text;
}

// The completions the field offers (its completer's list, what pops up).
inline QStringList suggestions(QWidget *tab, const QString &argument)
{
    QLineEdit *field = argumentField(tab, argument);
    QAbstractItemModel *model = field && field->completer() ? field->completer()->model() : nullptr;
    QStringList values;
    for (int row = 0; model && row < model->rowCount(); ++row)
        values << model->index(row, 0).data().toString();
    return values;
}

// Clicks the tab's action button (Read, Get); false when it is not offered.
inline bool clickFeatureAction(QWidget *tab)
{
    auto *action = named<QPushButton>(tab, "featureAction");
    if (!action || !action->isEnabled())
        return false;
    QTest::mouseClick(action, Qt::LeftButton);
    return true;
}

inline QPushButton *subscribeButton(QWidget *tab)
{
    return named<QPushButton>(tab, "subscribe");
}

// The tab's result as a user reads it: the notes (an error's message), then
// the rendered content (ResultView "featureResult").
inline QString featureResult(QWidget *tab)
{
    QWidget *view = named<QWidget>(tab, "featureResult");
    auto *notes = named<QLabel>(view, "resultNotes");
    return notes ? notes->text() + QLatin1Char('\n') + resultContentText(tab, "featureResult")
                 : QString();
}

// --- Server requests ---

inline QListWidget *requestList(QWidget *queue)
{
    return named<QListWidget>(queue, "serverRequestList");
}

// A row reads "method — state".
inline QString requestMethod(QWidget *queue, int row)
{
    QListWidget *list = requestList(queue);
    return list && row >= 0 && row < list->count()
               ? list->item(row)->text().section(QStringLiteral(" — "), 0, 0)
               : QString();
}

inline QString requestState(QWidget *queue, int row)
{
    QListWidget *list = requestList(queue);
    return list && row >= 0 && row < list->count()
               ? list->item(row)->text().section(QStringLiteral(" — "), 1)
               : QString();
}

inline int waitingRequestCount(QWidget *queue)
{
    QListWidget *list = requestList(queue);
    int waiting = 0;
    for (int row = 0; list && row < list->count(); ++row)
        waiting += requestState(queue, row) == u"waiting";
    return list ? waiting : -1;
}

// The row of the first waiting request of this method, or -1.
inline int waitingRow(QWidget *queue, const QString &method)
{
    QListWidget *list = requestList(queue);
    for (int row = 0; list && row < list->count(); ++row)
        if (requestMethod(queue, row) == method && requestState(queue, row) == u"waiting")
            return row;
    return -1;
}

// Makes the request current, as clicking its row does.
inline bool pickRequest(QWidget *queue, int row)
{
    QListWidget *list = requestList(queue);
    if (!list || row < 0 || row >= list->count())
        return false;
    list->setCurrentRow(row);
    return list->currentRow() == row;
}

inline SchemaForm *elicitationForm(QWidget *queue)
{
    return named<SchemaForm>(queue, "elicitationForm");
}

inline QString answerText(QWidget *queue)
{
    auto *edit = named<QPlainTextEdit>(queue, "answer");
    return edit ? edit->toPlainText() : QString();
}

// Clicks Accept (acceptRequest), Decline (declineRequest) or Cancel
// (cancelRequest); false when the button is missing or disabled.
inline bool clickRequestButton(QWidget *queue, const char *name)
{
    auto *button = named<QPushButton>(queue, name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace mcpscope::testing
