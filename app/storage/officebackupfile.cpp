#include "officebackupfile.h"

#include "auditchain.h"
#include "crypto/backupstream.h"
#include "crypto/evidencechunks.h"
#include "crypto/keypurpose.h"
#include "crypto/officekey.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QtEndian>

#include <memory>

namespace td::OfficeBackupFile {
namespace {

enum Record : int
{
    TableRecord = 1,
    RowRecord = 2,
    EndRecord = 3,
    FinishRecord = 4,
};

constexpr qsizetype kMessageSize = 64 * 1024;

Error damaged(const QString &file)
{
    return {ErrorKind::Integrity,
        QCoreApplication::translate("OfficeBackup",
            "\"%1\" is damaged or incomplete: it is not the backup as it was written.")
            .arg(file)};
}

QCborMap tableToCbor(const Table &table)
{
    QCborArray columns;
    for (const auto &c : table.columns)
        columns.append(c);
    QCborArray rows;
    for (const auto &r : table.rows)
        rows.append(r);
    return QCborMap {{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
}

bool tableFromCbor(const QCborValue &value, Table &table)
{
    if (!value.isMap())
        return false;
    const QCborMap map = value.toMap();
    const QCborValue columns = map.value(QStringLiteral("columns"));
    const QCborValue rows = map.value(QStringLiteral("rows"));
    if (!columns.isArray() || !rows.isArray())
        return false;
    for (const auto &c : columns.toArray()) {
        if (!c.isString())
            return false;
        table.columns.append(c.toString());
    }
    for (const auto &r : rows.toArray()) {
        if (!r.isArray() || r.toArray().size() != table.columns.size())
            return false;
        table.rows.append(r.toArray());
    }
    return true;
}

QCborValue field(const Table &table, const QCborArray &row, const QString &column)
{
    const qsizetype i = table.columns.indexOf(column);
    return i < 0 ? QCborValue() : row.at(i);
}

// The evidence content key's checks of one item's chunks, in the file's order.
class ChunkCheck
{
public:
    explicit ChunkCheck(const SecureKey &officeKey)
        : m_content(officeKey.derive(KeyPurpose::EvidenceContent))
    { }

    void expect(qint64 evidenceId, const QByteArray &sha256)
    {
        m_sha256.insert(evidenceId, sha256);
    }

    Status chunk(qint64 evidenceId, qint64 n, const QByteArray &data)
    {
        if (!m_opener || evidenceId != m_id) {
            if (auto s = finishItem(); !s)
                return s;
            if (!m_sha256.contains(evidenceId))
                return problem(evidenceId);
            m_id = evidenceId;
            m_opener
                = std::make_unique<ChunkOpener>(m_content, evidenceId, m_sha256.value(evidenceId));
        }
        QByteArray plain;
        if (!m_opener->open(n, data, plain))
            return problem(evidenceId);
        return {};
    }

    Status finishItem()
    {
        if (!m_opener)
            return {};
        const bool whole = m_opener->finish();
        m_opener.reset();
        if (!whole)
            return problem(m_id);
        ++m_items;
        return {};
    }

    qint64 items() const { return m_items; }

private:
    static Error problem(qint64 evidenceId)
    {
        return {ErrorKind::Integrity,
            QCoreApplication::translate("OfficeBackup",
                "The sealed content of evidence item %1 in the backup does not open whole with the "
                "office key.")
                .arg(evidenceId)};
    }

    SecureKey m_content;
    QHash<qint64, QByteArray> m_sha256;
    std::unique_ptr<ChunkOpener> m_opener;
    qint64 m_id = 0;
    qint64 m_items = 0;
};

} // namespace

QByteArray Header::toCbor() const
{
    QCborMap map {
        {QStringLiteral("format"), format},
        {QStringLiteral("schema"), schemaVersion},
        {QStringLiteral("made_at"), madeAt},
        {QStringLiteral("made_by"), madeBy},
        {QStringLiteral("office_key"), tableToCbor(officeKey)},
        {QStringLiteral("office_key_wraps"), tableToCbor(wraps)},
    };
    return map.toCborValue().toCbor();
}

Result<Header> Header::fromCbor(const QByteArray &bytes)
{
    QCborParserError parsed;
    const QCborValue value = QCborValue::fromCbor(bytes, &parsed);
    Header h;
    if (parsed.error != QCborError::NoError || !value.isMap())
        return Error {ErrorKind::Integrity, QString()};
    const QCborMap map = value.toMap();
    h.format = int(map.value(QStringLiteral("format")).toInteger());
    h.schemaVersion = int(map.value(QStringLiteral("schema")).toInteger());
    h.madeAt = map.value(QStringLiteral("made_at")).toString();
    h.madeBy = map.value(QStringLiteral("made_by")).toString();
    if (!tableFromCbor(map.value(QStringLiteral("office_key")), h.officeKey)
        || !tableFromCbor(map.value(QStringLiteral("office_key_wraps")), h.wraps)
        || h.officeKey.rows.size() != 1)
        return Error {ErrorKind::Integrity, QString()};
    return h;
}

QStringList Header::logins() const
{
    QStringList out;
    for (const auto &row : wraps.rows)
        out.append(field(wraps, row, QStringLiteral("login")).toString());
    return out;
}

Result<Header> readHeader(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("OfficeBackup", "\"%1\" cannot be read.").arg(file)};
    BackupStreamReader reader(f);
    if (!reader.readHeader()) {
        if (reader.failure() == BackupStreamReader::Failure::NotBackup)
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate(
                    "OfficeBackup", "\"%1\" is not a backup of an office database.")
                    .arg(file)};
        if (reader.failure() == BackupStreamReader::Failure::Version)
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("OfficeBackup",
                    "\"%1\" was made by a newer TrustDesk; update TrustDesk to open it.")
                    .arg(file)};
        return damaged(file);
    }
    auto header = Header::fromCbor(reader.clearHeader());
    if (!header)
        return damaged(file);
    if (header->format < kFormat)
        return damaged(file);
    if (header->format > kFormat)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeBackup",
                "\"%1\" was made by a newer TrustDesk; update TrustDesk to open it.")
                .arg(file)};
    return header;
}

