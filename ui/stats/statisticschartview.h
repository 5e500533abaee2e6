#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace td::ui {

/// The chart of the Statistics window, drawn with QPainter: horizontal bars (one per row,
/// labels beside them) or, for months and quarters, a line through one point per row. Mirrors
/// itself in a right-to-left layout. A bar or point is activated by a click, or by the arrow
/// keys and Enter once the chart has the focus.
class StatisticsChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsChartView)

public:
    enum class Kind
    {
        Bars,
        Line
    };

    struct Point
    {
        QString label;
        qint64 value = 0;
    };

    explicit StatisticsChartView(QWidget *parent = nullptr);

    void setPoints(Kind kind, const QList<Point> &points);
    void clear() { setPoints(m_kind, {}); }
    Kind kind() const { return m_kind; }
    int pointCount() const { return int(m_points.size()); }
    /// Where point `index` is drawn (its bar, or the hit area around a line's point), in this
    /// widget's coordinates; empty when out of range.
    QRect pointRect(int index) const;
    /// The point under `position`, or -1.
    int pointAt(const QPoint &position) const;
    int currentIndex() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void pointActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Geometry
    {
        QRect labels; ///< bars: the label column
        QRect plot; ///< where bars or the line are drawn
    };
    Geometry geometry() const;
    int rowHeight() const;
    qint64 maximum() const;
    /// The line's point `index` in widget coordinates (mirrored when right to left).
    QPointF linePoint(int index, const QRect &plot) const;
    void paintBars(QPainter &painter) const;
    void paintLine(QPainter &painter) const;
    void setCurrent(int index);

    Kind m_kind = Kind::Bars;
    QList<Point> m_points;
    int m_current = -1;
};

} // namespace td::ui
