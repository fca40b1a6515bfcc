#include "gui_test_settings.h"
#include "ui/common/json_highlighter.h"
#include "ui/common/theme.h"

#include "capture/capture_store.h"
#include "ui/common/plain_tooltip_delegate.h"
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace mcpscope;
using namespace mcpscope::testing;

// The theme: every colour it gives reads against the palette it was chosen
// for (light and dark), View > Palette switches the application's palette
// and re-colours what is shown, and the choice is remembered.
class TestTheme : public QObject
{
    Q_OBJECT

    // The colour the highlighter gave the first character of text's first match.
    static QColor colourAt(QPlainTextEdit *edit, const QString &text)
    {
        const QTextBlock block = edit->document()->firstBlock();
        const int at = int(block.text().indexOf(text));
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (range.start <= at && at < range.start + range.length)
                return range.format.foreground().color();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_theme"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("theme.sqlite"))));
    }

    void tonesReadOnTheirPalette_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("tone");
        for (const Theme::Choice choice : {Theme::Choice::Light, Theme::Choice::Dark})
            for (const Theme::Tone tone :
                 {Theme::Tone::Success, Theme::Tone::Warning, Theme::Tone::Error,
                  Theme::Tone::Muted, Theme::Tone::Live})
                QTest::addRow("%s-%d", qPrintable(Theme::choiceName(choice)), int(tone))
                    << int(choice) << int(tone);
    }

    void tonesReadOnTheirPalette()
    {
        QFETCH(int, choice);
        QFETCH(int, tone);
        const QPalette palette = Theme::paletteFor(Theme::Choice(choice));
        QCOMPARE(Theme::isDark(palette), Theme::Choice(choice) == Theme::Choice::Dark);
        const QColor colour = Theme::color(Theme::Tone(tone), palette);
        for (QPalette::ColorRole background : {QPalette::Base, QPalette::Window})
            QVERIFY2(Theme::contrast(colour, palette.color(background)) >= 4.5,
                     qPrintable(colour.name() + QStringLiteral(" on ") +
                                palette.color(background).name()));
        const Theme::JsonColors json = Theme::jsonColors(palette);
        for (const QColor &c : {json.number, json.keyword, json.string, json.key})
            QVERIFY2(Theme::contrast(c, palette.color(QPalette::Base)) >= 4.5,
                     qPrintable(c.name()));
        for (Theme::Banner banner : {Theme::Banner::Warning, Theme::Banner::Error})
            QVERIFY(Theme::contrast(Theme::bannerText(banner, palette),
                                    Theme::bannerBackground(banner, palette)) >= 4.5);
    }

    // The same error is not the same colour on light and dark: each reads on its own.
    void errorRedFollowsThePalette()
    {
        const QPalette light = Theme::paletteFor(Theme::Choice::Light);
        const QPalette dark = Theme::paletteFor(Theme::Choice::Dark);
        QVERIFY(Theme::errorColor(light) != Theme::errorColor(dark));
        QVERIFY(Theme::contrast(Theme::errorColor(light), dark.color(QPalette::Base)) < 4.5);
    }

    // With no saved geometry the window takes its default size, but never
    // more than the screen offers (the offscreen screen is 800x600, smaller
    // than the default 1280x800).
    void defaultSizeFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        MainWindow window(&m_store);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.width() < 1280, "the test needs a screen smaller than the default");
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
    }

    // A tool tip carrying server words that look like markup is shown
    // literally, by the delegate the capture log, tool, feature and
    // findings lists use (a view's own tool tip would render it as rich text).
    void serverTextInToolTipsStaysPlain()
    {
        QStandardItemModel model;
        auto *item = new QStandardItem(QStringLiteral("row"));
        item->setToolTip(QStringLiteral("<b>bold</b> <img src=x>"));
        model.appendRow(item);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new PlainToolTipDelegate(&view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect cell = view.visualRect(model.index(0, 0));
        QHelpEvent help(QEvent::ToolTip, cell.center(),
                        view.viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(view.viewport(), &help);
        QCOMPARE(QToolTip::text(),
                 QStringLiteral("<p>&lt;b&gt;bold&lt;/b&gt; &lt;img src=x&gt;</p>"));
        QToolTip::hideText();

        MainWindow window(&m_store);
        auto *log = window.findChild<QAbstractItemView *>(QStringLiteral("captureLog"));
        QVERIFY(log);
        QVERIFY(dynamic_cast<PlainToolTipDelegate *>(log->itemDelegate()));
    }

    void paletteMenuSwitchesRecoloursAndRemembers()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        MainWindow window(&m_store);
        window.show();
        auto *dark = window.findChild<QAction *>(QStringLiteral("palette_dark"));
        auto *light = window.findChild<QAction *>(QStringLiteral("palette_light"));
        auto *system = window.findChild<QAction *>(QStringLiteral("palette_system"));
        QVERIFY(dark && light && system);
        QVERIFY(system->isChecked());
        // A muted label in the sidebar (the server catalog's details line;
        // the headings are no longer muted, issue 17), and JSON shown in an
        // editor.
        QLabel *heading = window.findChild<QLabel *>(QStringLiteral("catalogDetails"));
        QVERIFY(heading);
        QPlainTextEdit *json = createJsonEditor(&window, true);
        json->setPlainText(QStringLiteral("{\"key\": 1}"));

        dark->trigger();
        QVERIFY(dark->isChecked());
        const QPalette darkPalette = QApplication::palette();
        QVERIFY(Theme::isDark(darkPalette));
        QCOMPARE(QSettings().value(QStringLiteral("view/palette")).toString(),
                 QStringLiteral("dark"));
        QVERIFY2(
            heading->styleSheet().contains(Theme::color(Theme::Tone::Muted, darkPalette).name()),
            qPrintable(heading->styleSheet()));
        QCOMPARE(colourAt(json, QStringLiteral("\"key\"")), Theme::jsonColors(darkPalette).key);

        light->trigger();
        const QPalette lightPalette = QApplication::palette();
        QVERIFY(!Theme::isDark(lightPalette));
        QVERIFY2(
            heading->styleSheet().contains(Theme::color(Theme::Tone::Muted, lightPalette).name()),
            qPrintable(heading->styleSheet()));
        QCOMPARE(colourAt(json, QStringLiteral("\"key\"")), Theme::jsonColors(lightPalette).key);
        QCOMPARE(QSettings().value(QStringLiteral("view/palette")).toString(),
                 QStringLiteral("light"));
        QCOMPARE(Theme::saved(), Theme::Choice::Light);

        system->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(Theme::saved(), Theme::Choice::System);
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
