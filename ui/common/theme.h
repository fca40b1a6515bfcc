#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

class QWidget;

// The one place the UI's colours come from. Every colour is chosen against a
// palette (light or dark), so text stays readable whatever the user runs;
// views never write colour literals of their own.
namespace mcpscope::Theme {

// What a coloured text means.
enum class Tone
{
    Normal,
    Success,
    Warning,
    Error,
    Muted,
    Live, // still running: pending or streaming
};
// A banner above a view: a warning (keychain missing, flow warnings) or an error.
enum class Banner
{
    Warning,
    Error
};
// The palette the user chose in View ▸ Palette, persisted in QSettings.
enum class Choice
{
    System,
    Light,
    Dark
};

// True when the palette's window is darker than its text.
bool isDark(const QPalette &palette);

// A text colour for tone that keeps a contrast of at least 4.5:1 (WCAG AA)
// against the palette's base and window colours.
QColor color(Tone tone, const QPalette &palette);
inline QColor errorColor(const QPalette &p)
{
    return color(Tone::Error, p);
}
inline QColor successColor(const QPalette &p)
{
    return color(Tone::Success, p);
}
inline QColor warningColor(const QPalette &p)
{
    return color(Tone::Warning, p);
}

// Text and background colours of a banner.
QColor bannerText(Banner banner, const QPalette &palette);
QColor bannerBackground(Banner banner, const QPalette &palette);

// The two phases of the timing bar: waiting for the first byte, receiving.
QColor timingWaitColor(const QPalette &palette);
QColor timingReceiveColor(const QPalette &palette);

// Line backgrounds of the diff view: a member only in the new document, only
// in the old one, changed between them, and the change being looked at. Each
// is a tint of the palette's base colour, so text on it keeps its contrast in
// light and dark palettes alike.
enum class DiffMark
{
    Added,
    Removed,
    Changed,
    Current
};
QColor diffBackground(DiffMark mark, const QPalette &palette);

// The analytics charts' colours. Series: a categorical set (Okabe-Ito,
// told apart with colour blindness too) moved until each reads on the
// palette's base at 3:1 (WCAG's contrast for graphics); index wraps.
QColor chartSeriesColor(int index, const QPalette &palette);
// A call's outcome (int(CallOutcome)): success green, 4xx amber, 5xx red,
// network failure grey, JSON-RPC error purple, tool isError orange, no
// answer blue-grey.
QColor chartOutcomeColor(int outcome, const QPalette &palette);
// The translucent shading that marks a threshold crossing's window.
QColor chartBandColor(const QPalette &palette);

// The JSON highlighter's colours.
struct JsonColors
{
    QColor number;
    QColor keyword; // true, false, null
    QColor string;
    QColor key;
};
JsonColors jsonColors(const QPalette &palette);

// Colours widget's text by tone (its style sheet, with extra appended, e.g.
// "padding: 4px;"), and again whenever the application palette changes.
void setTone(QWidget *widget, Tone tone, const QString &extra = {});
void setBanner(QWidget *widget, Banner banner, const QString &extra = {});

// The application palette for a choice: System is the palette the style gave
// at start, Light and Dark are Fusion palettes of their own.
QPalette paletteFor(Choice choice);
// Applies choice to the application and re-colours every toned widget;
// changed() fires after.
void apply(Choice choice);
Choice current();
// The choice from a name ("system", "light", "dark"); System when unknown.
Choice choiceFromName(const QString &name);
QString choiceName(Choice choice);
// The saved choice (QSettings "view/palette"), and saving one.
Choice saved();
void save(Choice choice);

// Emits changed() after apply(); highlighters re-colour on it.
class Notifier final : public QObject
{
    Q_OBJECT

public:
    static Notifier *instance();

Q_SIGNALS:
    void changed();

private:
    using QObject::QObject;
};

// Contrast ratio (WCAG 2) between two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace mcpscope::Theme
