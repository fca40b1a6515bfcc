#include "net/exchange_sink.h"

namespace mcpscope {

void ExchangeSink::submit(const Exchange &exchange)
{
    // A copy of the list: an observer may remove itself while it is called.
    const QList<ExchangeObserver *> observers = m_observers;
    for (ExchangeObserver *observer : observers)
        observer->exchangeRecorded(exchange);
    record(exchange);
}

void ExchangeSink::submit(const MessageRecord &message)
{
    const QList<ExchangeObserver *> observers = m_observers;
    for (ExchangeObserver *observer : observers)
        observer->messageRecorded(message);
    recordMessage(message);
}

void ExchangeSink::addObserver(ExchangeObserver *observer)
{
    if (observer && !m_observers.contains(observer))
        m_observers.append(observer);
}

void ExchangeSink::removeObserver(ExchangeObserver *observer)
{
    m_observers.removeAll(observer);
}

} // namespace mcpscope
