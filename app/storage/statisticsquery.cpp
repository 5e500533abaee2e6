#include "statisticsquery.h"

#include "database.h"
#include "domain/policedistrict.h"
#include "domain/violationcategory.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace td {
namespace {

/// `column` with tabs and line breaks made spaces, runs of up to 16 spaces made one, trimmed and
/// lower-cased: "Boston  Police " and "boston police" group together. Portable SQL (raw control
/// characters inside the literals; no regexp, no char()).
QString normalized(const QString &column)
{
    QString e = QStringLiteral("replace(replace(replace(%1, '\t', ' '), '\n', ' '), '\r', ' ')")
                    .arg(column);
    for (int i = 0; i < 4; ++i)
        e = QStringLiteral("replace(%1, '  ', ' ')").arg(e);
    return QStringLiteral("lower(trim(%1))").arg(e);
}

QString keyExpression(StatisticsDimension dimension)
{
    switch (dimension) {
    case StatisticsDimension::Category:
        return QStringLiteral("coalesce(v.category_code, '')");
    case StatisticsDimension::Month:
        return QStringLiteral("substr(i.occurred_on, 1, 7)");
    case StatisticsDimension::Quarter:
        return QStringLiteral("substr(i.occurred_on, 1, 4) || '-Q' || CASE"
                              " WHEN substr(i.occurred_on, 6, 2) <= '03' THEN '1'"
                              " WHEN substr(i.occurred_on, 6, 2) <= '06' THEN '2'"
                              " WHEN substr(i.occurred_on, 6, 2) <= '09' THEN '3' ELSE '4' END");
    case StatisticsDimension::District:
        return QStringLiteral("upper(trim(i.police_district))");
    case StatisticsDimension::Agency:
        return normalized(QStringLiteral("i.agency"));
    case StatisticsDimension::Status:
        return QStringLiteral("c.status");
    case StatisticsDimension::Outcome:
        // The latest submission: by filing date (none sorts first, so last here), then position.
        // coalesce because NULLs sort differently on SQLite and PostgreSQL.
        return QStringLiteral("coalesce((SELECT %1 FROM complaint_submissions s"
                              " WHERE s.case_id = c.id"
                              " ORDER BY coalesce(s.filed_on, '') DESC, s.position DESC LIMIT 1),"
                              " '%2')")
            .arg(normalized(QStringLiteral("s.status")), QLatin1String(StatisticsKeys::kNotFiled));
    }
    Q_UNREACHABLE();
}

/// FROM and WHERE of the counted incidents, with the values to bind in order.
struct Population
{
    QString from;
    QString where;
    QVariantList values;
};

Population population(const StatisticsFilter &filter, bool withCategories)
{
    Population p;
    p.from = QStringLiteral(" FROM incidents i JOIN cases c ON c.id = i.case_id");
    if (withCategories)
        p.from += QStringLiteral(" LEFT JOIN incident_violations v ON v.incident_id = i.id");
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("i.occurred_on >= ?"));
        p.values.append(SqlValues::date(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("i.occurred_on <= ?"));
        p.values.append(SqlValues::date(filter.to));
    }
    if (!filter.caseworker.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("lower(trim(c.assigned_caseworker)) = ?"));
        p.values.append(filter.caseworker.trimmed().toLower());
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const auto status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            p.values.append(caseStatusCode(status));
        }
        conditions.append(QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1String(", "))));
    }
    if (!conditions.isEmpty())
        p.where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return p;
}

QString readingFailed()
{
    return QCoreApplication::translate("StatisticsQuery", "Counting cases for the statistics");
}

