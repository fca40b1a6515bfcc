// The Findings view's panes beyond one finding: a kind's row explains the
// kind (its cause, its fix, how many exchanges show it); Show in Log on a
// kind, a finding and one of its exchanges asks the log for the right
// exchanges, the right one current, titled by where it came from; a
// severity row toggles open instead; and the row the user picked stays
// picked when the findings are read again.
#include "common/findings.h"
#include "findings_ui.h"
#include "gui_test_settings.h"
#include "models/findings_tree_model.h"
#include "ui/diagnostics/findings_view.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestFindingsPanes : public QObject
{
    Q_OBJECT

    static QList<Finding> findings()
    {
        return {makeFinding("oauth.invalid_client",
                            {QStringLiteral("401 invalid_client"), QStringLiteral("bad secret")},
                            {11, 12}),
                makeFinding("oauth.invalid_client",
                            {QStringLiteral("400 invalid_client"), QStringLiteral("unknown id")},
                            {21}),
                makeFinding("mcp.answer_bom", {QStringLiteral("tools/list")}, {})};
    }
    static QString detail(FindingsView &view)
    {
        return view.findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"))->toPlainText();
    }
    static QPushButton *showInLog(FindingsView &view)
    {
        return view.findChild<QPushButton *>(QStringLiteral("showFindingInLog"));
    }
    // The finding row whose summary mentions text.
    static QModelIndex findingWith(QTreeView *tree, const QString &text)
    {
        for (const QModelIndex &row : findingRows(tree))
            if (row.data(FindingsTreeModel::FindingRole).value<Finding>().summary().contains(text))
                return row;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_findings_panes"));
    }

    void kindRowExplainsTheKind()
    {
        FindingsView view(nullptr);
        view.resize(900, 600);
        view.show();
        view.setFindings(findings());
        QTreeView *tree = findingsTree(view);
        const QModelIndex kind = kindRow(tree, QStringLiteral("oauth.invalid_client"));
        QVERIFY(kind.isValid());
        tree->setCurrentIndex(kind);
        const QString text = detail(view);
        QVERIFY2(text.startsWith(QStringLiteral("Client not accepted · 2 finding(s)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Kind: oauth.invalid_client")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Likely cause: The authorization server did not "
                                              "accept the client's credentials")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("What to do: Check the client id and secret")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Evidence: 3 exchange(s)")), qPrintable(text));
        QVERIFY(showInLog(view)->isEnabled());

        // A kind with no exchange: no evidence line, nothing to show in the log.
        tree->setCurrentIndex(kindRow(tree, QStringLiteral("mcp.answer_bom")));
        QVERIFY2(!detail(view).contains(QStringLiteral("Evidence:")), qPrintable(detail(view)));
        QVERIFY2(detail(view).contains(QStringLiteral("Kind: mcp.answer_bom")),
                 qPrintable(detail(view)));
        QVERIFY(!showInLog(view)->isEnabled());
    }

    void showInLogAsksForTheRightExchanges()
    {
        FindingsView view(nullptr);
        view.resize(900, 600);
        view.show();
        view.setFindings(findings());
        QTreeView *tree = findingsTree(view);
        QSignalSpy asked(&view, &FindingsView::exchangesRequested);

        // The kind: every finding's exchanges, none current.
        tree->setCurrentIndex(kindRow(tree, QStringLiteral("oauth.invalid_client")));
        showInLog(view)->click();
        QCOMPARE(asked.size(), 1);
        QList<qint64> ids = asked.at(0).at(0).value<QList<qint64>>();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{11, 12, 21}));
        QCOMPARE(asked.at(0).at(1).toLongLong(), 0);
        QCOMPARE(asked.at(0).at(2).toString(),
                 QStringLiteral("the findings “Client not accepted”"));

        // One finding: its exchanges, its first current.
        const QModelIndex finding = findingWith(tree, QStringLiteral("bad secret"));
        QVERIFY(finding.isValid());
        tree->setCurrentIndex(finding);
        showInLog(view)->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).at(0).value<QList<qint64>>(), (QList<qint64>{11, 12}));
        QCOMPARE(asked.at(1).at(1).toLongLong(), 11);
        QCOMPARE(asked.at(1).at(2).toString(), QStringLiteral("the finding “Client not accepted”"));

        // One of its exchanges: the whole finding's, that one current.
        tree->expand(finding);
        const QModelIndex second = tree->model()->index(1, 0, finding);
        QCOMPARE(second.data(FindingsTreeModel::LevelRole).toInt(),
                 int(FindingsTreeModel::EvidenceLevel));
        tree->setCurrentIndex(second);
        QVERIFY2(detail(view).contains(QStringLiteral("Selected: ")), qPrintable(detail(view)));
        QVERIFY2(detail(view).contains(QStringLiteral("Evidence: exchange 11, 12")),
                 qPrintable(detail(view)));
        showInLog(view)->click();
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(2).at(0).value<QList<qint64>>(), (QList<qint64>{11, 12}));
        QCOMPARE(asked.at(2).at(1).toLongLong(), 12);

        // A severity row opens or closes; it asks the log for nothing.
        const QModelIndex severity = kindRow(tree, QStringLiteral("oauth.invalid_client")).parent();
        QCOMPARE(severity.data(FindingsTreeModel::LevelRole).toInt(),
                 int(FindingsTreeModel::SeverityLevel));
        QVERIFY(tree->isExpanded(severity));
        Q_EMIT tree->activated(severity);
        QVERIFY(!tree->isExpanded(severity));
        Q_EMIT tree->activated(severity);
        QVERIFY(tree->isExpanded(severity));
        QCOMPARE(asked.size(), 3);
    }

    // Rules run again while the user reads: the kind or finding picked
    // stays picked when the findings are set again.
    void pickSurvivesAReload()
    {
        FindingsView view(nullptr);
        view.resize(900, 600);
        view.show();
        view.setFindings(findings());
        QTreeView *tree = findingsTree(view);

        tree->setCurrentIndex(kindRow(tree, QStringLiteral("mcp.answer_bom")));
        view.setFindings(findings());
        QCOMPARE(
            tree->currentIndex().siblingAtColumn(FindingsTreeModel::KindColumn).data().toString(),
            QStringLiteral("mcp.answer_bom"));
        QCOMPARE(tree->currentIndex().data(FindingsTreeModel::LevelRole).toInt(),
                 int(FindingsTreeModel::KindLevel));

        tree->setCurrentIndex(findingWith(tree, QStringLiteral("unknown id")));
        QList<Finding> more = findings();
        more.prepend(makeFinding("oauth.invalid_client",
                                 {QStringLiteral("401 invalid_client"), QStringLiteral("third")},
                                 {31}));
        view.setFindings(more);
        const QModelIndex kept = tree->currentIndex();
        QCOMPARE(kept.data(FindingsTreeModel::LevelRole).toInt(),
                 int(FindingsTreeModel::FindingLevel));
        QVERIFY2(kept.data(FindingsTreeModel::FindingRole)
                     .value<Finding>()
                     .summary()
                     .contains(QStringLiteral("unknown id")),
                 qPrintable(kept.data().toString()));
        QVERIFY2(detail(view).contains(QStringLiteral("unknown id")), qPrintable(detail(view)));

        // A reload without it: nothing picked, nothing described.
        view.setFindings({findings().last()});
        QVERIFY(!tree->currentIndex().isValid());
        QCOMPARE(detail(view), QString());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFindingsPanes)
#include "tst_findings_panes.moc"
