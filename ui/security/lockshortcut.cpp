#include "security/lockshortcut.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace td::ui {

LockShortcut::LockShortcut(QAction *lockAction, QWidget *mainWindow)
    : QObject(mainWindow)
    , m_lockAction(lockAction)
    , m_mainWindow(mainWindow)
{
    qApp->installEventFilter(this);
}

bool LockShortcut::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // In the main window with nothing modal in front, the action's own shortcut does it.
    if (widget->window() == m_mainWindow && !QApplication::activeModalWidget())
        return false;
    if (!m_lockAction->isEnabled())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeyCombination pressed = key->keyCombination();
    for (const QKeySequence &sequence : m_lockAction->shortcuts()) {
        if (sequence.count() == 1 && sequence[0] == pressed) {
            m_lockAction->trigger();
            return true;
        }
    }
    return false;
}

} // namespace td::ui
