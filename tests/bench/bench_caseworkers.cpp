// Office mode: simulated caseworkers saving and searching at once, then a check that no save
// was lost. Each caseworker is a thread with its own Database connection; until the time is up
// it searches (a term from a fixed list), opens a case from the results
// (CaseRepository::loadWithRevision), appends a token of its own to the first incident's
// narrative and saves with the revision it loaded. On a conflict (a colleague saved the case
// meanwhile) it does what a person choosing "Take Theirs" and typing again does: reloads, appends
// its token again and saves with the new revision. No think time: this is the server at full
// tilt, not a realistic pace.
//
// Zero lost updates is checked independently of what the threads believe, on a fresh
// connection: every token that a successful save reported must be in the stored narrative, and
// each case's revision must have grown by exactly its number of successful saves.
//
// --blind saves without the loaded revision (last writer wins): the check must then find lost
// updates, which shows that it can.
// Usage: bench_caseworkers --db PATH-OR-URI [--users N] [--seconds S] [--seed N] [--blind]
// Exit codes: 0 done and nothing lost, 1 usage, 2 cannot open, 3 a lost update, a wrong
// revision, an unexpected error or no save at all.
#include "benchload.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace td;

namespace {

/// Common words (the newest matches, which everyone sees first) and rarer ones.
QStringList searchTerms()
{
    return {QStringLiteral("approached"), QStringLiteral("officer"), QStringLiteral("nguyen"),
        QStringLiteral("maría"), QStringLiteral("dorchester"), QStringLiteral("陈"),
        QStringLiteral("danny"), QStringLiteral("interpreter")};
}

struct Save
{
    qint64 caseId;
    QString token;
};

struct Worker
{
    std::vector<double> searchMs;
    std::vector<double> openMs;
    std::vector<double> saveMs; ///< successful saves only
    std::vector<Save> saves;
    qint64 conflicts = 0;
    qint64 errors = 0;
    QString firstError;
};

double elapsedMs(const QElapsedTimer &clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void appendToken(CaseFile &caseFile, const QString &token)
{
    Incident &first = caseFile.incidents.first();
    first.narrative += QLatin1Char(' ') + token;
}

void work(const QString &path, int user, quint64 seed, bool blind, const QSet<qint64> &known,
    std::chrono::steady_clock::time_point until, Worker &w)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        ++w.errors;
        w.firstError = opened.error().message;
        return;
    }
    CaseRepository repository(*opened.value(), QStringLiteral("caseworker-%1").arg(user));
    std::mt19937_64 random(seed * 1000 + static_cast<quint64>(user));
    const QStringList terms = searchTerms();
    int sequence = 0;
    const auto fail = [&w](const Error &e) {
        if (w.errors++ == 0)
            w.firstError = e.message;
    };
    while (std::chrono::steady_clock::now() < until) {
        const QString &term = terms.at(static_cast<qsizetype>(random() % terms.size()));
        QElapsedTimer clock;
        clock.start();
        auto found = repository.search(term, 50);
        w.searchMs.push_back(elapsedMs(clock));
        if (!found) {
            fail(found.error());
            continue;
        }
        QList<qint64> ids;
        for (const auto &s : std::as_const(found.value()))
            if (known.contains(s.id))
                ids.append(s.id);
        if (ids.isEmpty())
            continue;
        const qint64 id = ids.at(static_cast<qsizetype>(random() % ids.size()));
        const QString token = QStringLiteral("[u%1-%2]")
                                  .arg(user, 2, 10, QLatin1Char('0'))
                                  .arg(++sequence, 6, 10, QLatin1Char('0'));
        for (int attempt = 0; attempt < 50; ++attempt) {
            clock.restart();
            auto loaded = repository.loadWithRevision(id);
            w.openMs.push_back(elapsedMs(clock));
            if (!loaded) {
                fail(loaded.error());
                break;
            }
            CaseFile caseFile = std::move(loaded->first);
            appendToken(caseFile, token);
            clock.restart();
            auto saved = blind ? repository.save(std::move(caseFile))
                               : repository.save(std::move(caseFile), loaded->second);
            const double ms = elapsedMs(clock);
            if (saved) {
                w.saveMs.push_back(ms);
                w.saves.push_back({id, token});
                break;
            }
            if (saved.error().kind != ErrorKind::Conflict) {
                fail(saved.error());
                break;
            }
            ++w.conflicts; // a colleague saved first: reload, type it again, save
        }
    }
}

