#include "searchindex.h"

#include "database.h"
#include "searchtext.h"
#include "sqlerror.h"
#include "sqlvalues.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace td {
namespace {

QString joined(const QStringList &parts, SqlDialect dialect)
{
    QStringList nonEmpty;
    for (const auto &p : parts) {
        if (!p.isEmpty())
            nonEmpty.append(p);
    }
    const QString text = nonEmpty.join(QLatin1Char('\n'));
    // Never null: the PostgreSQL columns are NOT NULL, and FTS5 reads NULL as empty anyway.
    const QString folded
        = dialect == SqlDialect::Postgres ? SearchText::indexText(text) : SearchText::fold(text);
    return folded.isNull() ? QString(QLatin1String("")) : folded;
}

bool isPostgres(const Database &db)
{
    return db.dialect() == SqlDialect::Postgres;
}

// PostgreSQL: a configuration copied from `simple` (no stemming, no stop words: names and badge
// numbers are not English) that also strips accents. The text is folded in C++ before it gets
// here, as for FTS5, so unaccent only matters for text written by other means (psql, a future
// server-side import). The five columns carry the weights bm25 gives them on SQLite, as near as
// PostgreSQL's four weights allow (location and narrative share D).
// No pg_trgm: SearchText already makes each CJK character a token of its own on both engines,
// so a run of Chinese characters is found as a phrase (张 <-> 伟) through the GIN index, for
// runs of any length; trigram matching would miss two-character names, the common case.
const QStringList &postgresSchema()
{
    static const QStringList statements {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION trustdesk_search (COPY = simple)"),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION trustdesk_search ALTER MAPPING FOR"
                       " asciiword, asciihword, hword_asciipart, word, hword, hword_part,"
                       " numword, numhword, hword_numpart WITH unaccent, simple"),
        QStringLiteral(
            "CREATE TABLE case_search ("
            " case_id BIGINT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,"
            " reference TEXT NOT NULL DEFAULT '',"
            " client TEXT NOT NULL DEFAULT '',"
            " officers TEXT NOT NULL DEFAULT '',"
            " location TEXT NOT NULL DEFAULT '',"
            " narrative TEXT NOT NULL DEFAULT '',"
            " document tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('trustdesk_search'::regconfig, reference), 'A')"
            " || setweight(to_tsvector('trustdesk_search'::regconfig, client), 'B')"
            " || setweight(to_tsvector('trustdesk_search'::regconfig, officers), 'C')"
            " || setweight(to_tsvector('trustdesk_search'::regconfig, location), 'D')"
            " || setweight(to_tsvector('trustdesk_search'::regconfig, narrative), 'D')) STORED)"),
        QStringLiteral("CREATE INDEX case_search_document ON case_search USING gin (document)"),
    };
    return statements;
}

// ts_rank's weights for D, C, B, A.
const QString kPostgresMatch
    = QStringLiteral("s.document @@ to_tsquery('trustdesk_search'::regconfig, :match)");
const QString kPostgresRank = QStringLiteral("ts_rank('{0.1, 0.2, 0.5, 1.0}', s.document,"
                                             " to_tsquery('trustdesk_search'::regconfig, :match))");

} // namespace

SearchIndex::SqlParts SearchIndex::sqlParts(SqlDialect dialect)
{
    if (dialect == SqlDialect::Postgres)
        return {QStringLiteral("case_search s JOIN cases c ON c.id = s.case_id"),
            QStringLiteral("s.case_id"), kPostgresMatch};
    return {QStringLiteral("case_search s JOIN cases c ON c.id = s.rowid"),
        QStringLiteral("s.rowid"), QStringLiteral("case_search MATCH :match")};
}

QString SearchIndex::matchValue(SqlDialect dialect, const QString &userQuery)
{
    return dialect == SqlDialect::Postgres ? SearchText::tsQuery(userQuery)
                                           : SearchText::matchExpression(userQuery);
}

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
    , m_cache(std::make_unique<StatementCache>(db))
{ }

