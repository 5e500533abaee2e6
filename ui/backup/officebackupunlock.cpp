#include "officebackupunlock.h"

#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "jobs/busytask.h"
#include "office/serverlogin.h"
#include "storage/officebackupfile.h"

#include <optional>

namespace td::ui {
QString OfficeBackupUnlock::chooseLogin(
    QWidget *parent, const OfficeBackupFile::Header &header, const QString &login)
{
    const QStringList logins = header.logins();
    if (logins.contains(login))
        return login;
    if (logins.size() == 1)
        return logins.constFirst();
    QStringList buttons = logins;
    buttons.append(tr("Cancel"));
    const QString text = login.isEmpty()
        ? tr("Whose office key passphrase opens this backup? It opens with the passphrase of a "
             "person who held the office key when it was made.")
        : tr("Your login %1 held no copy of the office key when this backup was made. Whose "
             "office key passphrase opens it?")
              .arg(login);
    const int cancel = int(logins.size());
    const int chosen = Questions::ask(parent, tr("Restore from Backup"), text, buttons, 0, cancel);
    return chosen >= 0 && chosen < cancel ? logins.at(chosen) : QString();
}

std::shared_ptr<const SecureKey> OfficeBackupUnlock::run(
    QWidget *parent, const OfficeBackupFile::Header &header, const QString &preferred)
{
    if (header.logins().isEmpty()) {
        MessageBox::warning(parent, tr("Restore from Backup"),
            tr("This backup holds no copy of the office key, so it cannot be opened."));
        return {};
    }
    const QString login = chooseLogin(parent, header, preferred);
    if (login.isEmpty())
        return {};
    QString label
        = tr("The office key passphrase of login %1 (when the backup was made):").arg(login);
    for (;;) {
        auto passphrase = Questions::passphrase(parent, tr("Open the Office Backup"), label);
        if (!passphrase)
            return {};
        auto key = std::make_shared<std::shared_ptr<const SecureKey>>();
        // Argon2id takes a second or two. Deep copies: the pool thread wipes the one it holds.
        auto work
            = [header, login, key,
                  own = QString(passphrase->constData(), passphrase->size())]() mutable -> Status {
            auto opened = OfficeBackupFile::unlock(header, login, own);
            wipeSecret(own);
            if (!opened)
                return opened.error();
            *key = std::make_shared<const SecureKey>(std::move(opened.value()));
            return {};
        };
        wipeSecret(*passphrase);
        const auto outcome
            = BusyTask::run(parent, tr("Opening the backup with the passphrase…"), std::move(work));
        if (!outcome) // Cancel: ask again, as the office key's unlock does
            continue;
        if (outcome->ok())
            return *key;
        if (outcome->error().kind != ErrorKind::BadInput) {
            MessageBox::warning(parent, tr("Restore from Backup"), outcome->error().message);
            return {};
        }
        label = tr("That passphrase does not open the backup. Try again (login %1):").arg(login);
    }
}

} // namespace td::ui
