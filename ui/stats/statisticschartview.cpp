#include "statisticschartview.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <cmath>

namespace td::ui {
namespace {

constexpr int kMargin = 8;
constexpr int kPointRadius = 5;

} // namespace

StatisticsChartView::StatisticsChartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statisticsChartView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void StatisticsChartView::setPoints(Kind kind, const QList<Point> &points)
{
    m_kind = kind;
    m_points = points;
    m_current = m_points.isEmpty() ? -1 : std::clamp(m_current, 0, int(m_points.size()) - 1);
    updateGeometry();
    update();
}

int StatisticsChartView::rowHeight() const
{
    return fontMetrics().height() + 10;
}

qint64 StatisticsChartView::maximum() const
{
    qint64 most = 0;
    for (const Point &p : m_points)
        most = std::max(most, p.value);
    return most;
}

QSize StatisticsChartView::sizeHint() const
{
    if (m_kind == Kind::Line)
        return {480, 260};
    return {480, kMargin * 2 + rowHeight() * int(std::max<qsizetype>(m_points.size(), 1))};
}

QSize StatisticsChartView::minimumSizeHint() const
{
    return m_kind == Kind::Line ? QSize(240, 160) : QSize(240, sizeHint().height());
}

StatisticsChartView::Geometry StatisticsChartView::geometry() const
{
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    if (m_kind == Kind::Bars) {
        int widest = 0;
        for (const Point &p : m_points)
            widest = std::max(widest, fm.horizontalAdvance(p.label));
        const int labelWidth = std::min(widest + kMargin, area.width() / 2);
        // Laid out left to right, then mirrored as a whole when the layout is right to left.
        g.labels = QStyle::visualRect(
            layoutDirection(), rect(), QRect(area.left(), area.top(), labelWidth, area.height()));
        g.plot = QStyle::visualRect(layoutDirection(), rect(),
            QRect(area.left() + labelWidth + kMargin, area.top(),
                area.width() - labelWidth - kMargin, area.height()));
    } else {
        const int valueWidth = fm.horizontalAdvance(QLocale().toString(maximum())) + kMargin;
        // Room below for the period labels (drawn slanted when they do not fit side by side).
        const int bottom = fm.height() * 3;
        g.plot = QStyle::visualRect(layoutDirection(), rect(),
            QRect(area.left() + valueWidth, area.top() + fm.height() / 2,
                area.width() - valueWidth - kPointRadius, area.height() - bottom));
    }
    return g;
}

QPointF StatisticsChartView::linePoint(int index, const QRect &plot) const
{
    const qint64 most = std::max<qint64>(maximum(), 1);
    const qsizetype n = m_points.size();
    const qreal step = n > 1 ? qreal(plot.width()) / qreal(n - 1) : 0;
    qreal x = n > 1 ? plot.left() + step * index : plot.center().x();
    if (layoutDirection() == Qt::RightToLeft)
        x = plot.left() + plot.right() - x; // time runs from the right
    const qreal y = plot.bottom() - qreal(plot.height()) * qreal(m_points.at(index).value) / most;
    return {x, y};
}

QRect StatisticsChartView::pointRect(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const Geometry g = geometry();
    if (m_kind == Kind::Line) {
        const QPointF p = linePoint(index, g.plot);
        const int r = kPointRadius + 3;
        return QRect(QPoint(int(p.x()) - r, int(p.y()) - r), QSize(2 * r + 1, 2 * r + 1));
    }
    const int h = rowHeight();
    const qint64 most = std::max<qint64>(maximum(), 1);
    const QFontMetrics fm = fontMetrics();
    const int room
        = std::max(0, g.plot.width() - fm.horizontalAdvance(QLocale().toString(most)) - kMargin);
    // A bar of a count above zero is at least 2 pixels long, so it can be seen and clicked.
    const int length = m_points.at(index).value > 0
        ? std::max(2, int(std::lround(qreal(room) * qreal(m_points.at(index).value) / most)))
        : 0;
    const QRect ltr(g.plot.left(), g.plot.top() + index * h + 3, length, h - 6);
    if (layoutDirection() == Qt::LeftToRight)
        return ltr;
    return QRect(g.plot.right() - length + 1, ltr.top(), length, ltr.height());
}

int StatisticsChartView::pointAt(const QPoint &position) const
{
    for (int i = 0; i < m_points.size(); ++i) {
        QRect hit = pointRect(i);
        if (m_kind == Kind::Bars) {
            // The whole row answers (label and bar), so short bars are easy to click.
            hit = QRect(0, hit.top(), width(), hit.height());
        }
        if (hit.contains(position))
            return i;
    }
    return -1;
}

void StatisticsChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_points.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Nothing to chart: no incident matches these filters."));
        return;
    }
    if (m_kind == Kind::Bars)
        paintBars(painter);
    else
        paintLine(painter);
}