SearchIndex::~SearchIndex() = default;

Status SearchIndex::createSchema(Database &db)
{
    if (isPostgres(db)) {
        for (const auto &sql : postgresSchema()) {
            if (auto s = db.exec(
                    sql, QCoreApplication::translate("SearchIndex", "Creating the search index"));
                !s)
                return s;
        }
        return {};
    }
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
    return insert(c);
}

Status SearchIndex::insert(const CaseFile &c)
{
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
    const SqlDialect dialect = m_db.dialect();
    QSqlQuery *q = m_cache->get(isPostgres(m_db)
            ? QStringLiteral("INSERT INTO case_search (case_id, reference, client, officers,"
                             " location, narrative) VALUES (?, ?, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO case_search (rowid, reference, client, officers,"
                             " location, narrative) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return sqlError(m_cache->lastError(),
            QCoreApplication::translate("SearchIndex", "Updating the search index"));
    q->bindValue(0, c.id);
    q->bindValue(1, SqlValues::text(joined({c.reference}, dialect)));
    q->bindValue(2, joined(client, dialect));
    q->bindValue(3, joined(officers, dialect));
    q->bindValue(4, joined(locations, dialect));
    q->bindValue(5, joined(narratives, dialect));
    if (!q->exec())
        return sqlError(q->lastError(),
            QCoreApplication::translate("SearchIndex", "Updating the search index"));
    return {};
}

Status SearchIndex::remove(qint64 caseId)
{
    QSqlQuery *q = m_cache->get(isPostgres(m_db)
            ? QStringLiteral("DELETE FROM case_search WHERE case_id = ?")
            : QStringLiteral("DELETE FROM case_search WHERE rowid = ?"));
    if (!q)
        return sqlError(m_cache->lastError(),
            QCoreApplication::translate("SearchIndex", "Updating the search index"));
    q->bindValue(0, caseId);
    if (!q->exec())
        return sqlError(q->lastError(),
            QCoreApplication::translate("SearchIndex", "Updating the search index"));
    return {};
}

Status SearchIndex::optimize()
{
    // PostgreSQL: a deleted row is gone from queries at once; its bytes stay in the table and the
    // GIN index until (auto)vacuum reclaims them, which cannot run inside a transaction.
    if (isPostgres(m_db))
        return {};
    return m_db.exec(QStringLiteral("INSERT INTO case_search (case_search) VALUES ('optimize')"),
        QCoreApplication::translate("SearchIndex", "Tidying the search index"));
}

Result<QList<qint64>> SearchIndex::search(const QString &query, int limit)
{
    if (isPostgres(m_db))
        return searchPostgres(query, limit);
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

Result<QList<qint64>> SearchIndex::searchPostgres(const QString &query, int limit)
{
    // The same answer as FTS5's: the newest matches when there are more than the cap, else all
    // of them ranked. One statement (one round trip). First it counts matches up to the cap
    // through the GIN index without reading the rows' documents; then only one branch runs (the
    // other's one-time filter is false): above the cap the newest `limit` matches, walking the
    // primary key backwards until it has them (for a word in 5 % of cases about 20 rows a
    // match), below it the rank of every match. It used to take the newest cap + 1 matches
    // with their documents first, which for a word in 5–12 % of cases read 16 000–40 000 rows
    // of ~2 KB: 230–570 ms at 1 000 000 cases (BENCHMARKS.md).
    QList<qint64> ids;
    const QString match = SearchText::tsQuery(query);
    if (match.isEmpty() || limit <= 0)
        return ids;
    // Counting up to the cap reads documents row by row when the GIN index is no cheaper (a
    // prefix such as "dorch", in 12 % of 1 000 000 cases: ~17 000 rows, 88 / 149 ms p50 / p95 of
    // the whole search; 2 / 14 ms without the count, BENCHMARKS.md). For one word the planner's
    // estimate comes from the column's most-common-lexeme statistics (a sample of 30 000 rows); an
    // estimate ten times the cap cannot be off by that much while the statistics are current
    // (autovacuum renews them), so such a search skips the count and takes the newest matches: the
    // answer above the cap. Several words are left to the count: the planner multiplies their
    // frequencies as if they were independent, and two common words that never meet would be walked
    // to the end.
    if (!match.contains(QLatin1String(" & ")) && !match.contains(QLatin1String(" <-> "))) {
        const auto estimate = estimatedMatches(m_db, match);
        if (!estimate)
            return estimate.error();
        if (estimate.value() >= kSurelyAboveCap)
            return newestPostgres(match, limit);
    }
    QSqlQuery *q = m_cache->get(QStringLiteral("WITH counted AS (SELECT count(*) AS n FROM"
                                               " (SELECT 1 FROM case_search s WHERE ")
        + kPostgresMatch
        + QStringLiteral(" LIMIT :cap) x)"
                         " SELECT case_id FROM ((SELECT s.case_id, 0::real AS r"
                         " FROM case_search s WHERE ")
        + kPostgresMatch
        + QStringLiteral(" AND (SELECT n FROM counted) >= :cap ORDER BY s.case_id DESC"
                         " LIMIT :limit) UNION ALL (SELECT s.case_id, ")
        + kPostgresRank + QStringLiteral(" AS r FROM case_search s WHERE ") + kPostgresMatch
        + QStringLiteral(" AND (SELECT n FROM counted) < :cap ORDER BY r DESC, s.case_id DESC"
                         " LIMIT :limit)) m ORDER BY r DESC, case_id DESC LIMIT :limit"));
    if (!q)
        return sqlError(
            m_cache->lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    q->setForwardOnly(true);
    q->bindValue(QStringLiteral(":match"), match);
    q->bindValue(QStringLiteral(":cap"), kRankingCap + 1);
    q->bindValue(QStringLiteral(":limit"), limit);
    if (!q->exec())
        return sqlError(q->lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    while (q->next())
        ids.append(q->value(0).toLongLong());
    q->finish();
    return ids;
}

Result<double> SearchIndex::estimatedMatches(Database &db, const QString &match)
{
    QSqlDatabase connection = db.connection();
    // EXPLAIN cannot be prepared: the value goes in as a literal, quoted by the driver.
    QSqlField value(QStringLiteral("match"), QMetaType(QMetaType::QString));
    value.setValue(match);
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM case_search s WHERE ")
            + QString(kPostgresMatch)
                  .replace(QLatin1String(":match"), connection.driver()->formatValue(value))))
        return sqlError(q.lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    const QJsonArray plans
        = q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array() : QJsonArray();
    return plans.first()
        .toObject()
        .value(QLatin1String("Plan"))
        .toObject()
        .value(QLatin1String("Plan Rows"))
        .toDouble();
}

Result<QList<qint64>> SearchIndex::newestPostgres(const QString &match, int limit)
{
    QSqlQuery *q = m_cache->get(QStringLiteral("SELECT s.case_id FROM case_search s WHERE ")
        + kPostgresMatch + QStringLiteral(" ORDER BY s.case_id DESC LIMIT :limit"));
    if (!q)
        return sqlError(
            m_cache->lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    q->setForwardOnly(true);
    q->bindValue(QStringLiteral(":match"), match);
    q->bindValue(QStringLiteral(":limit"), limit);
    if (!q->exec())
        return sqlError(q->lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    q->finish();
    return ids;
}

Result<qint64> SearchIndex::count(const QString &query)
{
    const QString match = matchValue(m_db.dialect(), query);
    if (match.isEmpty())
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(isPostgres(m_db)
            ? QStringLiteral("SELECT count(*) FROM case_search s WHERE ") + kPostgresMatch
            : QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH :match"));
    q.bindValue(QStringLiteral(":match"), match);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QCoreApplication::translate("SearchIndex", "Searching"));
    return q.value(0).toLongLong();
}

} // namespace td
