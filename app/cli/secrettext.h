#pragma once

#include <QString>

namespace td::cli {

/// A passphrase or recovery key on its way to the key file: wiped (sodium_memzero) when it goes.
/// Never copied, so the one buffer holding it is the one that is wiped.
class SecretText
{
public:
    SecretText() = default;
    ~SecretText() { wipe(); }
    Q_DISABLE_COPY_MOVE(SecretText)

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    /// Takes the UTF-8 bytes of `utf8` (length `size`); the caller wipes its own buffer.
    void setUtf8(const char *utf8, qsizetype size);
    void wipe();

private:
    QString m_text;
};

} // namespace td::cli
