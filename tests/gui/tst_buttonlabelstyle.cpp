// A push button with an icon in a right-to-left window: its text beside the icon, whole, not at
// the far edge under the frame (Arabic OK and Cancel in every dialog under X11).
//
// The offscreen platform gives dialog buttons no icons (its theme says no), so the dialogs'
// button boxes cannot show the mistake here; a button with an icon set, painted as the window
// paints it (a painter in the widget's direction), shows it on every platform.
#include "widgets/buttonlabelstyle.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace td::ui;

namespace {

/// Where the text (dark grey) and the icon (pure blue) were painted, in x.
struct Extent
{
    int textLeft = -1;
    int textRight = -1;
    int iconLeft = -1;
    int iconRight = -1;
};

QIcon blueIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(0, 0, 255));
    return QIcon(pixmap);
}

QImage paint(QPushButton &button)
{
    QImage image(button.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setLayoutDirection(button.layoutDirection()); // as the widget's own paint event has it
    button.render(&painter);
    return image;
}

Extent measure(const QImage &image)
{
    Extent e;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > 200 && c.red() < 60 && c.green() < 60) {
                e.iconLeft = e.iconLeft < 0 ? x : e.iconLeft;
                e.iconRight = x;
            } else if (c.red() < 110 && c.green() < 110 && c.blue() < 110) {
                e.textLeft = e.textLeft < 0 ? x : e.textLeft;
                e.textRight = x;
            }
        }
    }
    return e;
}

/// A dialog-sized button (80 px, as QDialogButtonBox makes them) with an icon and `text`.
std::unique_ptr<QPushButton> button(QStyle *style, const QString &text, Qt::LayoutDirection dir)
{
    auto b = std::make_unique<QPushButton>(text);
    b->setStyle(style);
    b->setLayoutDirection(dir);
    b->setIcon(blueIcon());
    b->setIconSize(QSize(16, 16));
    b->setFixedSize(80, 30);
    return b;
}

} // namespace

class TestButtonLabelStyle : public QObject
{
    Q_OBJECT

    std::unique_ptr<QStyle> m_fusion;
    std::unique_ptr<QStyle> m_fixed;

private slots:
    void initTestCase()
    {
        m_fusion.reset(QStyleFactory::create(QStringLiteral("fusion")));
        m_fixed
            = std::make_unique<ButtonLabelStyle>(QStyleFactory::create(QStringLiteral("fusion")));
        QVERIFY(m_fusion);
    }

    void textSitsBesideItsIconRightToLeft_data()
    {
        QTest::addColumn<QString>("text");
        // qtbase_ar's OK and Cancel, and a longer label.
        QTest::newRow("OK") << QStringLiteral("حسنًا");
        QTest::newRow("Cancel") << QStringLiteral("ألغِ");
        QTest::newRow("Apply") << QStringLiteral("طبّق");
    }

    void textSitsBesideItsIconRightToLeft()
    {
        QFETCH(QString, text);
        auto fixed = button(m_fixed.get(), text, Qt::RightToLeft);
        const Extent e = measure(paint(*fixed));
        QVERIFY2(e.iconLeft > 0 && e.textRight > 0, "nothing painted");
        // Icon on the right, the text just left of it, wholly inside the frame.
        QVERIFY2(e.textRight < e.iconLeft, qPrintable(QString::number(e.textRight)));
        QVERIFY2(e.iconLeft - e.textRight <= 6,
            qPrintable(QStringLiteral("gap %1").arg(e.iconLeft - e.textRight)));
        QVERIFY2(e.textLeft >= 6, qPrintable(QStringLiteral("text starts at %1").arg(e.textLeft)));
        QVERIFY(e.iconRight <= fixed->width() - 6);

        // Qt's own style, for the record: the text is pushed to the far edge.
        auto plain = button(m_fusion.get(), text, Qt::RightToLeft);
        const Extent p = measure(paint(*plain));
        if (p.iconLeft - p.textRight > 6)
            qInfo("Fusion alone: text at %d..%d, icon at %d (the mistake this style corrects)",
                p.textLeft, p.textRight, p.iconLeft);
    }

    // Nothing else changes: left to right, and right to left without an icon, paint exactly as
    // Qt's style does.
    void everythingElseIsUnchanged()
    {
        for (const Qt::LayoutDirection dir : {Qt::LeftToRight, Qt::RightToLeft}) {
            for (const bool withIcon : {true, false}) {
                if (dir == Qt::RightToLeft && withIcon)
                    continue;
                auto fixed = button(m_fixed.get(), QStringLiteral("حسنًا OK"), dir);
                auto plain = button(m_fusion.get(), QStringLiteral("حسنًا OK"), dir);
                if (!withIcon) {
                    fixed->setIcon({});
                    plain->setIcon({});
                }
                QCOMPARE(paint(*fixed), paint(*plain));
            }
        }
    }

    // The application's style becomes this one, so every dialog's buttons are painted by it
    // (where the platform gives them icons: the offscreen one does not, hence the icon set here).
    void theApplicationUsesIt()
    {
        const QString before = QApplication::style()->name();
        ButtonLabelStyle::installOnApplication();
        if (before.compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0
            && before.compare(QLatin1String("windows"), Qt::CaseInsensitive) != 0)
            QSKIP("not one of Qt's own styles: left as it is");
        const auto *installed = qobject_cast<ButtonLabelStyle *>(QApplication::style());
        QVERIFY(installed);
        QCOMPARE(installed->baseStyle()->name(), before);
        ButtonLabelStyle::installOnApplication(); // once is enough
        QVERIFY(QApplication::style() == installed);

        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        box.setLayoutDirection(Qt::RightToLeft);
        auto *ok = box.button(QDialogButtonBox::Ok);
        ok->setIcon(blueIcon()); // as SH_DialogButtonBox_ButtonsHaveIcons gives it under X11
        ok->setText(QStringLiteral("حسنًا"));
        ok->setFixedSize(80, 30);
        const Extent e = measure(paint(*ok));
        QVERIFY(e.textRight < e.iconLeft && e.iconLeft - e.textRight <= 6 && e.textLeft >= 6);
    }
};

QTEST_MAIN(TestButtonLabelStyle)
#include "tst_buttonlabelstyle.moc"
