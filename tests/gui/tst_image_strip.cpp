#include "ui/common/image_strip.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace mcpscope;

// The thumbnails of a result's images: only image/* decoded; what does not
// decode listed with its size and type; a large picture shrunk to a
// thumbnail, an icon grown to be seen, each captioned with its size; the
// strip hidden when there is nothing to show.
class TestImageStrip : public QObject
{
    Q_OBJECT

    static QByteArray png(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    // The strip's captions and pictures, in order.
    static QStringList captions(ImageStrip &strip)
    {
        QStringList out;
        for (QLabel *label : strip.findChildren<QLabel *>())
            if (label->pixmap().isNull() && !label->text().isEmpty())
                out << label->text();
        return out;
    }

    static QList<QSize> pictures(ImageStrip &strip)
    {
        QList<QSize> out;
        for (QLabel *label : strip.findChildren<QLabel *>())
            if (!label->pixmap().isNull())
                out << label->pixmap().size();
        return out;
    }

private Q_SLOTS:
    void imagesShownAndRefused()
    {
        QWidget window;
        auto *strip = new ImageStrip(&window);
        window.show();
        QVERIFY(!strip->isVisible());
        const QByteArray big = png(800, 400);
        const QByteArray icon = png(8, 8);
        const QByteArray notAnImage("this is not a picture");
        const int shown =
            strip->setImages({{big, QStringLiteral("image/png"), QStringLiteral("image 1")},
                              {icon, QStringLiteral("image/png"), QStringLiteral("image 2")},
                              {notAnImage, QStringLiteral("image/jpeg"), QStringLiteral("image 3")},
                              {icon, QStringLiteral("audio/wav"), QStringLiteral("sound")}});
        QCOMPARE(shown, 2);
        QCOMPARE(strip->shownCount(), 2);
        QVERIFY(strip->isVisible());
        QCOMPARE(
            captions(*strip),
            (QStringList{QStringLiteral("image 1 · 800×400 · %1 bytes").arg(big.size()),
                         QStringLiteral("image 2 · 8×8 · %1 bytes").arg(icon.size()),
                         QStringLiteral("image 3: %1 bytes of image/jpeg that do not decode as "
                                        "an image")
                             .arg(notAnImage.size())}));
        const QList<QSize> sizes = pictures(*strip);
        QCOMPARE(sizes.size(), 2);
        // The large one fits a thumbnail, its aspect kept; the icon grows.
        QVERIFY2(
            sizes.at(0).width() < 800 && sizes.at(0).width() == 2 * sizes.at(0).height(),
            qPrintable(QStringLiteral("%1x%2").arg(sizes.at(0).width()).arg(sizes.at(0).height())));
        QVERIFY2(sizes.at(1).width() > 8 && sizes.at(1).width() == sizes.at(1).height(),
                 qPrintable(QStringLiteral("%1").arg(sizes.at(1).width())));

        // Replaced, not added to; nothing to show hides the strip.
        QCOMPARE(strip->setImages({{icon, QStringLiteral("image/png"), QStringLiteral("again")}}),
                 1);
        QCOMPARE(captions(*strip).size(), 1);
        QCOMPARE(strip->setImages({{icon, QStringLiteral("text/plain"), QStringLiteral("no")}}), 0);
        QVERIFY(!strip->isVisible());
        QCOMPARE(strip->setImages({}), 0);
        QVERIFY(!strip->isVisible());
    }
};

QTEST_MAIN(TestImageStrip)
#include "tst_image_strip.moc"
