#include "suppression.h"

#include <QList>

#include <algorithm>

namespace td {
namespace {

/// The entry to hide next among `candidates`: the smallest count above zero (a hidden zero next
/// to a hidden count can let bounds pin it), else the smallest; -1 when there is none.
qsizetype cheapest(const QList<qint64> &values, const QList<qsizetype> &candidates)
{
    qsizetype best = -1;
    for (const qsizetype i : candidates) {
        if (best < 0)
            best = i;
        else {
            const bool bestZero = values.at(best) == 0;
            const bool zero = values.at(i) == 0;
            if (bestZero != zero ? bestZero : values.at(i) < values.at(best))
                best = i;
        }
    }
    return best;
}

/// The suppressed entries of a table with margins seen as a bipartite graph: one node per row
/// line and per column line, one edge per hidden entry. A hidden entry can be worked out from
/// the published ones exactly when its edge is a bridge (lies on no cycle), see
/// docs/statistics.md.
class SuppressionGraph
{
public:
    SuppressionGraph(const QList<CountState> &states, int lines, int columns)
        : m_states(states)
        , m_rows(lines)
        , m_columns(columns)
    { }

    /// The nodes reachable from `node` over hidden entries other than `skip`.
    QList<bool> reach(int node, qsizetype skip) const
    {
        QList<bool> seen(m_rows + m_columns, false);
        QList<int> todo {node};
        seen[node] = true;
        while (!todo.isEmpty()) {
            const int n = todo.takeLast();
            const bool isRow = n < m_rows;
            const int count = isRow ? m_columns : m_rows;
            for (int k = 0; k < count; ++k) {
                const int r = isRow ? n : k;
                const int c = isRow ? k : n - m_rows;
                const qsizetype i = qsizetype(r) * m_columns + c;
                if (i == skip || m_states.at(i) == CountState::Shown)
                    continue;
                const int other = isRow ? m_rows + c : r;
                if (!seen.at(other)) {
                    seen[other] = true;
                    todo.append(other);
                }
            }
        }
        return seen;
    }

private:
    const QList<CountState> &m_states;
    int m_rows;
    int m_columns;
};

} // namespace

int PublishedTable::count(CountState state) const
{
    int n = 0;
    const auto add = [&](const PublishedCount &c) { n += c.state == state ? 1 : 0; };
    for (const auto &c : cells)
        add(c);
    for (const auto &c : rowTotals)
        add(c);
    for (const auto &c : columnTotals)
        add(c);
    add(total);
    return n;
}

Suppression::Suppression(int threshold)
    : m_threshold(std::max(0, threshold))
{ }

QList<CountState> Suppression::suppressLine(const QList<qint64> &values) const
{
    QList<CountState> states(values.size(), CountState::Shown);
    int hidden = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (isSmall(values.at(i))) {
            states[i] = CountState::Primary;
            ++hidden;
        }
    }
    // One relation: the cells add up to the total. A single hidden count in it is the total minus
    // the others; a second one makes it one equation in two unknowns.
    if (hidden == 1) {
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (states.at(i) == CountState::Shown)
                candidates.append(i);
        }
        const qsizetype pick = cheapest(values, candidates);
        if (pick >= 0)
            states[pick] = CountState::Complementary;
    }
    return states;
}

