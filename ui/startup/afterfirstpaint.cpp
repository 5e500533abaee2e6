#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace td::ui {

AfterFirstPaint::AfterFirstPaint(QWidget *widget, std::function<void()> function)
    : QObject(widget)
    , m_widget(widget)
    , m_function(std::move(function))
{
    widget->installEventFilter(this);
}

void AfterFirstPaint::run(QWidget *widget, std::function<void()> function)
{
    new AfterFirstPaint(widget, std::move(function)); // a child of the widget; deletes itself
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint) {
        m_widget->removeEventFilter(this);
        // The paint event is one step of the frame: a zero timer runs once the whole frame has
        // been painted and flushed. A widget hidden by then (its window closed, the dock put
        // away) waits for its next paint: the work is only wanted on screen.
        QTimer::singleShot(0, this, [this] {
            if (!m_widget->isVisible()) {
                m_widget->installEventFilter(this);
                return;
            }
            const auto function = std::move(m_function);
            deleteLater();
            function();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td::ui
