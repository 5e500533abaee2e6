#include "caselistcsv.h"

#include "csvwriter.h"
#include "storage/caselistreader.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QDate>

namespace td {
namespace {

// The columns every export has; client fields follow (CaseListReader::exportableFields), the
// sensitive ones only when included.
struct FixedColumn
{
    const char *key;
    const char *label;
};
constexpr FixedColumn kFixed[] = {
    {"reference", QT_TRANSLATE_NOOP("CaseListCsv", "Reference")},
    {"status", QT_TRANSLATE_NOOP("CaseListCsv", "Status")},
    {"opened_on", QT_TRANSLATE_NOOP("CaseListCsv", "Opened")},
    {"last_incident_on", QT_TRANSLATE_NOOP("CaseListCsv", "Last incident")},
    {"assigned_caseworker", QT_TRANSLATE_NOOP("CaseListCsv", "Caseworker")},
    {"client_name", QT_TRANSLATE_NOOP("CaseListCsv", "Client")},
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

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CaseListCsv::CaseListCsv(Database &db, CaseRepository &repository)
    : m_db(db)
    , m_repository(repository)
{ }

QStringList CaseListCsv::columnKeys(const RedactionPolicy &policy)
{
    QStringList keys;
    for (const auto &c : kFixed)
        keys.append(QLatin1String(c.key));
    for (const ClientField field : clientColumns(policy))
        keys.append(clientFieldKey(field));
    return keys;
}

QStringList CaseListCsv::includableKeys()
{
    QStringList keys;
    for (const ClientField field : CaseListReader::exportableFields()) {
        if (isSensitive(field))
            keys.append(clientFieldKey(field));
    }
    return keys;
}

Result<qsizetype> CaseListCsv::write(QIODevice &out, const CaseQuery &query,
    const RedactionPolicy &policy, Headers headers,
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
    QString detail = QStringLiteral("csv");
    if (!included.isEmpty())
        detail += QStringLiteral("; included: ") + included.join(QLatin1String(", "));
    if (auto s = m_repository.recordEach(QStringLiteral("case.export"), references, detail); !s)
        return s.error();
    qsizetype written = 0;
    const auto cutOff = [&](const Error &error) -> Result<qsizetype> {
        (void)m_repository.recordEach(QStringLiteral("case.export_aborted"), references,
            QStringLiteral("csv; after %1 of %2 case(s)").arg(written).arg(cases->size()));
        return error;
    };

    CsvWriter csv(out);
    if (auto s = csv.begin(); !s)
        return cutOff(s.error());
    QStringList header;
    for (const auto &c : kFixed)
        header.append(headers == Headers::Keys
                ? QString::fromLatin1(c.key)
                : QCoreApplication::translate("CaseListCsv", c.label));
    for (const ClientField field : fields)
        header.append(headers == Headers::Keys ? clientFieldKey(field) : clientFieldLabel(field));
    if (auto s = csv.writeRow(header); !s)
        return cutOff(s.error());

    const qsizetype total = cases->size();
    for (const auto &c : std::as_const(cases.value())) {
        QStringList row {c.reference,
            headers == Headers::Keys ? caseStatusCode(c.status) : caseStatusLabel(c.status),
            isoDate(c.openedOn), isoDate(c.lastIncidentOn), c.assignedCaseworker, c.clientName};
        if (!fields.isEmpty())
            row.append(values->value(c.id, QStringList(fields.size(), QString())));
        if (auto s = csv.writeRow(row); !s)
            return cutOff(s.error());
        ++written;
        if (progress && (written % 500 == 0 || written == total) && !progress(written, total))
            return cutOff(Error {ErrorKind::Io,
                QCoreApplication::translate("CaseListCsv", "The export was stopped.")});
    }
    return written;
}

} // namespace td
