#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/findings_store.h"
#include "diagnostics/diagnostics_runner.h"
#include "findings_ui.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "models/capture_model.h"
#include "models/findings_tree_model.h"
#include "node_peer.h"
#include "oauth/oauth_flow.h"
#include "oauth_ui.h"
#include "screenshots.h"
#include "ui/diagnostics/findings_view.h"
#include "ui/main_window.h"
#include "ui/oauth/oauth_flow_view.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <map>

using namespace mcpscope;
using namespace mcpscope::testing;

namespace {

// The exchanges the log shows, every page fetched, in id order.
QList<qint64> shownIds(QWidget &window)
{
    CaptureModel *model = logModel(window);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->exchangeId(row);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// What the tree shows, as "severity/kind=count" lines plus the findings'
// total, against the same read from the store: empty when they agree, else
// both (for the failure message).
QString treeVersusStore(const QTreeView *tree, const QString &storePath)
{
    FindingsStore store;
    if (auto opened = store.openReadOnly(storePath); !opened)
        return opened.error().message;
    const QList<Finding> findings = store.findings().value_or(QList<Finding>{});
    std::map<std::pair<int, QString>, int> expected;
    std::map<int, int> expectedSeverity;
    for (const Finding &f : findings) {
        ++expected[{-int(f.severity()), f.kind}];
        ++expectedSeverity[-int(f.severity())];
    }
    QStringList want;
    for (const auto &[key, count] : expected)
        want << QStringLiteral("%1/%2=%3").arg(-key.first).arg(key.second).arg(count);
    for (const auto &[severity, count] : expectedSeverity)
        want << QStringLiteral("%1=%2").arg(-severity).arg(count);
    want << QStringLiteral("findings=%1").arg(findings.size());

    QStringList kinds, severities;
    const QAbstractItemModel *model = tree->model();
    int shown = 0;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex severity = model->index(s, 0);
        const int level = severity.data(FindingsTreeModel::SeverityRole).toInt();
        severities << QStringLiteral("%1=%2").arg(level).arg(
            severity.siblingAtColumn(FindingsTreeModel::CountColumn).data().toInt());
        for (int k = 0; k < model->rowCount(severity); ++k) {
            const QModelIndex kind = model->index(k, 0, severity);
            const int count = kind.siblingAtColumn(FindingsTreeModel::CountColumn).data().toInt();
            if (count != model->rowCount(kind))
                return QStringLiteral("kind row says %1 findings, holds %2")
                    .arg(count)
                    .arg(model->rowCount(kind));
            shown += count;
            kinds << QStringLiteral("%1/%2=%3")
                         .arg(level)
                         .arg(kind.siblingAtColumn(FindingsTreeModel::KindColumn).data().toString())
                         .arg(count);
        }
    }
    kinds.sort();
    std::sort(severities.begin(), severities.end(), std::greater<>());
    const QStringList got =
        kinds + severities + QStringList{QStringLiteral("findings=%1").arg(shown)};
    QStringList wantSorted = want.mid(0, qsizetype(expected.size()));
    wantSorted.sort();
    QStringList wantSeverities = want.mid(qsizetype(expected.size()), expectedSeverity.size());
    std::sort(wantSeverities.begin(), wantSeverities.end(), std::greater<>());
    const QStringList wantAll = wantSorted + wantSeverities + QStringList{want.last()};
    if (got == wantAll)
        return {};
    return QStringLiteral("tree: %1\nstore: %2")
        .arg(got.join(QStringLiteral(", ")), wantAll.join(QStringLiteral(", ")));
}

} // namespace

// The Findings view over a real store with real traffic: a failed sign-in
// against oidc-provider (a pre-registered confidential client whose secret
// is wrong) as the user runs it in the OAuth flow inspector. Its findings
// appear grouped by severity and kind with the store's counts, expand to the
// exchanges that are their evidence (method, URL and status as the store
// holds them), open exactly those exchanges in the capture log, and mark the
// log's rows. Server text in a finding stays plain text.
class TestFindingsView : public QObject
{
    Q_OBJECT

