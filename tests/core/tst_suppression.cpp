// Small-cell suppression (docs/statistics.md): for random tables, an attacker who adds and
// subtracts every published row, column and total — any linear combination of them — must not
// recover a single hidden count. The check is plain linear algebra over the published
// equations, independent of the graph method Suppression uses.
#include "stats/suppression.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <vector>

using namespace td;

namespace {

/// Which hidden entries the published equations determine exactly. `lines` lists, for each
/// equation, the entries it adds up with their signs (sum = 0). Reduced row echelon form over the
/// hidden entries: an entry is determined when its column is a pivot whose row has no other
/// hidden entry left (every solution then agrees on it).
std::vector<bool> determined(const QList<CountState> &states,
    const std::vector<std::vector<std::pair<qsizetype, int>>> &lines)
{
    std::vector<qsizetype> unknown;
    std::vector<qsizetype> column(static_cast<std::size_t>(states.size()), -1);
    for (qsizetype i = 0; i < states.size(); ++i) {
        if (states.at(i) != CountState::Shown) {
            column[static_cast<std::size_t>(i)] = static_cast<qsizetype>(unknown.size());
            unknown.push_back(i);
        }
    }
    const std::size_t n = unknown.size();
    std::vector<std::vector<double>> m;
    for (const auto &line : lines) {
        std::vector<double> row(n, 0.0);
        bool any = false;
        for (const auto &[entry, sign] : line) {
            const qsizetype c = column[static_cast<std::size_t>(entry)];
            if (c >= 0) {
                row[static_cast<std::size_t>(c)] += sign;
                any = true;
            }
        }
        if (any)
            m.push_back(row);
    }
    std::vector<int> pivotRow(n, -1);
    std::size_t r = 0;
    for (std::size_t c = 0; c < n && r < m.size(); ++c) {
        std::size_t best = r;
        for (std::size_t k = r; k < m.size(); ++k) {
            if (std::abs(m[k][c]) > std::abs(m[best][c]))
                best = k;
        }
        if (std::abs(m[best][c]) < 1e-9)
            continue;
        std::swap(m[r], m[best]);
        const double p = m[r][c];
        for (auto &v : m[r])
            v /= p;
        for (std::size_t k = 0; k < m.size(); ++k) {
            if (k == r || std::abs(m[k][c]) < 1e-12)
                continue;
            const double f = m[k][c];
            for (std::size_t j = 0; j < n; ++j)
                m[k][j] -= f * m[r][j];
        }
        pivotRow[c] = static_cast<int>(r);
        ++r;
    }
    std::vector<bool> out(static_cast<std::size_t>(states.size()), false);
    for (std::size_t c = 0; c < n; ++c) {
        if (pivotRow[c] < 0)
            continue;
        bool alone = true;
        for (std::size_t j = 0; j < n; ++j) {
            if (j != c && std::abs(m[static_cast<std::size_t>(pivotRow[c])][j]) > 1e-9)
                alone = false;
        }
        out[static_cast<std::size_t>(unknown[c])] = alone;
    }
    return out;
}

/// The equations of a rows × columns table with margins: each row's cells minus its total, each
/// column's cells minus its total, the row totals and the column totals minus the grand total.
std::vector<std::vector<std::pair<qsizetype, int>>> gridEquations(int rows, int columns)
{
    const int cols = columns + 1;
    const auto at = [cols](int r, int c) { return qsizetype(r) * cols + c; };
    std::vector<std::vector<std::pair<qsizetype, int>>> lines;
    for (int r = 0; r <= rows; ++r) {
        std::vector<std::pair<qsizetype, int>> line;
        for (int c = 0; c < columns; ++c)
            line.push_back({at(r, c), 1});
        line.push_back({at(r, columns), -1});
        lines.push_back(line);
    }
    for (int c = 0; c <= columns; ++c) {
        std::vector<std::pair<qsizetype, int>> line;
        for (int r = 0; r < rows; ++r)
            line.push_back({at(r, c), 1});
        line.push_back({at(rows, c), -1});
        lines.push_back(line);
    }
    return lines;
}

/// A random table with margins; `smallShare` percent of the cells below 11.
QList<qint64> randomGrid(QRandomGenerator &rng, int rows, int columns, int smallShare)
{
    const int cols = columns + 1;
    QList<qint64> v(qsizetype(rows + 1) * cols, 0);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const int roll = int(rng.bounded(100));
            const qint64 value = roll < smallShare / 4 ? 0
                : roll < smallShare                    ? qint64(rng.bounded(1, 11))
                                                       : qint64(rng.bounded(11, 400));
            v[qsizetype(r) * cols + c] = value;
            v[qsizetype(r) * cols + columns] += value;
            v[qsizetype(rows) * cols + c] += value;
            v[qsizetype(rows) * cols + columns] += value;
        }
    }
    return v;
}