Result<SecureKey> unlock(const Header &header, const QString &login, const QString &passphrase)
{
    const QCborArray key = header.officeKey.rows.constFirst();
    const QByteArray office = field(header.officeKey, key, QStringLiteral("office")).toByteArray();
    const QByteArray keycheck
        = field(header.officeKey, key, QStringLiteral("keycheck")).toByteArray();
    for (const auto &row : header.wraps.rows) {
        const auto column
            = [&](const char *name) { return field(header.wraps, row, QString::fromLatin1(name)); };
        if (column("login").toString() != login)
            continue;
        OfficeKeyWrap wrap;
        wrap.login = login;
        wrap.kdf.ops = quint64(column("ops").toInteger());
        wrap.kdf.mem = quint64(column("mem").toInteger());
        wrap.kdf.salt = column("salt").toByteArray();
        wrap.wrapped.nonce = column("nonce").toByteArray();
        wrap.wrapped.sealed = column("wrapped").toByteArray();
        return OfficeKey::unwrap(office, keycheck, wrap, passphrase);
    }
    return Error {ErrorKind::NotFound,
        QCoreApplication::translate("OfficeBackup",
            "The login \"%1\" held no copy of the office key when the backup was made; it opens "
            "with the passphrase of one of: %2.")
            .arg(login, header.logins().join(QStringLiteral(", ")))};
}

SecureKey backupKey(const SecureKey &officeKey)
{
    return officeKey.derive(KeyPurpose::Backups);
}

RecordWriter::RecordWriter(BackupStreamWriter &stream)
    : m_stream(stream)
{ }

bool RecordWriter::add(const QCborArray &record, bool final)
{
    const QByteArray bytes = record.toCborValue().toCbor();
    char word[4];
    qToBigEndian(quint32(bytes.size()), word);
    m_buffer.append(word, 4);
    m_buffer.append(bytes);
    if (!final && m_buffer.size() < kMessageSize)
        return true;
    const bool ok = m_stream.message(m_buffer, final);
    m_buffer.clear();
    return ok;
}

bool RecordWriter::table(const QString &name, const QStringList &columns)
{
    QCborArray names;
    for (const auto &c : columns)
        names.append(c);
    return add(QCborArray {TableRecord, name, names});
}

bool RecordWriter::row(const QCborArray &values)
{
    QCborArray record {RowRecord};
    for (const auto &v : values)
        record.append(v);
    return add(record);
}

bool RecordWriter::endTable(qint64 rows)
{
    return add(QCborArray {EndRecord, rows});
}

bool RecordWriter::finish(qint64 tables)
{
    return add(QCborArray {FinishRecord, tables}, true);
}

