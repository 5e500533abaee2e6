#include "secrettext.h"

#include <sodium.h>

namespace td::cli {

void SecretText::setUtf8(const char *utf8, qsizetype size)
{
    wipe();
    m_text = QString::fromUtf8(utf8, size);
}

void SecretText::wipe()
{
    if (!m_text.isEmpty())
        sodium_memzero(m_text.data(), size_t(m_text.size()) * sizeof(QChar));
    m_text.clear();
}

} // namespace td::cli
