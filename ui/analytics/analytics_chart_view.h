#pragma once

#include <QChartView>

class QAction;
class QRubberBand;

namespace mcpscope {

// One analytics chart: dragging across it selects a time range
// (rangeSelected, in the chart's x values; the view zooms every chart to
// it), a plain click goes to the series (their clicked signals); its context
// menu saves it as PNG or SVG (actions savePng, saveSvg). The chart's
// background and text follow the application palette (applyPalette()).
class AnalyticsChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsChartView)

public:
    explicit AnalyticsChartView(QWidget *parent = nullptr);

    // Renders the chart into a file: a PNG at the view's size (device pixel
    // ratio 1), or an SVG through QSvgGenerator. False when it could not be
    // written.
    bool savePng(const QString &path);
    bool saveSvg(const QString &path);
    // Colours the chart's background, titles, legend and axes from palette.
    void applyPalette(const QPalette &palette);

Q_SIGNALS:
    void rangeSelected(double fromX, double toX);
    void statusMessage(const QString &message);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveWithDialog(bool svg);

    QAction *m_savePng;
    QAction *m_saveSvg;
    QRubberBand *m_band;
    QPoint m_pressAt;
    bool m_dragging = false;
};

} // namespace mcpscope
