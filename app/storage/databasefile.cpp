#include "databasefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

constexpr qsizetype kHeaderSize = 100;

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<DatabaseFile::Header> DatabaseFile::inspect(const QString &path, int newestKnownVersion)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("DatabaseFile", "The file \"%1\" does not exist.")
                .arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DatabaseFile", "The file \"%1\" cannot be read: %2")
                .arg(name, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "DatabaseFile", "The file \"%1\" is empty. It is not a TrustDesk database.")
                .arg(name)};
    const QByteArray head = file.read(kHeaderSize);
    if (head.size() < kHeaderSize || !head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("DatabaseFile",
                "The file \"%1\" is not a TrustDesk database (it is not an SQLite database at "
                "all).")
                .arg(name)};

    Header h;
    const quint32 rawPageSize = qFromBigEndian<quint16>(head.constData() + 16);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (h.pageSize < 512 || h.pageSize > 65536 || (h.pageSize & (h.pageSize - 1)) != 0)
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "DatabaseFile", "The file \"%1\" is damaged (its header is invalid).")
                .arg(name)};
    const quint32 changeCounter = be32(head, 24);
    const quint32 validFor = be32(head, 92);
    if (validFor == changeCounter)
        h.pageCount = be32(head, 28);
    h.userVersion = static_cast<qint32>(be32(head, 60));
    h.applicationId = be32(head, 68);

    // A checkpoint that ran out of disk space leaves page 1 (with the new page count) written
    // and the file not grown, or a page half-written at the end; the committed pages are still
    // in the WAL, which SQLite replays. So the size tells of a cut-off copy only without a WAL.
    const bool walHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walHoldsPages
        && (size % h.pageSize != 0 || (h.pageCount > 0 && size < qint64(h.pageCount) * h.pageSize)))
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate("DatabaseFile",
                "The file \"%1\" is damaged: it is shorter than its own header says (it may have "
                "been "
                "cut off while copying). It was left untouched.")
                .arg(name)};
    if (h.applicationId != kApplicationId)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("DatabaseFile",
                "The file \"%1\" is an SQLite database of another application, not a TrustDesk "
                "database. "
                "It was left untouched.")
                .arg(name)};
    if (h.userVersion > newestKnownVersion)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("DatabaseFile",
                "The file \"%1\" was written by a newer version of TrustDesk (schema %2; this "
                "version "
                "knows up to %3). Update TrustDesk to open it. It was left untouched.")
                .arg(name)
                .arg(h.userVersion)
                .arg(newestKnownVersion)};
    return h;
}

Status DatabaseFile::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    struct stat st
    {
    };
    const bool noWriteBits
        = ::stat(native.constData(), &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;
    if (noWriteBits || ::access(native.constData(), W_OK) != 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DatabaseFile",
                "The file \"%1\" is read-only. TrustDesk needs to write to its database; copy it "
                "to a "
                "folder you can write to, or change its permissions.")
                .arg(info.fileName())};
    if (::access(folder.constData(), W_OK) != 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DatabaseFile",
                "The folder holding \"%1\" is read-only. TrustDesk needs to write beside its "
                "database "
                "file.")
                .arg(info.fileName())};
    return {};
}

} // namespace td
