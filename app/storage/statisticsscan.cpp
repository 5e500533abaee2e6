#include "statisticsscan.h"

#include <QCoreApplication>
#include <QList>

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace td::StatisticsScan {
namespace {

/// A distinct count fed ids in runs: counts an id when it differs from the last one counted.
struct Tally
{
    qint64 lastCase = -1;
    qint64 lastIncident = -1;
    StatisticsCount count;

    void add(qint64 caseId, qint64 incidentId)
    {
        if (caseId != lastCase) {
            lastCase = caseId;
            ++count.cases;
        }
        if (incidentId != lastIncident) {
            lastIncident = incidentId;
            ++count.incidents;
        }
    }
};

/// A small integer for each distinct text, found without copying the text. Hashed with the
/// standard library's string hash: Qt's QByteArray hash (SipHash without AES-NI in Debian's
/// build) was the largest single cost of a scan (BENCHMARKS.md, "Statistics").
class Keys
{
public:
    int index(const char *text, qsizetype bytes)
    {
        const std::string_view probe(text ? text : "", text ? std::size_t(bytes) : 0);
        // Runs of one text are common (a case's incidents, the same month): skip the hash.
        if (m_last >= 0 && m_views.at(std::size_t(m_last)) == probe)
            return m_last;
        if (const auto it = m_index.find(probe); it != m_index.end())
            return m_last = it->second;
        const QByteArray owned(probe.data(), qsizetype(probe.size()));
        const int i = int(m_texts.size());
        m_texts.append(owned);
        // The view points into the QByteArray's shared data, which moving it within the list
        // does not reallocate.
        const std::string_view kept(m_texts.constLast().constData(), probe.size());
        m_views.push_back(kept);
        m_index.emplace(kept, i);
        return m_last = i;
    }
    int index(const QByteArray &text) { return index(text.constData(), text.size()); }
    qsizetype size() const { return m_texts.size(); }
    const QByteArray &text(int i) const { return m_texts.at(i); }

private:
    std::unordered_map<std::string_view, int> m_index;
    QList<QByteArray> m_texts;
    std::vector<std::string_view> m_views;
    int m_last = -1;
};

/// One dimension's keys during a scan: stored text → key index, through the KeySource.
class Column
{
public:
    explicit Column(const KeySource &source)
        : m_source(source)
    { }

    int key(sqlite3_stmt *statement, int column, qint64 caseId)
    {
        if (m_source.byCase) {
            // Rows of one case arrive together, and cases in ascending order, as in the list.
            if (caseId != m_lastCase) {
                m_lastCase = caseId;
                const auto &byCase = m_source.byCase->byCase;
                while (m_next < byCase.size() && byCase[m_next].first < caseId)
                    ++m_next;
                if (m_next < byCase.size() && byCase[m_next].first == caseId) {
                    const int k = byCase[m_next].second;
                    int &mapped = grownTo(m_caseKeys, k, -1);
                    if (mapped < 0)
                        mapped = m_keys.index(m_source.byCase->keys.at(k));
                    m_lastKey = mapped;
                } else {
                    if (m_missingKey < 0)
                        m_missingKey = m_keys.index(m_source.missing);
                    m_lastKey = m_missingKey;
                }
            }
            return m_lastKey;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int stored = m_stored.index(text, sqlite3_column_bytes(statement, column));
        if (!m_source.rename && !m_source.derive)
            return stored;
        while (m_renamed.size() <= stored) {
            const QByteArray &spelling = m_stored.text(int(m_renamed.size()));
            m_renamed.append(
                m_keys.index(m_source.derive ? m_source.derive(spelling)
                                             : m_source.rename->value(spelling, spelling)));
        }
        return m_renamed.at(stored);
    }
    QString text(int key) const
    {
        const Keys &keys
            = m_source.byCase || m_source.rename || m_source.derive ? m_keys : m_stored;
        return QString::fromUtf8(keys.text(key));
    }

private:
    static int &grownTo(QList<int> &list, int i, int fill)
    {
        while (list.size() <= i)
            list.append(fill);
        return list[i];
    }

    const KeySource &m_source;
    Keys m_stored;
    Keys m_keys;
    QList<int> m_renamed;
    QList<int> m_caseKeys; ///< index in byCase->keys → index in m_keys; -1: not yet
    std::size_t m_next = 0; ///< where the walk through byCase->byCase is
    int m_missingKey = -1;
    qint64 m_lastCase = -1;
    int m_lastKey = -1;
};

Error failed(sqlite3 *db)
{
    qDebug("statistics scan: %s", sqlite3_errmsg(db));
    return Error {ErrorKind::Io,
        QCoreApplication::translate("StatisticsQuery",
            "The statistics could not be counted: the database could not be read.")};
}

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

Result<Statement> prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        return failed(db);
    return Statement(raw, sqlite3_finalize);
}

template<typename T> T &grown(QList<T> &list, int i)
{
    while (list.size() <= i)
        list.append(T {});
    return list[i];
}

} // namespace

QByteArray quarterOfMonth(const QByteArray &month)
{
    // substr(occurred_on, 6, 2) compared as text with '03', '06', '09'.
    const QByteArray mm = month.mid(5, 2);
    const char quarter = mm <= "03" ? '1' : mm <= "06" ? '2' : mm <= "09" ? '3' : '4';
    return month.left(4) + "-Q" + quarter;
}

QByteArray upperTrimmed(const QByteArray &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && text.at(from) == ' ')
        ++from;
    while (to > from && text.at(to - 1) == ' ')
        --to;
    QByteArray out = text.mid(from, to - from);
    for (char &ch : out) {
        if (ch >= 'a' && ch <= 'z')
            ch = char(ch - 'a' + 'A');
    }
    return out;
}

