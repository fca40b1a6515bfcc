#include "ui/capture/timing_bar.h"

#include "ui/common/theme.h"

#include <QPainter>

namespace mcpscope {

TimingBar::TimingBar(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(18);
}

void TimingBar::setTimings(double ttfbMs, double totalMs)
{
    m_ttfbMs = ttfbMs;
    m_totalMs = totalMs;
    update();
}

void TimingBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect().adjusted(0, 3, -1, -4);
    p.fillRect(r, palette().alternateBase());
    if (m_totalMs <= 0)
        return;
    const double waiting = m_ttfbMs >= 0 ? std::min(m_ttfbMs, m_totalMs) : m_totalMs;
    const int waitWidth = int(r.width() * waiting / m_totalMs);
    p.fillRect(QRect(r.left(), r.top(), waitWidth, r.height()), Theme::timingWaitColor(palette()));
    p.fillRect(QRect(r.left() + waitWidth, r.top(), r.width() - waitWidth, r.height()),
               Theme::timingReceiveColor(palette()));
}

} // namespace mcpscope
