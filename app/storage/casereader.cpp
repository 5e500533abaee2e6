#include "casereader.h"

#include <functional>

#include "database.h"
#include "searchindex.h"
#include "searchtext.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <limits>

namespace td {
namespace {

using namespace Qt::StringLiterals;

const QString kSummaryColumns = QStringLiteral(
    "c.id, c.reference, c.status, c.opened_on, c.assigned_caseworker, cl.anonymous, cl.full_name,"
    " cl.preferred_name, nullif(c.last_incident_on, '')");

CaseSummary readSummary(const QSqlQuery &q)
{
    CaseSummary s;
    s.id = q.value(0).toLongLong();
    s.reference = q.value(1).toString();
    s.status = caseStatusFromCode(q.value(2).toString()).value_or(CaseStatus::Intake);
    s.openedOn = SqlValues::toDate(q.value(3));
    s.assignedCaseworker = q.value(4).toString();
    Client client;
    client.anonymous = q.value(5).toBool();
    client.fullName = q.value(6).toString();
    client.preferredName = q.value(7).toString();
    s.clientName = client.displayName();
    s.clientAnonymous = client.anonymous;
    s.lastIncidentOn = SqlValues::toDate(q.value(8));
    return s;
}

/// How a case list is ordered in SQL, and the same key taken from a row already shown (where
/// the next page starts). Both sides must agree exactly, collation included.
struct CaseSortKey
{
    QString expression;
    std::function<QVariant(const CaseSummary &)> valueOf;
};

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(u""_s);
}

CaseSortKey caseSortKey(CaseSort sort, SqlDialect dialect)
{
    switch (sort) {
    case CaseSort::Newest:
        break;
    case CaseSort::Reference:
        return {u"c.reference"_s, [](const CaseSummary &s) { return QVariant(s.reference); }};
    case CaseSort::Client:
        // The name the list shows; anonymous clients sort first, without their stored name. An
        // office server keeps the same expression on the case, indexed: cases_list_client
        // (migrations.cpp, version 16).
        return {dialect == SqlDialect::Postgres
                ? u"(c.client_sort COLLATE NOCASE)"_s
                : u"(CASE WHEN cl.anonymous = 1 THEN '' WHEN cl.full_name <> '' THEN cl.full_name"
                  " ELSE cl.preferred_name END COLLATE NOCASE)"_s,
            [](const CaseSummary &s) {
                return QVariant(s.clientAnonymous ? QString(u""_s) : s.clientName);
            }};
    case CaseSort::Status: {
        QString expression = u"(CASE c.status"_s;
        int rank = 0;
        for (const CaseStatus status : allCaseStatuses())
            expression += u" WHEN '%1' THEN %2"_s.arg(caseStatusCode(status)).arg(rank++);
        expression += u" ELSE 99 END)"_s;
        return {expression, [](const CaseSummary &s) {
                    int rank = 0;
                    for (const CaseStatus status : allCaseStatuses()) {
                        if (status == s.status)
                            return QVariant(rank);
                        ++rank;
                    }
                    return QVariant(99);
                }};
    }
    case CaseSort::Opened:
        return {u"coalesce(c.opened_on, '')"_s, // indexed: cases_list_opened
            [](const CaseSummary &s) { return QVariant(isoOrEmpty(s.openedOn)); }};
    case CaseSort::LastIncident:
        return {u"c.last_incident_on"_s, // kept by CaseWriter, indexed: cases_list_last_incident
            [](const CaseSummary &s) { return QVariant(isoOrEmpty(s.lastIncidentOn)); }};
    case CaseSort::Caseworker:
        return {u"(c.assigned_caseworker COLLATE NOCASE)"_s, // indexed: cases_list_caseworker
            [](const CaseSummary &s) { return QVariant(s.assignedCaseworker); }};
    }
    return {u"c.id"_s, [](const CaseSummary &s) { return QVariant(s.id); }};
}

} // namespace

CaseReader::CaseReader(Database &db)
    : m_db(db)
    , m_cache(db)
    , m_dialect(db.dialect())
{ }

QSqlQuery *CaseReader::statement(const QString &sql)
{
    QSqlQuery *q = m_cache.get(sql);
    if (q)
        q->setForwardOnly(true);
    return q;
}

Status CaseReader::run(QSqlQuery *q)
{
    if (!q)
        return sqlError(
            m_cache.lastError(), QCoreApplication::translate("CaseReader", "Reading cases"));
    if (!q->exec())
        return sqlError(q->lastError(), QCoreApplication::translate("CaseReader", "Reading cases"));
    return {};
}

