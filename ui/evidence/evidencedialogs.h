#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace td::ui {

/// The evidence panel's questions and hand-offs through one seam, so GUI tests answer them in
/// advance instead of blocking on a real dialog or launching a viewer.
class EvidenceDialogs
{
public:
    /// Files to attach; empty when cancelled.
    static QStringList filesToAttach(QWidget *parent, const QString &folder);
    /// Asks to confirm removing `name` and why; nullopt when cancelled, else the (non-empty)
    /// reason.
    static std::optional<QString> removalReason(QWidget *parent, const QString &name);
    /// Opens a checked evidence file in the system's viewer or player (out of our process).
    static void openExternally(QWidget *parent, const QString &path);

    // Test seams: thin wrappers over DialogSeam.
    static void setNextFiles(const QStringList &files);
    /// The next removalReason() returns this (nullopt: as if cancelled).
    static void setNextRemovalReason(const std::optional<QString> &reason);
    /// openExternally() only records the path (lastOpened) instead of launching anything.
    static void setRecordOpensOnly(bool on);
    static QString lastOpened();
};

} // namespace td::ui
