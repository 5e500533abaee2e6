#pragma once

#include "common/result.h"
#include "crypto/securekey.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace td {
class Database;
}

namespace td::ui {

/// What a login on an office server is, as found by ServerLogin.
struct ServerLoginInfo
{
    QString login; ///< the connection's current_user
    QString role; ///< "caseworker", "supervisor", "admin", or empty (no role, or an old schema)
    /// The office key, when a passphrase was given and opened it (locked memory, wiped as the
    /// last copy goes).
    std::shared_ptr<const SecureKey> officeKey;
};

/// Logs in to an office server off the UI thread: connects to `uri` (libpq waits up to
/// connect_timeout), reads the login and its role and, when asked, unwraps the office key with
/// the person's passphrase (Argon2id, a second or two). A QSqlDatabase belongs to the thread
/// that opens it, so the connection is opened and closed in the pool thread; the window then
/// opens its own, which takes milliseconds once the login is known to work. Only strings and
/// the key (SecureKey: locked memory) cross threads.
///
/// One attempt at a time. cancel() forgets the running one: it still ends in its thread (libpq's
/// connect cannot be interrupted), and what it finds, the key included, is wiped unseen.
class ServerLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLogin)

public:
    explicit ServerLogin(QObject *parent = nullptr);
    ~ServerLogin() override;

    /// Starts an attempt; false while one runs. `officePassphrase`: unwrap the office key with
    /// it (a wrong one is ErrorKind::BadInput, no wrap for the login NotFound).
    bool start(const QString &uri, std::optional<QString> officePassphrase = std::nullopt);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The outcome of the attempt that finished; empty before that, and after it was taken.
    std::optional<Result<ServerLoginInfo>> takeResult();

    /// start() and wait in a local event loop (the window keeps painting and answering) with a
    /// busy progress dialog over `parent` saying `label`, whose Cancel forgets the attempt
    /// (nullopt then). Test seam: setCancelNextWait() cancels the next wait as soon as it starts.
    static std::optional<Result<ServerLoginInfo>> runWithProgress(QWidget *parent,
        const QString &label, const QString &uri,
        std::optional<QString> officePassphrase = std::nullopt);
    static void setCancelNextWaitForTests(bool cancel);
    /// Tests the login with runWithProgress, then opens the window's own connection to `uri` in
    /// this thread (quick once the login is known to work). nullopt when cancelled.
    static std::optional<Result<std::unique_ptr<Database>>> openWithProgress(
        QWidget *parent, const QString &uri);

    /// The connection's login and role, read on its own connection (the window's, in its thread).
    static ServerLoginInfo describe(Database &db);

signals:
    void finished();

private:
    struct Attempt;
    std::shared_ptr<Attempt> m_attempt;
    std::optional<Result<ServerLoginInfo>> m_done;
    bool m_running = false;
};

/// Overwrites a string's characters in place when this is its only copy (sodium_memzero), then
/// empties it: a password or passphrase does not linger in freed memory. Best effort: copies
/// Qt or libpq made elsewhere are not reached.
void wipeSecret(QString &text);

} // namespace td::ui