Result<qint64> CaseReader::idForReference(const QString &reference)
{
    auto *q = statement(QStringLiteral("SELECT id FROM cases WHERE reference = ?"));
    if (q)
        q->bindValue(0, reference.trimmed().toUpper());
    if (auto s = run(q); !s)
        return s.error();
    if (!q->next())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("CaseReader", "There is no case %1.").arg(reference)};
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<CaseFile> CaseReader::load(qint64 id)
{
    auto *q = statement(QStringLiteral(
        "SELECT c.reference, c.status, c.opened_on, c.closed_on, c.assigned_caseworker, cl.id, "
        "cl.anonymous,"
        " cl.full_name, cl.preferred_name, cl.preferred_language, cl.interpreter_needed, cl.phone, "
        "cl.email,"
        " cl.address, cl.date_of_birth, cl.country_of_birth, cl.immigration_status, cl.a_number,"
        " cl.consent_to_file, cl.consent_date, cl.notes"
        " FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = ?"));
    if (q)
        q->bindValue(0, id);
    if (auto s = run(q); !s)
        return s.error();
    if (!q->next())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("CaseReader", "The case no longer exists.")};
    using namespace SqlValues;
    CaseFile c;
    c.id = id;
    c.reference = q->value(0).toString();
    const auto status = caseStatusFromCode(q->value(1).toString());
    if (!status)
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate("CaseReader", "Case %1 has an unknown status.")
                .arg(c.reference)};
    c.status = *status;
    c.openedOn = toDate(q->value(2));
    c.closedOn = toDate(q->value(3));
    c.assignedCaseworker = q->value(4).toString();
    Client &cl = c.client;
    cl.id = q->value(5).toLongLong();
    cl.anonymous = q->value(6).toBool();
    cl.fullName = q->value(7).toString();
    cl.preferredName = q->value(8).toString();
    cl.dropNameIfAnonymous(); // an unmigrated file (opened read-only) may hold one
    cl.preferredLanguage = q->value(9).toString();
    cl.interpreterNeeded = q->value(10).toBool();
    cl.phone = q->value(11).toString();
    cl.email = q->value(12).toString();
    cl.address = q->value(13).toString();
    cl.dateOfBirth = toDate(q->value(14));
    cl.countryOfBirth = q->value(15).toString();
    cl.immigrationStatus = q->value(16).toString();
    cl.aNumber = q->value(17).toString();
    cl.consentToFile = q->value(18).toBool();
    cl.consentDate = toDate(q->value(19));
    cl.notes = q->value(20).toString();
    q->finish();
    if (auto s = loadIncidents(c); !s)
        return s.error();
    if (auto s = loadOthers(c); !s)
        return s.error();
    return c;
}

Status CaseReader::loadIncidents(CaseFile &c)
{
    using namespace SqlValues;
    QHash<qint64, qsizetype> byId;
    auto *q = statement(QStringLiteral("SELECT id, occurred_on, occurred_time, location, "
                                       "police_district, agency, narrative FROM incidents"
                                       " WHERE case_id = ? ORDER BY position"));
    if (q)
        q->bindValue(0, c.id);
    if (auto s = run(q); !s)
        return s;
    while (q->next()) {
        Incident inc;
        inc.id = q->value(0).toLongLong();
        inc.date = toDate(q->value(1));
        inc.time = toTime(q->value(2));
        inc.location = q->value(3).toString();
        inc.policeDistrict = q->value(4).toString();
        inc.agency = q->value(5).toString();
        inc.narrative = q->value(6).toString();
        byId.insert(inc.id, c.incidents.size());
        c.incidents.append(inc);
    }
    if (c.incidents.isEmpty())
        return {};

    const QString ofCase
        = QStringLiteral(" WHERE incident_id IN (SELECT id FROM incidents WHERE case_id = ?)"
                         " ORDER BY incident_id, position");
    auto *v = statement(
        QStringLiteral("SELECT incident_id, category_code FROM incident_violations") + ofCase);
    if (v)
        v->bindValue(0, c.id);
    if (auto s = run(v); !s)
        return s;
    while (v->next())
        c.incidents[byId.value(v->value(0).toLongLong())].violations.append(v->value(1).toString());

    auto *o = statement(
        QStringLiteral(
            "SELECT incident_id, id, name, badge_number, unit, description FROM officers")
        + ofCase);
    if (o)
        o->bindValue(0, c.id);
    if (auto s = run(o); !s)
        return s;
    while (o->next()) {
        Officer officer {o->value(1).toLongLong(), o->value(2).toString(), o->value(3).toString(),
            o->value(4).toString(), o->value(5).toString()};
        c.incidents[byId.value(o->value(0).toLongLong())].officers.append(officer);
    }

    auto *w = statement(
        QStringLiteral("SELECT incident_id, id, name, contact, statement FROM witnesses") + ofCase);
    if (w)
        w->bindValue(0, c.id);
    if (auto s = run(w); !s)
        return s;
    while (w->next()) {
        Witness witness {w->value(1).toLongLong(), w->value(2).toString(), w->value(3).toString(),
            w->value(4).toString()};
        c.incidents[byId.value(w->value(0).toLongLong())].witnesses.append(witness);
    }
    return {};
}

