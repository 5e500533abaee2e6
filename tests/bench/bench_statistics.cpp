// In-process statistics latency on a real database (goal: < 200 ms at 100 000 cases): p50/p95/max
// of StatisticsQuery::table for every dimension and some pairs, then of the published table
// (suppression and labels) and of listing one cell's cases (a clicked bar).
// Usage: bench_statistics --db PATH [--runs N] [--from YYYY-MM-DD] [--only DIM[,DIM]]
// (--only: that table alone, e.g. to profile it)
#include "stats/publishedstatistics.h"
#include "storage/database.h"
#include "storage/statisticsquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace td;

namespace {

struct Figures
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    double cpu50 = 0; ///< median CPU time of the process: what the work costs on a busy machine
};

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Figures measure(int runs, const std::function<bool()> &work, bool &ok)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    (void)work(); // warm the page cache once
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const double before = cpuMs();
        ok = work() && ok;
        cpu.push_back(cpuMs() - before);
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    const auto at = [&ms](double q) {
        return ms.at(
            std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size()))));
    };
    return {at(0.50), at(0.95), ms.back(), cpu.at(cpu.size() / 2)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString path;
    int runs = 20;
    StatisticsFilter filter;
    QString only;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") && !args.isEmpty())
            path = args.takeFirst();
        else if (a == QLatin1String("--runs") && !args.isEmpty())
            runs = std::max(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--from") && !args.isEmpty())
            filter.from = QDate::fromString(args.takeFirst(), Qt::ISODate);
        else if (a == QLatin1String("--only") && !args.isEmpty())
            only = args.takeFirst();
    }
    if (path.isEmpty()) {
        err << "usage: bench_statistics --db PATH [--runs N] [--from YYYY-MM-DD] [--only "
               "DIM[,DIM]]\n";
        return 1;
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        err << db.error().message << '\n';
        return 2;
    }
    StatisticsQuery query(*db.value());
    bool ok = true;
    using D = StatisticsDimension;
    std::vector<std::pair<D, std::optional<D>>> tables;
    for (const auto d : allStatisticsDimensions())
        tables.push_back({d, std::nullopt});
    tables.push_back({D::Category, D::Month});
    tables.push_back({D::District, D::Quarter});
    tables.push_back({D::Agency, D::Outcome});
    tables.push_back({D::Category, D::District});

    auto whole = query.table(filter, D::Status);
    out << "cases " << (whole ? whole->total.cases : -1) << ", incidents "
        << (whole ? whole->total.incidents : -1) << ", runs per figure " << runs << '\n';
    out << qSetFieldWidth(22) << Qt::left << "table" << qSetFieldWidth(8) << Qt::right << "cells"
        << qSetFieldWidth(10) << "p50 ms"
        << "p95 ms"
        << "max ms"
        << "cpu ms" << qSetFieldWidth(0) << '\n';
    double worst = 0;
    for (const auto &[rows, columns] : tables) {
        QString name = statisticsDimensionCode(rows);
        if (columns)
            name += QLatin1Char(',') + statisticsDimensionCode(*columns);
        if (!only.isEmpty() && name != only)
            continue;
        qsizetype cells = 0;
        const Figures f = measure(
            runs,
            [&] {
                auto t = query.table(filter, rows, columns);
                cells = t ? t->cells.size() : 0;
                return t.ok();
            },
            ok);
        worst = std::max(worst, f.p50);
        out << qSetFieldWidth(22) << Qt::left << name << qSetFieldWidth(8) << Qt::right << cells
            << qSetFieldWidth(10) << qSetRealNumberPrecision(1) << Qt::fixed << f.p50 << f.p95
            << f.max << f.cpu50 << qSetFieldWidth(0) << '\n';
    }
    auto big = query.table(filter, D::Category, D::Month);
    if (big && only.isEmpty()) {
        const Figures f = measure(
            runs,
            [&] {
                const PublishedStatistics published(big.value(), 11);
                return published.cases.cells.size() == big->cells.size();
            },
            ok);
        out << qSetFieldWidth(22) << Qt::left << "suppress category,month" << qSetFieldWidth(8)
            << Qt::right << big->cells.size() << qSetFieldWidth(10) << qSetRealNumberPrecision(1)
            << Qt::fixed << f.p50 << f.p95 << f.max << f.cpu50 << qSetFieldWidth(0) << '\n';
        const QString key = big->rows.value(0).key;
        qsizetype listed = 0;
        const Figures c = measure(
            runs,
            [&] {
                auto cases = query.casesIn(filter, D::Category, key);
                listed = cases ? cases->size() : -1;
                return cases.ok();
            },
            ok);
        out << qSetFieldWidth(22) << Qt::left << "casesIn one category" << qSetFieldWidth(8)
            << Qt::right << listed << qSetFieldWidth(10) << qSetRealNumberPrecision(1) << Qt::fixed
            << c.p50 << c.p95 << c.max << c.cpu50 << qSetFieldWidth(0) << '\n';
    }
    out << "slowest table p50 " << qSetRealNumberPrecision(1) << Qt::fixed << worst
        << " ms (goal < 200 ms)\n";
    return ok ? 0 : 3;
}
