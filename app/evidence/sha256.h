#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct evp_md_ctx_st;

namespace td {

/// Incremental SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions
/// (several times faster than QCryptographicHash on the machines we target).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void addData(const char *data, qsizetype size);
    /// Finishes the digest: 64 lowercase hex digits. Call once.
    QString hexResult();

    /// The hash of `data` in one call.
    static QString hex(const QByteArray &data);
    /// True for 64 lowercase hex digits.
    static bool isValidHex(const QString &text);

private:
    evp_md_ctx_st *m_ctx = nullptr;
};

} // namespace td
