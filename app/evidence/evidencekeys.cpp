#include "evidencekeys.h"

#include "crypto/securekey.h"
#include "sha256.h"
#include "storage/database.h"

#include <sodium.h>

namespace td {
namespace {

const SecureKey &nullKey()
{
    static const SecureKey none;
    return none;
}

} // namespace

EvidenceKeys EvidenceKeys::of(const Database &db)
{
    if (db.dialect() == SqlDialect::Postgres) {
        // Evidence in an office server is sealed with the office key, once unlocked.
        const SecureKey *office = db.officeKey();
        if (!office || office->isNull())
            return {};
        return sealed(
            office->derive(KeyPurpose::EvidenceContent), office->derive(KeyPurpose::EvidenceNames));
    }
    if (!db.isEncrypted())
        return {};
    return sealed(db.subKey(KeyPurpose::EvidenceContent), db.subKey(KeyPurpose::EvidenceNames));
}

EvidenceKeys EvidenceKeys::sealed(SecureKey contentKey, SecureKey namesKey)
{
    EvidenceKeys keys;
    keys.m_content = std::make_shared<const SecureKey>(std::move(contentKey));
    keys.m_names = std::make_shared<const SecureKey>(std::move(namesKey));
    return keys;
}

QString EvidenceKeys::relativePath(const QString &sha256) const
{
    if (!Sha256::isValidHex(sha256))
        return {};
    QString name = sha256;
    if (isSealed()) {
        static_assert(crypto_generichash_KEYBYTES == SecureKey::kSize);
        const QByteArray message = QByteArrayLiteral("trustdesk-evidence-name/1|")
            + QByteArray::fromHex(sha256.toLatin1());
        unsigned char digest[32];
        if (m_names->isNull()
            || crypto_generichash(digest, sizeof digest,
                   reinterpret_cast<const unsigned char *>(message.constData()),
                   static_cast<unsigned long long>(message.size()), m_names->data(),
                   SecureKey::kSize)
                != 0)
            return {};
        name = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
    }
    return name.left(2) + QLatin1Char('/') + name.mid(2);
}

const SecureKey &EvidenceKeys::contentKey() const
{
    return m_content ? *m_content : nullKey();
}

} // namespace td
