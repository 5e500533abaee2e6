#pragma once

class QLineEdit;

namespace td::ui {

/// Lays a line edit out right-to-left while it holds Arabic or Farsi text (and back when it
/// holds Latin text), so a name reads naturally in its own script inside a left-to-right form.
namespace DirectionFollower {
void follow(QLineEdit *edit);
} // namespace DirectionFollower

} // namespace td::ui