void StatisticsChartView::paintBars(QPainter &painter) const
{
    const Geometry g = geometry();
    const int h = rowHeight();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetrics fm = fontMetrics();
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_points.size(); ++i) {
        const Point &p = m_points.at(i);
        const QRect labelRect(g.labels.left(), g.plot.top() + i * h, g.labels.width() - kMargin, h);
        const QRect labelBox = rtl ? labelRect.translated(kMargin, 0) : labelRect;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(labelBox, Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight),
            fm.elidedText(p.label, Qt::ElideMiddle, labelBox.width()));
        const QRect b = pointRect(i);
        painter.fillRect(b, i == m_current && hasFocus() ? bar.darker(130) : bar);
        const QString value = QLocale().toString(p.value);
        const int vw = fm.horizontalAdvance(value);
        const QRect valueRect = rtl ? QRect(b.left() - vw - 4, b.top(), vw, b.height())
                                    : QRect(b.right() + 4, b.top(), vw, b.height());
        painter.drawText(valueRect, Qt::AlignVCenter | Qt::AlignHCenter, value);
        if (i == m_current && hasFocus()) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = QRect(0, g.plot.top() + i * h, width(), h);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
    }
}

void StatisticsChartView::paintLine(QPainter &painter) const
{
    const Geometry g = geometry();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);
    const qint64 most = std::max<qint64>(maximum(), 1);
    // Grid lines at 0, a half and the maximum, their values on the leading side.
    for (const qint64 v : {qint64(0), most / 2, most}) {
        const qreal y = g.plot.bottom() - qreal(g.plot.height()) * qreal(v) / qreal(most);
        painter.setPen(QPen(grid, 0, v == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        painter.setPen(text);
        const QString s = QLocale().toString(v);
        const int w = fm.horizontalAdvance(s);
        const qreal x = rtl ? g.plot.right() + 4 : g.plot.left() - w - 4;
        painter.drawText(QRectF(x, y - fm.height() / 2.0, w, fm.height()), Qt::AlignCenter, s);
    }
    QPainterPath path;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF p = linePoint(i, g.plot);
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    const QColor line = palette().color(QPalette::Highlight);
    painter.setPen(QPen(line, 2));
    painter.drawPath(path);
    // Period labels: every one when they fit, else every k-th, so they never overlap.
    int widest = 0;
    for (const Point &p : m_points)
        widest = std::max(widest, fm.horizontalAdvance(p.label));
    const qreal step = m_points.size() > 1 ? qreal(g.plot.width()) / (m_points.size() - 1)
                                           : qreal(g.plot.width());
    const int every = std::max(1, int(std::ceil((widest + kMargin) / std::max<qreal>(step, 1))));
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF p = linePoint(i, g.plot);
        const bool current = i == m_current && hasFocus();
        painter.setPen(QPen(line.darker(current ? 150 : 100), current ? 3 : 1));
        painter.setBrush(current ? line.darker(150) : palette().color(QPalette::Base));
        painter.drawEllipse(p, kPointRadius, kPointRadius);
        if (i % every == 0) {
            painter.setPen(text);
            const QString &label = m_points.at(i).label;
            const int w = fm.horizontalAdvance(label);
            painter.drawText(QRectF(p.x() - w / 2.0, g.plot.bottom() + 4, w, fm.height()),
                Qt::AlignCenter, label);
        }
    }
    painter.setBrush(Qt::NoBrush);
    if (m_current >= 0 && hasFocus()) {
        painter.setPen(text);
        const QPointF p = linePoint(m_current, g.plot);
        // The chosen point says what it is: its period and its count, inside the plot.
        const QString value = QStringLiteral("%1: %2").arg(
            m_points.at(m_current).label, QLocale().toString(m_points.at(m_current).value));
        const int w = fm.horizontalAdvance(value) + 4;
        qreal x = std::clamp<qreal>(p.x() - w / 2.0, g.plot.left(), g.plot.right() - w);
        const qreal y = std::max<qreal>(g.plot.top(), p.y() - kPointRadius - 4 - fm.height());
        painter.drawText(QRectF(x, y, w, fm.height()), Qt::AlignCenter, value);
    }
}

void StatisticsChartView::mousePressEvent(QMouseEvent *event)
{
    const int index = pointAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        setCurrent(index);
        emit pointActivated(index);
        return;
    }
    QWidget::mousePressEvent(event);
}

void StatisticsChartView::mouseMoveEvent(QMouseEvent *event)
{
    const int index = pointAt(event->position().toPoint());
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(index >= 0 ? QStringLiteral("%1: %2").arg(
                   m_points.at(index).label, QLocale().toString(m_points.at(index).value))
                          : QString());
    QWidget::mouseMoveEvent(event);
}

void StatisticsChartView::keyPressEvent(QKeyEvent *event)
{
    if (m_points.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int next = m_current;
    switch (event->key()) {
    case Qt::Key_Up:
        next = m_kind == Kind::Bars ? m_current - 1 : m_current;
        break;
    case Qt::Key_Down:
        next = m_kind == Kind::Bars ? m_current + 1 : m_current;
        break;
    case Qt::Key_Left:
        next = m_kind == Kind::Line ? m_current + (rtl ? 1 : -1) : m_current;
        break;
    case Qt::Key_Right:
        next = m_kind == Kind::Line ? m_current + (rtl ? -1 : 1) : m_current;
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = int(m_points.size()) - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit pointActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrent(std::clamp(next, 0, int(m_points.size()) - 1));
}

void StatisticsChartView::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    update();
}

} // namespace td::ui