/// Fails when a small count is shown or any hidden count can be worked out.
void checkSafe(const QList<qint64> &values, const QList<CountState> &states,
    const std::vector<std::vector<std::pair<qsizetype, int>>> &equations, int threshold,
    const QByteArray &what)
{
    const std::vector<bool> exact = determined(states, equations);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const bool small = values.at(i) >= 1 && values.at(i) < threshold;
        QVERIFY2(!small || states.at(i) != CountState::Shown,
            (what + " shows a small count at " + QByteArray::number(i)).constData());
        QVERIFY2(!exact[static_cast<std::size_t>(i)],
            (what + " lets entry " + QByteArray::number(i) + " be recovered").constData());
    }
}

} // namespace

class TestSuppression : public QObject
{
    Q_OBJECT

private slots:
    void oneDimensionHidesASecondCount()
    {
        // 3 + 40 + 25 = 68: the 3 alone could be read as 68 − 40 − 25.
        const Suppression suppression(11);
        const QList<CountState> states = suppression.suppressLine({3, 40, 25, 68});
        QCOMPARE(states.at(0), CountState::Primary);
        QCOMPARE(states.at(2), CountState::Complementary); // the smaller of the others
        QCOMPARE(states.at(1), CountState::Shown);
        QCOMPARE(states.at(3), CountState::Shown);
    }

    void zerosAndLargeCountsAreShown()
    {
        const Suppression suppression(11);
        const QList<CountState> states = suppression.suppressLine({0, 11, 25, 36});
        for (const auto state : states)
            QCOMPARE(state, CountState::Shown);
    }

    void thresholdIsSettable()
    {
        QCOMPARE(Suppression(5).suppressLine({4, 5, 9})[0], CountState::Primary);
        QCOMPARE(Suppression(4).suppressLine({4, 5, 9})[0], CountState::Shown);
    }

    // A bridge: two hidden squares joined by a row. Every line then holds two hidden entries,
    // yet the difference of sums isolates one of them; the method must close a cycle through it.
    void twoLinesPerHiddenCountIsNotEnough()
    {
        // Rows a, b share the hidden cells in columns 0 and 1; rows c, d in columns 2 and 3; row
        // e links them with two hidden cells in columns 1 and 2.
        const int rows = 5;
        const int columns = 4;
        QList<qint64> v((rows + 1) * (columns + 1), 0);
        const qint64 cells[5][4] = {{5, 6, 100, 100}, {7, 8, 100, 100}, {100, 100, 5, 6},
            {100, 100, 7, 8}, {100, 9, 9, 100}};
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                v[r * 5 + c] = cells[r][c];
                v[r * 5 + 4] += cells[r][c];
                v[rows * 5 + c] += cells[r][c];
                v[rows * 5 + 4] += cells[r][c];
            }
        }
        const QList<CountState> states = Suppression(11).suppressGrid(v, rows, columns);
        checkSafe(v, states, gridEquations(rows, columns), 11, "bridge table");
    }

    void randomTwoDimensionalTablesRevealNothing()
    {
        QRandomGenerator rng(20261203);
        for (int t = 0; t < 400; ++t) {
            const int rows = int(rng.bounded(1, 9));
            const int columns = int(rng.bounded(1, 9));
            const int smallShare = int(rng.bounded(5, 70));
            const QList<qint64> v = randomGrid(rng, rows, columns, smallShare);
            const QList<CountState> states = Suppression(11).suppressGrid(v, rows, columns);
            checkSafe(v, states, gridEquations(rows, columns), 11,
                QByteArray("table ") + QByteArray::number(t));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void randomOneDimensionalTablesRevealNothing()
    {
        QRandomGenerator rng(17);
        for (int t = 0; t < 400; ++t) {
            const int n = int(rng.bounded(1, 15));
            QList<qint64> v;
            qint64 total = 0;
            for (int i = 0; i < n; ++i) {
                const qint64 x = rng.bounded(100) < 30 ? qint64(rng.bounded(0, 11))
                                                       : qint64(rng.bounded(11, 300));
                v.append(x);
                total += x;
            }
            v.append(total);
            std::vector<std::pair<qsizetype, int>> line;
            for (int i = 0; i < n; ++i)
                line.push_back({i, 1});
            line.push_back({n, -1});
            const QList<CountState> states = Suppression(11).suppressLine(v);
            checkSafe(v, states, {line}, 11, QByteArray("line ") + QByteArray::number(t));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The check itself must be able to fail: primary suppression alone leaks.
    void theCheckCatchesPrimarySuppressionAlone()
    {
        const QList<qint64> v {3, 40, 25, 68};
        const QList<CountState> states {
            CountState::Primary, CountState::Shown, CountState::Shown, CountState::Shown};
        std::vector<std::pair<qsizetype, int>> line {{0, 1}, {1, 1}, {2, 1}, {3, -1}};
        QVERIFY(determined(states, {line})[0]);
    }
};

QTEST_GUILESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
