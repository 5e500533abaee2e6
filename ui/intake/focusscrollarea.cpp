#include "focusscrollarea.h"

#include <QApplication>

namespace td::ui {

namespace {
constexpr int kMargin = 24; ///< room kept around the field, so its label and message show too
}

FocusScrollArea::FocusScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    connect(
        qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusScrollArea::follow(QWidget *now)
{
    if (!now || !widget() || !widget()->isAncestorOf(now))
        return;
    // A field inside a nested scroll area is that area's business.
    for (QWidget *w = now->parentWidget(); w && w != widget(); w = w->parentWidget()) {
        if (qobject_cast<QAbstractScrollArea *>(w) && w != now)
            return;
    }
    ensureWidgetVisible(now, kMargin, kMargin);
}

} // namespace td::ui
