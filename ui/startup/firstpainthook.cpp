#include "firstpainthook.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace td::ui {

FirstPaintHook::FirstPaintHook(QWidget &window)
    : QObject(&window)
    , m_window(window)
{ }

void FirstPaintHook::installIfRequested(QWidget &window)
{
    if (qEnvironmentVariableIsEmpty("TRUSTDESK_BENCH_EXIT_AFTER_PAINT"))
        return;
    qApp->installEventFilter(new FirstPaintHook(window));
}

bool FirstPaintHook::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == &m_window) {
        m_seen = true;
        // Queued, so the whole paint pass (and its flush to the screen) finishes first.
        QTimer::singleShot(0, this, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td::ui
