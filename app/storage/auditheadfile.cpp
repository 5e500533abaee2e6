#include "auditheadfile.h"

#include "auditchain.h"
#include "common/logging.h"
#include "database.h"

#include <QFile>
#include <QTemporaryFile>

#include <cstdio>

namespace td::AuditHeadFile {
namespace {

const QByteArray kMagic = QByteArrayLiteral("trustdesk-audit-head");
constexpr int kVersion = 1;

} // namespace

QString pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".audit-head");
}

std::optional<Head> read(const QString &databasePath)
{
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> parts = file.read(256).trimmed().split(' ');
    if (parts.size() != 4 || parts.at(0) != kMagic || parts.at(1) != QByteArray::number(kVersion))
        return std::nullopt;
    bool ok = false;
    Head head {parts.at(2).toLongLong(&ok), QString::fromLatin1(parts.at(3))};
    if (!ok || head.id <= 0 || head.hash.size() != 64)
        return std::nullopt;
    return head;
}

void advance(Database &db)
{
    const auto current = AuditChain::head(db);
    if (!current || current->id == 0)
        return;
    if (const auto recorded = read(db.path()); recorded && recorded->id >= current->id)
        return;
    // A temporary file (0600) renamed over the old one: a reader sees the old head or the new
    // one, never half a line. No fsync on every audited commit: a head lost in a crash is an
    // older head, which only weakens the check, never raises a false alarm.
    const QString target = pathFor(db.path());
    QTemporaryFile file(target + QStringLiteral(".XXXXXX"));
    if (!file.open()) {
        qCWarning(lcStorage) << "the audit head file cannot be written";
        return;
    }
    const QByteArray line = kMagic + ' ' + QByteArray::number(kVersion) + ' '
        + QByteArray::number(current->id) + ' ' + current->entryHash.toLatin1() + '\n';
    if (file.write(line) != line.size() || !file.flush()
        || ::rename(QFile::encodeName(file.fileName()).constData(),
               QFile::encodeName(target).constData())
            != 0) {
        qCWarning(lcStorage) << "the audit head file cannot be written";
        return;
    }
    file.setAutoRemove(false);
}

} // namespace td::AuditHeadFile
