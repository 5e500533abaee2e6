#include "casewriter.h"

#include "database.h"
#include "domain/casereference.h"
#include "domain/officeridentity.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QDateTime>

namespace td {
namespace {

const QString kClientColumns
    = QStringLiteral("anonymous, full_name, preferred_name, preferred_language, "
                     "interpreter_needed, phone, email, address,"
                     " date_of_birth, country_of_birth, immigration_status, a_number, "
                     "consent_to_file, consent_date, notes");

void bindClient(QSqlQuery *q, const Client &c, int &i)
{
    using namespace SqlValues;
    q->bindValue(i++, boolean(c.anonymous));
    // An anonymous client's name never reaches the file, whichever path the case came by.
    q->bindValue(i++, SqlValues::text(c.anonymous ? QString() : c.fullName));
    q->bindValue(i++, SqlValues::text(c.anonymous ? QString() : c.preferredName));
    q->bindValue(i++, SqlValues::text(c.preferredLanguage));
    q->bindValue(i++, boolean(c.interpreterNeeded));
    q->bindValue(i++, SqlValues::text(c.phone));
    q->bindValue(i++, SqlValues::text(c.email));
    q->bindValue(i++, SqlValues::text(c.address));
    q->bindValue(i++, date(c.dateOfBirth));
    q->bindValue(i++, SqlValues::text(c.countryOfBirth));
    q->bindValue(i++, SqlValues::text(c.immigrationStatus));
    q->bindValue(i++, SqlValues::text(c.aNumber));
    q->bindValue(i++, boolean(c.consentToFile));
    q->bindValue(i++, date(c.consentDate));
    q->bindValue(i++, SqlValues::text(c.notes));
}

} // namespace

CaseWriter::CaseWriter(Database &db)
    : m_cache(db)
{ }

QSqlQuery *CaseWriter::statement(const QString &sql)
{
    return m_cache.get(sql);
}

Status CaseWriter::run(QSqlQuery *q)
{
    if (!q)
        return sqlError(
            m_cache.lastError(), QCoreApplication::translate("CaseWriter", "Saving the case"));
    if (!q->exec())
        return sqlError(
            q->lastError(), QCoreApplication::translate("CaseWriter", "Saving the case"));
    return {};
}

Result<qint64> CaseWriter::runInsert(QSqlQuery *q)
{
    if (auto s = run(q); !s)
        return s.error();
    if (!q->next())
        return sqlError(
            q->lastError(), QCoreApplication::translate("CaseWriter", "Saving the case"));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<qint64> CaseWriter::insertClient(const Client &client)
{
    auto *q = statement(QStringLiteral("INSERT INTO clients (") + kClientColumns
        + QStringLiteral(", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                         " RETURNING id"));
    if (q) {
        int i = 0;
        bindClient(q, client, i);
        q->bindValue(i++, m_now);
        q->bindValue(i++, m_now);
    }
    return runInsert(q);
}

Status CaseWriter::updateClient(const Client &client)
{
    auto *q = statement(QStringLiteral(
        "UPDATE clients SET anonymous = ?, full_name = ?, preferred_name = ?, preferred_language = "
        "?,"
        " interpreter_needed = ?, phone = ?, email = ?, address = ?, date_of_birth = ?, "
        "country_of_birth = ?,"
        " immigration_status = ?, a_number = ?, consent_to_file = ?, consent_date = ?, notes = ?,"
        " updated_at = ? WHERE id = ?"));
    if (q) {
        int i = 0;
        bindClient(q, client, i);
        q->bindValue(i++, m_now);
        q->bindValue(i++, client.id);
    }
    if (auto s = run(q); !s)
        return s;
    if (q->numRowsAffected() == 0)
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate(
                "CaseWriter", "The client this case belongs to no longer exists.")};
    return {};
}

Result<QString> CaseWriter::nextReference(int year)
{
    // One statement (a round trip on a server) takes the number and reads it back.
    auto *q = statement(QStringLiteral(
        "INSERT INTO reference_counters (year, last_sequence) VALUES (?, 1)"
        " ON CONFLICT (year) DO UPDATE SET last_sequence = reference_counters.last_sequence + 1"
        " RETURNING last_sequence"));
    if (q)
        q->bindValue(0, year);
    if (auto s = run(q); !s)
        return s.error();
    if (!q->next())
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate("CaseWriter", "The case numbering could not be read.")};
    const int sequence = q->value(0).toInt();
    q->finish();
    return CaseReference::make(year, sequence);
}

Status CaseWriter::noteReference(const QString &reference)
{
    // Imported references advance the counter so later new cases never collide with them.
    auto *q = statement(
        QStringLiteral("INSERT INTO reference_counters (year, last_sequence) VALUES (?, ?)"
                       " ON CONFLICT (year) DO UPDATE SET last_sequence = CASE"
                       " WHEN excluded.last_sequence > reference_counters.last_sequence THEN "
                       "excluded.last_sequence"
                       " ELSE reference_counters.last_sequence END"));
    if (q) {
        q->bindValue(0, CaseReference::year(reference));
        q->bindValue(1, CaseReference::sequence(reference));
    }
    return run(q);
}

Result<QStringList> CaseWriter::existing(const QStringList &references)
{
    QStringList found;
    auto *q = statement(QStringLiteral("SELECT 1 FROM cases WHERE reference = ?"));
    for (const auto &ref : references) {
        if (q)
            q->bindValue(0, ref);
        if (auto s = run(q); !s)
            return s.error();
        if (q->next())
            found.append(ref);
        q->finish();
    }
    return found;
}

Result<qint64> CaseWriter::insert(CaseFile &c)
{
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (c.reference.isEmpty()) {
        auto ref
            = nextReference(c.openedOn.isValid() ? c.openedOn.year() : QDate::currentDate().year());
        if (!ref)
            return ref.error();
        c.reference = ref.value();
    } else if (auto s = noteReference(c.reference); !s) {
        return s.error();
    }
    if (c.client.id > 0) {
        // Intake linked this case to a client already known: update that person, don't copy them.
        if (auto s = updateClient(c.client); !s)
            return s.error();
    } else {
        auto clientId = insertClient(c.client);
        if (!clientId)
            return clientId.error();
        c.client.id = clientId.value();
    }

    auto *q = statement(
        QStringLiteral("INSERT INTO cases (reference, client_id, status, "
                       "opened_on, closed_on, assigned_caseworker,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (q) {
        q->bindValue(0, SqlValues::text(c.reference));
        q->bindValue(1, c.client.id);
        q->bindValue(2, caseStatusCode(c.status));
        q->bindValue(3, SqlValues::date(c.openedOn));
        q->bindValue(4, SqlValues::date(c.closedOn));
        q->bindValue(5, SqlValues::text(c.assignedCaseworker));
        q->bindValue(6, m_now);
        q->bindValue(7, m_now);
    }
    const auto caseId = runInsert(q);
    if (!caseId)
        return caseId.error();
    c.id = caseId.value();
    if (auto s = insertChildren(c); !s)
        return s.error();
    if (auto s = insertEvidence(c.id, c.evidence); !s)
        return s.error();
    return c.id;
}

Status CaseWriter::update(CaseFile &c)
{
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (auto s = updateClient(c.client); !s)
        return s;
    auto *q = statement(QStringLiteral("UPDATE cases SET status = ?, opened_on = ?, closed_on = ?, "
                                       "assigned_caseworker = ?, updated_at = ?,"
                                       " revision = revision + 1 WHERE id = ?"));
    if (q) {
        q->bindValue(0, caseStatusCode(c.status));
        q->bindValue(1, SqlValues::date(c.openedOn));
        q->bindValue(2, SqlValues::date(c.closedOn));
        q->bindValue(3, SqlValues::text(c.assignedCaseworker));
        q->bindValue(4, m_now);
        q->bindValue(5, c.id);
    }
    if (auto s = run(q); !s)
        return s;
    // Children are replaced wholesale: simpler than diffing, and one transaction keeps it atomic.
    for (const auto &table : {QStringLiteral("incidents"), QStringLiteral("complaint_submissions"),
             QStringLiteral("follow_ups")}) {
        auto *del = statement(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(table));
        if (del)
            del->bindValue(0, c.id);
        if (auto s = run(del); !s)
            return s;
    }
    if (auto s = insertChildren(c); !s)
        return s;
    QList<EvidenceItem> added;
    for (const auto &e : std::as_const(c.evidence)) {
        if (e.id == 0)
            added.append(e);
    }
    return insertEvidence(c.id, added);
}

Status CaseWriter::insertChildren(CaseFile &c)
{
    // The latest incident's date, kept on the case so the list can be ordered by it cheaply.
    QDate lastIncident;
    for (const auto &incident : std::as_const(c.incidents)) {
        if (incident.date.isValid() && (!lastIncident.isValid() || incident.date > lastIncident))
            lastIncident = incident.date;
    }
    auto *lastQ = statement(QStringLiteral("UPDATE cases SET last_incident_on = ? WHERE id = ?"));
    if (lastQ) {
        lastQ->bindValue(
            0, lastIncident.isValid() ? lastIncident.toString(Qt::ISODate) : QStringLiteral(""));
        lastQ->bindValue(1, c.id);
    }
    if (auto s = run(lastQ); !s)
        return s;

    auto *incidentQ = statement(
        QStringLiteral("INSERT INTO incidents (case_id, position, occurred_on, "
                       "occurred_time, location, police_district,"
                       " agency, narrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    auto *violationQ = statement(QStringLiteral(
        "INSERT INTO incident_violations (incident_id, category_code, position) VALUES (?, ?, ?)"));
    auto *officerQ = statement(QStringLiteral(
        "INSERT INTO officers (incident_id, position, name, badge_number, unit, description,"
        " badge_key, agency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    auto *witnessQ
        = statement(QStringLiteral("INSERT INTO witnesses (incident_id, position, name, "
                                   "contact, statement) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    for (int pos = 0; pos < c.incidents.size(); ++pos) {
        Incident &inc = c.incidents[pos];
        if (incidentQ) {
            incidentQ->bindValue(0, c.id);
            incidentQ->bindValue(1, pos);
            incidentQ->bindValue(2, SqlValues::date(inc.date));
            incidentQ->bindValue(3, SqlValues::time(inc.time));
            incidentQ->bindValue(4, SqlValues::text(inc.location));
            incidentQ->bindValue(5, SqlValues::text(inc.policeDistrict));
            incidentQ->bindValue(6, SqlValues::text(inc.agency));
            incidentQ->bindValue(7, SqlValues::text(inc.narrative));
        }
        const auto newId = runInsert(incidentQ);
        if (!newId)
            return newId.error();
        inc.id = newId.value();
        for (int v = 0; v < inc.violations.size(); ++v) {
            if (violationQ) {
                violationQ->bindValue(0, inc.id);
                violationQ->bindValue(1, inc.violations.at(v));
                violationQ->bindValue(2, v);
            }
            if (auto s = run(violationQ); !s)
                return s;
        }
        for (int o = 0; o < inc.officers.size(); ++o) {
            Officer &officer = inc.officers[o];
            if (officerQ) {
                officerQ->bindValue(0, inc.id);
                officerQ->bindValue(1, o);
                officerQ->bindValue(2, SqlValues::text(officer.name));
                officerQ->bindValue(3, SqlValues::text(officer.badgeNumber));
                officerQ->bindValue(4, SqlValues::text(officer.unit));
                officerQ->bindValue(5, SqlValues::text(officer.description));
                // Repeat officers are found by these keys (OfficerQuery); an officer without a
                // badge number gets none, so it is never taken for another.
                const QString badgeKey = OfficerIdentity::badgeKey(officer.badgeNumber);
                officerQ->bindValue(6, SqlValues::text(badgeKey));
                officerQ->bindValue(7,
                    SqlValues::text(
                        badgeKey.isEmpty() ? QString() : OfficerIdentity::agencyKey(inc.agency)));
            }
            const auto newId = runInsert(officerQ);
            if (!newId)
                return newId.error();
            officer.id = newId.value();
        }
        for (int w = 0; w < inc.witnesses.size(); ++w) {
            Witness &witness = inc.witnesses[w];
            if (witnessQ) {
                witnessQ->bindValue(0, inc.id);
                witnessQ->bindValue(1, w);
                witnessQ->bindValue(2, SqlValues::text(witness.name));
                witnessQ->bindValue(3, SqlValues::text(witness.contact));
                witnessQ->bindValue(4, SqlValues::text(witness.statement));
            }
            const auto newId = runInsert(witnessQ);
            if (!newId)
                return newId.error();
            witness.id = newId.value();
        }
    }

    auto *complaintQ
        = statement(QStringLiteral("INSERT INTO complaint_submissions (case_id, position, "
                                   "filed_with, filed_on, channel, tracking_number,"
                                   " status) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (int pos = 0; pos < c.complaints.size(); ++pos) {
        ComplaintSubmission &cs = c.complaints[pos];
        if (complaintQ) {
            complaintQ->bindValue(0, c.id);
            complaintQ->bindValue(1, pos);
            complaintQ->bindValue(2, SqlValues::text(cs.filedWith));
            complaintQ->bindValue(3, SqlValues::date(cs.filedOn));
            complaintQ->bindValue(4, SqlValues::text(cs.channel));
            complaintQ->bindValue(5, SqlValues::text(cs.trackingNumber));
            complaintQ->bindValue(6, SqlValues::text(cs.status));
        }
        const auto newId = runInsert(complaintQ);
        if (!newId)
            return newId.error();
        cs.id = newId.value();
    }

    auto *followQ = statement(QStringLiteral(
        "INSERT INTO follow_ups (case_id, position, due_on, done, note) VALUES (?, ?, ?, ?, ?)"
        " RETURNING id"));
    for (int pos = 0; pos < c.followUps.size(); ++pos) {
        FollowUp &f = c.followUps[pos];
        if (followQ) {
            followQ->bindValue(0, c.id);
            followQ->bindValue(1, pos);
            followQ->bindValue(2, SqlValues::date(f.dueOn));
            followQ->bindValue(3, SqlValues::boolean(f.done));
            followQ->bindValue(4, SqlValues::text(f.note));
        }
        const auto newId = runInsert(followQ);
        if (!newId)
            return newId.error();
        f.id = newId.value();
    }
    return {};
}

Status CaseWriter::insertEvidence(qint64 caseId, QList<EvidenceItem> &evidence)
{
    auto *q = statement(
        QStringLiteral("INSERT INTO evidence (case_id, original_name, media_type, size_bytes, "
                       "sha256, captured_at, added_by,"
                       " added_at, description, source, captured_origin)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (auto &e : evidence) {
        if (q) {
            q->bindValue(0, caseId);
            q->bindValue(1, SqlValues::text(e.originalName));
            q->bindValue(2, SqlValues::text(e.mediaType));
            q->bindValue(3, e.sizeBytes);
            q->bindValue(4, SqlValues::text(e.sha256));
            q->bindValue(5, SqlValues::dateTime(e.capturedAt));
            q->bindValue(6, SqlValues::text(e.addedBy));
            q->bindValue(7, e.addedAt.isValid() ? SqlValues::dateTime(e.addedAt) : QVariant(m_now));
            q->bindValue(8, SqlValues::text(e.description));
            q->bindValue(9, SqlValues::text(e.source));
            q->bindValue(10, captureOriginCode(e.capturedOrigin));
        }
        const auto newId = runInsert(q);
        if (!newId)
            return newId.error();
        e.id = newId.value();
    }
    return {};
}

} // namespace td
