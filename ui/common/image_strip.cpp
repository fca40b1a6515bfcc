#include "ui/common/image_strip.h"

#include "ui/common/plain_label.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>

namespace mcpscope {

namespace {
constexpr qsizetype kMaxImageBytes = 16 * 1024 * 1024;
constexpr int kThumb = 160;
constexpr int kMinShown = 64;
} // namespace

ImageStrip::ImageStrip(QWidget *parent) : QWidget(parent), m_row(new QHBoxLayout(this))
{
    m_row->setContentsMargins(0, 0, 0, 0);
    hide();
}

int ImageStrip::setImages(const QList<Image> &images)
{
    while (QLayoutItem *item = m_row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown = 0;
    for (const Image &image : images) {
        if (!image.mimeType.startsWith(u"image/"))
            continue;
        auto *cell = new QWidget(this);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        auto *picture = new QLabel(cell);
        picture->setTextFormat(Qt::PlainText);
        QLabel *caption = createPlainLabel(cell);
        caption->setWordWrap(false);
        QImage decoded;
        if (image.data.size() <= kMaxImageBytes) {
            QBuffer buffer;
            buffer.setData(image.data);
            QImageReader reader(&buffer);
            reader.setAllocationLimit(64); // MB: a tiny file may claim a huge canvas
            decoded = reader.read();
        }
        if (decoded.isNull()) {
            caption->setText(tr("%1: %2 bytes of %3 that do not decode as an image")
                                 .arg(image.label)
                                 .arg(image.data.size())
                                 .arg(image.mimeType));
        } else {
            ++m_shown;
            // Large images shrink to a thumbnail; icons grow so they can be seen.
            QImage shown = decoded;
            if (decoded.width() > kThumb || decoded.height() > kThumb)
                shown =
                    decoded.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            else if (decoded.width() < kMinShown && decoded.height() < kMinShown)
                shown = decoded.scaled(kMinShown, kMinShown, Qt::KeepAspectRatio,
                                       Qt::FastTransformation);
            picture->setPixmap(QPixmap::fromImage(shown));
            caption->setText(tr("%1 · %2×%3 · %4 bytes")
                                 .arg(image.label)
                                 .arg(decoded.width())
                                 .arg(decoded.height())
                                 .arg(image.data.size()));
            picture->setToolTip(plainToolTip(image.mimeType));
        }
        column->addWidget(picture);
        column->addWidget(caption);
        m_row->addWidget(cell);
    }
    m_row->addStretch(1);
    setVisible(m_row->count() > 1);
    return m_shown;
}

} // namespace mcpscope
