#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QWidget>

namespace td::ui {

/// Shows an upright image and the boxes to cover on it. Drag on the image to draw a box, drag a
/// box to move it, click one to select it; Delete removes the selected box. A suggested box
/// (face detection) is drawn dashed and is not applied until a person accepts it (double-click,
/// Enter, or acceptSelected()).
class RedactCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactCanvas)

public:
    struct Box
    {
        QRect rect; ///< in image pixels
        bool suggested = false; ///< from face detection, not yet accepted
    };

    explicit RedactCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }

    QList<Box> boxes() const { return m_boxes; }
    /// The boxes that will be applied: drawn by hand or accepted suggestions.
    QList<QRect> acceptedBoxes() const;
    int pendingSuggestions() const;
    void addBox(const QRect &rect, bool suggested);
    /// Adds suggestions, skipping those mostly covered by a box already there.
    int addSuggestions(const QList<QRect> &rects);
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    void removeSelected();
    void acceptSelected();
    void acceptAllSuggestions();

    /// The widget rectangle the image is drawn in, and conversions.
    QRectF imageArea() const;
    QPoint toImage(const QPointF &widgetPoint) const;
    QRectF toWidget(const QRect &imageRect) const;

    QSize sizeHint() const override;

signals:
    void boxesChanged();
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int boxAt(const QPoint &imagePoint) const;

    QImage m_image;
    QList<Box> m_boxes;
    int m_selected = -1;
    enum class Drag
    {
        None,
        Drawing,
        Moving
    };
    Drag m_drag = Drag::None;
    QPoint m_dragStart; ///< in image pixels
    QRect m_dragOriginal;
};

} // namespace td::ui