Status CaseReader::loadOthers(CaseFile &c)
{
    using namespace SqlValues;
    auto *e = statement(QStringLiteral("SELECT id, original_name, media_type, size_bytes, sha256, "
                                       "captured_at, added_by, added_at, description,"
                                       " source, captured_origin FROM evidence"
                                       " WHERE case_id = ? ORDER BY id"));
    if (e)
        e->bindValue(0, c.id);
    if (auto s = run(e); !s)
        return s;
    while (e->next()) {
        EvidenceItem item;
        item.id = e->value(0).toLongLong();
        item.originalName = e->value(1).toString();
        item.mediaType = e->value(2).toString();
        item.sizeBytes = e->value(3).toLongLong();
        item.sha256 = e->value(4).toString();
        item.capturedAt = toDateTime(e->value(5));
        item.addedBy = e->value(6).toString();
        item.addedAt = toDateTime(e->value(7));
        item.description = e->value(8).toString();
        item.source = e->value(9).toString();
        item.capturedOrigin
            = captureOriginFromCode(e->value(10).toString()).value_or(CaptureOrigin::Unknown);
        c.evidence.append(item);
    }

    auto *cs = statement(QStringLiteral("SELECT id, filed_with, filed_on, channel, "
                                        "tracking_number, status FROM complaint_submissions"
                                        " WHERE case_id = ? ORDER BY position"));
    if (cs)
        cs->bindValue(0, c.id);
    if (auto s = run(cs); !s)
        return s;
    while (cs->next()) {
        c.complaints.append(ComplaintSubmission {cs->value(0).toLongLong(), cs->value(1).toString(),
            toDate(cs->value(2)), cs->value(3).toString(), cs->value(4).toString(),
            cs->value(5).toString()});
    }

    auto *f = statement(QStringLiteral(
        "SELECT id, due_on, done, note FROM follow_ups WHERE case_id = ? ORDER BY position"));
    if (f)
        f->bindValue(0, c.id);
    if (auto s = run(f); !s)
        return s;
    while (f->next())
        c.followUps.append(FollowUp {f->value(0).toLongLong(), toDate(f->value(1)),
            f->value(2).toBool(), f->value(3).toString()});
    return {};
}

Result<QList<CaseSummary>> CaseReader::page(const CaseQuery &query, qint64 beforeId, int limit)
{
    CaseQuery newest = query;
    newest.sort = CaseSort::Newest;
    CaseSummary after;
    after.id = beforeId;
    return pageAfter(newest, beforeId > 0 ? &after : nullptr, limit);
}

