#include "officebackup.h"

#include "auditchain.h"
#include "auditlog.h"
#include "crypto/backupstream.h"
#include "database.h"
#include "pgcatalog.h"
#include "sqlerror.h"
#include "staffroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <fcntl.h>
#include <unistd.h>

namespace td::OfficeBackup {

using PgCatalog::quoted;
namespace {

using OfficeBackupFile::Table;

// Every table of an office database, parents before children (the order a restore inserts
// them in). The office key's two tables travel in the clear header; schema_version is the
// header's schema number. A table the server has and this list lacks stops a backup: a new
// migration must say here where its table goes.
const QStringList &bodyTables()
{
    static const QStringList tables {
        QStringLiteral("clients"),
        QStringLiteral("violation_categories"),
        QStringLiteral("reference_counters"),
        QStringLiteral("cases"),
        QStringLiteral("incidents"),
        QStringLiteral("incident_violations"),
        QStringLiteral("officers"),
        QStringLiteral("witnesses"),
        QStringLiteral("evidence"),
        QStringLiteral("evidence_custody"),
        QStringLiteral("complaint_submissions"),
        QStringLiteral("follow_ups"),
        QStringLiteral("generated_reports"),
        QStringLiteral("audit_events"),
        QStringLiteral("case_search"),
        QStringLiteral("evidence_chunks"),
    };
    return tables;
}

const QString kOfficeKey = QStringLiteral("office_key");
const QString kWraps = QStringLiteral("office_key_wraps");
const QString kSchemaVersion = QStringLiteral("schema_version");
// The names of this database's group roles (schema 15). Not backed up: roles belong to the
// cluster, and the database restored into has its own, made when it was set up. Who is in them
// is the server's to say (trustdesk-cli staff), so a restore keeps the target's staff.
const QString kOfficeRoles = QStringLiteral("office_roles");
const QString kSeeded = QStringLiteral("violation_categories"); ///< filled by the schema itself

QCborValue toCbor(const QVariant &v)
{
    if (v.isNull())
        return QCborValue(nullptr);
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QCborValue(v.toLongLong());
    case QMetaType::Bool:
        return QCborValue(v.toBool());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(v.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(v.toByteArray());
    default:
        return QCborValue(v.toString());
    }
}

QVariant toVariant(const QCborValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isInteger())
        return QVariant(qlonglong(v.toInteger()));
    if (v.isBool())
        return QVariant(v.toBool());
    if (v.isDouble())
        return QVariant(v.toDouble());
    // An empty string or byte array must stay empty, not become NULL: Qt binds a null QString
    // or QByteArray as NULL, and what CBOR decodes as empty is null.
    if (v.isByteArray()) {
        const QByteArray bytes = v.toByteArray();
        return QVariant(bytes.isEmpty() ? QByteArray("") : bytes);
    }
    const QString text = v.toString();
    return QVariant(text.isEmpty() ? QStringLiteral("") : text);
}

// The primary key's columns in key order: the order rows are written in (ids ascending, so a
// redaction follows its original and the audit log its chain). All columns when there is none.
Result<QStringList> orderOf(
    Database &db, const QString &table, const QStringList &columns, const QString &what)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.attname FROM pg_index i"
        " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
        " WHERE i.indrelid = to_regclass(?::text) AND i.indisprimary"
        " ORDER BY array_position(i.indkey::int2[], a.attnum)"));
    q.addBindValue(quoted(table));
    if (!q.exec())
        return sqlError(q.lastError(), what);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out.isEmpty() ? columns : out;
}

Result<qint64> countOf(Database &db, const QString &table, const QString &what)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + quoted(table)) || !q.next())
        return sqlError(q.lastError(), what);
    return q.value(0).toLongLong();
}

QString selectOf(const QString &table, const QStringList &columns, const QStringList &order)
{
    QStringList cols;
    for (const auto &c : columns)
        cols.append(quoted(c));
    QStringList by;
    for (const auto &c : order)
        by.append(quoted(c));
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(cols.join(QStringLiteral(", ")), quoted(table), by.join(QStringLiteral(", ")));
}

