// The capture log's filter bar as a user drives it: the HTTP method and
// status boxes filter the rows and each shows a chip that lifts it; every
// kind of search term (HTTP method, latency bound, session, time, free
// text) shows a chip that removes just that term from the search field;
// Clear all lifts everything. Plain HTTP exchanges against
// MisbehavingServer (a real HTTP server on loopback).
#include "capture/capture_reader.h"
#include "capture/capture_store.h"
#include "capture/log_filter.h"
#include "gui_test_settings.h"
#include "main_window_ui.h"
#include "misbehaving_server.h"
#include "models/capture_model.h"
#include "models/session_list_model.h"
#include "net/http_client.h"
#include "ui/capture/log_page.h"
#include "ui/main_window.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace mcpscope;
using namespace mcpscope::testing;

class TestLogFilterChips : public QObject
{
    Q_OBJECT

    QSet<QString> shownPaths() const
    {
        QSet<QString> paths;
        CaptureModel *model = logModel(*m_window);
        for (int row = 0; row < model->rowCount(); ++row)
            paths << model->index(row, CaptureModel::Path).data().toString();
        return paths;
    }
    QToolButton *chip(const QString &key) const
    {
        auto *found = m_window->findChild<QToolButton *>(QStringLiteral("filterChip-") + key);
        return found && found->isVisibleTo(m_window.get()) ? found : nullptr;
    }
    QStringList chipKeys() const
    {
        return m_window->findChild<LogPage *>(QStringLiteral("logPage"))->filterChipKeys();
    }
    // The chip for key once it shows (chips are shown on the next turn of
    // the event loop); null after five seconds.
    QToolButton *shownChip(const QString &key) const
    {
        (void)QTest::qWaitFor([&] { return chip(key) != nullptr; }, 5000);
        return chip(key);
    }
    QWidget *chipBar() const
    {
        return m_window->findChild<QWidget *>(QStringLiteral("filterChips"));
    }
    QComboBox *methodBox() const
    {
        return m_window->findChild<QComboBox *>(QStringLiteral("methodFilter"));
    }
    QComboBox *statusBox() const
    {
        return m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    }
    QLineEdit *searchField() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("captureSearch"));
    }
    void search(const QString &text)
    {
        searchField()->clear();
        QTest::keyClicks(searchField(), text);
        CaptureFilter expected;
        applyLogFilter(parseLogFilter(text), expected);
        QTRY_VERIFY_WITH_TIMEOUT(logModel(*m_window)->filter() == expected, 5000);
    }
    const QSet<QString> &all() const { return m_all; }

