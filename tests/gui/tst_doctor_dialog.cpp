#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "diagnostics/connection_doctor.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "screenshots.h"
#include "ui/diagnostics/connection_doctor_dialog.h"
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

using Dialog = ConnectionDoctorDialog;

QTreeWidget *checksOf(QWidget *dialog)
{
    return dialog->findChild<QTreeWidget *>(QStringLiteral("doctorChecks"));
}

// A stage row's status as shown, -1 while it shows none.
int shownStatus(QTreeWidgetItem *item)
{
    const QVariant status = item->data(Dialog::StatusColumn, Dialog::StatusRole);
    return status.isValid() ? status.toInt() : -1;
}

// Types the target, picks the transport and presses Run, as a user does;
// waits for the report.
bool runDoctor(QWidget *dialog, const QString &target, int transport = 0)
{
    auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("doctorTarget"));
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("doctorTransport"));
    auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runDoctor"));
    if (!line || !combo || !run)
        return false;
    line->clear();
    QTest::keyClicks(line, target);
    combo->setCurrentIndex(transport);
    QSignalSpy finished(static_cast<Dialog *>(dialog), &Dialog::finished);
    if (!run->isEnabled())
        return false;
    QTest::mouseClick(run, Qt::LeftButton);
    return finished.wait(120000);
}

} // namespace

// The Connection Doctor dialog running the real doctor: against
// server-everything every stage is listed, filled with its checks as they
// finish, and passes; against a port nobody listens on it stops at
// connectivity, says why, and skips the stages after.
class TestDoctorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_doctor_dialog"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("doctor.sqlite"))));
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void healthyServerPassesEveryStage()
    {
        MainWindow window(&m_store);
        window.show();
        // Tools ▸ Connection Doctor… opens the dialog.
        auto *action = window.findChild<QAction *>(QStringLiteral("connectionDoctorAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<Dialog *>(QStringLiteral("connectionDoctorDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *checks = checksOf(dialog);
        QVERIFY(checks);
        QCOMPARE(checks->topLevelItemCount(), int(DoctorStage::Intermittency) + 1);

        // The rows fill as checks finish, before the report is in.
        int startedSeen = 0;
        const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("doctorTarget"));
        QVERIFY(line);
        QSignalSpy finished(dialog, &Dialog::finished);
        line->clear();
        QTest::keyClicks(line, url);
        int rowsWhileRunning = -1;
        QTimer probe;
        probe.setInterval(20);
        connect(&probe, &QTimer::timeout, this, [&] {
            if (!dialog->isRunning())
                return;
            int rows = 0;
            for (int i = 0; i < checks->topLevelItemCount(); ++i)
                rows += checks->topLevelItem(i)->childCount();
            rowsWhileRunning = std::max(rowsWhileRunning, rows);
            ++startedSeen;
        });
        probe.start();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runDoctor")),
                          Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(120000));
        probe.stop();
        QVERIFY(startedSeen > 0);
        QVERIFY(rowsWhileRunning > 0);

        const DoctorReport report = dialog->report();
        QVERIFY2(!report.failedStage, qPrintable(dialog->reportText()));
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            QTreeWidgetItem *stage = checks->topLevelItem(i);
            QCOMPARE(stage->text(Dialog::TitleColumn), stageTitle(DoctorStage(i)));
            // Every stage ran and passed; its rows are its checks, as the report has them.
            QList<DoctorCheck> own;
            for (const DoctorCheck &check : report.checks)
                if (check.stage == DoctorStage(i))
                    own << check;
            QVERIFY2(!own.isEmpty(), qPrintable(stageId(DoctorStage(i))));
            QCOMPARE(stage->childCount(), int(own.size()));
            QVERIFY2(shownStatus(stage) == int(CheckStatus::Pass) ||
                         shownStatus(stage) == int(CheckStatus::Warn) ||
                         shownStatus(stage) == int(CheckStatus::Skip),
                     qPrintable(stage->text(Dialog::StatusColumn)));
            bool anyPassed = false;
            for (int c = 0; c < stage->childCount(); ++c) {
                QTreeWidgetItem *row = stage->child(c);
                QCOMPARE(row->data(Dialog::TitleColumn, Dialog::CheckIdRole).toString(),
                         own.at(c).id);
                QCOMPARE(shownStatus(row), int(own.at(c).status));
                QVERIFY(own.at(c).status != CheckStatus::Fail);
                anyPassed = anyPassed || own.at(c).status == CheckStatus::Pass;
                if (own.at(c).ms >= 0)
                    QVERIFY(!row->text(Dialog::TimeColumn).isEmpty());
            }
            // server-everything asks for no authorization: that stage's
            // checks skip, saying so; every other stage passes a check.
            if (DoctorStage(i) == DoctorStage::Authentication)
                QCOMPARE(shownStatus(stage), int(CheckStatus::Skip));
            else
                QVERIFY2(anyPassed, qPrintable(stageId(DoctorStage(i))));
        }
        auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("doctorVerdict"));
        QVERIFY(verdict && verdict->isVisible());
        QVERIFY2(verdict->text().startsWith(QStringLiteral("Healthy")),
                 qPrintable(verdict->text()));
        // Copy Report: every check, then the verdict, as text.
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyDoctorReport"));
        QVERIFY(copy && copy->isEnabled());
        copy->click();
        const QString copied = QApplication::clipboard()->text();
        for (const DoctorCheck &check : report.checks)
            QVERIFY2(copied.contains(check.id), qPrintable(check.id));
        QVERIFY(copied.contains(report.verdict));
        QVERIFY(verdict->text().contains(QStringLiteral("no stage failed")));
        // Its traffic is in the store, under a session of its own.
        QVERIFY(report.sessionId > 0);
        snapAll(dialog, QStringLiteral("connection-doctor"));
        dialog->close();
    }

    void refusedPortStopsAtConnectivity()
    {
        Dialog dialog(&m_store, nullptr);
        dialog.show();
        const quint16 port = freePort(); // nothing listens there
        QVERIFY(runDoctor(&dialog, QStringLiteral("http://127.0.0.1:%1/mcp").arg(port)));
        const DoctorReport &report = dialog.report();
        QVERIFY(report.failedStage);
        QCOMPARE(*report.failedStage, DoctorStage::Connectivity);
        QTreeWidget *checks = checksOf(&dialog);
        QTreeWidgetItem *connectivity = checks->topLevelItem(int(DoctorStage::Connectivity));
        QCOMPARE(shownStatus(connectivity), int(CheckStatus::Fail));
        for (int i = int(DoctorStage::Connectivity) + 1; i < checks->topLevelItemCount(); ++i) {
            QTreeWidgetItem *later = checks->topLevelItem(i);
            QCOMPARE(shownStatus(later), int(CheckStatus::Skip));
        }
        // The stopping explanation: highlighted above, the failing check
        // picked with what was seen, why and what to do.
        auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("doctorVerdict"));
        QVERIFY(verdict->isVisible());
        QVERIFY2(verdict->text().contains(stageTitle(DoctorStage::Connectivity)),
                 qPrintable(verdict->text()));
        QVERIFY(verdict->text().contains(report.verdict));
        QTreeWidgetItem *current = checks->currentItem();
        QVERIFY(current);
        QCOMPARE(current->parent(), connectivity);
        QCOMPARE(shownStatus(current), int(CheckStatus::Fail));
        auto *detail = dialog.findChild<QPlainTextEdit *>(QStringLiteral("doctorCheckDetail"));
        QVERIFY(!detail->toPlainText().isEmpty());
        snapAll(&dialog, QStringLiteral("connection-doctor-refused"));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
};

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctor_dialog.moc"
