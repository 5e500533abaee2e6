#include "officekeyunlock.h"

#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "serverlogin.h"
#include "storage/connectionuri.h"
#include "storage/database.h"
#include "storage/officekeys.h"

#include <QCoreApplication>

#include <optional>

namespace td::ui {
namespace {

QString withoutKey()
{
    return QCoreApplication::translate("OfficeKeyUnlock",
        "Without the office key, evidence cannot be opened or attached, and drafts are kept "
        "in memory only.");
}

// The passphrase typed, or nullopt for Cancel.
std::optional<QString> askPassphrase(QWidget *parent, const QString &label)
{
    return Questions::passphrase(
        parent, QCoreApplication::translate("OfficeKeyUnlock", "Unlock the Office Key"), label);
}

} // namespace

QString OfficeKeyUnlock::run(Database &db, QWidget *parent)
{
    OfficeKeys keys(db);
    const auto exists = keys.exists();
    if (!exists)
        return exists.error().message;
    if (!exists.value())
        return QCoreApplication::translate(
            "OfficeKeyUnlock", "This office server has no office key yet. %1")
            .arg(withoutKey());
    const auto login = keys.currentLogin();
    const auto holders = keys.logins();
    if (!login || !holders)
        return (login ? holders.error() : login.error()).message;
    if (!holders.value().contains(login.value())) {
        const QString message = QCoreApplication::translate("OfficeKeyUnlock",
            "Your login %1 cannot open the office key yet. Ask a colleague who holds it to "
            "run:\n\ntrustdesk-cli office-key add %1\n\n%2")
                                    .arg(login.value(), withoutKey());
        MessageBox::warning(
            parent, QCoreApplication::translate("OfficeKeyUnlock", "Office Key"), message);
        return QCoreApplication::translate("OfficeKeyUnlock",
            "Your login %1 holds no office key: ask a colleague to run “trustdesk-cli "
            "office-key add %1”.")
            .arg(login.value());
    }
    QString label = QCoreApplication::translate(
        "OfficeKeyUnlock", "Your passphrase for the office key (login %1):")
                        .arg(login.value());
    // The URI `db` was opened with, its password included (in memory only, as the session's).
    QString uri = connectionUri(db);
    for (;;) {
        auto passphrase = askPassphrase(parent, label);
        if (!passphrase) {
            wipeSecret(uri);
            return withoutKey();
        }
        // Argon2id takes a second or two: on a connection of a pool thread's own, with a
        // progress dialog whose Cancel asks for the passphrase again.
        auto outcome = ServerLogin::runWithProgress(parent,
            QCoreApplication::translate("OfficeKeyUnlock", "Unlocking the office key…"), uri,
            *passphrase);
        wipeSecret(*passphrase);
        if (!outcome)
            continue;
        if (outcome->ok() && outcome->value().officeKey) {
            wipeSecret(uri);
            db.setOfficeKey(SecureKey::fromBytes(outcome->value().officeKey->data()));
            return {};
        }
        if (outcome->ok() || outcome->error().kind != ErrorKind::BadInput) {
            wipeSecret(uri);
            MessageBox::warning(parent,
                QCoreApplication::translate("OfficeKeyUnlock", "Office Key"),
                outcome->ok() ? withoutKey() : outcome->error().message);
            return withoutKey();
        }
        label = QCoreApplication::translate("OfficeKeyUnlock",
            "That passphrase does not open the office key. Try again (login %1):")
                    .arg(login.value());
    }
}

} // namespace td::ui
