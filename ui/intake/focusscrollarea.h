#pragma once

#include <QScrollArea>

namespace td::ui {

/// A scroll area for a long form: it takes no tab stop of its own (Tab goes straight to the
/// first field) and scrolls to whichever of its fields gets the keyboard focus, so a keyboard
/// user always sees where they are typing.
class FocusScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FocusScrollArea(QWidget *content, QWidget *parent = nullptr);

private:
    void follow(QWidget *now);
};

} // namespace td::ui
