#pragma once

#include <QWidget>

class QHBoxLayout;

namespace mcpscope {

// Thumbnails of the images in a result (tool image content, image blobs of a
// resource), hidden when there are none. Bytes come from an untrusted server:
// only image/* types are decoded, under a size and allocation limit, and what
// does not decode is listed as such rather than shown.
class ImageStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit ImageStrip(QWidget *parent = nullptr);

    struct Image
    {
        QByteArray data;
        QString mimeType;
        QString label;
    };
    // Returns how many decoded.
    int setImages(const QList<Image> &images);
    int shownCount() const { return m_shown; }

private:
    QHBoxLayout *m_row;
    int m_shown = 0;
};

} // namespace mcpscope