Result<QList<CaseSummary>> CaseReader::pageAfter(
    const CaseQuery &query, const CaseSummary *after, int limit)
{
    const QString match = SearchIndex::matchValue(m_dialect, query.text);
    const SearchIndex::SqlParts search = SearchIndex::sqlParts(m_dialect);
    const bool searching = !query.text.trimmed().isEmpty();
    if (searching && match.isEmpty())
        return QList<CaseSummary>();
    // On PostgreSQL a page of a search walks the cases in the list's order and tests each one's
    // search document, which for a word in 1-2 % of cases reads some 15 000 documents (often
    // toasted) for 200 rows: 66-180 ms at 1 000 000 cases (BENCHMARKS.md). When the matches
    // are few it is cheaper to take them from the GIN index (no document read) and sort only
    // them. fewMatches() decides.
    bool few = false;
    if (searching && m_dialect == SqlDialect::Postgres) {
        if (m_searchPages == SearchPages::Choose) {
            auto choice = fewMatches(match, limit);
            if (!choice)
                return choice.error();
            few = choice.value();
        } else {
            few = m_searchPages == SearchPages::FromIndex;
        }
    }
    // The order is computed in SQL (a top-N sort over the matching rows, with the id as the tie
    // breaker) and pages continue after the last row shown by comparing (key, id), never by
    // OFFSET: the 500th page costs what the first did.
    const CaseSortKey key = caseSortKey(query.sort, m_dialect);
    const bool newest = query.sort == CaseSort::Newest;
    const bool descending = newest || query.descending;
    const QString id = searching && !few ? search.caseId : QStringLiteral("c.id");
    QString where;
    if (query.status)
        where += QStringLiteral(" AND c.status = :status");
    const QString less = descending ? QStringLiteral("<") : QStringLiteral(">");
    if (after) {
        // A row value, which SQLite walks along an index on (key, id) when there is one.
        where += newest ? QStringLiteral(" AND %1 %2 :afterId").arg(id, less)
                        : QStringLiteral(" AND (%1, %3) %2 (:afterKey, :afterId)")
                              .arg(key.expression, less, id);
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString order = newest ? QStringLiteral(" ORDER BY ") + id + direction
                                 : QStringLiteral(" ORDER BY ") + key.expression + direction
            + QStringLiteral(", ") + id + direction;
    QString sql = QStringLiteral("SELECT ") + kSummaryColumns;
    if (few && newest && !query.status) {
        // The matching ids from the index (OFFSET 0 keeps that subquery whole: a bitmap scan,
        // no document read), the page among the ids alone, then only its cases and clients.
        sql += QStringLiteral(" FROM (SELECT c.id FROM (SELECT s.case_id AS id FROM case_search s"
                              " WHERE ")
            + search.matches + QStringLiteral(" OFFSET 0) c WHERE 1 = 1") + where + order
            + QStringLiteral(" LIMIT :limit) m JOIN cases c ON c.id = m.id"
                             " JOIN clients cl ON cl.id = c.client_id")
            + order;
    } else if (few) {
        // The same, with the case of each match for its sort key or status (all columns of
        // cases on PostgreSQL: client_sort, schema 16), looked up by id: a plain join let the
        // planner hash every filed case (210 ms for nguyen by client among filed cases, 34 ms
        // this way; the old walk took 760-1000 ms). Then the clients of the page only.
        sql += QStringLiteral(" FROM (SELECT c.* FROM (SELECT s.case_id FROM case_search s WHERE ")
            + search.matches
            + QStringLiteral(" OFFSET 0) m CROSS JOIN LATERAL (SELECT * FROM cases c"
                             " WHERE c.id = m.case_id OFFSET 0) c WHERE 1 = 1")
            + where + order
            + QStringLiteral(" LIMIT :limit) c JOIN clients cl ON cl.id = c.client_id") + order;
    } else {
        sql += searching ? QStringLiteral(" FROM ") + search.indexJoinCases
                + QStringLiteral(" JOIN clients cl ON cl.id = c.client_id WHERE ") + search.matches
                         : QStringLiteral(" FROM cases c JOIN clients cl ON cl.id = c.client_id"
                                          " WHERE 1 = 1");
        sql += where + order + QStringLiteral(" LIMIT :limit");
    }
    auto *q = statement(sql);
    if (q) {
        if (searching)
            q->bindValue(QStringLiteral(":match"), match);
        if (query.status)
            q->bindValue(QStringLiteral(":status"), caseStatusCode(*query.status));
        if (after) {
            q->bindValue(QStringLiteral(":afterId"), after->id);
            if (!newest)
                q->bindValue(QStringLiteral(":afterKey"), key.valueOf(*after));
        }
        q->bindValue(QStringLiteral(":limit"), limit);
    }
    if (auto s = run(q); !s)
        return s.error();
    QList<CaseSummary> out;
    while (q->next())
        out.append(readSummary(*q));
    return out;
}

Result<bool> CaseReader::fewMatches(const QString &match, int limit)
{
    // Counting the matches would cost what it is meant to save: a count up to 20 000 took
    // 40-50 ms for a word in every case at 1 000 000 (the rows are read to be counted), and a
    // word in 1-2 % of cases is read whole in 6-18 ms from the index. The planner's estimate
    // (from the column's statistics, no row read, ~0.3 ms) is good enough to choose by: a wrong
    // choice only costs time, never rows. Walking reads about limit * cases / matches rows at
    // ~8 us each (the document is detoasted and tested), the index about `matches` rows at
    // ~0.5-1.8 us (hot or read from disk), so the index wins while matches^2 < 5 * limit * cases:
    // below ~32 000 matches of 1 000 000 for a page of 200.
    const auto fail = [](const QSqlError &error) {
        return sqlError(error, QCoreApplication::translate("CaseReader", "Reading cases"));
    };
    QSqlDatabase db = m_db.connection();
    // The number of indexed cases, as the planner has it: read again after a minute, since a
    // database can grow a lot while it stays open.
    if (m_indexedCases < 0 || !m_indexedCasesAge.isValid() || m_indexedCasesAge.hasExpired(60000)) {
        m_indexedCasesAge.start();
        QSqlQuery n(db);
        if (!n.exec(QStringLiteral(
                "SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'case_search'::regclass")))
            return fail(n.lastError());
        m_indexedCases = n.next() ? n.value(0).toDouble() : 0;
    }
    const auto estimate = SearchIndex::estimatedMatches(m_db, match);
    if (!estimate)
        return estimate.error();
    const double matches = estimate.value();
    const double cases = std::max(m_indexedCases, matches);
    return matches * matches < 5.0 * std::max(limit, 1) * cases;
}

Result<qint64> CaseReader::count(const CaseQuery &query)
{
    return countUpTo(query, 0);
}

Result<CaseReader::StatusCount> CaseReader::statusCount(
    const CaseQuery &query, qint64 serverSearchCap)
{
    const bool capped = m_dialect == SqlDialect::Postgres && serverSearchCap > 0
        && !query.text.trimmed().isEmpty();
    const auto total = capped ? countUpTo(query, serverSearchCap + 1) : count(query);
    if (!total)
        return total.error();
    if (capped && total.value() > serverSearchCap)
        return StatusCount {serverSearchCap, true};
    return StatusCount {total.value(), false};
}

Result<qint64> CaseReader::countUpTo(const CaseQuery &query, qint64 limit)
{
    const QString match = SearchIndex::matchValue(m_dialect, query.text);
    const SearchIndex::SqlParts search = SearchIndex::sqlParts(m_dialect);
    QString rows; // the rows to count, as a FROM … WHERE …
    if (!query.text.trimmed().isEmpty()) {
        if (match.isEmpty())
            return qint64(0);
        // Every index row belongs to a case (saved in the same transaction, checked by verify),
        // so without a status filter the index counts alone: joining the cases made a word found
        // in every case of 100 000 take 39 ms instead of 8 (tests/bench, BENCHMARKS.md).
        rows = query.status
            ? QStringLiteral(" FROM ") + search.indexJoinCases + QStringLiteral(" WHERE ")
                + search.matches + QStringLiteral(" AND c.status = :status")
            : QStringLiteral(" FROM case_search s WHERE ") + search.matches;
    } else {
        rows = QStringLiteral(" FROM cases c");
        if (query.status)
            rows += QStringLiteral(" WHERE c.status = :status");
    }
    // Counting stops at `limit` rows. Without search text that is an index-only count (a few ms
    // for 10 000); a search's matching rows are still read to be counted (to 10 000: 45 ms for a
    // word in 5 % of 1 000 000 cases, 120 ms in 12 %), so the case list does not wait on that.
    const QString sql = limit > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1") + rows
            + QStringLiteral(" LIMIT :cap) counted")
                                  : QStringLiteral("SELECT count(*)") + rows;
    auto *q = statement(sql);
    if (q) {
        if (!match.isEmpty())
            q->bindValue(QStringLiteral(":match"), match);
        if (query.status)
            q->bindValue(QStringLiteral(":status"), caseStatusCode(*query.status));
        if (limit > 0)
            q->bindValue(QStringLiteral(":cap"), limit);
    }
    if (auto s = run(q); !s)
        return s.error();
    if (!q->next())
        return qint64(0);
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

Result<QList<CaseSummary>> CaseReader::summaries(const QList<qint64> &ids)
{
    // One statement for all of them (a search's 50 were 50 round trips, which on a busy office
    // server cost more than the search itself), in the order of `ids`.
    QList<CaseSummary> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    marks.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("?"));
    auto *q = statement(QStringLiteral("SELECT ") + kSummaryColumns
        + QStringLiteral(" FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id IN (")
        + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    if (q) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            q->bindValue(static_cast<int>(i), ids.at(i));
    }
    if (auto s = run(q); !s)
        return s.error();
    QHash<qint64, CaseSummary> byId;
    while (q->next()) {
        CaseSummary summary = readSummary(*q);
        byId.insert(summary.id, std::move(summary));
    }
    q->finish();
    for (const qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            out.append(it.value());
    }
    return out;
}

} // namespace td
