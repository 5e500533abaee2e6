#include "vaultkeyfile.h"

#include "keywrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace td {
namespace {

constexpr char kFormat[] = "trustdesk-vault-key";
constexpr int kVersion = 1;
constexpr int kVaultIdBytes = 16;
constexpr int kRecoveryBytes = SecureKey::kSize;
constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

Error damaged()
{
    return Error {ErrorKind::Integrity,
        QCoreApplication::translate("VaultKeyFile",
            "The key file of this encrypted database is damaged. Use a backup of the database "
            "together with its key file.")};
}

Error wrongPassphrase()
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("VaultKeyFile", "The passphrase is not right.")};
}

QByteArray b64(const unsigned char *bytes, int n)
{
    return QByteArray(reinterpret_cast<const char *>(bytes), n).toBase64();
}

bool fromB64(const QJsonValue &v, QByteArray &out, int expectedSize)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return false;
    out = decoded.decoded;
    return true;
}

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// The associated data of each wrap: what the wrap is, of which vault, under which KDF settings.
QByteArray passphraseAd(
    const QByteArray &vault, unsigned long long ops, size_t mem, const QByteArray &salt)
{
    return QByteArrayLiteral("trustdesk-vault-key/1|") + vault.toBase64()
        + QByteArrayLiteral("|passphrase|argon2id13|") + QByteArray::number(ops) + '|'
        + QByteArray::number(qulonglong(mem)) + '|' + salt.toBase64();
}

QByteArray recoveryAd(const QByteArray &vault)
{
    return QByteArrayLiteral("trustdesk-vault-key/1|") + vault.toBase64()
        + QByteArrayLiteral("|recovery");
}

// A keyless checksum over the file's fields, so a flipped bit reads as damage rather than as a
// wrong passphrase (the wraps themselves are what an attacker cannot forge).
QByteArray checksum(const QJsonObject &withoutCheck)
{
    const QByteArray canonical = QJsonDocument(withoutCheck).toJson(QJsonDocument::Compact);
    unsigned char out[32];
    crypto_generichash(out, sizeof out, u(canonical),
        static_cast<unsigned long long>(canonical.size()), nullptr, 0);
    return b64(out, sizeof out);
}

// A keyed hash of the vault id under the data key: tells whether a key is this vault's without
// revealing anything about it.
QString keyCheck(const SecureKey &dataKey, const QByteArray &vault)
{
    return QString::fromLatin1(
        KeyWrap::keyCheck(dataKey, QByteArrayLiteral("trustdesk-vault-key/1|keycheck|") + vault)
            .toBase64());
}

// A key that unwrapped is still refused unless it is the one the file was made for.
Result<SecureKey> checkedKey(SecureKey dataKey, const QJsonObject &file, const QByteArray &vault)
{
    if (file.value(QLatin1String("keycheck")).toString() != keyCheck(dataKey, vault))
        return damaged();
    return dataKey;
}

QJsonObject wrap(const SecureKey &kek, const SecureKey &dataKey, const QByteArray &ad)
{
    const KeyWrap::Wrapped w = KeyWrap::wrap(kek, dataKey, ad);
    return QJsonObject {{QStringLiteral("nonce"), QString::fromLatin1(w.nonce.toBase64())},
        {QStringLiteral("wrapped"), QString::fromLatin1(w.sealed.toBase64())}};
}

// The data key from a wrap, or a null key when the tag does not verify.
SecureKey unwrap(const SecureKey &kek, const QJsonObject &w, const QByteArray &ad, bool &wellFormed)
{
    KeyWrap::Wrapped wrapped;
    wellFormed = fromB64(w.value(QLatin1String("nonce")), wrapped.nonce, KeyWrap::kNonceBytes)
        && fromB64(w.value(QLatin1String("wrapped")), wrapped.sealed, KeyWrap::kWrappedBytes);
    if (!wellFormed)
        return {};
    return KeyWrap::unwrap(kek, wrapped, ad);
}

QJsonObject passphraseWrap(const QString &passphrase, const QByteArray &vault,
    const SecureKey &dataKey, VaultKeyFile::Cost cost, bool &ok)
{
    const KeyWrap::KdfParams params = KeyWrap::newParams(
        cost == VaultKeyFile::Cost::Standard ? KeyWrap::Cost::Standard : KeyWrap::Cost::Fast);
    const SecureKey kek = KeyWrap::passphraseKey(passphrase, params);
    ok = !kek.isNull();
    if (!ok)
        return {};
    const auto mem = static_cast<size_t>(params.mem);
    QJsonObject w = wrap(kek, dataKey, passphraseAd(vault, params.ops, mem, params.salt));
    w.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
    w.insert(QStringLiteral("ops"), static_cast<qint64>(params.ops));
    w.insert(QStringLiteral("mem"), static_cast<qint64>(params.mem));
    w.insert(QStringLiteral("salt"), QString::fromLatin1(params.salt.toBase64()));
    return w;
}

