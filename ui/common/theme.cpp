#include "ui/common/theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <cmath>
#include <iterator>

namespace mcpscope::Theme {

namespace {

const char kToneProperty[] = "mcpscopeTone";
const char kBannerProperty[] = "mcpscopeBanner";
const char kExtraProperty[] = "mcpscopeStyleExtra";
const QString kSettingsKey = QStringLiteral("view/palette");

// The palette and style the application had before any choice was applied:
// what System goes back to.
struct Initial
{
    bool taken = false;
    QPalette palette;
    QString style;
};
Initial &initial()
{
    static Initial value;
    if (!value.taken && qApp) {
        value.taken = true;
        value.palette = QApplication::palette();
        value.style = QApplication::style() ? QApplication::style()->name() : QString();
    }
    return value;
}

Choice &currentChoice()
{
    static Choice choice = Choice::System;
    return choice;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Moves colour's lightness away from the background until it reads on both
// of the palette's backgrounds (base and window) at 4.5:1 or better.
QColor readable(QColor colour, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    for (int i = 0; i < 40; ++i) {
        if (contrast(colour, base) >= 4.5 && contrast(colour, window) >= 4.5)
            break;
        float h, s, l, a;
        colour.getHslF(&h, &s, &l, &a);
        l = dark ? std::min(1.0f, l + 0.025f) : std::max(0.0f, l - 0.025f);
        colour = QColor::fromHslF(h, s, l, a);
    }
    return colour;
}

QString styleFor(QWidget *widget)
{
    const QPalette palette = QApplication::palette(widget);
    const QString extra = widget->property(kExtraProperty).toString();
    const QVariant banner = widget->property(kBannerProperty);
    if (banner.isValid()) {
        const auto kind = Banner(banner.toInt());
        return QStringLiteral("background: %1; color: %2; %3")
            .arg(bannerBackground(kind, palette).name(), bannerText(kind, palette).name(), extra);
    }
    const auto tone = Tone(widget->property(kToneProperty).toInt());
    if (tone == Tone::Normal)
        return extra;
    return QStringLiteral("color: %1; %2").arg(color(tone, palette).name(), extra);
}

// Fusion outlines a check box with the window colour darkened, which on a
// dark palette is about the colour of the box itself: an unchecked box (in
// the sidebar's session list, in dialogs) disappeared. This style draws
// Fusion's indicator, then an outline that reads on the palette's base.
class ReadableIndicatorStyle final : public QProxyStyle
{
public:
    explicit ReadableIndicatorStyle(QStyle *fusion) : QProxyStyle(fusion) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck) ||
            !isDark(option->palette))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        QColor outline = option->palette.color(QPalette::Text);
        outline.setAlphaF(option->state & State_Enabled ? 0.6f : 0.3f);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
        painter->drawRoundedRect(box, 2, 2);
        painter->restore();
    }
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) <
           luminance(palette.color(QPalette::WindowText));
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor color(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Normal:
        return palette.color(QPalette::Text);
    case Tone::Success:
        return readable(dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32), palette);
    case Tone::Warning:
        return readable(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00), palette);
    case Tone::Error:
        return readable(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28), palette);
    case Tone::Muted:
        return readable(dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x61, 0x61, 0x61), palette);
    case Tone::Live:
        return readable(dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0), palette);
    }
    return palette.color(QPalette::Text);
}

QColor bannerBackground(Banner banner, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (banner == Banner::Error)
        return dark ? QColor(0x4a, 0x1f, 0x1f) : QColor(0xfd, 0xec, 0xea);
    return dark ? QColor(0x46, 0x32, 0x14) : QColor(0xff, 0xf3, 0xe0);
}

QColor bannerText(Banner banner, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (banner == Banner::Error)
        return dark ? QColor(0xff, 0xcd, 0xd2) : QColor(0x8a, 0x1c, 0x1c);
    return dark ? QColor(0xff, 0xe0, 0xb2) : QColor(0x8a, 0x4b, 0x00);
}

QColor timingWaitColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x75, 0x75, 0x75) : QColor(0x9e, 0x9e, 0x9e);
}

QColor timingReceiveColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x42, 0xa5, 0xf5) : QColor(0x1e, 0x88, 0xe5);
}

namespace {

QColor graphic(QColor colour, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    for (int i = 0; i < 40 && contrast(colour, base) < 3.0; ++i) {
        float h, s, l, a;
        colour.getHslF(&h, &s, &l, &a);
        l = dark ? std::min(1.0f, l + 0.025f) : std::max(0.0f, l - 0.025f);
        colour = QColor::fromHslF(h, s, l, a);
    }
    return colour;
}

} // namespace

QColor chartSeriesColor(int index, const QPalette &palette)
{
    static const QRgb set[] = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7,
                               0x56b4e9, 0xd55e00, 0xf0e442, 0x999999};
    const int n = int(std::size(set));
    return graphic(QColor::fromRgb(set[((index % n) + n) % n]), palette);
}

