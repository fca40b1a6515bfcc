// The export dialog's refusals and small helps, over a store recorded from
// server-everything: no session checked says so and disables Export; the
// capture itself is never the target; a name without a suffix gets the
// format's; a folder that does not exist fails and says so, the dialog
// staying open; Browse… puts the picked file, with its suffix, in the path;
// a store that cannot be read says why.
#include "capture/capture_store.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "recorded_store.h"
#include "ui/capture/export_dialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestExportDialogErrors : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    static bool waitReview(ExportDialog &dialog)
    {
        QSignalSpy reviewed(&dialog, &ExportDialog::reviewUpdated);
        return reviewed.wait(20000);
    }
    static void setPath(ExportDialog &dialog, const QString &path)
    {
        QLineEdit *edit = child<QLineEdit>(&dialog, "exportPath");
        edit->clear();
        QTest::keyClicks(edit, path);
    }
    static void setFormat(ExportDialog &dialog, ExportDialog::Format format)
    {
        auto *combo = child<QComboBox>(&dialog, "exportFormat");
        combo->setCurrentIndex(combo->findData(int(format)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_export_dialog_errors"));
        QSettings().remove(ExportDialog::settingsKey());
        const QString why =
            m_everything.start(everythingScript(), {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_storePath = m_dir.filePath(QStringLiteral("live.sqlite"));
        CaptureStore store;
        QVERIFY(store.open(m_storePath));
        m_session = recordEverythingSession(
            store, nullptr, QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port()),
            {QStringLiteral("one")});
        QVERIFY(m_session > 0);
        store.flush();
    }

    void noSessionCheckedSaysSo()
    {
        ExportDialog dialog(m_storePath, m_session, {});
        dialog.show();
        QVERIFY(waitReview(dialog));
        auto *sessions = child<QListWidget>(&dialog, "sessionChoices");
        QCOMPARE(sessions->count(), 1);
        QVERIFY(sessions->item(0)->text().startsWith(QStringLiteral("#%1 ").arg(m_session)));
        QCOMPARE(sessions->item(0)->checkState(), Qt::Checked);
        // Unchecking the only session chooses "these sessions" with none.
        sessions->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(child<QRadioButton>(&dialog, "scopeSessions")->isChecked());
        auto *button = child<QPushButton>(&dialog, "exportButton");
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), QStringLiteral("Check at least one session."));
        QTRY_COMPARE(child<QLabel>(&dialog, "tallyTotal")->text(),
                     QStringLiteral("Check at least one session to export."));
        // Checked again: exportable, counted.
        sessions->item(0)->setCheckState(Qt::Checked);
        QVERIFY(button->isEnabled());
        QVERIFY(waitReview(dialog));
        QVERIFY(child<QLabel>(&dialog, "tallyTotal")->text() !=
                QStringLiteral("Check at least one session to export."));
    }

    void theCaptureItselfIsNeverTheTarget()
    {
        const qint64 size = QFileInfo(m_storePath).size();
        ExportDialog dialog(m_storePath, m_session, {});
        dialog.show();
        QVERIFY(waitReview(dialog));
        setFormat(dialog, ExportDialog::Format::Bundle);
        setPath(dialog, m_storePath);
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        auto *error = child<QLabel>(&dialog, "exportError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("The export cannot replace the capture it is made from."));
        QCOMPARE(done.size(), 0);
        QCOMPARE(QFileInfo(m_storePath).size(), size);
    }

    void aNameWithoutSuffixGetsTheFormats()
    {
        ExportDialog dialog(m_storePath, m_session, {});
        dialog.show();
        QVERIFY(waitReview(dialog));
        setFormat(dialog, ExportDialog::Format::Json);
        const QString bare = m_dir.filePath(QStringLiteral("plain-name"));
        setPath(dialog, bare);
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(!QFile::exists(bare));
        QFile file(bare + QStringLiteral(".json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Echo: one"));
        QVERIFY2(done.first().first().toString().contains(QStringLiteral("plain-name.json")),
                 qPrintable(done.first().first().toString()));
    }

    void aMissingFolderFailsAndSaysSo()
    {
        ExportDialog dialog(m_storePath, m_session, {});
        dialog.show();
        QVERIFY(waitReview(dialog));
        setFormat(dialog, ExportDialog::Format::Har);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.har"));
        setPath(dialog, path);
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(failed.wait(60000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("Nothing was exported: ")), qPrintable(message));
        auto *error = child<QLabel>(&dialog, "exportError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), message);
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFile::exists(path));
        // The controls are usable again.
        QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled());
        QVERIFY(child<QComboBox>(&dialog, "exportFormat")->isEnabled());
    }

    void browsePutsThePickedFileWithItsSuffix()
    {
        ExportDialog dialog(m_storePath, m_session, {});
        dialog.show();
        QVERIFY(waitReview(dialog));
        setFormat(dialog, ExportDialog::Format::ReportMarkdown);
        const QString picked = m_dir.filePath(QStringLiteral("picked-report"));
        QString filter;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!files || !files->isVisible())
                return;
            filter = files->selectedNameFilter();
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return files->reject();
            name->setText(picked);
            static_cast<QDialog *>(files)->accept();
        });
        poll.start();
        child<QAbstractButton>(&dialog, "exportBrowse")->click(); // returns when it closed
        poll.stop();
        QCOMPARE(filter, QStringLiteral("Markdown (*.md)"));
        QCOMPARE(child<QLineEdit>(&dialog, "exportPath")->text(), picked + QStringLiteral(".md"));
    }

    void anUnreadableStoreSaysWhy()
    {
        const QString missing = m_dir.filePath(QStringLiteral("gone/capture.sqlite"));
        ExportDialog dialog(missing, 0, {});
        dialog.show();
        auto *error = child<QLabel>(&dialog, "exportError");
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY2(
            error->text().startsWith(QStringLiteral("Could not open the capture store ") + missing),
            qPrintable(error->text()));
        QCOMPARE(child<QListWidget>(&dialog, "sessionChoices")->count(), 0);
        QVERIFY(waitReview(dialog));
        QVERIFY2(child<QLabel>(&dialog, "tallyTotal")
                     ->text()
                     .startsWith(QStringLiteral("Could not count: ")),
                 qPrintable(child<QLabel>(&dialog, "tallyTotal")->text()));
    }

    void cleanupTestCase() { m_everything.stop(); }

private:
    QTemporaryDir m_dir;
    NodePeer m_everything;
    QString m_storePath;
    qint64 m_session = 0;
};

QTEST_MAIN(TestExportDialogErrors)
#include "tst_export_dialog_errors.moc"