QString encodeRecovery(const unsigned char *bytes)
{
    QString out;
    int buffer = 0;
    int bits = 0;
    int emitted = 0;
    const auto put = [&](int value) {
        if (emitted > 0 && emitted % 4 == 0)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(kBase32[value]));
        ++emitted;
    };
    for (int i = 0; i < kRecoveryBytes; ++i) {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            put((buffer >> (bits - 5)) & 31);
            bits -= 5;
        }
    }
    if (bits > 0)
        put((buffer << (5 - bits)) & 31);
    return out;
}

SecureKey decodeRecovery(const QString &text)
{
    QByteArray symbols;
    for (const QChar ch : text) {
        if (ch.isSpace() || ch == QLatin1Char('-'))
            continue;
        char c = static_cast<char>(ch.toUpper().toLatin1());
        if (c == '0')
            c = 'O'; // read aloud or written by hand, these are easily confused
        else if (c == '1')
            c = 'I';
        symbols.append(c);
    }
    if (symbols.size() != (kRecoveryBytes * 8 + 4) / 5)
        return {};
    unsigned char bytes[kRecoveryBytes] = {};
    int buffer = 0;
    int bits = 0;
    int n = 0;
    for (const char c : std::as_const(symbols)) {
        const char *at = c == '\0' ? nullptr : std::strchr(kBase32, c);
        if (!at)
            return {};
        buffer = ((buffer << 5) | int(at - kBase32)) & 0xfff;
        bits += 5;
        if (bits >= 8) {
            if (n < kRecoveryBytes)
                bytes[n++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    if (n != kRecoveryBytes || (buffer & ((1 << bits) - 1)) != 0)
        return {};
    SecureKey key = SecureKey::fromBytes(bytes);
    sodium_memzero(bytes, sizeof bytes);
    return key;
}

Status writeAtomically(const QString &path, const QJsonObject &content)
{
    QJsonObject withCheck = content;
    withCheck.insert(QStringLiteral("check"), QString::fromLatin1(checksum(content)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(withCheck).toJson()) < 0 || !file.commit())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultKeyFile", "The key file \"%1\" could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    // The rename is durable only once the folder is on disk too.
    const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
        O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

// The key file's fields, checked for shape and checksum (libsodium must be ready to use them).
Result<QJsonObject> readFile(const QString &path)
{
    if (!sodiumReady())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultKeyFile", "Encryption is not available on this system.")};
    QFile file(path);
    if (!file.exists())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("VaultKeyFile",
                "The key file \"%1\" is missing: an encrypted database cannot be opened without "
                "it.")
                .arg(QDir::toNativeSeparators(path))};
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return damaged();
    QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return damaged();
    if (o.value(QLatin1String("version")).toInt() != kVersion)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("VaultKeyFile",
                "The key file was written by a newer version of TrustDesk. Update TrustDesk to "
                "open "
                "this database.")};
    const QString check = o.take(QLatin1String("check")).toString();
    if (check.toLatin1() != checksum(o))
        return damaged();
    return o;
}

} // namespace

QString VaultKeyFile::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".vault");
}

Result<VaultKeyFile::Created> VaultKeyFile::create(
    const QString &path, const QString &passphrase, Cost cost)
{
    if (!sodiumReady())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultKeyFile", "Encryption is not available on this system.")};
    if (passphrase.size() < kMinimumPassphraseLength)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "VaultKeyFile", "The passphrase must be at least %1 characters long.")
                .arg(kMinimumPassphraseLength)};
    if (QFileInfo::exists(path))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "VaultKeyFile", "\"%1\" already exists; a key file is never replaced by a new one.")
                .arg(QDir::toNativeSeparators(path))};
    Created created;
    created.dataKey = SecureKey::random();
    const SecureKey recovery = SecureKey::random();
    if (created.dataKey.isNull() || recovery.isNull())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultKeyFile", "Encryption is not available on this system.")};
    QByteArray vault(kVaultIdBytes, '\0');
    randombytes_buf(vault.data(), static_cast<size_t>(vault.size()));
    bool ok = false;
    const QJsonObject byPassphrase = passphraseWrap(passphrase, vault, created.dataKey, cost, ok);
    if (!ok)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("VaultKeyFile",
                "There is not enough memory to protect the passphrase (256 MiB are needed).")};
    const QJsonObject content {{QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("vault"), QString::fromLatin1(vault.toBase64())},
        {QStringLiteral("keycheck"), keyCheck(created.dataKey, vault)},
        {QStringLiteral("passphrase"), byPassphrase},
        {QStringLiteral("recovery"), wrap(recovery, created.dataKey, recoveryAd(vault))}};
    if (auto s = writeAtomically(path, content); !s)
        return s.error();
    created.recoveryKey = encodeRecovery(recovery.data());
    return created;
}

