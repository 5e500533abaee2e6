#include "evidencemessages.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace td::EvidenceMessages {

QString systemError(int sysErrno)
{
    return sysErrno ? qt_error_string(sysErrno) : QString();
}

Error openFailure(EvidenceFile::OpenFailure failure, int sysErrno, const QString &name)
{
    using F = EvidenceFile::OpenFailure;
    switch (failure) {
    case F::Missing:
        return {ErrorKind::NotFound,
            QCoreApplication::translate("EvidenceStore", "The file \"%1\" does not exist.")
                .arg(name)};
    case F::SymbolicLink:
        return {ErrorKind::BadInput,
            QCoreApplication::translate(
                "EvidenceStore", "\"%1\" is a symbolic link. Attach the file it points to instead.")
                .arg(name)};
    case F::Directory:
        return {ErrorKind::BadInput,
            QCoreApplication::translate(
                "EvidenceStore", "\"%1\" is a folder. Attach the files inside it instead.")
                .arg(name)};
    case F::NotRegular:
        return {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore",
                "\"%1\" is not a regular file (it is a device, pipe or socket) and cannot be "
                "attached.")
                .arg(name)};
    case F::Unreadable:
        if (sysErrno == EACCES || sysErrno == EPERM)
            return {ErrorKind::BadInput,
                QCoreApplication::translate(
                    "EvidenceStore", "The file \"%1\" cannot be read: permission denied.")
                    .arg(name)};
        return {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore", "The file \"%1\" cannot be read: %2")
                .arg(name, systemError(sysErrno))};
    case F::None:
        break;
    }
    return {ErrorKind::BadInput, QString()};
}

Error copyFailure(const EvidenceFile::CopyResult &copy, const QString &name)
{
    using F = EvidenceFile::CopyFailure;
    switch (copy.failure) {
    case F::Read:
        return {ErrorKind::BadInput,
            QCoreApplication::translate(
                "EvidenceStore", "Reading \"%1\" failed: %2. Nothing was stored.")
                .arg(name, systemError(copy.sysErrno))};
    case F::Write:
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceStore", "Writing the copy of \"%1\" failed: %2. Nothing was stored.")
                .arg(name, systemError(copy.sysErrno))};
    case F::DiskFull:
        return {ErrorKind::Io,
            QCoreApplication::translate("EvidenceStore",
                "The disk is full: \"%1\" could not be copied. Nothing was stored; "
                "free some space and try again.")
                .arg(name)};
    case F::Changed:
        return {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore",
                "\"%1\" changed while it was being copied. Nothing was stored; "
                "try again once the file is complete.")
                .arg(name)};
    case F::Vanished:
        return {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore",
                "\"%1\" was deleted or moved while it was being copied. "
                "Nothing was stored.")
                .arg(name)};
    case F::Cancelled:
        return {ErrorKind::BadInput,
            QCoreApplication::translate(
                "EvidenceStore", "Copying \"%1\" was canceled. Nothing was stored.")
                .arg(name)};
    case F::Damaged:
        return {ErrorKind::Integrity,
            QCoreApplication::translate("EvidenceStore",
                "The stored file of \"%1\" is damaged: it does not decrypt as it was written.")
                .arg(name)};
    case F::None:
        break;
    }
    return {ErrorKind::Io, QString()};
}

} // namespace td::EvidenceMessages
