// An analytics chart's own menu (AnalyticsChartView): a right-click offers
// Save as PNG… and Save as SVG…; a save into a folder that does not exist
// says so in the status message instead of failing silently, and a save
// the user cancels says nothing.
#include "gui_test_settings.h"
#include "ui/analytics/analytics_chart_view.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestAnalyticsChartView : public QObject
{
    Q_OBJECT

    // Triggers action and answers its file dialog with path (empty: Cancel).
    static void saveVia(QAction *action, const QString &path)
    {
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *name =
                dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (!name || !dialog->isVisible())
                return;
            if (path.isEmpty()) {
                dialog->reject();
                return;
            }
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept();
        });
        poll.start();
        action->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_analytics_chart_view"));
        auto *series = new QLineSeries;
        series->append(0, 1);
        series->append(1, 3);
        auto *chart = new QChart;
        chart->addSeries(series);
        chart->createDefaultAxes();
        chart->setTitle(QStringLiteral("latency"));
        m_view.setChart(chart);
        m_view.resize(400, 300);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
    }

    void rightClickOffersBothSaves()
    {
        QStringList offered;
        QTimer::singleShot(0, &m_view, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                offered << action->objectName() + u'=' + action->text();
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20),
                                m_view.viewport()->mapToGlobal(QPoint(20, 20)));
        QApplication::sendEvent(m_view.viewport(), &event); // as a right-click does
        QCOMPARE(offered, (QStringList{QStringLiteral("savePng=Save as PNG…"),
                                       QStringLiteral("saveSvg=Save as SVG…")}));
    }

    void saveIntoAMissingFolderSaysSo()
    {
        QSignalSpy said(&m_view, &AnalyticsChartView::statusMessage);
        const QString png = m_dir.filePath(QStringLiteral("no-such-folder/chart.png"));
        saveVia(m_view.findChild<QAction *>(QStringLiteral("savePng")), png);
        QCOMPARE(said.count(), 1);
        QCOMPARE(
            said.first().at(0).toString(),
            QStringLiteral("Could not write %1: check the folder exists and is writable").arg(png));
        QVERIFY(!QFile::exists(png));

        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        saveVia(m_view.findChild<QAction *>(QStringLiteral("saveSvg")), svg);
        QCOMPARE(said.count(), 2);
        QCOMPARE(said.last().at(0).toString(), QStringLiteral("Chart saved to %1").arg(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("<title>latency</title>"));
    }

    void cancelledSaveSaysNothing()
    {
        QSignalSpy said(&m_view, &AnalyticsChartView::statusMessage);
        saveVia(m_view.findChild<QAction *>(QStringLiteral("savePng")), QString());
        QCOMPARE(said.count(), 0);
    }

private:
    QTemporaryDir m_dir;
    AnalyticsChartView m_view;
};

QTEST_MAIN(TestAnalyticsChartView)
#include "tst_analytics_chart_view.moc"