Result<SecureKey> VaultKeyFile::unlock(const QString &path, const QString &passphrase)
{
    auto file = readFile(path);
    if (!file)
        return file.error();
    QByteArray vault;
    KeyWrap::KdfParams params;
    const QJsonObject w = file->value(QLatin1String("passphrase")).toObject();
    params.ops = static_cast<quint64>(w.value(QLatin1String("ops")).toInteger());
    params.mem = static_cast<quint64>(w.value(QLatin1String("mem")).toInteger());
    if (!fromB64(file->value(QLatin1String("vault")), vault, kVaultIdBytes)
        || !fromB64(w.value(QLatin1String("salt")), params.salt, crypto_pwhash_SALTBYTES)
        || w.value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13")
        || !params.plausible())
        return damaged();
    const SecureKey kek = KeyWrap::passphraseKey(passphrase, params);
    if (kek.isNull())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("VaultKeyFile",
                "There is not enough memory to check the passphrase (256 MiB are needed).")};
    bool wellFormed = false;
    SecureKey dataKey = unwrap(
        kek, w, passphraseAd(vault, params.ops, size_t(params.mem), params.salt), wellFormed);
    if (!wellFormed)
        return damaged();
    if (dataKey.isNull())
        return wrongPassphrase();
    return checkedKey(std::move(dataKey), file.value(), vault);
}

Result<SecureKey> VaultKeyFile::unlockWithRecoveryKey(
    const QString &path, const QString &recoveryKey)
{
    auto file = readFile(path);
    if (!file)
        return file.error();
    const SecureKey recovery = decodeRecovery(recoveryKey);
    if (recovery.isNull())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("VaultKeyFile",
                "That is not a recovery key: it has 13 groups of four letters and digits.")};
    QByteArray vault;
    if (!fromB64(file->value(QLatin1String("vault")), vault, kVaultIdBytes))
        return damaged();
    bool wellFormed = false;
    SecureKey dataKey = unwrap(
        recovery, file->value(QLatin1String("recovery")).toObject(), recoveryAd(vault), wellFormed);
    if (!wellFormed)
        return damaged();
    if (dataKey.isNull())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("VaultKeyFile", "The recovery key is not right.")};
    return checkedKey(std::move(dataKey), file.value(), vault);
}

Status VaultKeyFile::changePassphrase(
    const QString &path, const SecureKey &dataKey, const QString &newPassphrase, Cost cost)
{
    if (newPassphrase.size() < kMinimumPassphraseLength)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "VaultKeyFile", "The passphrase must be at least %1 characters long.")
                .arg(kMinimumPassphraseLength)};
    auto file = readFile(path);
    if (!file)
        return file.error();
    QByteArray vault;
    if (!fromB64(file->value(QLatin1String("vault")), vault, kVaultIdBytes))
        return damaged();
    // Only this vault's own key may be rewrapped: another key would leave a file whose
    // passphrase opens nothing.
    if (file->value(QLatin1String("keycheck")).toString() != keyCheck(dataKey, vault))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "VaultKeyFile", "That key does not belong to this database.")};
    bool ok = false;
    QJsonObject content = file.value();
    content.insert(
        QStringLiteral("passphrase"), passphraseWrap(newPassphrase, vault, dataKey, cost, ok));
    if (!ok)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("VaultKeyFile",
                "There is not enough memory to protect the passphrase (256 MiB are needed).")};
    return writeAtomically(path, content);
}

bool VaultKeyFile::holdsKey(const QString &path, const SecureKey &dataKey)
{
    auto file = readFile(path);
    QByteArray vault;
    if (!file || dataKey.isNull()
        || !fromB64(file->value(QLatin1String("vault")), vault, kVaultIdBytes))
        return false;
    return file->value(QLatin1String("keycheck")).toString() == keyCheck(dataKey, vault);
}

} // namespace td
