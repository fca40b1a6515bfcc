#pragma once

#include <QWidget>

namespace mcpscope {

// A waterfall bar for one exchange: waiting (to first byte) then receiving.
class TimingBar final : public QWidget
{
    Q_OBJECT

public:
    explicit TimingBar(QWidget *parent = nullptr);
    void setTimings(double ttfbMs, double totalMs);
    QSize sizeHint() const override { return {320, 22}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_ttfbMs = -1;
    double m_totalMs = -1;
};

} // namespace mcpscope
