#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

namespace td {

/// Prepared statements kept for reuse: bulk work (demo data, imports) would otherwise spend
/// most of its time re-parsing the same SQL. Database::reconnect() empties every cache of its
/// connection before the new session starts: a statement of the old session, freed inside a
/// transaction of the new one, would fail and abort that transaction.
class StatementCache
{
public:
    explicit StatementCache(Database &db)
        : m_database(&db)
        , m_db(db.connection())
    {
        db.m_statementCaches.push_back(this);
    }
    ~StatementCache()
    {
        if (m_database)
            std::erase(m_database->m_statementCaches, this);
    }
    Q_DISABLE_COPY_MOVE(StatementCache)

    /// The prepared statement for `sql`, or nullptr if it does not prepare (see lastError of a
    /// fresh query).
    QSqlQuery *get(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            auto q = std::make_unique<QSqlQuery>(m_db);
            if (!q->prepare(sql)) {
                m_lastError = q->lastError();
                return nullptr;
            }
            it = m_queries.emplace(sql, std::move(q)).first;
        }
        return it->second.get();
    }
    QSqlError lastError() const { return m_lastError; }
    void clear() { m_queries.clear(); }

private:
    friend class Database;
    Database *m_database; ///< null once the Database is gone
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QSqlError m_lastError;
};

} // namespace td