// A small table whole (the office key's rows, for the clear header).
Result<Table> readSmall(Database &db, const QString &table, const QString &what)
{
    Table out;
    auto columns = PgCatalog::columns(db, table, what);
    if (!columns)
        return columns.error();
    out.columns = columns.value();
    auto order = orderOf(db, table, out.columns, what);
    if (!order)
        return order.error();
    QSqlQuery q(db.connection());
    if (!q.exec(selectOf(table, out.columns, order.value())))
        return sqlError(q.lastError(), what);
    while (q.next()) {
        QCborArray row;
        for (int i = 0; i < out.columns.size(); ++i)
            row.append(toCbor(q.value(i)));
        out.rows.append(row);
    }
    return out;
}

// Streams one table through a server-side cursor, a batch at a time.
Status writeTable(Database &db, OfficeBackupFile::RecordWriter &writer, const QString &table,
    qint64 &done, qint64 total, const Progress &progress, const QString &what)
{
    auto columns = PgCatalog::columns(db, table, what);
    if (!columns)
        return columns.error();
    auto order = orderOf(db, table, columns.value(), what);
    if (!order)
        return order.error();
    const Error writeFailed {ErrorKind::Io,
        QCoreApplication::translate("OfficeBackup", "The backup file could not be written.")};
    if (!writer.table(table, columns.value()))
        return writeFailed;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("DECLARE td_backup NO SCROLL CURSOR FOR ")
            + selectOf(table, columns.value(), order.value())))
        return sqlError(q.lastError(), what);
    // Evidence chunks are 64 KiB each: fewer of them a batch.
    const QString fetch = QStringLiteral("FETCH %1 FROM td_backup")
                              .arg(table == QLatin1String("evidence_chunks") ? 16 : 500);
    const int width = int(columns->size());
    qint64 rows = 0;
    for (;;) {
        if (!q.exec(fetch))
            return sqlError(q.lastError(), what);
        qint64 batch = 0;
        while (q.next()) {
            QCborArray row;
            for (int i = 0; i < width; ++i)
                row.append(toCbor(q.value(i)));
            if (!writer.row(row))
                return writeFailed;
            ++batch;
        }
        if (batch == 0)
            break;
        rows += batch;
        done += batch;
        if (progress && !progress(done, total))
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("OfficeBackup", "Cancelled; no backup was written.")};
    }
    q.finish();
    if (!q.exec(QStringLiteral("CLOSE td_backup")))
        return sqlError(q.lastError(), what);
    if (!writer.endTable(rows))
        return writeFailed;
    return {};
}

bool syncFile(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Inserts rows of one table, the statement prepared once.
class Inserter
{
public:
    Inserter(Database &db, const QString &table, const QStringList &columns)
        : m_query(db.connection())
    {
        QStringList cols;
        QStringList marks;
        for (const auto &c : columns) {
            cols.append(quoted(c));
            marks.append(QStringLiteral("?"));
        }
        m_prepared = m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(quoted(table), cols.join(QStringLiteral(", ")),
                                             marks.join(QStringLiteral(", "))));
    }

    Status insert(const QCborArray &values, const QString &what)
    {
        if (!m_prepared)
            return sqlError(m_query.lastError(), what);
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, toVariant(values.at(i)));
        if (!m_query.exec())
            return sqlError(m_query.lastError(), what);
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

Status checkColumns(
    Database &db, const QString &table, const QStringList &columns, const QString &what)
{
    auto target = PgCatalog::columns(db, table, what);
    if (!target)
        return target.error();
    for (const auto &c : columns)
        if (!target->contains(c))
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("OfficeBackup",
                    "The backup holds a column this version of TrustDesk does not know (%1.%2); "
                    "restore it with the version that made it.")
                    .arg(table, c)};
    return {};
}

} // namespace

