#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace td {
class Settings;
} // namespace td

namespace td::ui {

/// The user's preferences: the interface language, which applies live on OK or Apply and is kept
/// in the Settings, and the caseworker profile (edited in its own dialog).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    /// The language code chosen in the dialog; empty means "follow the system".
    QString selectedLanguage() const;
    /// Saves the choices and switches the interface to them.
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateApplyButton();
    void growToContents();
    void editProfile();

    Settings &m_settings;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QPushButton *m_profile = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace td::ui
