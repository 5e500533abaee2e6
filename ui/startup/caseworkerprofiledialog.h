#pragma once

#include "common/caseworkerprofile.h"
#include "common/officeprofile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace td {
class Settings;
} // namespace td

namespace td::ui {

/// Asks who uses this installation (name and role) and for which office (its contact details and
/// time zone), once at first start before the main window, and again from Preferences. The profile
/// is the actor of every audit and custody entry; the office goes on client copies and handouts.
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

    CaseworkerProfileDialog(Purpose purpose, const CaseworkerProfile &initial,
        const OfficeProfile &office = {}, QWidget *parent = nullptr);

    /// What was typed, normalized.
    CaseworkerProfile profile() const;
    OfficeProfile office() const;

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
    QGroupBox *m_officeBox = nullptr;
    QLabel *m_officeIntro = nullptr;
    QLabel *m_officeNameLabel = nullptr;
    QLineEdit *m_officeName = nullptr;
    QLabel *m_officeAddressLabel = nullptr;
    QPlainTextEdit *m_officeAddress = nullptr;
    QLabel *m_officePhoneLabel = nullptr;
    QLineEdit *m_officePhone = nullptr;
    QLabel *m_officeEmailLabel = nullptr;
    QLineEdit *m_officeEmail = nullptr;
    QLabel *m_timeZoneLabel = nullptr;
    QComboBox *m_timeZone = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace td::ui
