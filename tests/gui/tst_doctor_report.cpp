// The Connection Doctor dialog around a run: what can be pressed before,
// during and after one (the sign-in fields only with a sign-in, Run only
// with a target, Copy and Save only with a report); the report copied as
// text and saved as JSON (and a save that cannot be written said in place);
// Cancel and Close stopping a doctor that waits on a server that never
// answers (MisbehavingServer's /hang, a real HTTP server on loopback); a
// double-click on a check with exchanges asking for them.
#include "capture/capture_store.h"
#include "diagnostics/connection_doctor.h"
#include "gui_test_settings.h"
#include "misbehaving_server.h"
#include "node_peer.h"
#include "ui/diagnostics/connection_doctor_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestDoctorReport : public QObject
{
    Q_OBJECT

    template <typename T> static T *part(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    static QPushButton *button(QWidget *dialog, const char *name)
    {
        return part<QPushButton>(dialog, name);
    }
    // Types the target and presses Run, as a user does.
    static void run(ConnectionDoctorDialog *dialog, const QString &target)
    {
        auto *line = part<QLineEdit>(dialog, "doctorTarget");
        line->clear();
        QTest::keyClicks(line, target);
        part<QComboBox>(dialog, "doctorTransport")->setCurrentIndex(0);
        QTest::mouseClick(button(dialog, "runDoctor"), Qt::LeftButton);
    }
    // Presses Save JSON… and answers its file dialog with path.
    static QString saveTo(ConnectionDoctorDialog *dialog, const QString &path)
    {
        QString title;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *name =
                files ? files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (!name || !files->isVisible())
                return;
            title = files->windowTitle();
            name->setText(path);
            static_cast<QDialog *>(files)->accept();
        });
        poll.start();
        button(dialog, "saveDoctorJson")->click();
        return title;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_doctor_report"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("doctor.sqlite"))));
    }

    void whatCanBePressedBeforeARun()
    {
        ConnectionDoctorDialog dialog(&m_store, nullptr);
        dialog.show();
        QVERIFY(!button(&dialog, "runDoctor")->isEnabled()); // no target
        QVERIFY(!button(&dialog, "cancelDoctor")->isEnabled());
        QVERIFY(!button(&dialog, "copyDoctorReport")->isEnabled());
        QVERIFY(!button(&dialog, "saveDoctorJson")->isEnabled());
        const QList<QLineEdit *> signInFields{part<QLineEdit>(&dialog, "doctorClientId"),
                                              part<QLineEdit>(&dialog, "doctorClientSecret"),
                                              part<QLineEdit>(&dialog, "doctorScope")};
        for (QLineEdit *field : signInFields)
            QVERIFY(!field->isEnabled());
        auto *signIn = part<QComboBox>(&dialog, "doctorSignIn");
        QCOMPARE(signIn->count(), 4);
        signIn->setCurrentIndex(3); // client credentials
        for (QLineEdit *field : signInFields)
            QVERIFY(field->isEnabled());
        signIn->setCurrentIndex(0);
        for (QLineEdit *field : signInFields)
            QVERIFY(!field->isEnabled());
        dialog.setTarget(QStringLiteral("  "));
        QVERIFY(!button(&dialog, "runDoctor")->isEnabled());
        dialog.setTarget(QStringLiteral("http://127.0.0.1:1/mcp"));
        QVERIFY(button(&dialog, "runDoctor")->isEnabled());
    }

    // A finished run: the report as text on the clipboard and as JSON in a
    // file; a file that cannot be written is said in the detail pane.
    void reportIsCopiedAndSaved()
    {
        ConnectionDoctorDialog dialog(&m_store, nullptr);
        dialog.show();
        const QString target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(freePort());
        QSignalSpy finished(&dialog, &ConnectionDoctorDialog::finished);
        run(&dialog, target);
        QVERIFY(finished.wait(60000));
        const DoctorReport &report = dialog.report();
        QVERIFY(report.failedStage);
        QVERIFY(button(&dialog, "copyDoctorReport")->isEnabled());
        QVERIFY(button(&dialog, "saveDoctorJson")->isEnabled());

        QApplication::clipboard()->clear();
        button(&dialog, "copyDoctorReport")->click();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("McpScope Connection Doctor: %1\n").arg(target)),
                 qPrintable(text));
        // A line per check, in the report's order, then the verdict and total.
        qsizetype at = 0;
        for (const DoctorCheck &check : report.checks) {
            const QString line =
                QStringLiteral("\n[%1] %2 · %3: ").arg(stageId(check.stage), check.title, check.id);
            const qsizetype found = text.indexOf(line, at);
            QVERIFY2(found > at, qPrintable(line));
            at = found;
        }
        const QString verdict = QStringLiteral("\nVerdict: stopped at %1: %2\nTotal: ")
                                    .arg(stageTitle(*report.failedStage), report.verdict);
        QVERIFY2(text.indexOf(verdict, at) > at, qPrintable(text));

        const QString path = m_dir.filePath(QStringLiteral("doctor.json"));
        QCOMPARE(saveTo(&dialog, path), QStringLiteral("Save the Doctor's Report"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(saved, toJson(report));
        QCOMPARE(saved.value(QStringLiteral("checks")).toArray().size(), report.checks.size());

        const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/doctor.json"));
        saveTo(&dialog, unwritable);
        const QString said = part<QPlainTextEdit>(&dialog, "doctorCheckDetail")->toPlainText();
        QVERIFY2(
            said.startsWith(
                QStringLiteral("Could not write %1: ").arg(QDir::toNativeSeparators(unwritable))),
            qPrintable(said));
        QVERIFY(!QFile::exists(unwritable));
    }

    // A server that never answers: while the doctor waits nothing can be
    // changed; Cancel stops it and Run is offered again.
    void cancelStopsAWaitingDoctor()
    {
        MisbehavingServer hang;
        ConnectionDoctorDialog dialog(&m_store, nullptr);
        dialog.show();
        QSignalSpy finished(&dialog, &ConnectionDoctorDialog::finished);
        run(&dialog, hang.url(QStringLiteral("/hang")));
        QTRY_VERIFY(dialog.isRunning());
        QVERIFY(button(&dialog, "cancelDoctor")->isEnabled());
        QVERIFY(!button(&dialog, "runDoctor")->isEnabled());
        QVERIFY(!part<QLineEdit>(&dialog, "doctorTarget")->isEnabled());
        QVERIFY(!part<QComboBox>(&dialog, "doctorTransport")->isEnabled());
        button(&dialog, "cancelDoctor")->click();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY(!dialog.isRunning());
        QVERIFY(button(&dialog, "runDoctor")->isEnabled());
        QVERIFY(!button(&dialog, "cancelDoctor")->isEnabled());
        QVERIFY(part<QLineEdit>(&dialog, "doctorTarget")->isEnabled());
    }

    // Close while it waits: the doctor is cancelled and the dialog goes.
    void closeCancelsAWaitingDoctor()
    {
        MisbehavingServer hang;
        ConnectionDoctorDialog dialog(&m_store, nullptr);
        dialog.show();
        QSignalSpy finished(&dialog, &ConnectionDoctorDialog::finished);
        run(&dialog, hang.url(QStringLiteral("/hang")));
        QTRY_VERIFY(dialog.isRunning());
        button(&dialog, "closeDoctor")->click();
        QVERIFY(!dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    }

    // A check that recorded exchanges: activating it asks for them, the
    // first one current, naming the check.
    void activatedCheckAsksForItsExchanges()
    {
        MisbehavingServer server;
        ConnectionDoctorDialog dialog(&m_store, nullptr);
        dialog.show();
        QSignalSpy finished(&dialog, &ConnectionDoctorDialog::finished);
        run(&dialog, server.url(QStringLiteral("/html")));
        QVERIFY(finished.wait(60000));
        const DoctorReport &report = dialog.report();
        const DoctorCheck *withExchanges = nullptr;
        for (const DoctorCheck &check : report.checks)
            if (!check.exchangeIds.isEmpty()) {
                withExchanges = &check;
                break;
            }
        QVERIFY2(withExchanges, "an HTTP check against a real server recorded its exchange");
        auto *checks = part<QTreeWidget>(&dialog, "doctorChecks");
        QTreeWidgetItem *item = nullptr;
        for (int s = 0; !item && s < checks->topLevelItemCount(); ++s)
            for (int c = 0; c < checks->topLevelItem(s)->childCount(); ++c)
                if (checks->topLevelItem(s)
                        ->child(c)
                        ->data(ConnectionDoctorDialog::TitleColumn,
                               ConnectionDoctorDialog::CheckIdRole)
                        .toString() == withExchanges->id)
                    item = checks->topLevelItem(s)->child(c);
        QVERIFY(item);
        QSignalSpy asked(&dialog, &ConnectionDoctorDialog::exchangesRequested);
        Q_EMIT checks->itemActivated(item, 0);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).value<QList<qint64>>(), withExchanges->exchangeIds);
        QCOMPARE(asked.first().at(1).toLongLong(), withExchanges->exchangeIds.first());
        QCOMPARE(asked.first().at(2).toString(),
                 QStringLiteral("the doctor's check “%1”").arg(withExchanges->title));
        // Its detail names the exchanges too.
        checks->setCurrentItem(item);
        QVERIFY(
            part<QPlainTextEdit>(&dialog, "doctorCheckDetail")
                ->toPlainText()
                .contains(QStringLiteral("Exchanges: %1").arg(withExchanges->exchangeIds.first())));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
};

QTEST_MAIN(TestDoctorReport)
#include "tst_doctor_report.moc"
