#include "serverlogin.h"

#include "storage/database.h"
#include "storage/officekeys.h"
#include "storage/staffroles.h"
#include "storage/staffrolesschema.h"

#include <QApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

#include <sodium.h>

namespace td::ui {
namespace {

bool s_cancelNextWait = false;

Result<ServerLoginInfo> logIn(const QString &uri, const std::optional<QString> &passphrase)
{
    auto opened = Database::open(uri, Database::OpenMode::ExistingOnly);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    ServerLoginInfo info = ServerLogin::describe(db);
    if (passphrase) {
        auto key = OfficeKeys(db).unlock(*passphrase);
        if (!key)
            return key.error();
        info.officeKey = std::make_shared<const SecureKey>(std::move(key.value()));
    }
    return info; // the connection closes here, in the thread that opened it
}

} // namespace

void wipeSecret(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

struct ServerLogin::Attempt
{
    QPointer<ServerLogin> owner; ///< read in the UI thread only
};

ServerLogin::ServerLogin(QObject *parent)
    : QObject(parent)
{ }

ServerLogin::~ServerLogin() = default;

bool ServerLogin::start(const QString &uri, std::optional<QString> officePassphrase)
{
    if (m_running)
        return false;
    m_done.reset();
    auto attempt = std::make_shared<Attempt>();
    attempt->owner = this;
    m_attempt = attempt;
    m_running = true;
    // Deep copies, so the pool thread holds the only copy it wipes.
    QString ownUri(uri.constData(), uri.size());
    std::optional<QString> ownPassphrase;
    if (officePassphrase)
        ownPassphrase.emplace(officePassphrase->constData(), officePassphrase->size());
    QThreadPool::globalInstance()->start([attempt, ownUri, ownPassphrase]() mutable {
        auto result = std::make_shared<std::optional<Result<ServerLoginInfo>>>(
            logIn(ownUri, ownPassphrase));
        wipeSecret(ownUri);
        if (ownPassphrase)
            wipeSecret(*ownPassphrase);
        // Back in the UI thread; a cancelled attempt's result (and key) goes unseen.
        QMetaObject::invokeMethod(
            qApp,
            [attempt, result] {
                ServerLogin *owner = attempt->owner.data();
                if (!owner || owner->m_attempt != attempt)
                    return;
                owner->m_attempt.reset();
                owner->m_running = false;
                owner->m_done = std::move(*result);
                emit owner->finished();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ServerLogin::cancel()
{
    m_attempt.reset();
    m_running = false;
    m_done.reset();
}

std::optional<Result<ServerLoginInfo>> ServerLogin::takeResult()
{
    return std::exchange(m_done, std::nullopt);
}

void ServerLogin::setCancelNextWaitForTests(bool cancel)
{
    s_cancelNextWait = cancel;
}

std::optional<Result<ServerLoginInfo>> ServerLogin::runWithProgress(QWidget *parent,
    const QString &label, const QString &uri, std::optional<QString> officePassphrase)
{
    ServerLogin login;
    login.start(uri, std::move(officePassphrase));
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("serverLoginProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(1 << 30); // shown by the timer below, not by QProgressDialog
    QEventLoop loop;
    bool cancelled = false;
    auto cancel = [&] {
        cancelled = true;
        login.cancel();
        loop.quit();
    };
    connect(&login, &ServerLogin::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, cancel);
    connect(&progress, &QDialog::rejected, &loop, cancel); // the lock closes dialogs
    // Quick logins (a local socket) show no dialog at all.
    QTimer::singleShot(300, &progress, [&progress, &login] {
        if (login.isRunning())
            progress.show();
    });
    if (std::exchange(s_cancelNextWait, false))
        QTimer::singleShot(0, &loop, cancel);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    loop.exec();
    QApplication::restoreOverrideCursor();
    if (cancelled)
        return std::nullopt;
    return login.takeResult();
}

std::optional<Result<std::unique_ptr<Database>>> ServerLogin::openWithProgress(
    QWidget *parent, const QString &uri)
{
    auto tested
        = runWithProgress(parent, tr("Connecting to the office server…"), uri, std::nullopt);
    if (!tested)
        return std::nullopt;
    if (!tested->ok())
        return Result<std::unique_ptr<Database>>(tested->error());
    return Database::open(uri, Database::OpenMode::ExistingOnly);
}

ServerLoginInfo ServerLogin::describe(Database &db)
{
    ServerLoginInfo info;
    if (const auto login = OfficeKeys(db).currentLogin())
        info.login = login.value();
    // Before schema 15 there are no office roles to name.
    if (db.schemaVersion() >= StaffRolesSchema::kVersion)
        if (const auto role = StaffRoles(db).currentRole())
            info.role = role.value();
    return info;
}

} // namespace td::ui
