#include "filehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace td {

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("FileHash", "\"%1\" could not be read: %2")
                .arg(QFileInfo(path).fileName(), file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("FileHash", "\"%1\" could not be read: %2")
                .arg(QFileInfo(path).fileName(), file.errorString())};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace td