    QUrl mcpUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_oidc.port()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_findings_view"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("findings.sqlite"))));
        QProcessEnvironment env;
        env.insert(QStringLiteral("AUTH_PORT"), QString::number(freePort()));
        env.insert(QStringLiteral("PLANTED_SECRET"), QStringLiteral("the-right-secret-3f9a"));
        const QString why = m_oidc.start(
            QStringLiteral(MCPSCOPE_SOURCE_DIR "/tests/peers/servers/oidc_mcp_servers.mjs"), {},
            env);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void failedSignInIsGroupedAndOpensItsExchanges()
    {
        MainWindow window(&m_store);
        QVERIFY(window.diagnostics());
        QSignalSpy rulesRan(window.diagnostics(), &DiagnosticsWorker::finished);
        window.resize(1280, 800);
        window.show();
        QAction *findingsAction = window.findChild<QAction *>(QStringLiteral("findingsAction"));
        QVERIFY(findingsAction);
        findingsAction->trigger();
        QTreeView *tree = findingsTree(window);
        QVERIFY(tree);
        QAbstractItemModelTester tester(tree->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(findingCount(tree), 0);

        // The user signs in with the client's wrong secret, headless.
        OAuthFlowView *inspector = window.openFlowInspector();
        OAuthFlow::Settings settings;
        settings.mode = OAuthFlow::Mode::Headless;
        settings.preRegistered = {QStringLiteral("planted-client"),
                                  QStringLiteral("not-the-secret-71c0"),
                                  QStringLiteral("client_secret_basic"),
                                  {}};
        settings.redirectUri = QStringLiteral("http://127.0.0.1:33418/callback");
        inspector->setSettings(settings);
        inspector->setServerUrl(mcpUrl().toString());
        QVERIFY(clickFlowButton(inspector, "startFlow"));

        // The flow's failure is a finding, on the open view as it is recorded.
        findingsAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(kindRow(tree, QStringLiteral("oauth.invalid_client")).isValid(),
                                 30000);
        m_store.flush();
        // The rules ran over the sign-in's traffic (the window runs them as
        // exchanges are committed); what they stored shows too.
        QTRY_VERIFY_WITH_TIMEOUT(!rulesRan.isEmpty() && !window.diagnostics()->isRunning(), 30000);
        // Grouped as the store holds them: severity, kind, count.
        QTRY_VERIFY_WITH_TIMEOUT(treeVersusStore(tree, m_store.path()).isEmpty(), 15000);
        const QModelIndex kind = kindRow(tree, QStringLiteral("oauth.invalid_client"));
        QCOMPARE(kind.parent().data(FindingsTreeModel::SeverityRole).toInt(),
                 int(FindingSeverity::Error));
        QCOMPARE(kind.parent().data().toString(), QStringLiteral("Errors"));
        QCOMPARE(kind.data().toString(), QStringLiteral("Client not accepted"));
        auto *errors = window.findChild<QToolButton *>(QStringLiteral("showErrors"));
        QVERIFY(errors);
        FindingsStore findings;
        QVERIFY(findings.openReadOnly(m_store.path()));
        const QList<Finding> stored = findings.findings().value_or(QList<Finding>{});
        const auto errorCount = std::count_if(stored.cbegin(), stored.cend(), [](const Finding &f) {
            return f.severity() == FindingSeverity::Error;
        });
        QVERIFY(errorCount >= 1);
        QVERIFY2(errors->text().endsWith(QString::number(errorCount)), qPrintable(errors->text()));

        // The finding expands to its evidence: the token request the
        // authorization server refused, as the store holds it.
        QVERIFY(tree->model()->rowCount(kind) >= 1);
        const QModelIndex finding = tree->model()->index(0, 0, kind);
        const Finding f = finding.data(FindingsTreeModel::FindingRole).value<Finding>();
        QCOMPARE(f.kind, QStringLiteral("oauth.invalid_client"));
        QVERIFY(!f.exchangeIds.isEmpty());
        QCOMPARE(finding.siblingAtColumn(FindingsTreeModel::CountColumn).data().toInt(),
                 int(f.exchangeIds.size()));
        QCOMPARE(tree->model()->rowCount(finding), int(f.exchangeIds.size()));
        tree->expand(finding);
        CaptureReader reader;
        QVERIFY(reader.open(m_store.path()));
        for (int row = 0; row < f.exchangeIds.size(); ++row) {
            const QModelIndex evidence = tree->model()->index(row, 0, finding);
            QCOMPARE(evidence.data(FindingsTreeModel::ExchangeIdRole).toLongLong(),
                     f.exchangeIds.at(row));
            const auto exchange = reader.exchange(f.exchangeIds.at(row));
            QVERIFY(exchange && exchange->has_value());
            const Exchange &e = **exchange;
            const QString text = evidence.data().toString();
            QVERIFY2(text.contains(QString::fromLatin1(e.method)), qPrintable(text));
            QVERIFY2(text.contains(e.url), qPrintable(text));
            QVERIFY2(text.contains(QString::number(e.status)), qPrintable(text));
        }
        const Exchange refused = **reader.exchange(f.exchangeIds.last());
        QCOMPARE(refused.method, QByteArray("POST"));
        QVERIFY2(refused.url.endsWith(QStringLiteral("/token")), qPrintable(refused.url));
        QVERIFY(refused.responseBody.contains("invalid_client"));

        // Picked: summary, cause, fix and evidence below, as plain text.
        tree->setCurrentIndex(finding);
        auto *detail = window.findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->toPlainText().contains(f.summary()), qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(f.cause()));
        QVERIFY(detail->toPlainText().contains(f.fix()));
        QVERIFY(detail->toPlainText().contains(QString::number(f.exchangeIds.last())));
        snapAll(&window, QStringLiteral("findings-view"));

        // The log's rows are marked: the evidence with the error's icon and
        // the kind in its tool tip; a row that is nobody's evidence bears none.
        CaptureModel *log = logModel(window);
        QVERIFY(log);
        QTRY_VERIFY_WITH_TIMEOUT(shownIds(window).contains(f.exchangeIds.last()), 5000);
        const QModelIndex marked =
            log->index(log->rowOfExchange(f.exchangeIds.last()), CaptureModel::Id);
        QTRY_COMPARE_WITH_TIMEOUT(marked.data(CaptureModel::FindingSeverityRole).toInt(),
                                  int(FindingSeverity::Error), 5000);
        QVERIFY2(marked.data(Qt::ToolTipRole).toString().contains(f.kind),
                 qPrintable(marked.data(Qt::ToolTipRole).toString()));
        QSet<qint64> evidenceOfAny;
        for (const Finding &any : findings.findings().value_or(QList<Finding>{}))
            for (qint64 id : any.exchangeIds)
                evidenceOfAny.insert(id);
        int unmarked = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            const QModelIndex id = log->index(row, CaptureModel::Id);
            const bool isEvidence = evidenceOfAny.contains(log->exchangeId(row));
            QCOMPARE(id.data(CaptureModel::FindingSeverityRole).isValid(), isEvidence);
            unmarked += isEvidence ? 0 : 1;
        }
        QVERIFY(unmarked > 0); // the metadata and registration requests went well

