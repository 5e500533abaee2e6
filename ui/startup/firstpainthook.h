#pragma once

#include <QObject>

class QWidget;

namespace td::ui {

/// A benchmark seam (tests/bench/run.sh): when TRUSTDESK_BENCH_EXIT_AFTER_PAINT is set, prints
/// "first-paint" once the window has painted, then quits; the benchmark times the whole process.
class FirstPaintHook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintHook)

public:
    /// Installs the hook on `window` when the environment asks for it; otherwise does nothing.
    static void installIfRequested(QWidget &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintHook(QWidget &window);

    QWidget &m_window;
    bool m_seen = false;
};

} // namespace td::ui