private Q_SLOTS:
    void initTestCase()
    {
        useScratchSettings(m_dir.filePath(QStringLiteral("settings")),
                           QStringLiteral("tst_log_filter_chips"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("chips.sqlite"))));
        m_server.serve("/made", 201, "application/json", "{\"made\":1}");
        m_window = std::make_unique<MainWindow>(&m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        HttpRequest ok;
        ok.url = QUrl(m_server.url(QStringLiteral("/ok")));
        HttpRequest made;
        made.method = "POST";
        made.url = QUrl(m_server.url(QStringLiteral("/made")));
        made.body = "{}";
        HttpRequest html;
        html.url = QUrl(m_server.url(QStringLiteral("/html")));
        for (const HttpRequest &request : {ok, made, html})
            m_window->sendRequest(request);
        m_all = {QStringLiteral("/ok"), QStringLiteral("/made"), QStringLiteral("/html")};
        QTRY_COMPARE_WITH_TIMEOUT(logModel(*m_window)->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                CaptureModel *model = logModel(*m_window);
                for (int row = 0; row < model->rowCount(); ++row)
                    if (model->index(row, CaptureModel::Status).data().toInt() == 0)
                        return false;
                return true;
            }(),
            10000);
        m_store.flush();
        m_store.flushSearchIndex();
        auto *sessions = m_window->findChild<QListView *>(QStringLiteral("sessionList"));
        QTRY_COMPARE(sessions->model()->rowCount(), 1);
        m_session =
            sessions->model()->index(0, 0).data(SessionListModel::SessionIdRole).toLongLong();
        QVERIFY(m_session > 0);
        QCOMPARE(shownPaths(), all());
    }

    void cleanup()
    {
        m_window->findChild<QPushButton *>(QStringLiteral("clearAllFilters"))->click();
        QTRY_COMPARE(shownPaths(), all());
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->close();
            m_window.reset();
        }
    }

    // The method box lists the HTTP methods; picking one filters and shows
    // a chip; the chip's × lifts it.
    void methodBoxFiltersAndItsChipLiftsIt()
    {
        QComboBox *box = methodBox();
        QStringList items;
        for (int i = 0; i < box->count(); ++i)
            items << box->itemText(i);
        QCOMPARE(items, (QStringList{QStringLiteral("Any method"), QStringLiteral("GET"),
                                     QStringLiteral("POST"), QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                                     QStringLiteral("HEAD"), QStringLiteral("OPTIONS")}));
        QVERIFY(!chipBar()->isVisibleTo(m_window.get()));
        box->setCurrentIndex(items.indexOf(QStringLiteral("POST")));
        QTRY_COMPARE(shownPaths(), QSet<QString>{QStringLiteral("/made")});
        QVERIFY(shownChip(QStringLiteral("httpMethod")));
        QCOMPARE(shownChip(QStringLiteral("httpMethod"))->text(),
                 QStringLiteral("HTTP method POST  ×"));
        QCOMPARE(chipKeys(), QStringList{QStringLiteral("httpMethod")});
        QVERIFY(chipBar()->isVisibleTo(m_window.get()));
        QVERIFY(shownChip(QStringLiteral("httpMethod")));
        chip(QStringLiteral("httpMethod"))->click();
        QTRY_COMPARE(shownPaths(), all());
        QCOMPARE(box->currentIndex(), 0);
        QTRY_VERIFY(!chip(QStringLiteral("httpMethod")));
        QVERIFY(chipKeys().isEmpty());
        QVERIFY(!chipBar()->isVisibleTo(m_window.get()));
    }

    // The status box: a class of statuses, its chip named as the box says.
    void statusBoxFiltersAndItsChipLiftsIt()
    {
        QComboBox *box = statusBox();
        const int serverError = box->findText(QStringLiteral("5xx"), Qt::MatchStartsWith);
        QVERIFY(serverError > 0);
        box->setCurrentIndex(serverError);
        QTRY_COMPARE(shownPaths(), QSet<QString>{QStringLiteral("/html")});
        QVERIFY(shownChip(QStringLiteral("status")));
        QCOMPARE(shownChip(QStringLiteral("status"))->text(),
                 QStringLiteral("5xx server error  ×"));
        const int success = box->findText(QStringLiteral("2xx"), Qt::MatchStartsWith);
        box->setCurrentIndex(success);
        QTRY_COMPARE(shownPaths(), (QSet<QString>{QStringLiteral("/ok"), QStringLiteral("/made")}));
        QVERIFY(shownChip(QStringLiteral("status")));
        chip(QStringLiteral("status"))->click();
        QTRY_COMPARE(shownPaths(), all());
        QCOMPARE(box->currentIndex(), 0);
    }

    // Both boxes at once narrow together; Clear all lifts both.
    void clearAllLiftsBothBoxes()
    {
        methodBox()->setCurrentIndex(methodBox()->findText(QStringLiteral("GET")));
        statusBox()->setCurrentIndex(
            statusBox()->findText(QStringLiteral("2xx"), Qt::MatchStartsWith));
        QTRY_COMPARE(shownPaths(), QSet<QString>{QStringLiteral("/ok")});
        QCOMPARE(chipKeys(), (QStringList{QStringLiteral("httpMethod"), QStringLiteral("status")}));
        m_window->findChild<QPushButton *>(QStringLiteral("clearAllFilters"))->click();
        QTRY_COMPARE(shownPaths(), all());
        QCOMPARE(methodBox()->currentIndex(), 0);
        QCOMPARE(statusBox()->currentIndex(), 0);
        QVERIFY(chipKeys().isEmpty());
    }

    // Each search term has a chip; its × takes that term (only) out of the
    // search field, and the rows follow.
    void everySearchTermHasAChipThatRemovesIt()
    {
        const QString after = QStringLiteral("2000-01-02T03:04:05Z");
        search(QStringLiteral("method:GET latency:<=60000ms session:%1 after:%2 ok")
                   .arg(m_session)
                   .arg(after));
        QTRY_COMPARE(shownPaths(), QSet<QString>{QStringLiteral("/ok")});
        QCOMPARE(chipKeys(),
                 (QStringList{QStringLiteral("q-httpMethod"), QStringLiteral("q-latencyMax"),
                              QStringLiteral("q-session"), QStringLiteral("q-time"),
                              QStringLiteral("q-text")}));
        for (const QString &key : chipKeys())
            QVERIFY2(shownChip(key), qPrintable(key));
        QCOMPARE(shownChip(QStringLiteral("q-httpMethod"))->text(),
                 QStringLiteral("method:GET  ×"));
        QCOMPARE(shownChip(QStringLiteral("q-latencyMax"))->text(),
                 QStringLiteral("latency:<=60000ms  ×"));
        QCOMPARE(shownChip(QStringLiteral("q-session"))->text(),
                 QStringLiteral("session:%1  ×").arg(m_session));
        LogFilterQuery time;
        time.afterMs = QDateTime::fromString(after, Qt::ISODate).toMSecsSinceEpoch();
        QCOMPARE(shownChip(QStringLiteral("q-time"))->text(), printLogFilter(time) + u"  ×");
        QVERIFY(
            chip(QStringLiteral("q-time"))->text().startsWith(QStringLiteral("after:2000-01-02")));
        QCOMPARE(shownChip(QStringLiteral("q-text"))->text(), QStringLiteral("text: ok  ×"));

        // The free text goes: both GET rows.
        QVERIFY(shownChip(QStringLiteral("q-text")));
        chip(QStringLiteral("q-text"))->click();
        QTRY_COMPARE(shownPaths(), (QSet<QString>{QStringLiteral("/ok"), QStringLiteral("/html")}));
        QVERIFY(!searchField()->text().contains(QStringLiteral(" ok")));
        QVERIFY(searchField()->text().contains(QStringLiteral("method:GET")));
        // The method goes: every row.
        QTRY_VERIFY(chip(QStringLiteral("q-httpMethod")));
        QVERIFY(shownChip(QStringLiteral("q-httpMethod")));
        chip(QStringLiteral("q-httpMethod"))->click();
        QTRY_COMPARE(shownPaths(), all());
        QVERIFY(!searchField()->text().contains(QStringLiteral("method:")));
        // The rest, one by one, until the field is empty and no chip shows.
        for (const QString &key : {QStringLiteral("q-latencyMax"), QStringLiteral("q-session"),
                                   QStringLiteral("q-time")}) {
            QTRY_VERIFY2(chip(key), qPrintable(key));
            chip(key)->click();
            QTRY_VERIFY2(!chipKeys().contains(key), qPrintable(key));
        }
        QCOMPARE(searchField()->text(), QString());
        QVERIFY(chipKeys().isEmpty());
        QTRY_VERIFY(!chipBar()->isVisibleTo(m_window.get()));
        QCOMPARE(shownPaths(), all());
    }

    // A lower latency bound has its own chip, and status: a code its own.
    void latencyFloorAndStatusCodeChips()
    {
        search(QStringLiteral("latency:>=0ms status:502"));
        QTRY_COMPARE(shownPaths(), QSet<QString>{QStringLiteral("/html")});
        QCOMPARE(chipKeys(),
                 (QStringList{QStringLiteral("q-status"), QStringLiteral("q-latencyMin")}));
        for (const QString &key : chipKeys())
            QVERIFY2(shownChip(key), qPrintable(key));
        QCOMPARE(shownChip(QStringLiteral("q-status"))->text(), QStringLiteral("status:502  ×"));
        QVERIFY(shownChip(QStringLiteral("q-status")));
        chip(QStringLiteral("q-status"))->click();
        QTRY_COMPARE(shownPaths(), all());
        QCOMPARE(searchField()->text(), QStringLiteral("latency:>=0ms"));
    }

private:
    QTemporaryDir m_dir;
    CaptureStore m_store;
    MisbehavingServer m_server;
    std::unique_ptr<MainWindow> m_window;
    QSet<QString> m_all;
    qint64 m_session = 0;
};

QTEST_MAIN(TestLogFilterChips)
#include "tst_log_filter_chips.moc"
