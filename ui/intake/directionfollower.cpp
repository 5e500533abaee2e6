#include "directionfollower.h"

#include <QGuiApplication>
#include <QLineEdit>

namespace td::ui::DirectionFollower {
namespace {

void update(QLineEdit *edit, const QString &text)
{
    const bool hasStrong = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const auto d = c.direction();
        return d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL;
    });
    const Qt::LayoutDirection direction = hasStrong
        ? (text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight)
        : QGuiApplication::layoutDirection();
    if (edit->layoutDirection() != direction)
        edit->setLayoutDirection(direction);
}

} // namespace

void follow(QLineEdit *edit)
{
    update(edit, edit->text());
    QObject::connect(
        edit, &QLineEdit::textChanged, edit, [edit](const QString &text) { update(edit, text); });
}

} // namespace td::ui::DirectionFollower