Result<Counts> run(sqlite3 *db, const QString &sql, const QStringList &values,
    const KeySource &rowKeys, const KeySource *columnKeys)
{
    auto prepared = prepare(db, sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *statement = prepared->get();
    QList<QByteArray> bound; // alive until the statement is finalised
    for (qsizetype i = 0; i < values.size(); ++i) {
        bound.append(values.at(i).toUtf8());
        if (sqlite3_bind_text(statement, int(i + 1), bound.constLast().constData(),
                int(bound.constLast().size()), SQLITE_STATIC)
            != SQLITE_OK)
            return failed(db);
    }
    Column rowColumn(rowKeys);
    std::unique_ptr<Column> columnColumn
        = columnKeys ? std::make_unique<Column>(*columnKeys) : nullptr;
    QList<Tally> rows;
    QList<Tally> columns;
    QList<QList<Tally>> cells;
    Tally total;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 caseId = sqlite3_column_int64(statement, 0);
        const qint64 incidentId = sqlite3_column_int64(statement, 1);
        const int r = rowColumn.key(statement, 2, caseId);
        grown(rows, r).add(caseId, incidentId);
        total.add(caseId, incidentId);
        if (!columnColumn)
            continue;
        const int c = columnColumn->key(statement, 3, caseId);
        grown(columns, c).add(caseId, incidentId);
        grown(grown(cells, r), c).add(caseId, incidentId);
    }
    if (rc != SQLITE_DONE)
        return failed(db);

    Counts out;
    out.total = total.count;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).count.incidents > 0)
            out.rows.insert(rowColumn.text(r), rows.at(r).count);
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).count.incidents > 0)
            out.columns.insert(columnColumn->text(c), columns.at(c).count);
    }
    for (int r = 0; r < cells.size(); ++r) {
        for (int c = 0; c < cells.at(r).size(); ++c) {
            if (cells.at(r).at(c).count.incidents > 0)
                out.cells[rowColumn.text(r)].insert(columnColumn->text(c), cells.at(r).at(c).count);
        }
    }
    return out;
}

Result<TextCounts> countTexts(sqlite3 *db, const QString &sql)
{
    auto prepared = prepare(db, sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *statement = prepared->get();
    Keys texts;
    TextCounts out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const int t = texts.index(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
            sqlite3_column_bytes(statement, 0));
        if (out.counts.size() <= t)
            out.counts.resize(t + 1);
        ++out.counts[t];
    }
    if (rc != SQLITE_DONE)
        return failed(db);
    for (int i = 0; i < texts.size(); ++i)
        out.texts.append(texts.text(i));
    return out;
}

Result<LatestSubmissions> latestSubmissions(sqlite3 *db)
{
    auto prepared = prepare(db,
        QStringLiteral("SELECT case_id, coalesce(filed_on, ''), position, status"
                       " FROM complaint_submissions ORDER BY case_id"));
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *statement = prepared->get();
    LatestSubmissions out;
    Keys statuses;
    // The submissions of one case arrive together: keep the latest of the case being read.
    qint64 caseId = -1;
    std::string filedOn;
    qint64 position = -1;
    int status = -1;
    const auto flush = [&] {
        if (caseId >= 0)
            out.latest.byCase.emplace_back(caseId, status);
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(statement, 0);
        const std::string_view on(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)),
            std::size_t(sqlite3_column_bytes(statement, 1)));
        const qint64 at = sqlite3_column_int64(statement, 2);
        const int s
            = statuses.index(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3)),
                sqlite3_column_bytes(statement, 3));
        if (out.submissions.size() <= s)
            out.submissions.resize(s + 1);
        ++out.submissions[s];
        if (id != caseId) {
            flush();
            caseId = id;
            position = -1;
        }
        if (position < 0 || on > std::string_view(filedOn)
            || (on == std::string_view(filedOn) && at > position)) {
            filedOn.assign(on);
            position = at;
            status = s;
        }
    }
    if (rc != SQLITE_DONE)
        return failed(db);
    flush();
    for (int i = 0; i < statuses.size(); ++i)
        out.latest.keys.append(statuses.text(i));
    return out;
}

} // namespace td::StatisticsScan