        // Double-click: the log shows exactly the finding's exchanges, the
        // first one current, and says so.
        QTabWidget *tabs = centralTabs(window);
        const QRect cell = tree->visualRect(finding);
        QVERIFY(cell.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(tabs->currentIndex(), 0);
        QList<qint64> expected = f.exchangeIds;
        std::sort(expected.begin(), expected.end());
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(window), expected, 5000);
        QCOMPARE(captureLog(window)->currentIndex().data(CaptureModel::ExchangeIdRole).toLongLong(),
                 f.exchangeIds.first());
        auto *bar = window.findChild<QWidget *>(QStringLiteral("analyticsFilterBar"));
        QVERIFY(bar && bar->isVisible());
        const QString said =
            window.findChild<QLabel *>(QStringLiteral("analyticsFilterLabel"))->text();
        QVERIFY2(said.contains(f.title()), qPrintable(said));
        window.findChild<QPushButton *>(QStringLiteral("clearAnalyticsFilter"))->click();
        QVERIFY(!bar->isVisible());

        // An evidence row opens its finding's exchanges with itself current.
        findingsAction->trigger();
        const QModelIndex last = tree->model()->index(int(f.exchangeIds.size()) - 1, 0, finding);
        tree->setCurrentIndex(last);
        auto *showInLog = window.findChild<QPushButton *>(QStringLiteral("showFindingInLog"));
        QVERIFY(showInLog && showInLog->isEnabled());
        showInLog->click();
        QCOMPARE(tabs->currentIndex(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(window), expected, 5000);
        QCOMPARE(captureLog(window)->currentIndex().data(CaptureModel::ExchangeIdRole).toLongLong(),
                 f.exchangeIds.last());

        // Filters: errors hidden, then words no finding holds.
        findingsAction->trigger();
        errors->click();
        QVERIFY(!kindRow(tree, QStringLiteral("oauth.invalid_client")).isValid());
        for (int s = 0; s < tree->model()->rowCount(); ++s)
            QVERIFY(tree->model()->index(s, 0).data(FindingsTreeModel::SeverityRole).toInt() !=
                    int(FindingSeverity::Error));
        errors->click();
        QVERIFY(kindRow(tree, QStringLiteral("oauth.invalid_client")).isValid());
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("findingsFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("Client not accepted"));
        QVERIFY(kindRow(tree, QStringLiteral("oauth.invalid_client")).isValid());
        filter->setText(QStringLiteral("no finding says this 5b1e"));
        QCOMPARE(findingCount(tree), 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("findingsCount"))
                    ->text()
                    .startsWith(QStringLiteral("0 ")));
        filter->clear();
        QVERIFY(findingCount(tree) >= 1);
    }

