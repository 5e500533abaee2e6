#include "exportcleaner.h"

#include "evidencefile.h"
#include "metadatascrubber.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

/// Images above this are not cleaned in memory (a phone photo is 2–15 MB).
constexpr qint64 kMaxImageBytes = 512LL * 1024 * 1024;

Error cannotClean(const QString &why)
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("EvidenceExporter",
            "Its metadata could not be removed (%1), so it was not exported. Export with "
            "metadata included to hand it over as stored.")
            .arg(why)};
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
    }
    return hash.hexResult();
}

/// A new owner-only temporary file in `folder`; its name, or empty.
QByteArray makeTemp(const QString &folder, int &fd)
{
    QByteArray name = QFile::encodeName(folder + QStringLiteral("/.partial-XXXXXX"));
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    return fd < 0 ? QByteArray() : name;
}

Status replaceWith(const QByteArray &cleanName, const QString &path)
{
    if (::chmod(cleanName.constData(), S_IRUSR) != 0
        || ::rename(cleanName.constData(), QFile::encodeName(path).constData()) != 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceExporter", "The cleaned copy could not be saved.")};
    return {};
}

} // namespace

QString plainSuffix(const QString &originalName)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    const QString suffix = QFileInfo(originalName).suffix();
    return plain.match(suffix).hasMatch() ? suffix.toLower() : QStringLiteral("bin");
}

Result<CleanedCopy> cleanExportedCopy(const QString &path, const QString &originalName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceExporter", "The exported copy could not be read.")};
    const QByteArray head = file.peek(16);
    const auto kind = MetadataScrubber::kindOf(head);
    const QString folder = QFileInfo(path).absolutePath();
    CleanedCopy result;
    if (kind == MetadataScrubber::Kind::Jpeg || kind == MetadataScrubber::Kind::Png) {
        if (file.size() > kMaxImageBytes)
            return cannotClean(QCoreApplication::translate("EvidenceExporter", "image too large"));
        const QByteArray bytes = file.readAll();
        file.close();
        const auto scrubbed = MetadataScrubber::scrubImage(bytes);
        if (!scrubbed)
            return cannotClean(
                QCoreApplication::translate("EvidenceExporter", "damaged or unusual image"));
        result.suffix = scrubbed->suffix;
        result.removed = scrubbed->removed;
        result.metadata = result.removed.isEmpty() ? CleanedCopy::Metadata::NoneFound
                                                   : CleanedCopy::Metadata::Removed;
        int fd = -1;
        const QByteArray cleanName = makeTemp(folder, fd);
        if (cleanName.isEmpty())
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "EvidenceExporter", "The export folder cannot be written.")};
        auto removeClean = qScopeGuard([&cleanName] { ::unlink(cleanName.constData()); });
        QFile out;
        const bool written = out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)
            && out.write(scrubbed->bytes) == scrubbed->bytes.size() && out.flush()
            && ::fsync(fd) == 0;
        out.close();
        if (!written)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("EvidenceExporter",
                    "The cleaned copy could not be written (is the disk full?).")};
        if (auto s = replaceWith(cleanName, path); !s)
            return s.error();
        removeClean.dismiss();
        result.sha256 = Sha256::hex(scrubbed->bytes);
        return result;
    }
    file.close();
    if (kind == MetadataScrubber::Kind::Pdf) {
        int fd = -1;
        QByteArray cleanName = makeTemp(folder, fd);
        if (cleanName.isEmpty())
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "EvidenceExporter", "The export folder cannot be written.")};
        ::close(fd);
        ::unlink(cleanName.constData()); // qpdf writes it anew
        auto removeClean = qScopeGuard([&cleanName] { ::unlink(cleanName.constData()); });
        if (auto s = MetadataScrubber::scrubPdf(path, QFile::decodeName(cleanName)); !s)
            return cannotClean(s.error().message);
        if (auto s = replaceWith(cleanName, path); !s)
            return s.error();
        removeClean.dismiss();
        result.suffix = QStringLiteral("pdf");
        result.removed = {QStringLiteral("document-level metadata (rebuilt from its pages)")};
        result.metadata = CleanedCopy::Metadata::Removed;
        result.sha256 = sha256Of(path);
        return result;
    }
    result.suffix = plainSuffix(originalName);
    result.metadata = CleanedCopy::Metadata::NotRemovable;
    result.sha256 = sha256Of(path);
    return result;
}

} // namespace td
