#pragma once

#include <QProxyStyle>

namespace td::ui {

/// Puts a push button's text beside its icon in a right-to-left window. Qt 6.4's own styles
/// (Fusion, Windows: QCommonStyle's CE_PushButtonLabel) place the icon, then ask for the text
/// right-aligned in the space left of it; but the painter of a right-to-left widget mirrors that
/// alignment once more, so the text lands at the far (left) edge, away from its icon and clipped
/// by the frame: the Arabic OK and Cancel of every dialog button box under X11, where the
/// platform theme gives dialog buttons icons. The text is drawn with Qt::AlignAbsolute there.
class ButtonLabelStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ButtonLabelStyle)

public:
    /// Wraps `base` (owned), or the application's style when null.
    explicit ButtonLabelStyle(QStyle *base = nullptr);

    /// Makes the application's style one wrapped in this, when it is one of Qt's own styles (the
    /// ones with the mistake); any other style (Breeze, a theme's) is left as it is.
    static void installOnApplication();

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
        bool enabled, const QString &text,
        QPalette::ColorRole textRole = QPalette::NoRole) const override;

private:
    mutable bool m_absoluteText = false; ///< inside a right-to-left label with an icon
};

} // namespace td::ui
