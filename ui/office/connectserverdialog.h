#pragma once

#include "common/result.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace td {
class Database;
}

namespace td::ui {

/// File › Connect to Office Server…: where the office's PostgreSQL database is (a server name or
/// a socket folder, a port, the database), who connects (the login, and a password only when the
/// server asks for one: peer/trust logins and ~/.pgpass need none) and, for a server elsewhere,
/// the certificate authority that vouches for it (verify-full TLS, PgConnection). A connection
/// URI can be pasted instead. Connect tests the login off the UI thread (ServerLogin, with a
/// progress dialog and Cancel, bounded by connect_timeout), then opens the window's connection;
/// a failure is a sentence under the fields, which keep what was typed.
/// The password is kept in memory only (docs/office-mode.md, "The app on an office server").
///
/// For File › Restore from Backup… on a server (Purpose::RestoreTarget) the same fields name the
/// empty office database to restore into: Continue checks off the UI thread, read-only, that it
/// holds no data and that the login may restore (OfficeRestoreTarget) and opens nothing.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectServerDialog)

public:
    enum class Purpose
    {
        Connect, ///< the window's own connection
        RestoreTarget, ///< where an office backup goes: checked to be empty, not opened
    };

    explicit ConnectServerDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::Connect);
    ~ConnectServerDialog() override;

    /// Fills the fields from a remembered URI (without password), focus on the password. For a
    /// restore target, the server and login of the current connection: the database is left
    /// empty and has the focus.
    void setUri(const QString &uri);
    /// RestoreTarget, after accept: the login the target was checked as (empty when the URI
    /// names none and the database is bare).
    QString targetLogin() const { return m_targetLogin; }
    /// Shows `message` under the fields (why the last connection did not work).
    void setMessage(const QString &message);
    /// The URI the fields (or the pasted URI) name, with the password when one was typed; a
    /// BadInput error with a sentence for people when they name nothing usable.
    Result<QString> connectionUri() const;
    /// After accept: the open database and the URI it was opened with (password included).
    std::unique_ptr<Database> takeDatabase();
    QString uri() const { return m_connectedUri; }

    /// The seconds libpq waits for a server before giving up (connect_timeout), unless the URI
    /// names its own.
    static constexpr int kConnectTimeoutSeconds = 10;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMode();
    void browseCertificate();
    /// RestoreTarget: checks `uri` (OfficeRestoreTarget) behind a busy dialog; false with the
    /// reason under the fields when it cannot take the restore.
    bool checkTarget(const QString &uri);

    Purpose m_purpose;

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_caLabel = nullptr;
    QLabel *m_uriLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QWidget *m_caRow = nullptr;
    QCheckBox *m_useUri = nullptr;
    QLineEdit *m_uri = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_connect = nullptr;
    std::unique_ptr<Database> m_connected;
    QString m_connectedUri;
    QString m_targetLogin;
};

} // namespace td::ui
