// ServerEvidence::sealStored: a file of a database's evidence store (plaintext or sealed) sealed
// into an office server's rows as it is read, for `trustdesk-cli migrate --to`
// (docs/office-mode.md).
#include "serverevidence.h"

#include "crypto/evidencechunks.h"
#include "evidencekeys.h"
#include "sealedfile.h"
#include "sha256.h"
#include "storage/evidencechunktable.h"

#include <QCoreApplication>

#include <cerrno>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace td::ServerEvidence {
namespace {

constexpr qint64 kReadSize = 1024 * 1024;

Error sealingFailed()
{
    return Error {ErrorKind::Io,
        QCoreApplication::translate("ServerEvidence", "The evidence could not be encrypted.")};
}

// Plaintext in (any piece sizes), sealed rows out: a chunk is sealed only once more bytes show
// it is not the last, so the final one can carry TAG_FINAL and the whole file's digest.
class RowWriter
{
public:
    RowWriter(Database &db, const EvidenceKeys &keys, qint64 evidenceId)
        : m_rows(db)
        , m_sealer(keys.contentKey(), evidenceId)
        , m_id(evidenceId)
    {
        m_current.reserve(EvidenceChunks::kChunkSize);
    }

    Status begin()
    {
        const QByteArray header = m_sealer.header();
        if (header.isEmpty())
            return sealingFailed();
        return m_rows.insert(m_id, 0, header);
    }

    Status add(const char *data, qint64 size)
    {
        while (size > 0) {
            if (m_current.size() == EvidenceChunks::kChunkSize) {
                if (auto s = flush(false, {}); !s)
                    return s;
            }
            const qint64 take = std::min(size, EvidenceChunks::kChunkSize - m_current.size());
            m_current.append(data, take);
            data += take;
            size -= take;
        }
        return {};
    }

    Status finish(const QByteArray &digest) { return flush(true, digest); }

private:
    Status flush(bool final, const QByteArray &digest)
    {
        const QByteArray row
            = m_sealer.seal(m_n, m_current.constData(), m_current.size(), final, digest);
        if (row.isEmpty())
            return sealingFailed();
        if (auto s = m_rows.insert(m_id, m_n, row); !s)
            return s;
        ++m_n;
        m_current.clear();
        return {};
    }

    EvidenceChunkTable m_rows;
    ChunkSealer m_sealer;
    qint64 m_id;
    qint64 m_n = 1;
    QByteArray m_current;
};

} // namespace

Result<EvidenceFile::CopyResult> sealStored(Database &db, const EvidenceKeys &keys,
    qint64 evidenceId, const EvidenceKeys &sourceKeys, const QString &path, const QString &sha256,
    const EvidenceProgress &progress)
{
    using EvidenceFile::CopyFailure;
    EvidenceFile::CopyResult out;
    auto source = EvidenceFile::openSource(path);
    if (source.failure != EvidenceFile::OpenFailure::None) {
        out.failure = source.failure == EvidenceFile::OpenFailure::Missing ? CopyFailure::Vanished
                                                                           : CopyFailure::Read;
        out.sysErrno = source.sysErrno;
        return out;
    }
    if (!keys.isSealed()) {
        out.failure = CopyFailure::Write;
        return out;
    }
    RowWriter writer(db, keys, evidenceId);
    if (auto s = writer.begin(); !s)
        return s.error();
    Sha256 hash;
    Status written;
    const auto plain = [&](const char *data, qint64 size) {
        hash.addData(data, size);
        out.size += size;
        written = writer.add(data, size);
        return bool(written);
    };
    std::optional<SealedReader> sealed;
    if (sourceKeys.isSealed())
        sealed.emplace(sourceKeys.contentKey(), QByteArray::fromHex(sha256.toLatin1()), plain);

    QByteArray buffer(kReadSize, Qt::Uninitialized);
    qint64 stored = 0;
    for (;;) {
        const ssize_t n = ::read(source.fd.get(), buffer.data(), size_t(kReadSize));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.failure = CopyFailure::Read;
            out.sysErrno = errno;
            return out;
        }
        if (n == 0)
            break;
        stored += n;
        if (stored > source.size) {
            out.failure = CopyFailure::Changed;
            return out;
        }
        const bool fed
            = sealed ? sealed->feed(buffer.constData(), n) : plain(buffer.constData(), n);
        if (!written)
            return written.error();
        if (!fed) {
            out.failure = CopyFailure::Damaged;
            return out;
        }
        if (progress && !progress(stored, source.size)) {
            out.failure = CopyFailure::Cancelled;
            return out;
        }
    }
    if (stored != source.size || (sealed && !sealed->finish())) {
        out.failure = sealed ? CopyFailure::Damaged : CopyFailure::Changed;
        return out;
    }
    if (hash.hexResult() != sha256) {
        out.failure = CopyFailure::Changed; // not the bytes the row names: no final row
        return out;
    }
    if (auto s = writer.finish(QByteArray::fromHex(sha256.toLatin1())); !s)
        return s.error();
    out.sha256 = sha256;
    return out;
}

} // namespace td::ServerEvidence
