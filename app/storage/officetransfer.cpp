#include "officetransfer.h"

#include "database.h"
#include "pgcatalog.h"
#include "searchtext.h"
#include "sqlerror.h"
#include "staffroles.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sodium.h>

#include <cstring>

namespace td::OfficeTransfer {
namespace {

// Parents before children. Tables that only the server has (its search table, the office key,
// the evidence chunks, the schema mark) are not copied as rows.
const QStringList &copyOrder()
{
    static const QStringList order {
        QStringLiteral("violation_categories"),
        QStringLiteral("reference_counters"),
        QStringLiteral("clients"),
        QStringLiteral("cases"),
        QStringLiteral("incidents"),
        QStringLiteral("incident_violations"),
        QStringLiteral("officers"),
        QStringLiteral("witnesses"),
        QStringLiteral("complaint_submissions"),
        QStringLiteral("follow_ups"),
        QStringLiteral("generated_reports"),
        QStringLiteral("evidence"),
        QStringLiteral("evidence_custody"),
        QStringLiteral("audit_events"),
    };
    return order;
}

const QSet<QString> &serverOnly()
{
    static const QSet<QString> tables {QStringLiteral("schema_version"),
        QStringLiteral("case_search"), QStringLiteral("office_key"),
        QStringLiteral("office_key_wraps"), QStringLiteral("evidence_chunks"),
        // The server's own group roles for this database (schema 15): made by the server.
        QStringLiteral("office_roles")};
    return tables;
}

// Columns that only the server has, kept by its triggers from the rows copied: the client's name
// on each case, for the list's order (migrations.cpp, version 15).
const QSet<QString> &serverOnlyColumns()
{
    static const QSet<QString> columns {QStringLiteral("cases.client_sort")};
    return columns;
}

QString what()
{
    return QCoreApplication::translate("OfficeTransfer", "Copying the database to the server");
}

// Rows per INSERT: PostgreSQL takes at most 65535 parameters in one statement.
constexpr int kBatchRows = 256;

Result<QStringList> columnsOf(Database &target, const QString &table)
{
    auto all = PgCatalog::columns(target, table, what());
    if (!all)
        return all.error();
    QStringList columns;
    for (const QString &column : all.value()) {
        if (!serverOnlyColumns().contains(table + QLatin1Char('.') + column))
            columns.append(column);
    }
    if (columns.isEmpty())
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate("OfficeTransfer", "The server has no table \"%1\".")
                .arg(table)};
    return columns;
}

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QString one = QLatin1Char('(')
        + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))
        + QStringList(rows, one).join(QLatin1Char(','));
}

Status insertBatch(QSqlQuery &q, const QList<QVariantList> &rows)
{
    for (const auto &row : rows) {
        for (const auto &value : row)
            q.addBindValue(value);
    }
    if (!q.exec())
        return sqlError(q.lastError(), what());
    return {};
}

// A value as both engines give it back: SQLite's integers and PostgreSQL's BIGINTs, text and
// bytes, with NULL told apart from empty.
void addValue(crypto_generichash_state &state, const QVariant &value)
{
    QByteArray bytes;
    char kind = 'T';
    if (value.isNull()) {
        kind = 'N';
    } else if (value.metaType().id() == QMetaType::QByteArray) {
        kind = 'B';
        bytes = value.toByteArray();
    } else {
        bytes = value.toString().toUtf8();
    }
    const quint64 size = quint64(bytes.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(&kind), 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(&size), sizeof size);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
}

} // namespace

Result<QStringList> tables(Database &target)
{
    const auto listed = PgCatalog::tables(target, what());
    if (!listed)
        return listed.error();
    QSet<QString> present(listed->cbegin(), listed->cend());
    QStringList out;
    for (const auto &table : copyOrder()) {
        if (!present.remove(table))
            return Error {ErrorKind::Integrity,
                QCoreApplication::translate("OfficeTransfer", "The server has no table \"%1\".")
                    .arg(table)};
        out.append(table);
    }
    for (const auto &table : serverOnly())
        present.remove(table);
    if (!present.isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeTransfer",
                "The server has a table this version of TrustDesk cannot copy (\"%1\"): use the "
                "version that made it.")
                .arg(present.values().constFirst())};
    return out;
}

