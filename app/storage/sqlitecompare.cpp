#include "sqlitecompare.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>

namespace td::SqliteCompare {
namespace {

// Messages keep the "VaultConversion" translation context of the conversion that shows them.
Error differs(const QString &what)
{
    return Error {ErrorKind::Integrity,
        QCoreApplication::translate("VaultConversion",
            "The encrypted copy does not hold the same data as the original (%1); the original "
            "was kept unchanged.")
            .arg(what)};
}

Error unreadable()
{
    return Error {ErrorKind::Integrity,
        QCoreApplication::translate("VaultConversion",
            "The encrypted copy could not be read back; the original was kept unchanged.")};
}

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(stmt); }
    Q_DISABLE_COPY_MOVE(Statement)
};

// A BLAKE2b digest of every row a query returns, value by value with its type, and their number.
struct Digest
{
    bool ok = false;
    qint64 rows = 0;
    unsigned char hash[crypto_generichash_BYTES] {};
};

void feed(crypto_generichash_state &state, const void *bytes, size_t size)
{
    crypto_generichash_update(&state, static_cast<const unsigned char *>(bytes), size);
}

Digest digestOf(sqlite3 *db, const QByteArray &sql)
{
    Digest digest;
    Statement q(db, sql);
    if (!q.stmt)
        return digest;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, sizeof digest.hash);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        ++digest.rows;
        const int columns = sqlite3_column_count(q.stmt);
        for (int c = 0; c < columns; ++c) {
            const unsigned char type = static_cast<unsigned char>(sqlite3_column_type(q.stmt, c));
            feed(state, &type, 1);
            switch (type) {
            case SQLITE_INTEGER: {
                const sqlite3_int64 v = sqlite3_column_int64(q.stmt, c);
                feed(state, &v, sizeof v);
                break;
            }
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(q.stmt, c);
                feed(state, &v, sizeof v);
                break;
            }
            case SQLITE_TEXT:
            case SQLITE_BLOB: {
                const void *bytes = type == SQLITE_TEXT
                    ? static_cast<const void *>(sqlite3_column_text(q.stmt, c))
                    : sqlite3_column_blob(q.stmt, c);
                const qint64 size = sqlite3_column_bytes(q.stmt, c);
                feed(state, &size, sizeof size);
                if (size > 0)
                    feed(state, bytes, size_t(size));
                break;
            }
            default:
                break;
            }
        }
    }
    crypto_generichash_final(&state, digest.hash, sizeof digest.hash);
    digest.ok = rc == SQLITE_DONE;
    return digest;
}

QByteArray quoted(const QByteArray &name)
{
    QByteArray out = name;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

struct Table
{
    QByteArray name;
    bool withoutRowid = false;
    int columns = 0;
};

QList<Table> tablesOf(sqlite3 *db, bool &ok)
{
    QList<Table> tables;
    // Virtual tables (the search index) are compared through their shadow tables, which are
    // ordinary tables holding every byte of the index.
    Statement q(db,
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite!_stat%' ESCAPE '!' "
        "ORDER BY name");
    ok = q.stmt != nullptr;
    while (ok && sqlite3_step(q.stmt) == SQLITE_ROW) {
        Table t;
        t.name = reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0));
        const QByteArray sql = reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 1));
        t.withoutRowid = sql.toUpper().contains("WITHOUT ROWID");
        Statement columns(db, "SELECT * FROM " + quoted(t.name) + " LIMIT 0");
        if (!columns.stmt) {
            ok = false;
            break;
        }
        t.columns = sqlite3_column_count(columns.stmt);
        tables.append(t);
    }
    return tables;
}

QByteArray orderedRows(const Table &t)
{
    QByteArray sql = "SELECT * FROM " + quoted(t.name) + " ORDER BY ";
    if (!t.withoutRowid)
        return sql + "rowid";
    for (int c = 1; c <= t.columns; ++c)
        sql += (c > 1 ? "," : "") + QByteArray::number(c);
    return sql;
}

bool sameDigest(const Digest &a, const Digest &b)
{
    return a.ok && b.ok && a.rows == b.rows && std::memcmp(a.hash, b.hash, sizeof a.hash) == 0;
}

} // namespace

Status sameContents(
    sqlite3 *original, sqlite3 *copy, const std::function<bool(int percent)> &progress)
{
    for (const QByteArray &sql :
        {QByteArray("PRAGMA application_id"), QByteArray("PRAGMA user_version"),
            QByteArray("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "WHERE name NOT LIKE 'sqlite!_stat%' ESCAPE '!' ORDER BY type, name")}) {
        const Digest a = digestOf(original, sql);
        const Digest b = digestOf(copy, sql);
        if (!b.ok)
            return unreadable();
        if (!sameDigest(a, b))
            return differs(QCoreApplication::translate("VaultConversion", "its schema"));
    }
    bool ok = false;
    const QList<Table> tables = tablesOf(original, ok);
    if (!ok)
        return unreadable();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (progress && !progress(int(100 * i / std::max<qsizetype>(1, tables.size()))))
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate(
                    "VaultConversion", "The encryption was canceled; nothing was changed.")};
        const QByteArray sql = orderedRows(tables.at(i));
        const Digest a = digestOf(original, sql);
        const Digest b = digestOf(copy, sql);
        if (!b.ok)
            return unreadable();
        if (!sameDigest(a, b))
            return differs(QCoreApplication::translate("VaultConversion", "table %1")
                               .arg(QString::fromUtf8(tables.at(i).name)));
    }
    if (progress)
        progress(100);
    return {};
}

} // namespace td::SqliteCompare