void latencyRow(QTextStream &out, const char *what, std::vector<double> &ms, double seconds)
{
    const auto n = static_cast<double>(ms.size());
    out << qSetFieldWidth(8) << Qt::left << what << qSetFieldWidth(10) << Qt::right << ms.size()
        << qSetRealNumberPrecision(1) << Qt::fixed << n / seconds << qSetRealNumberPrecision(2)
        << bench::quantile(ms, 0.50) << bench::quantile(ms, 0.95) << (ms.empty() ? 0.0 : ms.back())
        << qSetFieldWidth(0) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString path;
    int users = 20;
    double seconds = 60;
    quint64 seed = 1;
    bool blind = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") && !args.isEmpty())
            path = args.takeFirst();
        else if (a == QLatin1String("--users") && !args.isEmpty())
            users = std::max(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--seconds") && !args.isEmpty())
            seconds = std::max(0.1, args.takeFirst().toDouble());
        else if (a == QLatin1String("--seed") && !args.isEmpty())
            seed = args.takeFirst().toULongLong();
        else if (a == QLatin1String("--blind"))
            blind = true;
        else {
            path.clear(); // an unknown option: print the usage
            break;
        }
    }
    if (path.isEmpty()) {
        err << "usage: bench_caseworkers --db PATH-OR-URI [--users N] [--seconds S] [--seed N]"
               " [--blind]\n";
        return 1;
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        err << db.error().message << '\n';
        return 2;
    }
    CaseRepository checker(*db.value(), QStringLiteral("bench-check"));
    // The cases the searches can lead to, with their revisions before anyone saves. A case that
    // enters the results later (its ranking moved) is skipped, so every revision is known.
    QHash<qint64, qint64> before;
    for (const auto &term : searchTerms()) {
        auto found = checker.search(term, 50);
        if (!found) {
            err << found.error().message << '\n';
            return 3;
        }
        for (const auto &s : std::as_const(found.value())) {
            auto revision = checker.revision(s.id);
            if (!revision) {
                err << revision.error().message << '\n';
                return 3;
            }
            before.insert(s.id, revision.value());
        }
    }
    QSet<qint64> known;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        known.insert(it.key());
    out << "database " << db.value()->path() << ", " << users << " caseworkers, " << seconds
        << " s, " << known.size() << " cases reachable from the searches"
        << (blind ? ", saving blind (no revision)" : "") << '\n';
    out << "load average before: " << bench::loadAverage() << '\n';
    out.flush();

    std::vector<Worker> workers(static_cast<std::size_t>(users));
    std::vector<std::thread> threads;
    const auto until = std::chrono::steady_clock::now()
        + std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    QElapsedTimer wall;
    wall.start();
    for (int u = 0; u < users; ++u)
        threads.emplace_back(work, path, u + 1, seed, blind, std::cref(known), until,
            std::ref(workers[static_cast<std::size_t>(u)]));
    for (auto &t : threads)
        t.join();
    const double ran = static_cast<double>(wall.elapsed()) / 1000.0;
    out << "load average after: " << bench::loadAverage() << '\n';

    std::vector<double> searchMs;
    std::vector<double> openMs;
    std::vector<double> saveMs;
    QHash<qint64, QStringList> tokens;
    qint64 conflicts = 0;
    qint64 errors = 0;
    for (const auto &w : workers) {
        searchMs.insert(searchMs.end(), w.searchMs.begin(), w.searchMs.end());
        openMs.insert(openMs.end(), w.openMs.begin(), w.openMs.end());
        saveMs.insert(saveMs.end(), w.saveMs.begin(), w.saveMs.end());
        for (const auto &s : w.saves)
            tokens[s.caseId].append(s.token);
        conflicts += w.conflicts;
        errors += w.errors;
        if (!w.firstError.isEmpty())
            err << "error: " << w.firstError << '\n';
    }

    // The independent check: what is stored now, read on the checker's own connection.
    qint64 lost = 0;
    qint64 wrongRevisions = 0;
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        auto stored = checker.loadWithRevision(it.key());
        if (!stored) {
            err << stored.error().message << '\n';
            ++errors;
            continue;
        }
        const QString &narrative = stored->first.incidents.first().narrative;
        for (const auto &token : it.value())
            lost += narrative.contains(token) ? 0 : 1;
        if (stored->second != before.value(it.key()) + it.value().size())
            ++wrongRevisions;
    }

    out << "ran " << qSetRealNumberPrecision(1) << Qt::fixed << ran << " s; cases saved "
        << tokens.size() << "; conflicts " << conflicts << "; errors " << errors << '\n';
    out << qSetFieldWidth(8) << Qt::left << "what" << qSetFieldWidth(10) << Qt::right << "count"
        << "per s"
        << "p50 ms"
        << "p95 ms"
        << "max ms" << qSetFieldWidth(0) << '\n';
    latencyRow(out, "search", searchMs, ran);
    latencyRow(out, "open", openMs, ran);
    latencyRow(out, "save", saveMs, ran);
    out << "lost updates " << lost << "; cases whose revision is not its saves " << wrongRevisions
        << '\n';
    out.flush();
    return lost == 0 && wrongRevisions == 0 && errors == 0 && !saveMs.empty() ? 0 : 3;
}