Result<QString> firstNonEmpty(Database &target, const QStringList &tables)
{
    for (const auto &table : tables) {
        if (table == QLatin1String("violation_categories"))
            continue;
        QSqlQuery q(target.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
            return sqlError(q.lastError(), what());
        if (q.next())
            return table;
    }
    return QString();
}

Status copyRows(
    Database &source, Database &target, const QStringList &tables, const Progress &progress)
{
    for (const auto &table : tables) {
        const auto columns = columnsOf(target, table);
        if (!columns)
            return columns.error();
        const QString list = columns->join(QLatin1Char(','));
        QSqlQuery count(source.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next())
            return sqlError(count.lastError(), what());
        const qint64 total = count.value(0).toLongLong();
        if (table == QLatin1String("violation_categories")) {
            // Every new database is given the categories; the source's own are what counts.
            if (auto s = StaffRoles(target).clearSeededTables(); !s)
                return s;
        }
        QSqlQuery read(source.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(list, table)))
            return sqlError(read.lastError(), what());
        QSqlQuery full(target.connection());
        if (!full.prepare(insertSql(table, columns.value(), kBatchRows)))
            return sqlError(full.lastError(), what());
        QList<QVariantList> batch;
        batch.reserve(kBatchRows);
        qint64 done = 0;
        const int width = int(columns->size());
        while (read.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row.append(read.value(i));
            batch.append(std::move(row));
            if (batch.size() == kBatchRows) {
                if (auto s = insertBatch(full, batch); !s)
                    return s;
                done += batch.size();
                batch.clear();
                if (progress && !progress(table, done, total))
                    return Error {ErrorKind::BadInput,
                        QCoreApplication::translate("OfficeTransfer", "Cancelled.")};
            }
        }
        if (read.lastError().isValid())
            return sqlError(read.lastError(), what());
        if (!batch.isEmpty()) {
            QSqlQuery rest(target.connection());
            if (!rest.prepare(insertSql(table, columns.value(), int(batch.size()))))
                return sqlError(rest.lastError(), what());
            if (auto s = insertBatch(rest, batch); !s)
                return s;
            done += batch.size();
        }
        if (progress && !progress(table, done, total))
            return Error {
                ErrorKind::BadInput, QCoreApplication::translate("OfficeTransfer", "Cancelled.")};
    }
    return {};
}

Status resetSequences(Database &target)
{
    return PgCatalog::resetIdentities(target, what());
}

Result<qint64> copySearchIndex(Database &source, Database &target)
{
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral(
            "SELECT rowid, reference, client, officers, location, narrative FROM case_search")))
        return sqlError(read.lastError(), what());
    const QStringList columns {QStringLiteral("case_id"), QStringLiteral("reference"),
        QStringLiteral("client"), QStringLiteral("officers"), QStringLiteral("location"),
        QStringLiteral("narrative")};
    QSqlQuery full(target.connection());
    if (!full.prepare(insertSql(QStringLiteral("case_search"), columns, kBatchRows)))
        return sqlError(full.lastError(), what());
    QList<QVariantList> batch;
    qint64 done = 0;
    while (read.next()) {
        // The source's text is folded already (SearchText::fold, which folds its own output to
        // itself); PostgreSQL also needs it split into the tokens FTS5 makes.
        QVariantList row {read.value(0).toLongLong()};
        for (int i = 1; i < 6; ++i) {
            const QString text = SearchText::indexText(read.value(i).toString());
            row.append(text.isNull() ? QString(QLatin1String("")) : text);
        }
        batch.append(std::move(row));
        if (batch.size() == kBatchRows) {
            if (auto s = insertBatch(full, batch); !s)
                return s.error();
            done += batch.size();
            batch.clear();
        }
    }
    if (read.lastError().isValid())
        return sqlError(read.lastError(), what());
    if (!batch.isEmpty()) {
        QSqlQuery rest(target.connection());
        if (!rest.prepare(insertSql(QStringLiteral("case_search"), columns, int(batch.size()))))
            return sqlError(rest.lastError(), what());
        if (auto s = insertBatch(rest, batch); !s)
            return s.error();
        done += batch.size();
    }
    return done;
}

Result<QList<TableSummary>> summarize(
    Database &db, const QStringList &tables, Database &columnsFrom)
{
    QList<TableSummary> out;
    for (const auto &table : tables) {
        const auto columns = columnsOf(columnsFrom, table);
        if (!columns)
            return columns.error();
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT %1 FROM %2").arg(columns->join(QLatin1Char(',')), table)))
            return sqlError(q.lastError(), what());
        TableSummary summary;
        summary.table = table;
        quint64 sums[2] = {0, 0};
        const int width = int(columns->size());
        while (q.next()) {
            crypto_generichash_state state;
            crypto_generichash_init(&state, nullptr, 0, 16);
            for (int i = 0; i < width; ++i)
                addValue(state, q.value(i));
            unsigned char hash[16];
            crypto_generichash_final(&state, hash, sizeof hash);
            quint64 parts[2];
            std::memcpy(parts, hash, sizeof parts);
            sums[0] += parts[0];
            sums[1] += parts[1];
            ++summary.rows;
        }
        if (q.lastError().isValid())
            return sqlError(q.lastError(), what());
        summary.digest = QByteArray(reinterpret_cast<const char *>(sums), sizeof sums);
        out.append(summary);
    }
    return out;
}

} // namespace td::OfficeTransfer
