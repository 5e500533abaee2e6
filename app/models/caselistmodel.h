#pragma once

#include "domain/casefile.h"
#include "storage/casequery.h"

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>
#include <functional>

namespace td {

class CaseRepository;

/// The case list: a lazy model that fetches summaries a page at a time (keyset paging, newest
/// first or by a column), so 100 000 cases open instantly and scroll smoothly. Data roles only;
/// the UI adds looks.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column
    {
        ReferenceColumn,
        ClientColumn,
        StatusColumn,
        OpenedColumn,
        LastIncidentColumn,
        CaseworkerColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReferenceRole,
        StatusCodeRole
    };

    explicit CaseListModel(QObject *parent = nullptr);

    /// Shows the cases of this repository (null: none). The repository must outlive the model.
    void setRepository(CaseRepository *repository);
    /// Shows the cases of `query` (its status and text), in the order chosen with sort().
    void setQuery(const CaseQuery &query);
    CaseQuery query() const { return m_query; }
    /// Reloads from the start, e.g. after cases were added elsewhere.
    void refresh();
    /// Tells views that every label changed (not the rows): after a language or locale change,
    /// status names, dates and headers read differently.
    void retranslate();

    /// How many cases match the query in all (not only those fetched so far); -1 if unknown.
    /// When totalIsLowerBound(), more than this many match.
    qint64 totalCount() const { return m_total; }
    /// Whether more cases match than totalCount(): a reset shows its first page first and then
    /// counts a list without search text only up to countCap(), and a search not beyond its
    /// first page, so nobody waits on a count of a million matches; the exact total follows from
    /// the background count (setBackgroundCount), or once every page is fetched.
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    qint64 countCap() const { return m_countCap; }
    /// For tests: a smaller cap than kDefaultCountCap.
    void setCountCap(qint64 cap) { m_countCap = std::max<qint64>(1, cap); }
    /// Counts the cases of a query somewhere else (a thread with its own connection: see
    /// CaseListPage) and calls `done` on the model's thread with the total, or never (stopped,
    /// failed). `moreThan`: the count stopped there and more match (an office server counts a
    /// search only so far). Called after a reset whose count stopped at the cap; a total that
    /// arrives after the query changed is ignored.
    using BackgroundCount = std::function<void(
        const CaseQuery &query, std::function<void(qint64 total, bool moreThan)> done)>;
    void setBackgroundCount(BackgroundCount count) { m_backgroundCount = std::move(count); }
    /// The message of the last storage error, or empty.
    QString lastError() const { return m_lastError; }
    /// The row of a case id among the fetched rows, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    /// Orders the list by a column, in SQL (a column of -1: newest first again). Keeps the
    /// status and search of the query.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int pageSize() { return 200; }
    /// Counting 10 000 cases (no search text) takes a few ms on either engine at 1 000 000.
    static constexpr qint64 kDefaultCountCap = 10000;

signals:
    /// The query's total changed (after setQuery or refresh; again when a count that stopped
    /// at the cap is replaced by the exact total): see totalIsLowerBound().
    void totalCountChanged(qint64 total);
    /// A storage error happened; the message is for people.
    void errorOccurred(const QString &message);

private:
    /// `previousTotal` (-1: none), more than that if `previousMoreThan`: what a refresh of the
    /// same query showed, shown until the background count brings the new total, when it says
    /// more than the capped count.
    void reset(qint64 previousTotal = -1, bool previousMoreThan = false);
    void setBackgroundTotal(qint64 total, bool moreThan);
    void setExactTotal(qint64 total);
    void setTotal(qint64 total, bool moreThan, bool fromBackground);

    CaseRepository *m_repository = nullptr;
    CaseQuery m_query;
    QList<CaseSummary> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; ///< a reset or insert is being announced: no nested fetches
    qint64 m_total = -1;
    bool m_totalIsLowerBound = false;
    bool m_totalFromBackground = false; ///< m_total is the background count's
    qint64 m_countCap = kDefaultCountCap;
    quint64 m_generation = 0; ///< grows with every reset: an older background count is stale
    BackgroundCount m_backgroundCount;
    QString m_lastError;
};

} // namespace td
