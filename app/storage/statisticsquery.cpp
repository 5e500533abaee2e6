#include "statisticsquery.h"

#include "database.h"
#include "domain/policedistrict.h"
#include "domain/violationcategory.h"
#include "sqlerror.h"
#include "sqlvalues.h"
#include "statisticsscan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>
#include <numeric>
#include <utility>

#include <sqlite3.h>

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

/// The SQL giving a dimension's key for each counted incident. `raw`: the agency or outcome as
/// typed, when StatisticsQuery has checked that the spellings map one to one onto keys (then
/// the cheaper raw text is grouped and mapped in C++).
QString keyExpression(StatisticsDimension dimension, bool raw = false)
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
        return raw ? QStringLiteral("i.agency") : normalized(QStringLiteral("i.agency"));
    case StatisticsDimension::Status:
        return QStringLiteral("c.status");
    case StatisticsDimension::Outcome:
        // The latest submission: by filing date (none sorts first, so last here), then position.
        // coalesce because NULLs sort differently on SQLite and PostgreSQL.
        return QStringLiteral("coalesce((SELECT %1 FROM complaint_submissions s"
                              " WHERE s.case_id = i.case_id"
                              " ORDER BY coalesce(s.filed_on, '') DESC, s.position DESC LIMIT 1),"
                              " '%2')")
            .arg(raw ? QStringLiteral("s.status") : normalized(QStringLiteral("s.status")),
                QLatin1String(StatisticsKeys::kNotFiled));
    }
    Q_UNREACHABLE();
}

bool isCaseDimension(StatisticsDimension dimension)
{
    return !isIncidentDimension(dimension);
}

/// FROM and WHERE of the counted incidents, with the values to bind in order.
struct Population
{
    QString from;
    QString where;
    QVariantList values;
};

