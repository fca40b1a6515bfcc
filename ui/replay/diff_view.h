#pragma once

#include "replay/json_diff.h"

#include <QJsonValue>
#include <QList>
#include <QTextEdit>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace mcpscope {

class JsonChangeModel;

// One side of a comparison: what to call it ("#12 POST /mcp", "Pinned"),
// the JSON, and how long it took when that is known. The JSON is given as
// bytes (parsed off the GUI thread, so a 50 MB body can be handed over as
// it is) or as a value already parsed.
struct DiffSide
{
    QString label;
    QByteArray json;                                      // read when value is Undefined
    QJsonValue value = QJsonValue(QJsonValue::Undefined); // any JSON value, scalars too
    double timeMs = -1;                                   // < 0: not known

    static DiffSide fromJson(const QString &label, const QByteArray &json, double timeMs = -1);
    static DiffSide fromValue(const QString &label, const QJsonValue &value, double timeMs = -1);
};

// Two JSON values side by side, old (left) and new (right): each pretty-printed
// and highlighted with the lines of its changes tinted, the changes in a list
// (pointer, kind, old → new) to step through with Previous/Next (Shift+F8,
// F8), selecting one scrolls both sides to it and shows a multi-line text
// change line by line. The ignore rules (the volatile preset and the user's
// JSON pointers with * and ** globs) are saved in QSettings and applied at once.
// Parsing and diffing run on a worker thread; a result that a newer
// comparison has overtaken is dropped.
// Object names: diffSummary, diffTiming, diffStatus, diffLeftLabel,
// diffRightLabel, diffLeft, diffRight, changeList, lineDiff, previousChange,
// nextChange, ignoreVolatile, ignoreRules, ignoreRuleInput, addIgnoreRule,
// removeIgnoreRule, ignoreSelected.
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    // The QSettings keys of the ignore rules.
    static QString rulesSettingsKey();
    static QString volatileSettingsKey();

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // Compares old (left) with new (right); compared() fires when the result
    // (or why there is none) is shown. Returns at once.
    void compare(const DiffSide &left, const DiffSide &right);

    // The rules in force: the volatile preset when ticked, then the user's.
    IgnoreRules ignoreRules() const;

    // The line spans (0-based, inclusive) a change covers on one side; first
    // is -1 when the side has no line for it.
    struct LineSpan
    {
        int first = -1;
        int last = -1;
        bool exact = false; // false: the nearest enclosing member's first line
    };
    struct Outcome;

Q_SIGNALS:
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void apply(const std::shared_ptr<Outcome> &outcome, quint64 generation);
    void showChange();
    void step(int delta);
    void addRule(const QString &rule);
    void removeSelectedRules();
    void rulesEdited();
    void updateHeader();
    void updateButtons();
    void retranslateUi();
    void showText(QPlainTextEdit *edit, const QString &text);
    void markSide(QPlainTextEdit *edit, const QList<LineSpan> &spans, bool left);

    DiffSide m_left;
    DiffSide m_right;
    bool m_haveSides = false;
    bool m_textsShown = false;
    bool m_comparing = false;
    QString m_error;
    quint64 m_generation = 0;
    std::shared_ptr<Outcome> m_outcome;
    QList<QTextEdit::ExtraSelection> m_leftMarks;
    QList<QTextEdit::ExtraSelection> m_rightMarks;

    JsonChangeModel *m_changes;
    QLabel *m_summary;
    QLabel *m_timing;
    QLabel *m_status;
    QLabel *m_leftLabel;
    QLabel *m_rightLabel;
    QPlainTextEdit *m_leftText;
    QPlainTextEdit *m_rightText;
    QTreeView *m_list;
    QPlainTextEdit *m_lineDiff;
    QPushButton *m_previous;
    QPushButton *m_next;
    QAction *m_previousAction;
    QAction *m_nextAction;
    QLabel *m_rulesTitle;
    QCheckBox *m_volatile;
    QListWidget *m_rules;
    QLineEdit *m_ruleInput;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QPushButton *m_ignoreSelected;
};

} // namespace mcpscope