QList<CountState> Suppression::suppressGrid(
    const QList<qint64> &values, int rows, int columns) const
{
    const int lines = rows + 1;
    const int cols = columns + 1;
    Q_ASSERT(values.size() == qsizetype(lines) * cols);
    QList<CountState> states(values.size(), CountState::Shown);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (isSmall(values.at(i)))
            states[i] = CountState::Primary;
    }
    const auto index = [cols](int r, int c) { return qsizetype(r) * cols + c; };
    const auto hide = [&](qsizetype i) { states[i] = CountState::Complementary; };

    // A line (row or column, margins included) with exactly one hidden entry gives it away by
    // subtraction: hide a second entry in it. Returns true when it hid one.
    const auto fixLine = [&]() {
        for (int r = 0; r < lines; ++r) {
            QList<qsizetype> shown;
            int hidden = 0;
            for (int c = 0; c < cols; ++c) {
                if (states.at(index(r, c)) == CountState::Shown)
                    shown.append(index(r, c));
                else
                    ++hidden;
            }
            if (hidden == 1) {
                hide(cheapest(values, shown));
                return true;
            }
        }
        for (int c = 0; c < cols; ++c) {
            QList<qsizetype> shown;
            int hidden = 0;
            for (int r = 0; r < lines; ++r) {
                if (states.at(index(r, c)) == CountState::Shown)
                    shown.append(index(r, c));
                else
                    ++hidden;
            }
            if (hidden == 1) {
                hide(cheapest(values, shown));
                return true;
            }
        }
        return false;
    };

    // Two hidden entries in every line is not enough: combinations of lines can still isolate
    // one (a "bridge" between two cycles of hidden entries). Close a cycle through it with the
    // cheapest entry that joins its two sides.
    const auto fixBridge = [&]() {
        const SuppressionGraph graph(states, lines, cols);
        for (int r = 0; r < lines; ++r) {
            for (int c = 0; c < cols; ++c) {
                const qsizetype e = index(r, c);
                if (states.at(e) == CountState::Shown)
                    continue;
                const QList<bool> fromRow = graph.reach(r, e);
                if (fromRow.at(lines + c))
                    continue; // on a cycle
                const QList<bool> fromColumn = graph.reach(lines + c, e);
                QList<qsizetype> candidates;
                for (int r2 = 0; r2 < lines; ++r2) {
                    for (int c2 = 0; c2 < cols; ++c2) {
                        const qsizetype i = index(r2, c2);
                        if (states.at(i) != CountState::Shown)
                            continue;
                        if ((fromRow.at(r2) && fromColumn.at(lines + c2))
                            || (fromColumn.at(r2) && fromRow.at(lines + c2)))
                            candidates.append(i);
                    }
                }
                const qsizetype pick = cheapest(values, candidates);
                if (pick >= 0) {
                    hide(pick);
                    return true;
                }
            }
        }
        return false;
    };

    while (fixLine() || fixBridge()) { }
    return states;
}

PublishedTable Suppression::apply(const StatisticsTable &table, StatisticsUnit unit) const
{
    PublishedTable out;
    out.unit = unit;
    out.threshold = m_threshold;
    out.rowCount = table.rows.size();
    out.columnCount = table.columnCount();
    out.twoDimensional = table.isTwoDimensional();
    out.overlapping = table.isOverlapping(unit);
    const auto rows = int(out.rowCount);
    const auto columns = int(out.columnCount);
    if (!out.twoDimensional) {
        QList<qint64> values;
        for (const auto &c : table.cells)
            values.append(c.of(unit));
        values.append(table.total.of(unit));
        const QList<CountState> states = suppressLine(values);
        for (int r = 0; r < rows; ++r)
            out.cells.append({values.at(r), states.at(r)});
        out.total = {values.constLast(), states.constLast()};
        return out;
    }
    QList<qint64> values;
    values.reserve(qsizetype(rows + 1) * (columns + 1));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            values.append(table.cell(r, c).of(unit));
        values.append(table.rowTotals.at(r).of(unit));
    }
    for (int c = 0; c < columns; ++c)
        values.append(table.columnTotals.at(c).of(unit));
    values.append(table.total.of(unit));
    const QList<CountState> states = suppressGrid(values, rows, columns);
    const auto at = [&](int r, int c) {
        const qsizetype i = qsizetype(r) * (columns + 1) + c;
        return PublishedCount {values.at(i), states.at(i)};
    };
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            out.cells.append(at(r, c));
        out.rowTotals.append(at(r, columns));
    }
    for (int c = 0; c < columns; ++c)
        out.columnTotals.append(at(rows, c));
    out.total = at(rows, columns);
    return out;
}

} // namespace td
