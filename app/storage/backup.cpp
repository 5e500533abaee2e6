#include "backup.h"

#include "auditlog.h"
#include "common/appinfo.h"
#include "common/logging.h"
#include "database.h"
#include "databasefile.h"
#include "filemoves.h"
#include "migrations.h"
#include "sqlitecopy.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace td::Backup {

Status create(Database &db, const QString &destination)
{
    const QFileInfo dest(destination);
    if (dest.exists())
        return Error{ErrorKind::BadInput, QCoreApplication::translate("Backup", "\"%1\" already exists; choose a new file name for the backup.").arg(dest.filePath())};
    if (!dest.absoluteDir().exists())
        return Error{ErrorKind::NotFound, QCoreApplication::translate("Backup", "The folder \"%1\" does not exist.").arg(dest.absolutePath())};
    const QString temp = dest.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temp);
    const auto cleanup = [&](Error error) -> Status {
        QFile::remove(temp);
        return error;
    };
    if (auto s = SqliteCopy::toNewFile(db, temp); !s)
        return cleanup(s.error());
    if (auto s = verifyFile(temp); !s)
        return cleanup(Error{ErrorKind::Integrity, QCoreApplication::translate("Backup", "The backup did not verify, so it was discarded: %1").arg(s.error().message)});
    if (!FileMoves::renameNoReplace(temp, dest.absoluteFilePath()))
        return cleanup(Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The backup could not be moved into place.")});
    FileMoves::sync(dest.absolutePath());

    AuditLog audit(db, currentActor());
    (void)audit.record(QStringLiteral("database.backup"), QString(), dest.fileName());
    return {};
}

Status verifyFile(const QString &source)
{
    auto opened = Database::open(source, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    auto problems = Verifier(**opened).run();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{ErrorKind::Integrity, problems->join(QLatin1Char('\n'))};
    return {};
}

Status restore(Database &db, const QString &source)
{
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{ErrorKind::BadInput, QCoreApplication::translate("Backup", "A database cannot be restored from itself.")};
    if (auto s = verifyFile(source); !s)
        return Error{s.error().kind, QCoreApplication::translate("Backup", "\"%1\" was not restored: %2").arg(QFileInfo(source).fileName(), s.error().message)};
    if (auto s = SqliteCopy::fromFile(db, source); !s)
        return s;
    if (auto s = Migrations::migrate(db); !s)
        return s;
    AuditLog audit(db, currentActor());
    (void)audit.record(QStringLiteral("database.restore"), QString(), QFileInfo(source).fileName());
    return {};
}

} // namespace td::Backup