    // A finding's arguments carry what a server said: shown as the words
    // they are, never as markup (tree text, tool tip, detail).
    void serverTextStaysPlain()
    {
        const QString markup = QStringLiteral("<b>bold</b><img src=x onerror=alert(1)>");
        FindingsView view(nullptr);
        view.resize(900, 500);
        view.show();
        view.setFindings({makeFinding("oauth.invalid_client",
                                      {QStringLiteral("401 invalid_client"), markup}, {})});
        auto *tree = view.findChild<QTreeView *>(QStringLiteral("findingsTree"));
        QVERIFY(tree);
        const QList<QModelIndex> rows = findingRows(tree);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().data().toString().contains(markup));
        tree->setCurrentIndex(rows.first());
        auto *detail = view.findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"));
        QVERIFY(detail->toPlainText().contains(markup));
        // The tool tip the view shows is the escaped text in a paragraph.
        QVERIFY(rows.first().data(Qt::ToolTipRole).toString().contains(markup));
    }

    // An empty view says why it is empty; with findings, what selecting
    // one shows; with every finding filtered out, that the filter hides them.
    void emptyViewSaysWhy()
    {
        FindingsView view(nullptr);
        view.resize(900, 500);
        view.show();
        auto *detail = view.findChild<QPlainTextEdit *>(QStringLiteral("findingDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->placeholderText().startsWith(QStringLiteral("No findings")),
                 qPrintable(detail->placeholderText()));
        view.setFindings({makeFinding("oauth.invalid_client",
                                      {QStringLiteral("401 invalid_client"), QString()}, {})});
        QVERIFY2(detail->placeholderText().startsWith(QStringLiteral("Select a finding")),
                 qPrintable(detail->placeholderText()));
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("findingsFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("no finding has this text"));
        QTRY_VERIFY2(detail->placeholderText().contains(QStringLiteral("hide every finding")),
                     qPrintable(detail->placeholderText()));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_oidc;
};

QTEST_MAIN(TestFindingsView)
#include "tst_findings_view.moc"
