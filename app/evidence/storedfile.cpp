#include "storedfile.h"

#include "evidencekeys.h"
#include "pipelinedwriter.h"
#include "sealedfile.h"
#include "sha256.h"

#include <cerrno>
#include <optional>

namespace td::StoredFile {
namespace {

constexpr qint64 kReadSize = 1024 * 1024;

} // namespace

ReadResult read(const EvidenceKeys &keys, const QString &path, const QString &sha256,
    const ReadOptions &options, const EvidenceProgress &progress)
{
    ReadResult result;
    auto source = EvidenceFile::openSource(path);
    result.openFailure = source.failure;
    result.sysErrno = source.sysErrno;
    if (!result.opened())
        return result;
    auto &out = result.copy;

    if (!keys.isSealed() && options.keep == 0 && (options.plainOut < 0 || options.rawOut < 0)) {
        // A plaintext file copied as it is: the pipelined copy, as fast as the disk allows.
        out = EvidenceFile::copy(source.fd.get(),
            options.plainOut >= 0 ? options.plainOut : options.rawOut, source.size, source.modified,
            progress);
        return result;
    }

    Sha256 hash;
    int writeError = 0;
    const auto plain = [&](const char *data, qint64 size) {
        hash.addData(data, size);
        out.size += size;
        if (result.kept.size() < options.keep)
            result.kept.append(data, std::min(size, options.keep - result.kept.size()));
        if (out.head.size() < EvidenceFile::kHeadSize)
            out.head.append(data, std::min(size, EvidenceFile::kHeadSize - out.head.size()));
        return options.plainOut < 0
            || EvidenceFile::writeAll(options.plainOut, data, size, writeError);
    };
    std::optional<SealedReader> sealed;
    if (keys.isSealed())
        sealed.emplace(keys.contentKey(), QByteArray::fromHex(sha256.toLatin1()), plain);
    const auto damaged = [&] {
        out.failure
            = writeError ? EvidenceFile::CopyFailure::Write : EvidenceFile::CopyFailure::Damaged;
        out.sysErrno = writeError;
        out.sha256.clear();
        return result;
    };

    QByteArray buffer(kReadSize, Qt::Uninitialized);
    qint64 stored = 0;
    for (;;) {
        const ssize_t n = ::read(source.fd.get(), buffer.data(), size_t(kReadSize));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.failure = EvidenceFile::CopyFailure::Read;
            out.sysErrno = errno;
            return result;
        }
        if (n == 0)
            break;
        stored += n;
        if (stored > source.size) {
            out.failure = EvidenceFile::CopyFailure::Changed;
            return result;
        }
        if (options.rawOut >= 0
            && !EvidenceFile::writeAll(options.rawOut, buffer.constData(), n, writeError)) {
            out.failure = writeError == ENOSPC || writeError == EDQUOT
                ? EvidenceFile::CopyFailure::DiskFull
                : EvidenceFile::CopyFailure::Write;
            out.sysErrno = writeError;
            return result;
        }
        if (sealed ? !sealed->feed(buffer.constData(), n) : !plain(buffer.constData(), n))
            return damaged();
        if (progress && !progress(out.size, source.size)) {
            out.failure = EvidenceFile::CopyFailure::Cancelled;
            return result;
        }
    }
    struct stat st
    {
    };
    if (::fstat(source.fd.get(), &st) != 0) {
        out.failure = EvidenceFile::CopyFailure::Read;
        out.sysErrno = errno;
        return result;
    }
    if (st.st_nlink == 0) {
        out.failure = EvidenceFile::CopyFailure::Vanished;
        return result;
    }
    if (stored != source.size || st.st_size != source.size) {
        out.failure = EvidenceFile::CopyFailure::Changed;
        return result;
    }
    if (sealed && !sealed->finish())
        return damaged();
    for (const int fd : {options.plainOut, options.rawOut}) {
        if (fd >= 0 && ::fsync(fd) != 0) {
            out.failure = errno == ENOSPC || errno == EDQUOT ? EvidenceFile::CopyFailure::DiskFull
                                                             : EvidenceFile::CopyFailure::Write;
            out.sysErrno = errno;
            return result;
        }
    }
    out.sha256 = hash.hexResult();
    return result;
}

QByteArray readAll(
    const EvidenceKeys &keys, const QString &root, const QString &sha256, qint64 maxBytes)
{
    const QString relative = keys.relativePath(sha256);
    if (relative.isEmpty() || maxBytes <= 0)
        return {};
    ReadOptions options;
    options.keep = maxBytes + 1;
    // Stops reading (as a cancel) past the limit: a too large file is not read to its end.
    auto read = StoredFile::read(keys, root + QLatin1Char('/') + relative, sha256, options,
        [maxBytes](qint64 done, qint64) { return done <= maxBytes; });
    if (!read.intact(sha256) || read.kept.size() > maxBytes)
        return {};
    return read.kept;
}

} // namespace td::StoredFile
