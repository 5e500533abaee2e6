#include "idlelock.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace td::ui {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            emit idle();
    });
    qApp->installEventFilter(this);
}

void IdleLock::setIdleMilliseconds(int milliseconds)
{
    m_timer->stop();
    if (milliseconds > 0) {
        m_timer->setInterval(milliseconds);
        m_timer->start();
    }
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_timer->interval() > 0)
        m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->isActive())
            m_timer->start(); // any input restarts the countdown
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td::ui
