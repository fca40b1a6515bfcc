#pragma once

#include <QPlainTextEdit>
#include <QTreeView>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;

namespace mcpscope {

// A read-only JSON text with a line-number gutter and the JSON colours. It
// shows text exactly as given (the caller indents it, in the server's key
// order); nothing in it is interpreted.
class JsonTextView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTextView)

public:
    explicit JsonTextView(QWidget *parent = nullptr);

    // Width of the line-number gutter for the current line count.
    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class JsonGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter;
};

// A JSON value as a tree a user folds: one row per member or element (key or
// [index] | value | type), objects and arrays collapsible. Built from the
// text as sent, so members keep the server's order; strings are shown as
// plain text. Large documents stop after a node limit with a row saying so.
class JsonTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeView)

public:
    explicit JsonTreeView(QWidget *parent = nullptr);

    // json: one JSON value (any). False, and an empty tree, when it does not parse.
    // expandDepth: levels shown expanded (-1: all).
    bool setJson(const QByteArray &json, int expandDepth = 2);
    void clear();

private:
    QStandardItemModel *m_model;
};

// Raw JSON as a reader needs it: the text with line numbers beside a
// foldable tree of the same value, and Copy (the text, to the clipboard).
// Children named for tests: jsonText (JsonTextView), jsonTree
// (JsonTreeView), copyJson (QPushButton), jsonState (QLabel).
class JsonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonView)

public:
    explicit JsonView(QWidget *parent = nullptr);

    // json as sent: indented for reading, its key order, strings and
    // numbers kept. Text that is not JSON is shown as it is.
    void setJson(const QByteArray &json);
    void clear();
    // What the text view shows (and Copy copies).
    QString text() const;
    void setPlaceholderText(const QString &text);

private:
    JsonTextView *m_text;
    JsonTreeView *m_tree;
    QPushButton *m_copy;
    QLabel *m_state;
};

} // namespace mcpscope
