#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace td::ui {

/// The one queue of answers given in advance to the app's dialogs. Every dialog entry point
/// (MessageBox, Questions, FileDialog, EvidenceDialogs) first asks it for a queued answer of its
/// kind: with one, it returns that at once and shows nothing; without, it shows the real dialog.
/// It also notes what each dialog said (for tests to read back) and performs hand-offs to other
/// programs (opening a PDF or a folder), which tests can have recorded instead.
///
/// GUI tests answer with the seams' own functions (MessageBox::setNextAnswer…) or with
/// answerNext(), and call reset() in init() or cleanup() so that an answer one test left unused
/// never reaches the next; pending() says what was left. Used from the GUI thread only.
class DialogSeam
{
public:
    enum class Kind
    {
        BadDatabase, ///< MessageBox::badDatabase: an int (MessageBox::BadDatabaseChoice)
        YesNo, ///< MessageBox::question: a bool
        Warning, ///< MessageBox::warning: acknowledged (any value)
        Information, ///< MessageBox::information, saved-file notices: acknowledged (any value)
        Choice, ///< Questions::ask: the index of the button
        FileName, ///< FileDialog: a path; empty means cancelled
        Files, ///< EvidenceDialogs::filesToAttach: a QStringList
        Text, ///< EvidenceDialogs::removalReason: a QString; an invalid QVariant means cancelled
    };

    /// What a dialog showed (or would have shown, answered in advance).
    struct Shown
    {
        Kind kind;
        QString text;
        QString defaultButton; ///< what Enter would have chosen, when known
    };

    // For the dialogs.
    /// The first queued answer of `kind`, taken off the queue; nullopt when none is queued.
    static std::optional<QVariant> take(Kind kind);
    static bool hasPending(Kind kind);
    /// Notes what a dialog showed.
    static void noteShown(Kind kind, const QString &text, const QString &defaultButton = {});
    /// The last dialog of one of `kinds` shown; nullopt when none was.
    static std::optional<Shown> lastShown(const QList<Kind> &kinds);
    /// Opens `url` with the desktop's program for it (a PDF viewer, a file manager), or only
    /// records it while recordHandOffsOnly is on. False when nothing could open it.
    static bool open(const QUrl &url);

    // For tests.
    /// Queues `answer` for the next dialog of `kind`, after those already queued.
    static void answerNext(Kind kind, const QVariant &answer);
    /// Replaces the queued answers of `kind` (the older seams' "set next" behaviour).
    static void replace(Kind kind, const QList<QVariant> &answers);
    static void clear(Kind kind);
    /// The answers queued and not used, one line each ("YesNo: true"), for a test's cleanup().
    static QStringList pending();
    /// Forgets every queued answer and everything noted as shown or opened. The hand-off mode
    /// stays as set: a test case sets it once.
    static void reset();
    /// open() records the address (lastOpened) instead of starting another program.
    static void setRecordHandOffsOnly(bool on);
    /// What open() was asked to open last.
    static QUrl lastOpened();
    static QString kindName(Kind kind);
};

} // namespace td::ui
