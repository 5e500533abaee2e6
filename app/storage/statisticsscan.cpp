#include "statisticsscan.h"

#include <QCoreApplication>
#include <QList>

#include <sqlite3.h>

#include <memory>

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

/// A small integer for each distinct text, found without copying the text.
class Keys
{
public:
    int index(const char *text, qsizetype bytes)
    {
        const QByteArray probe = QByteArray::fromRawData(text ? text : "", text ? bytes : 0);
        if (const auto it = m_index.constFind(probe); it != m_index.cend())
            return it.value();
        const QByteArray owned(probe.constData(), probe.size());
        const int i = int(m_texts.size());
        m_texts.append(owned);
        m_index.insert(owned, i);
        return i;
    }
    int index(const QByteArray &text) { return index(text.constData(), text.size()); }
    qsizetype size() const { return m_texts.size(); }
    const QByteArray &text(int i) const { return m_texts.at(i); }

private:
    QHash<QByteArray, int> m_index;
    QList<QByteArray> m_texts;
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
            // Rows of one case arrive together: look its key up once.
            if (caseId != m_lastCase) {
                m_lastCase = caseId;
                const auto it = m_source.byCase->constFind(caseId);
                m_lastKey = m_keys.index(it == m_source.byCase->cend() ? m_source.missing : *it);
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
    const KeySource &m_source;
    Keys m_stored;
    Keys m_keys;
    QList<int> m_renamed;
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

Result<QHash<qint64, QByteArray>> latestSubmissionStatus(sqlite3 *db)
{
    auto prepared = prepare(db,
        QStringLiteral("SELECT case_id, coalesce(filed_on, ''), position, status"
                       " FROM complaint_submissions ORDER BY case_id"));
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *statement = prepared->get();
    struct Latest
    {
        QByteArray filedOn;
        qint64 position = -1;
        QByteArray status;
    };
    QHash<qint64, Latest> latest;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 caseId = sqlite3_column_int64(statement, 0);
        const QByteArray filedOn(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)),
            sqlite3_column_bytes(statement, 1));
        const qint64 position = sqlite3_column_int64(statement, 2);
        Latest &l = latest[caseId];
        if (l.position < 0 || filedOn > l.filedOn
            || (filedOn == l.filedOn && position > l.position)) {
            l.filedOn = filedOn;
            l.position = position;
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 3));
            l.status = QByteArray(text ? text : "", sqlite3_column_bytes(statement, 3));
        }
    }
    if (rc != SQLITE_DONE)
        return failed(db);
    QHash<qint64, QByteArray> out;
    out.reserve(latest.size());
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        out.insert(it.key(), it.value().status);
    return out;
}

} // namespace td::StatisticsScan
