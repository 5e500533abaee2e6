#include "caselistreader.h"

#include "casereader.h"
#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace td {
namespace {

// The one list of client columns an export may read: a field becomes SQL only through here.
const char *column(ClientField field)
{
    switch (field) {
    case ClientField::PreferredLanguage:
        return "preferred_language";
    case ClientField::InterpreterNeeded:
        return "interpreter_needed";
    case ClientField::Phone:
        return "phone";
    case ClientField::Email:
        return "email";
    case ClientField::Address:
        return "address";
    case ClientField::DateOfBirth:
        return "date_of_birth";
    case ClientField::CountryOfBirth:
        return "country_of_birth";
    case ClientField::ImmigrationStatus:
        return "immigration_status";
    case ClientField::ANumber:
        return "a_number";
    default:
        return nullptr;
    }
}

QString readingContext()
{
    return QCoreApplication::translate("CaseListReader", "Reading the case list");
}

} // namespace

CaseListReader::CaseListReader(Database &db)
    : m_db(db)
{ }

QList<ClientField> CaseListReader::exportableFields()
{
    QList<ClientField> out;
    for (const auto &info : clientFields()) {
        if (column(info.field))
            out.append(info.field);
    }
    return out;
}

Result<QList<CaseSummary>> CaseListReader::all(
    const CaseQuery &query, const std::function<bool(qsizetype)> &progress)
{
    CaseReader reader(m_db);
    ReadSnapshot snapshot(m_db);
    QList<CaseSummary> out;
    constexpr int kPage = 5000;
    for (;;) {
        auto page = reader.pageAfter(query, out.isEmpty() ? nullptr : &out.constLast(), kPage);
        if (!page)
            return page.error();
        out.append(page.value());
        if (progress && !progress(out.size()))
            return Error {ErrorKind::Io,
                QCoreApplication::translate("CaseListReader", "The export was stopped.")};
        if (page->size() < kPage)
            break;
    }
    return out;
}

Result<QHash<qint64, QStringList>> CaseListReader::clientValues(
    const QList<qint64> &ids, const QList<ClientField> &fields)
{
    QHash<qint64, QStringList> out;
    if (fields.isEmpty() || ids.isEmpty())
        return out;
    QStringList columns;
    for (const ClientField field : fields) {
        const char *name = column(field);
        if (!name)
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("CaseListReader", "%1 cannot be exported in a list.")
                    .arg(clientFieldLabel(field))};
        columns.append(QStringLiteral("cl.") + QLatin1String(name));
    }
    ReadSnapshot snapshot(m_db);
    constexpr qsizetype kChunk = 500; // well under every engine's limit of bound values
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - start);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT c.id, %1 FROM cases c JOIN clients cl ON cl.id = c.client_id"
                           " WHERE c.id IN (%2)")
                .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1Char(','))));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(ids.at(start + i));
        if (!q.exec())
            return sqlError(q.lastError(), readingContext());
        while (q.next()) {
            QStringList values;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QVariant v = q.value(int(c + 1));
                values.append(v.isNull() ? QString() : v.toString());
            }
            out.insert(q.value(0).toLongLong(), values);
        }
    }
    return out;
}

} // namespace td
