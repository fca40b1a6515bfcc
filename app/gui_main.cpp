#include "capture/capture_store.h"
#include "common/private_files.h"
#include "ui/capture/capture_window.h"
#include "ui/common/theme.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace mcpscope;

namespace {

// ~/.local/share/McpScope/captures.sqlite, beside the vault. Earlier versions
// kept it one folder deeper (the organisation and the application name
// are both McpScope); a store found there is moved here once.
QString defaultStorePath()
{
    const QString path = dataDirectoryPath() + QStringLiteral("/captures.sqlite");
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/captures.sqlite");
    if (auto moved = moveLegacyDatabase(legacy, path); !moved)
        std::fprintf(stderr, "%s\n", qPrintable(moved.error().message));
    return path;
}

// Prints "first-paint" once the window has painted, then quits: lets
// bench/capture_bench time process start to first paint from outside.
class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("McpScope"));
    QApplication::setOrganizationName(QStringLiteral("McpScope"));
    QApplication::setApplicationVersion(QStringLiteral(MCPSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mcpscope.McpScope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("McpScope — debug OAuth-protected MCP servers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language (e.g. de, en)."),
                                        QStringLiteral("code"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("Capture store file to use (default "
                       "~/.local/share/McpScope/captures.sqlite)."),
        QStringLiteral("file"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Exit once the main window has painted (for start-up timing)."));
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QStringLiteral("Connect to this MCP server URL at start (transport auto)."),
        QStringLiteral("URL"));
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"),
        QStringLiteral("Colour palette for this run: system, light or dark (default: the one "
                       "chosen in View > Palette; MCPSCOPE_PALETTE sets it too)."),
        QStringLiteral("name"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QStringLiteral("Open this capture store or .mcpscope bundle read-only, without the live "
                       "store (the same as giving FILE)."),
        QStringLiteral("file"));
    parser.addOptions(
        {langOption, storeOption, quitOption, connectOption, paletteOption, openOption});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral(
            "A capture to open read-only instead of the live store (.mcpscope, .sqlite)."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    // A palette named for this run (screenshots) is not saved.
    const QString paletteName = parser.isSet(paletteOption)
                                    ? parser.value(paletteOption)
                                    : qEnvironmentVariable("MCPSCOPE_PALETTE");
    if (const Theme::Choice choice =
            paletteName.isEmpty() ? Theme::saved() : Theme::choiceFromName(paletteName);
        choice != Theme::Choice::System)
        Theme::apply(choice);

    const QLocale locale =
        parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    // Numbers, dates and sizes ("43 Byte") in the language the texts are in.
    if (parser.isSet(langOption))
        QLocale::setDefault(locale);
    QTranslator appTranslator;
    QTranslator qtTranslator;
    // English is a translation too (its plural forms), and the fallback.
    if (appTranslator.load(locale, QStringLiteral("mcpscope"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")) ||
        appTranslator.load(QStringLiteral(":/i18n/mcpscope_en.qm")))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    FirstPaintProbe probe;
    // A capture named on the command line opens on its own: the live store
    // is neither created nor opened.
    const QStringList captures = parser.values(openOption) + parser.positionalArguments();
    if (!captures.isEmpty()) {
        CaptureWindow *first = nullptr;
        for (const QString &path : captures)
            if (CaptureWindow *window = CaptureWindow::openFile(path, nullptr); window && !first)
                first = window;
        if (!first)
            return 4;
        if (parser.isSet(quitOption))
            first->installEventFilter(&probe);
        return app.exec();
    }

    CaptureStore store;
    if (auto opened =
            store.open(parser.isSet(storeOption) ? parser.value(storeOption) : defaultStorePath());
        !opened) {
        QMessageBox::critical(nullptr, QObject::tr("McpScope"), opened.error().message);
        return 4;
    }
    MainWindow window(&store);
    if (parser.isSet(quitOption))
        window.installEventFilter(&probe);
    window.show();
    for (const QString &url : parser.values(connectOption))
        window.connectMcp({ConnectSettings::Kind::Auto, url, 60, {}, {}});
    return app.exec();
}