QColor chartOutcomeColor(int outcome, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (outcome) {
    case 0:
        return graphic(dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x43, 0xa0, 0x47), palette);
    case 1:
        return graphic(QColor(0xff, 0xb3, 0x00), palette);
    case 2:
        return graphic(dark ? QColor(0xef, 0x53, 0x50) : QColor(0xd3, 0x2f, 0x2f), palette);
    case 3:
        return graphic(QColor(0x9e, 0x9e, 0x9e), palette);
    case 4:
        return graphic(QColor(0xab, 0x47, 0xbc), palette);
    case 5:
        return graphic(QColor(0xff, 0x70, 0x43), palette);
    default:
        return graphic(QColor(0x78, 0x90, 0x9c), palette);
    }
}

QColor chartBandColor(const QPalette &palette)
{
    QColor c = color(Tone::Warning, palette);
    c.setAlpha(isDark(palette) ? 70 : 50);
    return c;
}

QColor diffBackground(DiffMark mark, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor tint;
    switch (mark) {
    case DiffMark::Added:
        tint = dark ? QColor(0x4c, 0xaf, 0x50) : QColor(0x66, 0xbb, 0x6a);
        break;
    case DiffMark::Removed:
        tint = dark ? QColor(0xe5, 0x39, 0x35) : QColor(0xef, 0x53, 0x50);
        break;
    case DiffMark::Changed:
        tint = dark ? QColor(0xff, 0xa7, 0x26) : QColor(0xff, 0xb3, 0x00);
        break;
    case DiffMark::Current:
        tint = palette.color(QPalette::Highlight);
        break;
    }
    // Strong enough to see, weak enough that text colours keep their contrast.
    const double share = mark == DiffMark::Current ? 0.38 : (dark ? 0.26 : 0.24);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

JsonColors jsonColors(const QPalette &palette)
{
    // The light set is Visual Studio Code's Light+, the dark set its Dark+.
    if (isDark(palette))
        return {readable(QColor(0xb5, 0xce, 0xa8), palette),
                readable(QColor(0x56, 0x9c, 0xd6), palette),
                readable(QColor(0xce, 0x91, 0x78), palette),
                readable(QColor(0x9c, 0xdc, 0xfe), palette)};
    return {
        readable(QColor(0x09, 0x86, 0x58), palette), readable(QColor(0x00, 0x00, 0xff), palette),
        readable(QColor(0xa3, 0x15, 0x15), palette), readable(QColor(0x04, 0x51, 0xa5), palette)};
}

void setTone(QWidget *widget, Tone tone, const QString &extra)
{
    widget->setProperty(kBannerProperty, QVariant());
    widget->setProperty(kToneProperty, int(tone));
    widget->setProperty(kExtraProperty, extra);
    widget->setStyleSheet(styleFor(widget));
}

void setBanner(QWidget *widget, Banner banner, const QString &extra)
{
    widget->setProperty(kToneProperty, QVariant());
    widget->setProperty(kBannerProperty, int(banner));
    widget->setProperty(kExtraProperty, extra);
    widget->setStyleSheet(styleFor(widget));
}

QPalette paletteFor(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return initial().palette;
    case Choice::Light:
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
            const QPalette palette = fusion->standardPalette();
            delete fusion;
            return palette;
        }
        return initial().palette;
    case Choice::Dark:
        return darkPalette();
    }
    return initial().palette;
}

void apply(Choice choice)
{
    const Initial &start = initial();
    // Fusion draws from the palette alone; a platform style may not.
    if (choice == Choice::System) {
        if (!start.style.isEmpty() &&
            (dynamic_cast<ReadableIndicatorStyle *>(QApplication::style()) ||
             QApplication::style()->name().compare(start.style, Qt::CaseInsensitive) != 0))
            QApplication::setStyle(start.style);
    } else if (!dynamic_cast<ReadableIndicatorStyle *>(QApplication::style())) {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(new ReadableIndicatorStyle(fusion));
    }
    QApplication::setPalette(paletteFor(choice));
    currentChoice() = choice;
    for (QWidget *widget : QApplication::allWidgets())
        if (widget->property(kToneProperty).isValid() ||
            widget->property(kBannerProperty).isValid())
            widget->setStyleSheet(styleFor(widget));
    Q_EMIT Notifier::instance()->changed();
}

Choice current()
{
    return currentChoice();
}

Choice choiceFromName(const QString &name)
{
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Choice::Dark;
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Choice::Light;
    return Choice::System;
}

QString choiceName(Choice choice)
{
    switch (choice) {
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice saved()
{
    return choiceFromName(QSettings().value(kSettingsKey).toString());
}

void save(Choice choice)
{
    QSettings().setValue(kSettingsKey, choiceName(choice));
}

Notifier *Notifier::instance()
{
    static Notifier *notifier = new Notifier(qApp);
    return notifier;
}

} // namespace mcpscope::Theme