Status read(const QString &file, const SecureKey &officeKey, const Visitor &visitor,
    const std::function<bool(qint64 done, qint64 total)> &progress)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("OfficeBackup", "\"%1\" cannot be read.").arg(file)};
    const qint64 total = f.size();
    BackupStreamReader reader(f);
    const SecureKey key = backupKey(officeKey);
    if (!reader.readHeader() || !reader.start(key))
        return damaged(file);
    QString table;
    bool inTable = false;
    qint64 rows = 0;
    qint64 tables = 0;
    bool finished = false;
    QByteArray plain;
    while (!reader.finished()) {
        if (!reader.next(plain))
            return damaged(file);
        qsizetype at = 0;
        while (at < plain.size()) {
            if (finished || plain.size() - at < 4)
                return damaged(file);
            const quint32 size = qFromBigEndian<quint32>(plain.constData() + at);
            at += 4;
            if (size > quint32(plain.size() - at))
                return damaged(file);
            QCborParserError parsed;
            const QCborValue value = QCborValue::fromCbor(
                QByteArray::fromRawData(plain.constData() + at, size), &parsed);
            at += size;
            if (parsed.error != QCborError::NoError || !value.isArray())
                return damaged(file);
            QCborArray record = value.toArray();
            const qint64 kind = record.first().toInteger();
            record.removeFirst();
            Status s;
            switch (kind) {
            case TableRecord: {
                if (inTable || record.size() != 2 || !record.at(1).isArray())
                    return damaged(file);
                table = record.at(0).toString();
                QStringList columns;
                for (const auto &c : record.at(1).toArray())
                    columns.append(c.toString());
                inTable = true;
                rows = 0;
                if (visitor.table)
                    s = visitor.table(table, columns);
                break;
            }
            case RowRecord:
                if (!inTable)
                    return damaged(file);
                ++rows;
                if (visitor.row)
                    s = visitor.row(record);
                break;
            case EndRecord:
                if (!inTable || record.size() != 1 || record.at(0).toInteger() != rows)
                    return damaged(file);
                inTable = false;
                ++tables;
                if (visitor.endTable)
                    s = visitor.endTable(table, rows);
                break;
            case FinishRecord:
                if (inTable || record.size() != 1 || record.at(0).toInteger() != tables
                    || !reader.finished() || at != plain.size())
                    return damaged(file);
                finished = true;
                break;
            default:
                return damaged(file);
            }
            if (!s)
                return s;
        }
        if (progress && !progress(reader.position(), total))
            return Error {
                ErrorKind::BadInput, QCoreApplication::translate("OfficeBackup", "Cancelled.")};
    }
    if (!finished)
        return damaged(file);
    return {};
}

Result<Report> verify(const QString &file, const SecureKey &officeKey,
    const std::function<bool(qint64 done, qint64 total)> &progress)
{
    Report report;
    ChunkCheck chunks(officeKey);
    QStringList columns;
    QString table;
    QString lastHash = AuditChain::kGenesis;
    qint64 lastAuditId = 0;
    Visitor visitor;
    visitor.table = [&](const QString &name, const QStringList &names) -> Status {
        table = name;
        columns = names;
        return {};
    };
    const auto value = [&columns](const QCborArray &row, const char *name) {
        const qsizetype i = columns.indexOf(QString::fromLatin1(name));
        return i < 0 ? QCborValue() : row.at(i);
    };
    visitor.row = [&](const QCborArray &row) -> Status {
        if (table == QLatin1String("evidence")) {
            chunks.expect(value(row, "id").toInteger(),
                QByteArray::fromHex(value(row, "sha256").toString().toLatin1()));
        } else if (table == QLatin1String("evidence_chunks")) {
            return chunks.chunk(value(row, "evidence_id").toInteger(), value(row, "n").toInteger(),
                value(row, "data").toByteArray());
        } else if (table == QLatin1String("audit_events")) {
            AuditChainEntry e;
            e.id = value(row, "id").toInteger();
            e.occurredAt = value(row, "occurred_at").toString();
            e.actor = value(row, "actor").toString();
            e.action = value(row, "action").toString();
            e.caseReference = value(row, "case_reference").toString();
            e.detail = value(row, "detail").toString();
            e.carriedFrom = value(row, "carried_from").toString();
            e.prevHash = value(row, "prev_hash").toString();
            e.entryHash = value(row, "entry_hash").toString();
            if (e.id <= lastAuditId || e.prevHash != lastHash || AuditChain::hash(e) != e.entryHash)
                return Error {ErrorKind::Integrity,
                    QCoreApplication::translate(
                        "OfficeBackup", "The audit log in the backup does not chain at entry %1.")
                        .arg(e.id)};
            lastAuditId = e.id;
            lastHash = e.entryHash;
            ++report.auditEntries;
        }
        return {};
    };
    visitor.endTable = [&](const QString &name, qint64 rows) -> Status {
        report.tables.append({name, rows});
        if (name == QLatin1String("evidence_chunks"))
            return chunks.finishItem();
        return {};
    };
    if (auto s = read(file, officeKey, visitor, progress); !s)
        return s.error();
    report.evidenceItems = chunks.items();
    return report;
}

} // namespace td::OfficeBackupFile
