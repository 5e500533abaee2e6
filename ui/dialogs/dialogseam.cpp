#include "dialogseam.h"

#include <QDesktopServices>

#include <algorithm>

namespace td::ui {
namespace {

struct Answer
{
    DialogSeam::Kind kind;
    QVariant value;
};

/// Process-wide, like the dialogs it stands in for; GUI thread only.
struct State
{
    QList<Answer> queue;
    QList<DialogSeam::Shown> shown;
    bool recordHandOffsOnly = false;
    QUrl lastOpened;
};

State &state()
{
    static State s;
    return s;
}

constexpr qsizetype kShownKept = 64;

} // namespace

std::optional<QVariant> DialogSeam::take(Kind kind)
{
    QList<Answer> &queue = state().queue;
    const auto it = std::find_if(
        queue.begin(), queue.end(), [kind](const Answer &a) { return a.kind == kind; });
    if (it == queue.end())
        return std::nullopt;
    QVariant value = it->value;
    queue.erase(it);
    return value;
}

bool DialogSeam::hasPending(Kind kind)
{
    const QList<Answer> &queue = state().queue;
    return std::any_of(
        queue.cbegin(), queue.cend(), [kind](const Answer &a) { return a.kind == kind; });
}

void DialogSeam::noteShown(Kind kind, const QString &text, const QString &defaultButton)
{
    QList<Shown> &shown = state().shown;
    shown.append(Shown {kind, text, defaultButton});
    if (shown.size() > kShownKept)
        shown.removeFirst();
}

std::optional<DialogSeam::Shown> DialogSeam::lastShown(const QList<Kind> &kinds)
{
    const QList<Shown> &shown = state().shown;
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        if (kinds.contains(it->kind))
            return *it;
    }
    return std::nullopt;
}

bool DialogSeam::open(const QUrl &url)
{
    state().lastOpened = url;
    if (state().recordHandOffsOnly)
        return true;
    return QDesktopServices::openUrl(url);
}

void DialogSeam::answerNext(Kind kind, const QVariant &answer)
{
    state().queue.append(Answer {kind, answer});
}

void DialogSeam::replace(Kind kind, const QList<QVariant> &answers)
{
    clear(kind);
    for (const QVariant &a : answers)
        answerNext(kind, a);
}

void DialogSeam::clear(Kind kind)
{
    state().queue.removeIf([kind](const Answer &a) { return a.kind == kind; });
}

QStringList DialogSeam::pending()
{
    QStringList out;
    for (const Answer &a : std::as_const(state().queue))
        out.append(QStringLiteral("%1: %2").arg(kindName(a.kind), a.value.toString()));
    return out;
}

void DialogSeam::reset()
{
    state().queue.clear();
    state().shown.clear();
    state().lastOpened.clear();
}

void DialogSeam::setRecordHandOffsOnly(bool on)
{
    state().recordHandOffsOnly = on;
}

QUrl DialogSeam::lastOpened()
{
    return state().lastOpened;
}

QString DialogSeam::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BadDatabase:
        return QStringLiteral("BadDatabase");
    case Kind::YesNo:
        return QStringLiteral("YesNo");
    case Kind::Warning:
        return QStringLiteral("Warning");
    case Kind::Information:
        return QStringLiteral("Information");
    case Kind::Choice:
        return QStringLiteral("Choice");
    case Kind::FileName:
        return QStringLiteral("FileName");
    case Kind::Files:
        return QStringLiteral("Files");
    case Kind::Text:
        return QStringLiteral("Text");
    }
    return QString();
}

} // namespace td::ui
