// Child process for tst_crash_safety: records exchanges as fast as it can and
// prints the ids the store reports committed, until it is killed.
#include "capture/capture_store.h"
#include "test_store.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace mcpscope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    CaptureStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1])))
        return 2;
    QObject::connect(&store, &CaptureStore::exchangesCommitted, &store,
                     [](const QList<qint64> &ids) {
                         QByteArray line = "committed";
                         for (qint64 id : ids)
                             line += ' ' + QByteArray::number(id);
                         line += '\n';
                         std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
                         std::fflush(stdout);
                     });
    const QByteArray body(2048, 'b');
    QTimer burst;
    QObject::connect(&burst, &QTimer::timeout, &store, [&store, &body] {
        if (store.pendingJobs() > 20000)
            return;
        for (int i = 0; i < 200; ++i)
            store.record(testing::makeExchange(store.reserveExchangeId(), "POST", 200, body));
    });
    burst.start(0);
    return app.exec();
}
