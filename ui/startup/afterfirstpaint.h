#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace td::ui {

/// Runs work the first frame does not need once a widget has first been painted, so the window
/// appears before it: filling a side list, loading an icon that only shows later.
class AfterFirstPaint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    /// Calls `function` after `widget`'s first paint, queued so the whole frame is on screen
    /// first; at most once, and not while the widget is hidden or after it is gone. A widget
    /// that is never shown (a closed dock, a test that does not show the window) never runs it.
    static void run(QWidget *widget, std::function<void()> function);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, std::function<void()> function);

    QWidget *m_widget;
    std::function<void()> m_function;
};

} // namespace td::ui
