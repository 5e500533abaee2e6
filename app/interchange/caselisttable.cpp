#include "caselisttable.h"

#include "storage/caselistreader.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QDate>

namespace td {
namespace {

// The columns every export has; client fields follow (CaseListReader::exportableFields), the
// sensitive ones only when included. The translation context stays "CaseListCsv", where the
// labels were first translated.
struct FixedColumn
{
    const char *key;
    const char *label;
    CaseListColumn::Type type;
};
constexpr FixedColumn kFixed[] = {
    {"reference", QT_TRANSLATE_NOOP("CaseListCsv", "Reference"), CaseListColumn::Type::Text},
    {"status", QT_TRANSLATE_NOOP("CaseListCsv", "Status"), CaseListColumn::Type::Text},
    {"opened_on", QT_TRANSLATE_NOOP("CaseListCsv", "Opened"), CaseListColumn::Type::Date},
    {"last_incident_on", QT_TRANSLATE_NOOP("CaseListCsv", "Last incident"),
        CaseListColumn::Type::Date},
    {"assigned_caseworker", QT_TRANSLATE_NOOP("CaseListCsv", "Caseworker"),
        CaseListColumn::Type::Text},
    {"client_name", QT_TRANSLATE_NOOP("CaseListCsv", "Client"), CaseListColumn::Type::Text},
};

QList<ClientField> clientColumns(const RedactionPolicy &policy)
{
    QList<ClientField> out;
    for (const ClientField field : CaseListReader::exportableFields()) {
        if (!policy.withholds(field))
            out.append(field);
    }
    return out;
}

CaseListColumn::Type typeOf(ClientField field)
{
    switch (field) {
    case ClientField::DateOfBirth:
        return CaseListColumn::Type::Date;
    case ClientField::InterpreterNeeded:
        return CaseListColumn::Type::Number;
    default:
        return CaseListColumn::Type::Text;
    }
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CaseListTable::CaseListTable(Database &db, CaseRepository &repository)
    : m_db(db)
    , m_repository(repository)
{ }

QList<CaseListColumn> CaseListTable::columns(const RedactionPolicy &policy, Headers headers)
{
    QList<CaseListColumn> out;
    for (const auto &c : kFixed)
        out.append({QString::fromLatin1(c.key),
            headers == Headers::Keys ? QString::fromLatin1(c.key)
                                     : QCoreApplication::translate("CaseListCsv", c.label),
            c.type});
    for (const ClientField field : clientColumns(policy))
        out.append({clientFieldKey(field),
            headers == Headers::Keys ? clientFieldKey(field) : clientFieldLabel(field),
            typeOf(field)});
    return out;
}

QStringList CaseListTable::columnKeys(const RedactionPolicy &policy)
{
    QStringList keys;
    for (const auto &column : columns(policy, Headers::Keys))
        keys.append(column.key);
    return keys;
}

QStringList CaseListTable::includableKeys()
{
    QStringList keys;
    for (const ClientField field : CaseListReader::exportableFields()) {
        if (isSensitive(field))
            keys.append(clientFieldKey(field));
    }
    return keys;
}

Result<qsizetype> CaseListTable::write(CaseListSink &sink, const QString &format,
    const CaseQuery &query, const RedactionPolicy &policy, Headers headers,
    const std::function<bool(qsizetype, qsizetype)> &progress)
{
    CaseListReader reader(m_db);
    auto cases = reader.all(query);
    if (!cases)
        return cases.error();
    const QList<ClientField> fields = clientColumns(policy);
    QList<qint64> ids;
    QStringList references;
    ids.reserve(cases->size());
    references.reserve(cases->size());
    for (const auto &c : std::as_const(cases.value())) {
        ids.append(c.id);
        references.append(c.reference);
    }
    auto values = reader.clientValues(ids, fields);
    if (!values)
        return values.error();

    // On the record before the first byte leaves, as for the JSON export (CaseExporter).
    const QStringList included = policy.includedKeys();
    QString detail = format;
    if (!included.isEmpty())
        detail += QStringLiteral("; included: ") + included.join(QLatin1String(", "));
    if (auto s = m_repository.recordEach(QStringLiteral("case.export"), references, detail); !s)
        return s.error();
    qsizetype written = 0;
    const auto cutOff = [&](const Error &error) -> Result<qsizetype> {
        (void)m_repository.recordEach(QStringLiteral("case.export_aborted"), references,
            QStringLiteral("%1; after %2 of %3 case(s)")
                .arg(format)
                .arg(written)
                .arg(cases->size()));
        return error;
    };

    if (auto s = sink.header(columns(policy, headers)); !s)
        return cutOff(s.error());
    const qsizetype total = cases->size();
    for (const auto &c : std::as_const(cases.value())) {
        QStringList row {c.reference,
            headers == Headers::Keys ? caseStatusCode(c.status) : caseStatusLabel(c.status),
            isoDate(c.openedOn), isoDate(c.lastIncidentOn), c.assignedCaseworker, c.clientName};
        if (!fields.isEmpty())
            row.append(values->value(c.id, QStringList(fields.size(), QString())));
        if (auto s = sink.row(row); !s)
            return cutOff(s.error());
        ++written;
        if (progress && (written % 500 == 0 || written == total) && !progress(written, total))
            return cutOff(Error {ErrorKind::Io,
                QCoreApplication::translate("CaseListCsv", "The export was stopped.")});
    }
    if (auto s = sink.finish(); !s)
        return cutOff(s.error());
    return written;
}

} // namespace td
