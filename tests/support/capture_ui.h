#pragma once

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>

// An exchange's details (ExchangeDetailView) as a user reads them, found
// by object name: the summary line, the error banner, a body pane's text
// and its Pretty/Raw/Hex box.
namespace mcpscope::testing {

inline QString exchangeSummary(QWidget *detail)
{
    auto *label = detail ? detail->findChild<QLabel *>(QStringLiteral("exchangeSummary")) : nullptr;
    // The whole summary: the label elides it to its width.
    return label ? label->property("fullText").toString() : QString();
}

// The error banner's text while it shows; empty when there is none.
inline QString exchangeError(QWidget *detail)
{
    auto *label = detail ? detail->findChild<QLabel *>(QStringLiteral("exchangeError")) : nullptr;
    return label && label->isVisibleTo(detail) ? label->text() : QString();
}

// The body pane ("requestBody" or "responseBody"), its tab made current.
inline QWidget *bodyPane(QWidget *detail, const char *name)
{
    auto *pane = detail ? detail->findChild<QWidget *>(QLatin1String(name)) : nullptr;
    auto *tabs = detail ? detail->findChild<QTabWidget *>(QStringLiteral("exchangeTabs")) : nullptr;
    if (pane && tabs)
        tabs->setCurrentWidget(pane);
    return pane;
}

inline QString bodyText(QWidget *detail, const char *name)
{
    QWidget *pane = bodyPane(detail, name);
    auto *text = pane ? pane->findChild<QPlainTextEdit *>(QStringLiteral("bodyText")) : nullptr;
    return text ? text->toPlainText() : QString();
}

inline QComboBox *bodyMode(QWidget *detail, const char *name)
{
    QWidget *pane = bodyPane(detail, name);
    return pane ? pane->findChild<QComboBox *>(QStringLiteral("bodyMode")) : nullptr;
}

} // namespace mcpscope::testing
