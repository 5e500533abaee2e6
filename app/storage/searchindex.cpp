#include "searchindex.h"

#include "database.h"
#include "searchtext.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td {
namespace {

QString joined(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const auto &p : parts) {
        if (!p.isEmpty())
            nonEmpty.append(p);
    }
    return SearchText::fold(nonEmpty.join(QLatin1Char('\n')));
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{ }

Status SearchIndex::createSchema(Database &db)
{
    // Text is folded in C++ (SearchText) before it reaches FTS5, so the tokenizer only splits.
    return db.exec(QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5("
                                  "reference, client, officers, location, narrative,"
                                  " tokenize = 'unicode61 remove_diacritics 2')"),
        QCoreApplication::translate("SearchIndex", "Creating the search index"));
}

Status SearchIndex::update(const CaseFile &c)
{
    if (auto s = remove(c.id); !s)
        return s;
    // An anonymous client is never found by a name, even one still held in memory.
    QStringList client;
    if (!c.client.anonymous)
        client = {c.client.fullName, c.client.preferredName};
    QStringList officers, locations, narratives;
    for (const auto &incident : c.incidents) {
        locations << incident.location << incident.policeDistrict << incident.agency;
        narratives << incident.narrative;
        for (const auto &o : incident.officers)
            officers << o.name << o.badgeNumber << o.unit;
        for (const auto &w : incident.witnesses)
            narratives << w.name << w.statement;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO case_search (rowid, reference, client, officers, location, narrative)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(SqlValues::text(SearchText::fold(c.reference)));
    q.addBindValue(joined(client));
    q.addBindValue(joined(officers));
    q.addBindValue(joined(locations));
    q.addBindValue(joined(narratives));
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("SearchIndex", "Updating the search index"));
    return {};
}

Status SearchIndex::remove(qint64 caseId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM case_search WHERE rowid = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("SearchIndex", "Updating the search index"));
    return {};
}

Status SearchIndex::optimize()
{
    return m_db.exec(QStringLiteral("INSERT INTO case_search (case_search) VALUES ('optimize')"),
        QCoreApplication::translate("SearchIndex", "Tidying the search index"));
}

Result<QList<qint64>> SearchIndex::search(const QString &query, int limit)
{
    QList<qint64> ids;
    const QString match = SearchText::matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return ids;

    // bm25 scores every match, which is slow for words found in most cases: take the newest
    // matches up to the cap first (unranked, cheap) and rank only below it. Above the cap these
    // newest matches are the answer, so a common word walks the index once, not twice: a prefix
    // query merges the doclists of every word with that prefix on each pass.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(kRankingCap + 1);
    if (!q.exec())
        return sqlError(q.lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    int matches = 0;
    while (q.next()) {
        if (matches++ < limit)
            ids.append(q.value(0).toLongLong());
    }
    q.finish();
    if (matches > kRankingCap)
        return ids;

    ids.clear();
    q.prepare(QStringLiteral(
        "SELECT rowid FROM case_search WHERE case_search MATCH ?"
        " ORDER BY bm25(case_search, 10.0, 5.0, 3.0, 2.0, 1.0), rowid DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<qint64> SearchIndex::count(const QString &query)
{
    const QString match = SearchText::matchExpression(query);
    if (match.isEmpty())
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"));
    q.addBindValue(match);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    return q.value(0).toLongLong();
}

} // namespace td
