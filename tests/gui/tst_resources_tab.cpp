#include "capture/capture_store.h"
#include "feature_ui.h"
#include "gui_test_settings.h"
#include "node_peer.h"
#include "session_ui.h"
#include "ui/session/feature_tab.h"
#include "ui/session/mcp_session_view.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpscope;
using namespace mcpscope::testing;

// Resources and templates against server-everything, as a user uses them:
// a resource subscribed to, the server's resources/updated shown on it (and
// the resource read again), unsubscribed; a blob read through a template
// offering Save Blob…, a text one not.
class TestResourcesTab : public QObject
{
    Q_OBJECT

    static QString description(QWidget *tab)
    {
        auto *label = named<QLabel>(tab, "featureDescription");
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_resources_tab"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("resources.sqlite"))));
        const QString why = m_everything.start(
            peersDir() + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js"),
            {QStringLiteral("streamableHttp")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_view = new McpSessionView(&m_store, nullptr, nullptr);
        m_view->resize(1100, 700);
        m_view->show();
        ConnectSettings s;
        s.kind = ConnectSettings::Kind::StreamableHttp;
        s.target = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_everything.port());
        s.timeoutSeconds = 30;
        s.era = ProtocolEra::Legacy;
        m_view->connectTo(s);
        QTRY_VERIFY_WITH_TIMEOUT(toolCount(m_view) > 5, 15000);
    }

    void cleanupTestCase()
    {
        if (m_view)
            m_view->client()->close();
        delete m_view;
    }

    void subscriptionFollowsUpdates()
    {
        auto *resources = m_view->findChild<FeatureTab *>(QStringLiteral("resourcesTab"));
        QVERIFY(resources);
        showTab(m_view, resources);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(resources) >= 1, 10000);
        QVERIFY(pickFeatureRow(resources, 0));
        QVERIFY(!description(resources).contains(QStringLiteral("Updated by the server")));
        QPushButton *subscribe = subscribeButton(resources);
        QVERIFY(subscribe && subscribe->isEnabled());
        QCOMPARE(subscribe->text(), QStringLiteral("Subscribe"));
        QSignalSpy subscribed(resources, &FeatureTab::subscriptionChanged);
        QSignalSpy status(resources, &FeatureTab::statusMessage);
        QTest::mouseClick(subscribe, Qt::LeftButton);
        QVERIFY(subscribed.wait(10000));
        const QString uri = subscribed.first().at(0).toString();
        QVERIFY(uri.startsWith(QStringLiteral("demo://")));
        QVERIFY(subscribed.first().at(1).toBool());
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Subscribed to %1").arg(uri));
        QCOMPARE(subscribe->text(), QStringLiteral("Unsubscribe"));

        // The server starts sending resources/updated for what we follow:
        // the resource says so and is read again.
        QSignalSpy read(resources, &FeatureTab::actionFinished);
        QVERIFY(selectTool(m_view, QStringLiteral("toggle-subscriber-updates")));
        setArguments(m_view, QStringLiteral("{}"));
        callTool(m_view);
        QTRY_VERIFY_WITH_TIMEOUT(
            description(resources).contains(QStringLiteral("Updated by the server at ")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 10000);
        QVERIFY2(resultContentText(resources, "featureResult").contains(uri),
                 qPrintable(resultContentText(resources, "featureResult")));

        // Unsubscribe.
        subscribed.clear();
        QTest::mouseClick(subscribe, Qt::LeftButton);
        QVERIFY(subscribed.wait(10000));
        QCOMPARE(subscribed.first().at(0).toString(), uri);
        QVERIFY(!subscribed.first().at(1).toBool());
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Unsubscribed from %1").arg(uri));
        QCOMPARE(subscribe->text(), QStringLiteral("Subscribe"));
    }

    void blobIsSaved()
    {
        auto *templates = m_view->findChild<FeatureTab *>(QStringLiteral("templatesTab"));
        QVERIFY(templates);
        showTab(m_view, templates);
        QTRY_VERIFY_WITH_TIMEOUT(featureCount(templates) >= 2, 10000);
        QVERIFY(pickFeature(templates, QStringLiteral("Dynamic Blob Resource")));
        auto *save = named<QPushButton>(templates, "saveBlob");
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        QVERIFY(typeArgument(templates, QStringLiteral("resourceId"), QStringLiteral("3")));
        QSignalSpy read(templates, &FeatureTab::actionFinished);
        QVERIFY(clickFeatureAction(templates));
        QVERIFY(read.wait(10000));
        QTRY_VERIFY(save->isEnabled());

        // Save Blob… is offered for what was read (the blob's bytes).
        QVERIFY2(resultContentText(templates, "featureResult")
                     .contains(QStringLiteral("Resource 3: This is a base64 blob created at")),
                 qPrintable(resultContentText(templates, "featureResult")));
        // A text template's result has no blob: Save is withdrawn.
        QVERIFY(pickFeature(templates, QStringLiteral("Dynamic Text Resource")));
        QVERIFY(typeArgument(templates, QStringLiteral("resourceId"), QStringLiteral("4")));
        read.clear();
        QVERIFY(clickFeatureAction(templates));
        QVERIFY(read.wait(10000));
        QVERIFY(!save->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    NodePeer m_everything;
    McpSessionView *m_view = nullptr;
};

QTEST_MAIN(TestResourcesTab)
#include "tst_resources_tab.moc"
