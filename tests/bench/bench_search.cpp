// In-process search latency on a real database: p50/p95/max over many runs of
//  - "search": CaseRepository::search(term, 50), what trustdesk-cli search does (ranked);
//  - "page":   CaseRepository::page(), the first page of 200 summaries the GUI's list shows;
//  - "count":  CaseRepository::count(), the total the GUI shows beside the list;
//  - "list":   CaseListModel::setQuery with the term, what the GUI's search box does (count and
//              first page; the time of the unfiltered reset after it is not included);
//  - then the unfiltered list ordered by each column (a click on its header): 1st and 10th page.
// Usage: bench_search --db PATH [--runs N] TERM...
#include "models/caselistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

using namespace td;

namespace {

struct Figures
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

/// Times `work` (not `before`, which runs ahead of each timed run).
Figures measure(
    int runs, const std::function<bool()> &work, bool &ok, const std::function<void()> &before = {})
{
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(runs));
    (void)work(); // warm the page cache and the statement cache once
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        QElapsedTimer clock;
        clock.start();
        ok = work() && ok;
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms.at(
            std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size()))));
    };
    return {at(0.50), at(0.95), ms.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString path;
    int runs = 200;
    QStringList terms;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") && !args.isEmpty())
            path = args.takeFirst();
        else if (a == QLatin1String("--runs") && !args.isEmpty())
            runs = std::max(1, args.takeFirst().toInt());
        else
            terms.append(a);
    }
    if (path.isEmpty() || terms.isEmpty()) {
        err << "usage: bench_search --db PATH [--runs N] TERM...\n";
        return 1;
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        err << db.error().message << '\n';
        return 2;
    }
    CaseRepository repository(*db.value(), QStringLiteral("bench"));
    CaseListModel model;
    model.setRepository(&repository);
    auto total = repository.count(CaseQuery {});
    out << "cases " << (total ? total.value() : -1) << ", runs per figure " << runs << '\n';
    out << qSetFieldWidth(14) << Qt::left << "term" << qSetFieldWidth(10) << Qt::right << "matches"
        << "what"
        << "p50 ms"
        << "p95 ms"
        << "max ms" << qSetFieldWidth(0) << '\n';
    bool ok = true;
    for (const auto &term : std::as_const(terms)) {
        const auto matches = repository.count(CaseQuery {std::nullopt, term});
        const qint64 n = matches ? matches.value() : -1;
        const CaseQuery query {std::nullopt, term};
        const Figures search = measure(
            runs, [&] { return repository.search(term, 50).ok(); }, ok);
        const Figures page = measure(
            runs, [&] { return repository.page(query, 0, CaseListModel::pageSize()).ok(); }, ok);
        const Figures counted = measure(
            runs, [&] { return repository.count(query).ok(); }, ok);
        const Figures list = measure(
            runs,
            [&] {
                model.setQuery(query);
                return model.lastError().isEmpty() && model.rowCount() > 0;
            },
            ok,
            [&] {
                model.setQuery(CaseQuery {});
            }); // each run starts from the unfiltered list, as in the GUI
        for (const auto &[what, f] : {std::pair {"search", search}, std::pair {"page", page},
                 std::pair {"count", counted}, std::pair {"list", list}}) {
            out << qSetFieldWidth(14) << Qt::left << term << qSetFieldWidth(10) << Qt::right << n
                << what << qSetRealNumberPrecision(3) << Qt::fixed << f.p50 << f.p95 << f.max
                << qSetFieldWidth(0) << '\n';
        }
    }
    // The list ordered by a column header (CaseListModel::sort): first page and the 10th page,
    // each ordered and paged in SQL.
    out << '\n'
        << qSetFieldWidth(14) << Qt::left << "sorted by" << qSetFieldWidth(10) << Qt::right
        << "order"
        << "page"
        << "p50 ms"
        << "p95 ms"
        << "max ms" << qSetFieldWidth(0) << '\n';
    const std::pair<const char *, CaseSort> sorts[] = {{"reference", CaseSort::Reference},
        {"client", CaseSort::Client}, {"status", CaseSort::Status}, {"opened", CaseSort::Opened},
        {"last incident", CaseSort::LastIncident}, {"caseworker", CaseSort::Caseworker}};
    const int sortRuns = std::max(1, runs / 10);
    for (const auto &[name, sort] : sorts) {
        for (const bool descending : {false, true}) {
            CaseQuery query;
            query.sort = sort;
            query.descending = descending;
            std::optional<CaseSummary> cursor;
            for (int page = 0; page < 9; ++page) {
                auto rows = repository.pageAfter(
                    query, cursor ? &*cursor : nullptr, CaseListModel::pageSize());
                if (!rows || rows->isEmpty())
                    break;
                cursor = rows->constLast();
            }
            const Figures first = measure(
                sortRuns,
                [&] {
                    return repository.pageAfter(query, nullptr, CaseListModel::pageSize()).ok();
                },
                ok);
            const Figures tenth = measure(
                sortRuns,
                [&] {
                    return repository
                        .pageAfter(query, cursor ? &*cursor : nullptr, CaseListModel::pageSize())
                        .ok();
                },
                ok);
            for (const auto &[page, f] : {std::pair {"1st", first}, std::pair {"10th", tenth}})
                out << qSetFieldWidth(14) << Qt::left << name << qSetFieldWidth(10) << Qt::right
                    << (descending ? "desc" : "asc") << page << qSetRealNumberPrecision(3)
                    << Qt::fixed << f.p50 << f.p95 << f.max << qSetFieldWidth(0) << '\n';
        }
    }
    out.flush();
    return ok ? 0 : 3;
}
