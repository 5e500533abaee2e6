#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace td::test {

/// Runs `handle` on the next modal dialog of type T once it shows (polling every 50 ms, since
/// exec() blocks the test), for up to `triesLeft` polls.
template<typename T> void whenModal(std::function<void(T *)> handle, int triesLeft = 400)
{
    QTimer::singleShot(50, qApp, [handle, triesLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            handle(dialog);
            return;
        }
        if (triesLeft > 0)
            whenModal<T>(handle, triesLeft - 1);
    });
}

} // namespace td::test
