#include "sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace td {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    // Only allocation can fail here; without a context no hash is trustworthy, so stop loudly.
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is unavailable in libcrypto");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::addData(const char *data, qsizetype size)
{
    if (size > 0)
        EVP_DigestUpdate(m_ctx, data, static_cast<size_t>(size));
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

QString Sha256::hex(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data.constData(), data.size());
    return hash.hexResult();
}

bool Sha256::isValidHex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace td
