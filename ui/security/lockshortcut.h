#pragma once

#include <QObject>

class QAction;
class QEvent;
class QWidget;

namespace td::ui {

/// Makes the lock action's shortcut (Ctrl+L) work from every window of the application, a modal
/// dialog in front included: Qt gives a window shortcut only to its own window, and even an
/// application shortcut is withheld while a modal dialog shadows it. The main window's own key
/// presses are left to the action.
class LockShortcut final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockShortcut)

public:
    /// Watches every key press of the application until destroyed.
    LockShortcut(QAction *lockAction, QWidget *mainWindow);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_lockAction;
    QWidget *m_mainWindow;
};

} // namespace td::ui
