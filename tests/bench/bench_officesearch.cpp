// Office mode: search and the case list's first page in process, on any database (a PostgreSQL
// URI or a file), p50 / p95 / max over many runs after one warm-up run each:
//  - per term: "search" (CaseRepository::search(term, 50), ranked below kRankingCap), "page"
//    (the list's first page of 200 for the term, newest first), "count" (the list's total) and
//    "list" (CaseListModel::setQuery: count and first page, what the search box does);
//  - the unfiltered list's first page in the default order, by three columns and with a status
//    filter, its count, and the model's whole reset.
// The machine's load average is printed before and after: the figures mean little without it.
// --count-runs N times "count" and "list" N times instead (counting every match of a word in
// every case takes seconds at 1 000 000 cases).
// Usage: bench_officesearch --db PATH-OR-URI [--runs N] [--count-runs N] [TERM...]
// Exit codes: 0 done, 1 usage, 2 cannot open, 3 a query failed or found nothing it should have.
#include "benchload.h"
#include "models/caselistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

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

Figures measure(
    int runs, const std::function<bool()> &work, bool &ok, const std::function<void()> &before = {})
{
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(runs));
    ok = work() && ok; // warm the caches and prepare the statement once
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        QElapsedTimer clock;
        clock.start();
        ok = work() && ok;
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    const double p50 = bench::quantile(ms, 0.50);
    const double p95 = bench::quantile(ms, 0.95);
    return {p50, p95, ms.back()};
}

/// Rare and common words, accented and not, Chinese and Vietnamese names, prefixes, two words.
QStringList defaultTerms()
{
    return {QStringLiteral("danny"), QStringLiteral("maría"), QStringLiteral("nguyen"),
        QStringLiteral("Gonçalves"), QStringLiteral("陈美玲"), QStringLiteral("王"),
        QStringLiteral("hernández pérez"), QStringLiteral("dorch"), QStringLiteral("approached"),
        QStringLiteral("a")};
}

void row(QTextStream &out, const QString &what, const QString &detail, qint64 n, const Figures &f)
{
    out << qSetFieldWidth(18) << Qt::left << what << qSetFieldWidth(10) << detail << Qt::right << n
        << qSetRealNumberPrecision(2) << Qt::fixed << f.p50 << f.p95 << f.max << qSetFieldWidth(0)
        << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString path;
    int runs = 100;
    int countRuns = -1;
    QStringList terms;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") && !args.isEmpty())
            path = args.takeFirst();
        else if (a == QLatin1String("--runs") && !args.isEmpty())
            runs = std::max(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--count-runs") && !args.isEmpty())
            countRuns = std::max(1, args.takeFirst().toInt());
        else
            terms.append(a);
    }
    if (path.isEmpty()) {
        err << "usage: bench_officesearch --db PATH-OR-URI [--runs N] [--count-runs N]"
               " [TERM...]\n";
        return 1;
    }
    if (countRuns < 0)
        countRuns = runs;
    if (terms.isEmpty())
        terms = defaultTerms();
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        err << db.error().message << '\n';
        return 2;
    }
    CaseRepository repository(*db.value(), QStringLiteral("bench"));
    CaseListModel model;
    model.setRepository(&repository);
    const auto total = repository.count(CaseQuery {});
    out << "database " << db.value()->path() << ", " << (total ? total.value() : -1) << " cases, "
        << runs << " runs per figure\n";
    out << "load average before: " << bench::loadAverage() << '\n';
    out << qSetFieldWidth(18) << Qt::left << "what" << qSetFieldWidth(10) << "" << Qt::right
        << "matches"
        << "p50 ms"
        << "p95 ms"
        << "max ms" << qSetFieldWidth(0) << '\n';
    bool ok = total.ok() && total.value() > 0;
    const int page = CaseListModel::pageSize();
    for (const auto &term : std::as_const(terms)) {
        const CaseQuery query {std::nullopt, term};
        const auto matches = repository.count(query);
        const qint64 n = matches ? matches.value() : -1;
        ok = ok && n >= 0;
        row(out, term, QStringLiteral("search"), n,
            measure(
                runs, [&] { return repository.search(term, 50).ok(); }, ok));
        row(out, term, QStringLiteral("page"), n,
            measure(
                runs, [&] { return repository.pageAfter(query, nullptr, page).ok(); }, ok));
        row(out, term, QStringLiteral("count"), n,
            measure(
                countRuns, [&] { return repository.count(query).ok(); }, ok));
        row(out, term, QStringLiteral("list"), n,
            measure(
                countRuns,
                [&] {
                    model.setQuery(query);
                    return model.lastError().isEmpty() && (n == 0 || model.rowCount() > 0);
                },
                ok, [&] { model.setQuery(CaseQuery {}); }));
    }
    // The whole list, as the window opens it and as a click on a header or a status filter
    // shows it: the first page only (later pages continue after the last row, at the same cost).
    struct ListCase
    {
        const char *name;
        const char *detail;
        CaseQuery query;
    };
    const std::vector<ListCase> lists {
        {"newest", "", CaseQuery {}},
        {"client", "asc", CaseQuery {std::nullopt, QString(), CaseSort::Client, false}},
        {"opened", "desc", CaseQuery {std::nullopt, QString(), CaseSort::Opened, true}},
        {"caseworker", "asc", CaseQuery {std::nullopt, QString(), CaseSort::Caseworker, false}},
        {"status filed", "newest", CaseQuery {CaseStatus::Filed, QString()}},
        {"status filed", "client",
            CaseQuery {CaseStatus::Filed, QString(), CaseSort::Client, false}},
    };
    for (const auto &l : lists) {
        const auto matches = repository.count(l.query);
        const qint64 n = matches ? matches.value() : -1;
        ok = ok && n > 0;
        row(out, QString::fromLatin1(l.name), QString::fromLatin1(l.detail), n,
            measure(
                runs, [&] { return repository.pageAfter(l.query, nullptr, page).ok(); }, ok));
    }
    row(out, QStringLiteral("all"), QStringLiteral("count"), total ? total.value() : -1,
        measure(
            countRuns, [&] { return repository.count(CaseQuery {}).ok(); }, ok));
    row(out, QStringLiteral("all"), QStringLiteral("list"), total ? total.value() : -1,
        measure(
            countRuns,
            [&] {
                model.setQuery(CaseQuery {});
                return model.lastError().isEmpty() && model.rowCount() > 0;
            },
            ok));
    out << "load average after: " << bench::loadAverage() << '\n';
    out.flush();
    if (!ok)
        err << "a query failed or found nothing\n";
    return ok ? 0 : 3;
}
