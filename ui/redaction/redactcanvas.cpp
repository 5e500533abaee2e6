#include "redactcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace td::ui {
namespace {

constexpr int kMinSide = 4; // image pixels: a click is not a box

qint64 area(const QRect &r)
{
    return qint64(r.width()) * qint64(r.height());
}

} // namespace

RedactCanvas::RedactCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("redactCanvasWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(320, 240);
    setCursor(Qt::CrossCursor);
}

void RedactCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_boxes.clear();
    m_selected = -1;
    update();
    emit boxesChanged();
}

QList<QRect> RedactCanvas::acceptedBoxes() const
{
    QList<QRect> out;
    for (const Box &b : m_boxes) {
        if (!b.suggested)
            out.append(b.rect);
    }
    return out;
}

int RedactCanvas::pendingSuggestions() const
{
    return int(
        std::count_if(m_boxes.cbegin(), m_boxes.cend(), [](const Box &b) { return b.suggested; }));
}

void RedactCanvas::addBox(const QRect &rect, bool suggested)
{
    const QRect clipped = rect.intersected(m_image.rect());
    if (clipped.width() < 1 || clipped.height() < 1)
        return;
    m_boxes.append({clipped, suggested});
    m_selected = int(m_boxes.size()) - 1;
    update();
    emit boxesChanged();
    emit selectionChanged();
}

int RedactCanvas::addSuggestions(const QList<QRect> &rects)
{
    int added = 0;
    for (const QRect &r : rects) {
        const bool covered = std::any_of(m_boxes.cbegin(), m_boxes.cend(),
            [&r](const Box &b) { return area(b.rect.intersected(r)) * 2 > area(r); });
        if (covered)
            continue;
        m_boxes.append({r.intersected(m_image.rect()), true});
        ++added;
    }
    if (added > 0) {
        update();
        emit boxesChanged();
    }
    return added;
}

void RedactCanvas::setSelectedIndex(int index)
{
    m_selected = index >= 0 && index < m_boxes.size() ? index : -1;
    update();
    emit selectionChanged();
}

void RedactCanvas::removeSelected()
{
    if (m_selected < 0)
        return;
    m_boxes.removeAt(m_selected);
    m_selected = -1;
    update();
    emit boxesChanged();
    emit selectionChanged();
}

void RedactCanvas::acceptSelected()
{
    if (m_selected < 0 || !m_boxes.at(m_selected).suggested)
        return;
    m_boxes[m_selected].suggested = false;
    update();
    emit boxesChanged();
    emit selectionChanged();
}

void RedactCanvas::acceptAllSuggestions()
{
    for (Box &b : m_boxes)
        b.suggested = false;
    update();
    emit boxesChanged();
    emit selectionChanged();
}

QRectF RedactCanvas::imageArea() const
{
    if (m_image.isNull())
        return {};
    QSizeF size = m_image.size();
    size.scale(QSizeF(rect().size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPoint RedactCanvas::toImage(const QPointF &widgetPoint) const
{
    const QRectF area = imageArea();
    if (area.isEmpty())
        return {};
    const double scale = m_image.width() / area.width();
    const int x = int((widgetPoint.x() - area.left()) * scale);
    const int y = int((widgetPoint.y() - area.top()) * scale);
    return {std::clamp(x, 0, m_image.width()), std::clamp(y, 0, m_image.height())};
}

QRectF RedactCanvas::toWidget(const QRect &imageRect) const
{
    const QRectF area = imageArea();
    if (area.isEmpty())
        return {};
    const double scale = area.width() / m_image.width();
    return QRectF(area.left() + imageRect.x() * scale, area.top() + imageRect.y() * scale,
        imageRect.width() * scale, imageRect.height() * scale);
}

QSize RedactCanvas::sizeHint() const
{
    return {800, 600};
}

int RedactCanvas::boxAt(const QPoint &imagePoint) const
{
    // The topmost (last drawn) box wins.
    for (int i = int(m_boxes.size()) - 1; i >= 0; --i) {
        if (m_boxes.at(i).rect.contains(imagePoint))
            return i;
    }
    return -1;
}

void RedactCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(imageArea(), m_image);
    for (int i = 0; i < m_boxes.size(); ++i) {
        const Box &b = m_boxes.at(i);
        const QRectF r = toWidget(b.rect);
        const bool selected = i == m_selected;
        if (b.suggested) {
            // A suggestion covers nothing yet: outlined only, dashed, so it reads as a question.
            QPen pen(QColor(255, 200, 0), selected ? 3 : 2, Qt::DashLine);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            p.setPen(QPen(Qt::black, 1, Qt::DotLine));
            p.drawRect(r.adjusted(-1, -1, 1, 1));
        } else {
            p.setPen(QPen(selected ? QColor(0, 120, 215) : QColor(220, 0, 0), selected ? 3 : 2));
            p.setBrush(QColor(0, 0, 0, 170));
            p.drawRect(r);
        }
    }
    if (m_drag == Drag::Drawing) {
        p.setPen(QPen(QColor(220, 0, 0), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(toWidget(m_dragOriginal));
    }
}

void RedactCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    const QPoint at = toImage(event->position());
    const int hit = boxAt(at);
    m_dragStart = at;
    if (hit >= 0) {
        m_selected = hit;
        m_drag = Drag::Moving;
        m_dragOriginal = m_boxes.at(hit).rect;
    } else {
        m_selected = -1;
        m_drag = Drag::Drawing;
        m_dragOriginal = QRect(at, QSize(0, 0));
    }
    update();
    emit selectionChanged();
}

void RedactCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return QWidget::mouseMoveEvent(event);
    const QPoint at = toImage(event->position());
    if (m_drag == Drag::Moving && m_selected >= 0) {
        QRect moved = m_dragOriginal.translated(at - m_dragStart);
        moved.moveLeft(std::clamp(moved.left(), 0, m_image.width() - moved.width()));
        moved.moveTop(std::clamp(moved.top(), 0, m_image.height() - moved.height()));
        m_boxes[m_selected].rect = moved;
    } else if (m_drag == Drag::Drawing) {
        m_dragOriginal = QRect(m_dragStart, at).normalized();
    }
    update();
}

void RedactCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Drawing) {
        const QRect drawn = QRect(m_dragStart, toImage(event->position()))
                                .normalized()
                                .intersected(m_image.rect());
        if (drawn.width() >= kMinSide && drawn.height() >= kMinSide)
            addBox(drawn, false);
    } else {
        emit boxesChanged();
    }
    update();
}

void RedactCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = boxAt(toImage(event->position()));
    if (hit >= 0) {
        m_selected = hit;
        acceptSelected();
    }
}

void RedactCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelected();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0 && m_boxes.at(m_selected).suggested) {
            acceptSelected();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace td::ui
