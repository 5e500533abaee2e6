#include "recoverykeyactions.h"

#include "crypto/vaultkeyfile.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace td::ui::RecoveryKeyActions {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("VaultSetupDialog", text, nullptr, n);
}

enum class Strength
{
    TooShort,
    Weak,
    Fair,
    Strong,
};

// A hint, not a rule: length matters most; a mix of kinds of characters helps a little.
Strength strengthOf(const QString &passphrase)
{
    const qsizetype length = passphrase.size();
    if (length < VaultKeyFile::kMinimumPassphraseLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, other = false, space = false;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        space |= c.isSpace();
        other |= !c.isLetterOrNumber() && !c.isSpace();
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other) + int(space);
    if (length >= 20 || (length >= 14 && kinds >= 3))
        return Strength::Strong;
    if (length >= 12 || (length >= 10 && kinds >= 3))
        return Strength::Fair;
    return Strength::Weak;
}

} // namespace

QString strengthHint(const QString &passphrase)
{
    switch (strengthOf(passphrase)) {
    case Strength::TooShort:
        return tr("At least %n characters.", VaultKeyFile::kMinimumPassphraseLength);
    case Strength::Weak:
        return tr("Strength: weak. Four or five unrelated words are much harder to guess and "
                  "easier to remember.");
    case Strength::Fair:
        return tr("Strength: fair. A few more words make it much harder to guess.");
    case Strength::Strong:
        return tr("Strength: strong.");
    }
    return {};
}

void print(QWidget *parent, const QString &databasePath, const QString &key, QLabel *message)
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(
        QStringLiteral("<h2>%1</h2><p>%2</p><p style=\"font-family: monospace; "
                       "font-size: 16pt\">%3</p><p>%4</p>")
            .arg(tr("TrustDesk recovery key").toHtmlEscaped(),
                QDir::toNativeSeparators(databasePath).toHtmlEscaped(), key.toHtmlEscaped(),
                tr("Keep this page locked away, apart from the computer. Anyone "
                   "who has it and the database can read every case.")
                    .toHtmlEscaped()));
    document.print(&printer);
    message->setText(tr("Sent to the printer."));
}

void copy(const QString &key, QLabel *message)
{
    QApplication::clipboard()->setText(key);
    message->setText(tr("Copied. Paste it where you keep it safe, then copy something else so it "
                        "does not stay on the clipboard."));
}

void save(QWidget *parent, const QString &databasePath, const QString &key, QLabel *message)
{
    const QString suggested
        = QFileInfo(databasePath).completeBaseName() + QStringLiteral("-recovery-key.txt");
    const QString path
        = FileDialog::saveRecoveryKey(parent, QDir(QDir::homePath()).filePath(suggested));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    // Owner-only before a byte is written, whatever the umask.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        MessageBox::warning(parent, tr("Save Recovery Key"),
            tr("The recovery key could not be saved: %1").arg(file.errorString()));
        return;
    }
    file.write(tr("TrustDesk recovery key for %1\n%2\n")
                   .arg(QDir::toNativeSeparators(databasePath), key)
                   .toUtf8());
    if (!file.commit()) {
        MessageBox::warning(parent, tr("Save Recovery Key"),
            tr("The recovery key could not be saved: %1").arg(file.errorString()));
        return;
    }
    message->setText(tr("Saved to %1. Move it off this computer (a USB stick kept locked away): "
                        "beside the database it protects nothing.")
                         .arg(QDir::toNativeSeparators(path)));
}

} // namespace td::ui::RecoveryKeyActions
