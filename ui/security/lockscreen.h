#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace td {
class Settings;
}

namespace td::ui {

/// What an idle TrustDesk shows instead of case data: nothing about any client, only a
/// passphrase field (or an Unlock button when no passphrase is set yet).
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(Settings &settings, QWidget *parent = nullptr);

    /// Prepares for showing: clears the field, focuses it.
    void prepare();

signals:
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryUnlock();
    void retranslate();

    Settings &m_settings;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace td::ui
