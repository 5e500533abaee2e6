#pragma once

#include "common/caseworkerprofile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace td {
class Settings;
} // namespace td

namespace td::ui {

/// Asks who uses this installation (name and role), once at first start before the main window,
/// and again from Preferences. The profile is the actor of every audit and custody entry.
class CaseworkerProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseworkerProfileDialog)

public:
    enum class Purpose
    {
        FirstStart, ///< no profile yet: Cancel quits the app
        Edit, ///< from Preferences
    };

    CaseworkerProfileDialog(
        Purpose purpose, const CaseworkerProfile &initial, QWidget *parent = nullptr);

    /// What was typed, normalized.
    CaseworkerProfile profile() const;

    /// At start: installs the profile kept in `settings` as this process's actor, or asks for
    /// one first (and keeps it). False when the person declined: the app then quits.
    static bool ensureProfile(Settings &settings);
    /// From Preferences: edits the kept profile and installs it; false when cancelled.
    static bool edit(Settings &settings, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOkButton();

    Purpose m_purpose;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLineEdit *m_role = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace td::ui