Population population(const StatisticsFilter &filter, bool withCategories, bool withCases)
{
    Population p;
    withCases = withCases || !filter.caseworker.trimmed().isEmpty() || !filter.statuses.isEmpty();
    p.from = withCases ? QStringLiteral(" FROM incidents i JOIN cases c ON c.id = i.case_id")
                       : QStringLiteral(" FROM incidents i");
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
    // Each group holds one row per counted incident (the category join adds a row per category,
    // and only a category key groups over it), so COUNT(*) counts incidents; a case can have
    // several incidents in a group, so cases need DISTINCT.
    const QString counts = QStringLiteral("COUNT(DISTINCT i.case_id), COUNT(*)");
    const auto populationFor = [&filter](std::initializer_list<StatisticsDimension> dimensions) {
        bool categories = false;
        bool cases = false;
        for (const auto d : dimensions) {
            categories = categories || d == StatisticsDimension::Category;
            cases = cases || d == StatisticsDimension::Status;
        }
        return population(filter, categories, cases);
    };

    // Agencies and outcomes are typed: their key is the text normalised. Each spelling's key and
    // the most frequent spelling of each key (its label); when spellings and keys map one to
    // one, the raw text is grouped (normalising in SQL costs more than the grouping).
    struct Spellings
    {
        bool raw = false;
        QHash<QString, QString> keyOf;
        QHash<QString, QString> labelOf;
        QString key(const QString &stored) const
        {
            return raw ? keyOf.value(stored, stored) : stored;
        }
    };
    // Each spelling with its number of uses, in SQL's order of the spellings: their keys and
    // labels.
    const auto nameKeys = [](Spellings &out, const QList<std::pair<QString, QString>> &keyed,
                              const QList<qint64> &uses) {
        QHash<QString, qint64> best;
        QHash<QString, int> spellings;
        for (qsizetype i = 0; i < keyed.size(); ++i) {
            const auto &[stored, key] = keyed.at(i);
            const qint64 n = uses.at(i);
            out.keyOf.insert(stored, key);
            spellings[key] += 1;
            if (!best.contains(key) || n > best.value(key)) {
                best.insert(key, n);
                out.labelOf.insert(key, stored.simplified());
            }
        }
        out.raw = true;
        for (auto it = spellings.cbegin(); it != spellings.cend() && out.raw; ++it)
            out.raw = it.value() == 1;
    };
    const auto spellingsOf = [&](StatisticsDimension dimension, Spellings &out) -> Status {
        QString inner;
        if (dimension == StatisticsDimension::Agency)
            inner
                = QStringLiteral("SELECT i.agency AS t, COUNT(*) AS n FROM incidents i GROUP BY 1");
        else if (dimension == StatisticsDimension::Outcome)
            inner = QStringLiteral(
                "SELECT s.status AS t, COUNT(*) AS n FROM complaint_submissions s GROUP BY 1");
        else
            return {};
        // The key as SQL normalises it, computed once per spelling.
        Population source;
        source.from = QStringLiteral(" FROM (%1) spellings").arg(inner);
        QList<std::pair<QString, QString>> keyed;
        QList<qint64> uses;
        auto s = run(QStringLiteral("t, %1, n").arg(normalized(QStringLiteral("t"))), source, {},
            [&](const QSqlQuery &q) {
                keyed.append({q.value(0).toString(), q.value(1).toString()});
                uses.append(q.value(2).toLongLong());
            });
        if (!s)
            return s;
        nameKeys(out, keyed, uses);
        return {};
    };
    sqlite3 *const handle = m_portableOnly ? nullptr : m_db.sqliteHandle();
    // On SQLite the spellings are counted in C++ (SQL's GROUP BY sorted all 125 000 agencies
    // first, the larger part of an agency table) and normalised by SQL once per spelling. Each
    // spelling's key replaces it in `texts`.
    const auto nameCounted
        = [&](QList<QByteArray> &texts, const QList<qint64> &counts, Spellings &out) -> Status {
        QList<int> order(texts.size());
        std::iota(order.begin(), order.end(), 0);
        // SQL's GROUP BY order of the text (binary), so that ties pick the same label.
        std::sort(order.begin(), order.end(),
            [&texts](int a, int b) { return texts.at(a) < texts.at(b); });
        QSqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral("SELECT ") + normalized(QStringLiteral("?"))))
            return sqlError(q.lastError(), readingFailed());
        QList<std::pair<QString, QString>> keyed;
        QList<qint64> uses;
        for (const int i : std::as_const(order)) {
            const QString stored = QString::fromUtf8(texts.at(i));
            q.bindValue(0, stored);
            if (!q.exec() || !q.next())
                return sqlError(q.lastError(), readingFailed());
            const QString key = q.value(0).toString();
            keyed.append({stored, key});
            uses.append(counts.value(i));
            texts[i] = key.toUtf8();
        }
        nameKeys(out, keyed, uses);
        return {};
    };
    // The outcome's spellings come from the same pass over the submissions that finds each
    // case's latest one.
    StatisticsScan::LatestSubmissions latest;
    const auto scanSpellings = [&](StatisticsDimension dimension, Spellings &out) -> Status {
        if (dimension == StatisticsDimension::Outcome) {
            auto read = StatisticsScan::latestSubmissions(handle);
            if (!read)
                return read.error();
            latest = std::move(read.value());
            return nameCounted(latest.latest.keys, latest.submissions, out);
        }
        if (dimension == StatisticsDimension::Agency) {
            auto counted = StatisticsScan::countTexts(
                handle, QStringLiteral("SELECT agency FROM incidents"));
            if (!counted)
                return counted.error();
            return nameCounted(counted->texts, counted->counts, out);
        }
        return {};
    };
    Spellings rowSpellings;
    Spellings columnSpellings;
    if (auto s = handle ? scanSpellings(rows, rowSpellings) : spellingsOf(rows, rowSpellings); !s)
        return s.error();
    if (columns) {
        if (auto s = handle ? scanSpellings(*columns, columnSpellings)
                            : spellingsOf(*columns, columnSpellings);
            !s)
            return s.error();
    }

    QHash<QString, StatisticsCount> rowTotals;
    QHash<QString, StatisticsCount> columnTotals;
    QHash<QString, QHash<QString, StatisticsCount>> cells;
    // Portable: GROUP BY statements, one per margin that cannot be summed from the cells.
    const auto countGrouped = [&]() -> Status {
        // Totals per key of one dimension: the rows of a one-dimensional table, the margins of two.
        const auto margins = [&](StatisticsDimension dimension, const Spellings &spellings,
                                 QHash<QString, StatisticsCount> &out) {
            return run(keyExpression(dimension, spellings.raw) + QStringLiteral(", ") + counts,
                populationFor({dimension}), QStringLiteral(" GROUP BY 1"),
                [&out, &spellings](const QSqlQuery &q) {
                    out.insert(spellings.key(q.value(0).toString()),
                        StatisticsCount {q.value(1).toLongLong(), q.value(2).toLongLong()});
                });
        };
        // A margin is the sum of its cells where the other dimension cannot count a unit twice:
        // incidents unless it is the category, cases when it describes the case. Then it costs no
        // query of its own.
        const auto derivable = [](std::optional<StatisticsDimension> other) {
            return other && *other != StatisticsDimension::Category && isCaseDimension(*other);
        };
        if (columns) {
            if (auto s = run(keyExpression(rows, rowSpellings.raw) + QStringLiteral(", ")
                        + keyExpression(*columns, columnSpellings.raw) + QStringLiteral(", ")
                        + counts,
                    populationFor({rows, *columns}), QStringLiteral(" GROUP BY 1, 2"),
                    [&](const QSqlQuery &q) {
                        cells[rowSpellings.key(q.value(0).toString())].insert(
                            columnSpellings.key(q.value(1).toString()),
                            StatisticsCount {q.value(2).toLongLong(), q.value(3).toLongLong()});
                    });
                !s)
                return s.error();
        }
        if (derivable(columns)) {
            for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                StatisticsCount &total = rowTotals[it.key()];
                for (const auto &count : it.value()) {
                    total.cases += count.cases;
                    total.incidents += count.incidents;
                }
            }
        } else if (auto s = margins(rows, rowSpellings, rowTotals); !s) {
            return s.error();
        }
        if (columns) {
            if (derivable(rows)) {
                for (const auto &line : std::as_const(cells)) {
                    for (auto it = line.cbegin(); it != line.cend(); ++it) {
                        StatisticsCount &total = columnTotals[it.key()];
                        total.cases += it.value().cases;
                        total.incidents += it.value().incidents;
                    }
                }
            } else if (auto s = margins(*columns, columnSpellings, columnTotals); !s) {
                return s.error();
            }
        }
        // The grand total likewise, from the margins of a dimension that counts nothing twice.
        const auto sum = [](const QHash<QString, StatisticsCount> &totals) {
            StatisticsCount out;
            for (const auto &count : totals) {
                out.cases += count.cases;
                out.incidents += count.incidents;
            }
            return out;
        };
        if (derivable(rows))
            table.total = sum(rowTotals);
        else if (derivable(columns) && columns)
            table.total = sum(columnTotals);
        else if (auto s = run(counts, populationFor({}), {},
                     [&table](const QSqlQuery &q) {
                         table.total = {q.value(0).toLongLong(), q.value(1).toLongLong()};
                     });
                 !s)
            return s.error();
        return {};
    };
    if (handle) {
        // Typed text is selected as stored and renamed to its key in C++ (normalising in SQL
        // costs more than the whole scan); the outcome comes from one pass over the submissions.
        QHash<QByteArray, QByteArray> rowRename;
        QHash<QByteArray, QByteArray> columnRename;
        const auto source = [&](StatisticsDimension dimension, const Spellings &spellings,
                                QHash<QByteArray, QByteArray> &rename, QString &select) {
            StatisticsScan::KeySource out;
            if (dimension == StatisticsDimension::Outcome) {
                out.byCase = &latest.latest;
                out.missing = QByteArray(StatisticsKeys::kNotFiled);
                select += QStringLiteral(", ''");
            } else if (dimension == StatisticsDimension::Agency) {
                for (auto it = spellings.keyOf.cbegin(); it != spellings.keyOf.cend(); ++it)
                    rename.insert(it.key().toUtf8(), it.value().toUtf8());
                out.rename = &rename;
                select += QStringLiteral(", i.agency");
            } else if (dimension == StatisticsDimension::Quarter) {
                out.derive = StatisticsScan::quarterOfMonth;
                select += QStringLiteral(", substr(i.occurred_on, 1, 7)");
            } else if (dimension == StatisticsDimension::District) {
                out.derive = StatisticsScan::upperTrimmed;
                select += QStringLiteral(", i.police_district");
            } else {
                select += QStringLiteral(", ") + keyExpression(dimension);
            }
            return out;
        };
        QString select = QStringLiteral("SELECT i.case_id, i.id");
        const StatisticsScan::KeySource rowSource = source(rows, rowSpellings, rowRename, select);
        const StatisticsScan::KeySource columnSource = columns
            ? source(*columns, columnSpellings, columnRename, select)
            : StatisticsScan::KeySource {};
        const Population p = columns ? populationFor({rows, *columns}) : populationFor({rows});
        QStringList values;
        for (const auto &value : p.values)
            values.append(value.toString());
        auto counted = StatisticsScan::run(handle,
            select + p.from + p.where + QStringLiteral(" ORDER BY i.case_id, i.position"), values,
            rowSource, columns ? &columnSource : nullptr);
        if (!counted)
            return counted.error();
        rowTotals = counted->rows;
        columnTotals = counted->columns;
        cells = counted->cells;
        table.total = counted->total;
    } else if (auto s = countGrouped(); !s) {
        return s.error();
    }

    const auto keysOf
        = [&filter](StatisticsDimension dimension, const QHash<QString, StatisticsCount> &totals) {
              QStringList keys = fixedKeys(dimension, filter);
              for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
                  if (!keys.contains(it.key()))
                      keys.append(it.key());
              }
              return keys;
          };
    table.rows = orderedKeys(rows, keysOf(rows, rowTotals), rowSpellings.labelOf);
    if (!columns) {
        for (const auto &key : std::as_const(table.rows))
            table.cells.append(rowTotals.value(key.key));
        table.rowTotals = table.cells;
        return table;
    }
    table.columns = orderedKeys(*columns, keysOf(*columns, columnTotals), columnSpellings.labelOf);
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
    Population p = population(filter, withCategories, true);
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
