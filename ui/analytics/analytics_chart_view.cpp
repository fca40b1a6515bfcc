#include "ui/analytics/analytics_chart_view.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QImage>
#include <QLegend>
#include <QMenu>
#include <QPainter>
#include <QRubberBand>
#include <QSvgGenerator>

namespace mcpscope {

AnalyticsChartView::AnalyticsChartView(QWidget *parent)
    : QChartView(parent), m_savePng(new QAction(this)), m_saveSvg(new QAction(this)),
      m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // our own: a drag zooms every chart, not this one
    m_savePng->setObjectName(QStringLiteral("savePng"));
    m_saveSvg->setObjectName(QStringLiteral("saveSvg"));
    addAction(m_savePng);
    addAction(m_saveSvg);
    connect(m_savePng, &QAction::triggered, this, [this] { saveWithDialog(false); });
    connect(m_saveSvg, &QAction::triggered, this, [this] { saveWithDialog(true); });
    retranslateUi();
}

bool AnalyticsChartView::savePng(const QString &path)
{
    QImage image(size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter);
    }
    return image.save(path, "PNG");
}

bool AnalyticsChartView::saveSvg(const QString &path)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(0, 0), size()));
    generator.setTitle(chart() ? chart()->title() : QString());
    generator.setDescription(tr("McpScope analytics chart"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter);
    return painter.end();
}

void AnalyticsChartView::applyPalette(const QPalette &palette)
{
    QChart *c = chart();
    if (!c)
        return;
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    c->setBackgroundBrush(palette.color(QPalette::Base));
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineColor(grid.lighter(110));
    }
    setBackgroundBrush(palette.color(QPalette::Base));
}

void AnalyticsChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressAt = event->position().toPoint();
        m_dragging = false;
    }
    QChartView::mousePressEvent(event);
}

void AnalyticsChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint at = event->position().toPoint();
        if (!m_dragging && std::abs(at.x() - m_pressAt.x()) >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging && chart()) {
            const QRectF plot = chart()->plotArea();
            m_band->setGeometry(QRect(QPoint(std::min(at.x(), m_pressAt.x()), int(plot.top())),
                                      QPoint(std::max(at.x(), m_pressAt.x()), int(plot.bottom())))
                                    .normalized());
            m_band->show();
            return;
        }
    }
    QChartView::mouseMoveEvent(event);
}

void AnalyticsChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging && chart()) {
        m_dragging = false;
        m_band->hide();
        const QPoint at = event->position().toPoint();
        const QPointF from = chart()->mapToValue(QPointF(std::min(at.x(), m_pressAt.x()), 0));
        const QPointF to = chart()->mapToValue(QPointF(std::max(at.x(), m_pressAt.x()), 0));
        Q_EMIT rangeSelected(from.x(), to.x());
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void AnalyticsChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_savePng);
    menu.addAction(m_saveSvg);
    menu.exec(event->globalPos());
}

void AnalyticsChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void AnalyticsChartView::retranslateUi()
{
    m_savePng->setText(tr("Save as PNG…"));
    m_saveSvg->setText(tr("Save as SVG…"));
}

void AnalyticsChartView::saveWithDialog(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"), QString(),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const bool saved = svg ? saveSvg(path) : savePng(path);
    Q_EMIT statusMessage(
        saved ? tr("Chart saved to %1").arg(path)
              : tr("Could not write %1: check the folder exists and is writable").arg(path));
}

} // namespace mcpscope
