#include "officekey.h"

#include "vaultkeyfile.h"

#include <QCoreApplication>

#include <sodium.h>

namespace td::OfficeKey {
namespace {

// What a wrap is: of which office, for whom, under which Argon2id settings.
QByteArray wrapAd(const QByteArray &officeId, const QString &login, const KeyWrap::KdfParams &kdf)
{
    return QByteArrayLiteral("trustdesk-office-key/1|") + officeId.toBase64() + '|'
        + login.toUtf8().toBase64() + QByteArrayLiteral("|argon2id13|")
        + QByteArray::number(kdf.ops) + '|' + QByteArray::number(kdf.mem) + '|'
        + kdf.salt.toBase64();
}

Error damaged()
{
    return Error {ErrorKind::Integrity,
        QCoreApplication::translate("OfficeKey",
            "The office key stored on the server is damaged. Ask the office's administrator to "
            "restore it from a backup.")};
}

Error noMemory()
{
    return Error {ErrorKind::Io,
        QCoreApplication::translate("OfficeKey",
            "There is not enough memory to check the passphrase (256 MiB are needed).")};
}

} // namespace

QByteArray newOfficeId()
{
    QByteArray id(kOfficeIdBytes, '\0');
    if (sodiumReady())
        randombytes_buf(id.data(), size_t(id.size()));
    return id;
}

QByteArray keyCheck(const SecureKey &key, const QByteArray &officeId)
{
    return KeyWrap::keyCheck(key, QByteArrayLiteral("trustdesk-office-key/1|keycheck|") + officeId);
}

Result<OfficeKeyWrap> wrapFor(const QByteArray &officeId, const QString &login,
    const QString &passphrase, const SecureKey &key, KeyWrap::Cost cost)
{
    if (passphrase.size() < VaultKeyFile::kMinimumPassphraseLength)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "VaultKeyFile", "The passphrase must be at least %1 characters long.")
                .arg(VaultKeyFile::kMinimumPassphraseLength)};
    if (!sodiumReady() || key.isNull())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultKeyFile", "Encryption is not available on this system.")};
    OfficeKeyWrap w;
    w.login = login;
    w.kdf = KeyWrap::newParams(cost);
    const SecureKey kek = KeyWrap::passphraseKey(passphrase, w.kdf);
    if (kek.isNull())
        return noMemory();
    w.wrapped = KeyWrap::wrap(kek, key, wrapAd(officeId, login, w.kdf));
    return w;
}

Result<SecureKey> unwrap(const QByteArray &officeId, const QByteArray &storedKeyCheck,
    const OfficeKeyWrap &wrap, const QString &passphrase)
{
    if (!sodiumReady())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultKeyFile", "Encryption is not available on this system.")};
    if (officeId.size() != kOfficeIdBytes || !wrap.kdf.plausible() || !wrap.wrapped.wellFormed())
        return damaged();
    const SecureKey kek = KeyWrap::passphraseKey(passphrase, wrap.kdf);
    if (kek.isNull())
        return noMemory();
    SecureKey key = KeyWrap::unwrap(kek, wrap.wrapped, wrapAd(officeId, wrap.login, wrap.kdf));
    if (key.isNull())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("VaultKeyFile", "The passphrase is not right.")};
    if (keyCheck(key, officeId) != storedKeyCheck)
        return damaged();
    return key;
}

} // namespace td::OfficeKey
