#pragma once

#include "common/result.h"
#include "crypto/securekey.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace td {

class BackupStreamWriter;

/// The file of an office database backup (docs/office-mode.md, "Backing up an office database"):
/// a BackupStream whose clear header (CBOR) carries the schema version and the office key's rows
/// (`office_key`, `office_key_wraps`: the key only ever wrapped by staff passphrases), so that a
/// restore into an empty database can unlock it; everything else is sealed under the office
/// key's Backups subkey. Inside the sealed messages, records (a big-endian 32-bit length and a
/// CBOR array): [1, table, [columns]], then [2, values…] per row, [3, row count] after each
/// table, and [4, table count] as the last record of the final message.
namespace OfficeBackupFile {

inline constexpr int kFormat = 1;

/// One table's rows as the clear header keeps them.
struct Table
{
    QStringList columns;
    QList<QCborArray> rows;
};

struct Header
{
    int format = 0;
    int schemaVersion = 0;
    QString madeAt; ///< ISO 8601 UTC
    QString madeBy; ///< the login that made it
    Table officeKey; ///< the `office_key` row
    Table wraps; ///< the `office_key_wraps` rows

    QByteArray toCbor() const;
    static Result<Header> fromCbor(const QByteArray &bytes);
    /// The logins whose passphrase opens the backup.
    QStringList logins() const;
};

/// Reads the clear header of `file` (no key needed).
Result<Header> readHeader(const QString &file);

/// The office key from the wrap of `login` in `header`, with that person's passphrase: a wrong
/// passphrase is BadInput, no wrap for the login NotFound, a damaged wrap Integrity.
Result<SecureKey> unlock(const Header &header, const QString &login, const QString &passphrase);

/// The key the sealed part is encrypted under (the office key's Backups subkey).
SecureKey backupKey(const SecureKey &officeKey);

/// Collects records into messages of about 64 KiB and writes them.
class RecordWriter
{
public:
    explicit RecordWriter(BackupStreamWriter &stream);
    bool table(const QString &name, const QStringList &columns);
    bool row(const QCborArray &values);
    bool endTable(qint64 rows);
    /// The last record, in the final message.
    bool finish(qint64 tables);

private:
    bool add(const QCborArray &record, bool final = false);
    BackupStreamWriter &m_stream;
    QByteArray m_buffer;
};

/// What reading the sealed records calls, in the file's order. Returning an error stops.
struct Visitor
{
    std::function<Status(const QString &table, const QStringList &columns)> table;
    std::function<Status(const QCborArray &values)> row;
    std::function<Status(const QString &table, qint64 rows)> endTable;
};

/// Reads `file` whole with `officeKey`: every seal, the records' order and counts. `visitor`
/// sees each record once it authenticated; `bytesRead` is told how far the file is read.
/// A file that is damaged, cut short or opened with another key is an Integrity error.
Status read(const QString &file, const SecureKey &officeKey, const Visitor &visitor,
    const std::function<bool(qint64 done, qint64 total)> &progress = {});

/// What checking a backup found.
struct Report
{
    QList<QPair<QString, qint64>> tables; ///< in the file's order, with their row counts
    qint64 auditEntries = 0;
    qint64 evidenceItems = 0; ///< items whose sealed chunks opened whole
};

/// Checks `file` without restoring it: every seal and count, the audit log's hash chain, and
/// that every evidence item's sealed chunks open whole with the office key and match its hash.
Result<Report> verify(const QString &file, const SecureKey &officeKey,
    const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace OfficeBackupFile
} // namespace td
