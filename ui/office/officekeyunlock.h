#pragma once

#include <QString>

class QWidget;

namespace td {
class Database;
}

namespace td::ui {

/// After connecting to an office server: unlocks the office key (OfficeKeys) with the person's
/// own passphrase for it, so evidence opens and drafts are sealed on this computer. A login that
/// holds no wrap of the key is told which command a colleague runs; Cancel goes on without it.
/// Either way the window works for case data; drafts are then kept in memory only (DraftStore).
class OfficeKeyUnlock
{
public:
    /// Asks for the passphrase (again after a wrong one) and sets the key on `db`. Returns a line
    /// for the status bar saying what works without the key; empty when the key is unlocked.
    /// Test seam: DialogSeam::Kind::Text answers the passphrase (an invalid QVariant: Cancel).
    static QString run(Database &db, QWidget *parent);
};

} // namespace td::ui