/// Rank of a key in the order a table shows its rows: the category list's order, the districts'
/// order, the workflow's order; then by key. "Not recorded" (empty) comes last.
int rank(StatisticsDimension dimension, const QString &key)
{
    if (key.isEmpty())
        return 10000;
    switch (dimension) {
    case StatisticsDimension::Category: {
        int i = 0;
        for (const auto &category : violationCategories()) {
            if (category.codeString() == key)
                return i;
            ++i;
        }
        return 1000;
    }
    case StatisticsDimension::District: {
        int i = 0;
        for (const auto &district : bostonPoliceDistricts()) {
            if (key.compare(QLatin1String(district.code), Qt::CaseInsensitive) == 0)
                return i;
            ++i;
        }
        return 1000;
    }
    case StatisticsDimension::Status:
        if (const auto status = caseStatusFromCode(key))
            return static_cast<int>(*status);
        return 1000;
    case StatisticsDimension::Outcome:
        return key == QLatin1String(StatisticsKeys::kNotFiled) ? -1 : 0;
    case StatisticsDimension::Month:
    case StatisticsDimension::Quarter:
    case StatisticsDimension::Agency:
        break;
    }
    return 0;
}

/// Keys every table by this dimension shows, counted or not (zero rows say "none" plainly).
QStringList fixedKeys(StatisticsDimension dimension, const StatisticsFilter &filter)
{
    QStringList keys;
    if (dimension == StatisticsDimension::Category) {
        for (const auto &category : violationCategories())
            keys.append(category.codeString());
    } else if (dimension == StatisticsDimension::Status) {
        for (const auto status : allCaseStatuses()) {
            if (filter.statuses.isEmpty() || filter.statuses.contains(status))
                keys.append(caseStatusCode(status));
        }
    }
    return keys;
}

QList<StatisticsKey> orderedKeys(
    StatisticsDimension dimension, QStringList keys, const QHash<QString, QString> &spellings)
{
    std::sort(keys.begin(), keys.end(), [dimension](const QString &a, const QString &b) {
        const int ra = rank(dimension, a);
        const int rb = rank(dimension, b);
        return ra != rb ? ra < rb : a < b;
    });
    QList<StatisticsKey> out;
    for (const auto &key : keys)
        out.append({key, statisticsKeyLabel(dimension, key, spellings.value(key))});
    return out;
}

} // namespace

StatisticsQuery::StatisticsQuery(Database &db)
    : m_db(db)
{ }

