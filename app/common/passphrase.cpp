#include "passphrase.h"

#include <sodium.h>

namespace td::Passphrase {
namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QString hash(const QString &passphrase)
{
    if (!ready())
        return {};
    const QByteArray utf8 = passphrase.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &passphrase)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

QString newKeySalt()
{
    if (!ready())
        return {};
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return QString::fromLatin1(salt.toBase64());
}

QByteArray deriveKey(const QString &passphrase, const QString &keySaltBase64)
{
    const QByteArray salt = QByteArray::fromBase64(keySaltBase64.toLatin1());
    if (!ready() || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(32, '\0');
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()),
            static_cast<unsigned long long>(key.size()), utf8.constData(),
            static_cast<unsigned long long>(utf8.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

} // namespace td::Passphrase