Status create(
    Database &db, const QString &destination, const QString &actor, const Progress &progress)
{
    const QString what
        = QCoreApplication::translate("OfficeBackup", "Backing up the office database");
    if (db.dialect() != SqlDialect::Postgres)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeBackup", "Only an office database is backed up this way.")};
    if (!db.officeKey())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeBackup",
                "This office database has no office key yet, so its backup could not be "
                "encrypted. Make one first with `trustdesk-cli office-key init`.")};
    // A backup holds everyone's rows: through a caseworker's eyes (row-level security) it would
    // miss colleagues' audit entries and office-key wraps.
    if (auto s = StaffRoles(db).requireAdmin(what); !s)
        return s;
    if (QFileInfo::exists(destination))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeBackup", "%1 exists already; choose a new name for the backup.")
                .arg(destination)};

    // QTemporaryFile makes the file 0600, beside the destination (the same file system).
    QTemporaryFile file(destination + QStringLiteral(".XXXXXX.partial"));
    if (!file.open())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("OfficeBackup", "The backup file could not be made in %1.")
                .arg(QFileInfo(destination).absolutePath())};
    const SecureKey key = OfficeBackupFile::backupKey(*db.officeKey());
    {
        ReadSnapshot snapshot(db);
        auto tables = PgCatalog::tables(db, what);
        if (!tables)
            return tables.error();
        for (const auto &t : tables.value())
            if (!bodyTables().contains(t) && t != kOfficeKey && t != kWraps && t != kSchemaVersion
                && t != kOfficeRoles)
                return Error {ErrorKind::Integrity,
                    QCoreApplication::translate("OfficeBackup",
                        "The office database has a table this version of TrustDesk cannot back up "
                        "(%1); nothing was written.")
                        .arg(t)};
        OfficeBackupFile::Header header;
        header.format = OfficeBackupFile::kFormat;
        header.schemaVersion = db.schemaVersion();
        header.madeAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        header.madeBy = actor;
        auto officeKey = readSmall(db, kOfficeKey, what);
        if (!officeKey)
            return officeKey.error();
        auto wraps = readSmall(db, kWraps, what);
        if (!wraps)
            return wraps.error();
        header.officeKey = officeKey.value();
        header.wraps = wraps.value();

        QStringList present;
        qint64 total = 0;
        for (const auto &t : bodyTables()) {
            if (!tables->contains(t))
                continue;
            present.append(t);
            auto n = countOf(db, t, what);
            if (!n)
                return n.error();
            total += n.value();
        }
        BackupStreamWriter stream(file, key);
        OfficeBackupFile::RecordWriter writer(stream);
        if (!stream.begin(header.toCbor()))
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "OfficeBackup", "The backup file could not be written.")};
        qint64 done = 0;
        for (const auto &t : present) {
            if (auto s = writeTable(db, writer, t, done, total, progress, what); !s)
                return s;
        }
        if (!writer.finish(present.size()))
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "OfficeBackup", "The backup file could not be written.")};
    }
    if (!file.flush() || ::fsync(file.handle()) != 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("OfficeBackup", "The backup file could not be written.")};
    file.close();
    if (auto checked = OfficeBackupFile::verify(file.fileName(), *db.officeKey()); !checked)
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "OfficeBackup", "The backup did not verify after writing; nothing was kept. %1")
                .arg(checked.error().message)};
    if (!file.rename(destination))
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "OfficeBackup", "The backup could not be moved into place as %1.")
                .arg(destination)};
    file.setAutoRemove(false);
    syncFile(QFileInfo(destination).absolutePath(), true);

    WriteTransaction tx(db);
    if (tx.begun()
        && AuditLog(db, actor).record(
            QStringLiteral("database.backup"), QString(), QFileInfo(destination).fileName()))
        (void)tx.commit();
    return {};
}

Status checkEmpty(Database &db)
{
    const QString what
        = QCoreApplication::translate("OfficeBackup", "Restoring the office database");
    if (db.dialect() != SqlDialect::Postgres)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeBackup", "An office backup restores into an office database.")};
    auto tables = PgCatalog::tables(db, what);
    if (!tables)
        return tables.error();
    for (const auto &t : tables.value()) {
        if (t == kSchemaVersion || t == kSeeded || t == kOfficeRoles)
            continue;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoted(t))) || !q.next())
            return sqlError(q.lastError(), what);
        if (q.value(0).toBool())
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("OfficeBackup",
                    "The office database holds data already; a backup is restored only into an "
                    "empty one. Make a new database on the server (createdb) and restore into "
                    "it.")};
    }
    return {};
}