Result<StatisticsTable> StatisticsQuery::table(const StatisticsFilter &filter,
    StatisticsDimension rows, std::optional<StatisticsDimension> columns)
{
    if (columns == rows)
        columns.reset();
    StatisticsTable table;
    table.filter = filter;
    table.rowDimension = rows;
    table.columnDimension = columns;
    const bool withCategories
        = rows == StatisticsDimension::Category || columns == StatisticsDimension::Category;
    const auto run = [&](const QString &select, const Population &p, const QString &groupBy,
                         const std::function<void(const QSqlQuery &)> &row) -> Status {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT ") + select + p.from + p.where + groupBy))
            return sqlError(q.lastError(), readingFailed());
        for (const auto &value : p.values)
            q.addBindValue(value);
        if (!q.exec())
            return sqlError(q.lastError(), readingFailed());
        while (q.next())
            row(q);
        return {};
    };
    const QString counts = QStringLiteral("COUNT(DISTINCT c.id), COUNT(DISTINCT i.id)");
    const Population withJoin = population(filter, withCategories);

    // Totals per key of one dimension: the rows of a one-dimensional table, the margins of two.
    const auto margins = [&](StatisticsDimension dimension, QHash<QString, StatisticsCount> &out) {
        return run(keyExpression(dimension) + QStringLiteral(", ") + counts, withJoin,
            QStringLiteral(" GROUP BY 1"), [&out](const QSqlQuery &q) {
                out.insert(q.value(0).toString(),
                    StatisticsCount {q.value(1).toLongLong(), q.value(2).toLongLong()});
            });
    };
    // An agency or outcome as most often spelled, for the label of its normalised key. The
    // outcomes' spellings come from every submission: one query, and only labels depend on it.
    const auto spellingsOf = [&](StatisticsDimension dimension, QHash<QString, QString> &out) {
        Population source;
        QString spelling;
        if (dimension == StatisticsDimension::Agency) {
            source = population(filter, false);
            spelling = QStringLiteral("trim(i.agency)");
        } else if (dimension == StatisticsDimension::Outcome) {
            source.from = QStringLiteral(" FROM complaint_submissions s");
            spelling = QStringLiteral("trim(s.status)");
        } else {
            return Status {};
        }
        QHash<QString, qint64> best;
        return run(spelling + QStringLiteral(", COUNT(*)"), source, QStringLiteral(" GROUP BY 1"),
            [&](const QSqlQuery &q) {
                const QString text = q.value(0).toString().simplified();
                const QString key = text.toLower();
                const qint64 n = q.value(1).toLongLong();
                if (!best.contains(key) || n > best.value(key)) {
                    best.insert(key, n);
                    out.insert(key, text);
                }
            });
    };

    QHash<QString, StatisticsCount> rowTotals;
    QHash<QString, QString> rowSpellings;
    if (auto s = margins(rows, rowTotals); !s)
        return s.error();
    if (auto s = spellingsOf(rows, rowSpellings); !s)
        return s.error();
    QStringList rowKeys = fixedKeys(rows, filter);
    for (auto it = rowTotals.cbegin(); it != rowTotals.cend(); ++it) {
        if (!rowKeys.contains(it.key()))
            rowKeys.append(it.key());
    }
    table.rows = orderedKeys(rows, rowKeys, rowSpellings);

    if (auto s = run(counts, population(filter, false), {},
            [&table](const QSqlQuery &q) {
                table.total = {q.value(0).toLongLong(), q.value(1).toLongLong()};
            });
        !s)
        return s.error();

    if (!columns) {
        for (const auto &key : std::as_const(table.rows))
            table.cells.append(rowTotals.value(key.key));
        table.rowTotals = table.cells;
        return table;
    }

    QHash<QString, StatisticsCount> columnTotals;
    QHash<QString, QString> columnSpellings;
    if (auto s = margins(*columns, columnTotals); !s)
        return s.error();
    if (auto s = spellingsOf(*columns, columnSpellings); !s)
        return s.error();
    QStringList columnKeys = fixedKeys(*columns, filter);
    for (auto it = columnTotals.cbegin(); it != columnTotals.cend(); ++it) {
        if (!columnKeys.contains(it.key()))
            columnKeys.append(it.key());
    }
    table.columns = orderedKeys(*columns, columnKeys, columnSpellings);

    QHash<QString, QHash<QString, StatisticsCount>> cells;
    if (auto s = run(keyExpression(rows) + QStringLiteral(", ") + keyExpression(*columns)
                + QStringLiteral(", ") + counts,
            withJoin, QStringLiteral(" GROUP BY 1, 2"),
            [&cells](const QSqlQuery &q) {
                cells[q.value(0).toString()].insert(q.value(1).toString(),
                    StatisticsCount {q.value(2).toLongLong(), q.value(3).toLongLong()});
            });
        !s)
        return s.error();
    for (const auto &row : std::as_const(table.rows)) {
        const auto &line = cells.value(row.key);
        for (const auto &column : std::as_const(table.columns))
            table.cells.append(line.value(column.key));
        table.rowTotals.append(rowTotals.value(row.key));
    }
    for (const auto &column : std::as_const(table.columns))
        table.columnTotals.append(columnTotals.value(column.key));
    return table;
}

Result<QList<StatisticsCase>> StatisticsQuery::casesIn(const StatisticsFilter &filter,
    StatisticsDimension dimension, const QString &key,
    std::optional<StatisticsDimension> columnDimension, const QString &columnKey)
{
    const bool withCategories = dimension == StatisticsDimension::Category
        || columnDimension == StatisticsDimension::Category;
    Population p = population(filter, withCategories);
    p.where += p.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    p.where += keyExpression(dimension) + QStringLiteral(" = ?");
    p.values.append(key);
    if (columnDimension) {
        p.where
            += QStringLiteral(" AND ") + keyExpression(*columnDimension) + QStringLiteral(" = ?");
        p.values.append(columnKey);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT DISTINCT c.id, c.reference") + p.from + p.where
            + QStringLiteral(" ORDER BY c.id")))
        return sqlError(q.lastError(), readingFailed());
    for (const auto &value : std::as_const(p.values))
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), readingFailed());
    QList<StatisticsCase> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

} // namespace td
