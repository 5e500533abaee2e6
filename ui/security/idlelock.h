#pragma once

#include <QObject>

class QEvent;
class QTimer;

namespace td::ui {

/// Locks the window after a period without keyboard or mouse input.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    explicit IdleLock(QObject *parent = nullptr);
    /// 0 disables the lock.
    void setIdleMilliseconds(int milliseconds);
    void setPaused(bool paused);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    bool m_paused = false;
};

} // namespace td::ui