Status restore(Database &db, const QString &file, const SecureKey &officeKey, const QString &actor,
    const Progress &progress)
{
    const QString what
        = QCoreApplication::translate("OfficeBackup", "Restoring the office database");
    if (db.dialect() != SqlDialect::Postgres)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeBackup", "An office backup restores into an office database.")};
    auto header = OfficeBackupFile::readHeader(file);
    if (!header)
        return header.error();
    if (header->schemaVersion > Database::latestSchemaVersion())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeBackup",
                "The backup was made by a newer TrustDesk; update TrustDesk to restore it.")};

    if (auto s = checkEmpty(db); !s)
        return s;
    if (auto s = StaffRoles(db).requireAdmin(what); !s)
        return s;
    auto tables = PgCatalog::tables(db, what);
    if (!tables)
        return tables.error();

    auto checked = OfficeBackupFile::verify(file, officeKey);
    if (!checked)
        return checked.error();
    qint64 total = 0;
    for (const auto &t : checked->tables)
        total += t.second;
    const Error cancelled {ErrorKind::BadInput,
        QCoreApplication::translate("OfficeBackup", "Cancelled; nothing was restored.")};
    // A cancel during the check is heard here, before the first write.
    if (progress && !progress(0, total))
        return cancelled;

    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // The restored audit entries, custody events and cases keep the names they were made by.
    if (auto s = StaffRoles(db).carryOverActors(); !s)
        return s;
    // The categories the schema gave the empty database make way for the backup's own.
    if (auto s = StaffRoles(db).clearSeededTables(); !s)
        return s;
    for (const auto &[name, table] :
        {std::pair {kOfficeKey, header->officeKey}, std::pair {kWraps, header->wraps}}) {
        if (auto s = checkColumns(db, name, table.columns, what); !s)
            return s;
        Inserter inserter(db, name, table.columns);
        for (const auto &row : table.rows)
            if (auto s = inserter.insert(row, what); !s)
                return s;
    }

    std::unique_ptr<Inserter> inserter;
    qint64 done = 0;
    OfficeBackupFile::Visitor visitor;
    visitor.table = [&](const QString &table, const QStringList &columns) -> Status {
        if (!bodyTables().contains(table) || !tables->contains(table))
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("OfficeBackup",
                    "The backup holds a table this version of TrustDesk does not know (%1).")
                    .arg(table)};
        if (auto s = checkColumns(db, table, columns, what); !s)
            return s;
        inserter = std::make_unique<Inserter>(db, table, columns);
        return {};
    };
    visitor.row = [&](const QCborArray &values) -> Status {
        if (auto s = inserter->insert(values, what); !s)
            return s;
        ++done;
        if (progress && done % 500 == 0 && !progress(done, total))
            return cancelled;
        return {};
    };
    if (auto s = OfficeBackupFile::read(file, officeKey, visitor); !s)
        return s;
    inserter.reset();
    if (auto s = PgCatalog::resetIdentities(db, what); !s)
        return s;
    auto chain = AuditChain::verify(db);
    if (!chain)
        return chain.error();
    if (!chain->ok())
        return Error {ErrorKind::Integrity, chain->problem};
    // The restore's own entry names the login that restored (the server's rule again).
    if (auto s = StaffRoles(db).endCarryOver(); !s)
        return s;
    if (auto s = AuditLog(db, actor).record(
            QStringLiteral("database.restore"), QString(), QFileInfo(file).fileName());
        !s)
        return s;
    // The last chance to cancel: a small backup may never have reported before this.
    if (progress && !progress(total, total))
        return cancelled;
    return tx.commit();
}

} // namespace td::OfficeBackup
