// The statistics PDF's line chart (months, quarters): a suppressed period has no point and the
// line breaks around it, so neither a height nor a slope tells its count; its column is shaded.
#include "print/statisticschart.h"

#include <QGuiApplication>
#include <QTest>

using namespace td;

namespace {

const QColor kLine(0x2f, 0x5d, 0x8a);
const QColor kShade(0xee, 0xee, 0xee);

// How many pixels of `colour` lie in columns [x0, x1) of `image`.
int count(const QImage &image, int x0, int x1, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = x0; x < x1; ++x)
            n += image.pixelColor(x, y) == colour ? 1 : 0;
    return n;
}

} // namespace

class TestStatisticsChart : public QObject
{
    Q_OBJECT

private slots:
    void aSuppressedPeriodBreaksTheLineAndIsShaded()
    {
        const QList<StatisticsChart::Bar> points {{QStringLiteral("2026-01"), 14},
            {QStringLiteral("2026-02"), std::nullopt}, {QStringLiteral("2026-03"), 30},
            {QStringLiteral("2026-04"), 22}};
        const int width = 800;
        const QImage image
            = StatisticsChart::drawLine(points, {QStringLiteral("Noto Sans")}, width, 1);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > 150);
        // The plot's four slots, right of the axis numbers: find them from the shaded column,
        // which is the only light grey fill.
        int shadeFrom = -1;
        int shadeTo = -1;
        const int y = image.height() / 3;
        for (int x = 0; x < width; ++x) {
            if (image.pixelColor(x, y) == kShade) {
                if (shadeFrom < 0)
                    shadeFrom = x;
                shadeTo = x;
            }
        }
        QVERIFY2(shadeFrom > 0, "the suppressed period's column is not shaded");
        const int slot = shadeTo - shadeFrom + 1;
        QVERIFY(slot > 100);
        // Inside the shaded column no line: the line stops at the points either side of it
        // (their dots reach a few pixels into it, no more).
        QCOMPARE(count(image, shadeFrom + 6, shadeTo - 6, kLine), 0);
        // Between the published periods 3 and 4 the line is drawn.
        QVERIFY(count(image, shadeTo + slot / 2 + 6, shadeTo + slot + slot / 2 - 6, kLine) > 20);
    }

    void noSuppressionNoShade()
    {
        const QList<StatisticsChart::Bar> points {
            {QStringLiteral("Q1"), 12}, {QStringLiteral("Q2"), 40}};
        const QImage image
            = StatisticsChart::drawLine(points, {QStringLiteral("Noto Sans")}, 600, 1);
        // No shaded column: antialiased text may leave a stray light grey pixel, not a run.
        int run = 0;
        int longest = 0;
        const int y = image.height() / 3;
        for (int x = 0; x < image.width(); ++x) {
            run = image.pixelColor(x, y) == kShade ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        QVERIFY(longest < 10);
        QVERIFY(count(image, 0, image.width(), kLine) > 50);
    }
};

QTEST_MAIN(TestStatisticsChart)
#include "tst_statisticschart.moc"
