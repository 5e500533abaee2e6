// Encryption at rest against plaintext, in one run on the same machine:
//  - unlock: VaultKeyFile::unlock with the standard Argon2id cost (the wait at every start);
//  - save: one case saved per transaction (BEGIN IMMEDIATE … COMMIT, synchronous=FULL);
//  - bulk: insertAll of the same cases in one transaction (what import and demo do);
//  - search and page p50: CaseRepository::search(term, 50) and the first page of 200 summaries.
// Usage: bench_vault [--cases N] [--runs N] [--dir DIR] [--cache-kib N]
#include "crypto/securekey.h"
#include "crypto/vaultkeyfile.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace td;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

struct Figures
{
    double savePerCase = 0;
    double bulkPerCase = 0;
    double search = 0;
    double page = 0;
    std::vector<double> searchByTerm;
};

QStringList searchTerms()
{
    return {QStringLiteral("officer"), QStringLiteral("nguyen"), QStringLiteral("Person 17"),
        QStringLiteral("interpreter")};
}

Figures run(const QString &path, const SecureKey *key, int cases, int runs, int cacheKib)
{
    Figures f;
    QList<CaseFile> batch;
    for (int i = 0; i < cases; ++i)
        batch.append(test::sampleCase(QStringLiteral("Bench Person %1").arg(i)));
    auto db = key ? Database::open(path, Database::OpenMode::CreateIfMissing, *key)
                  : Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().message));
    if (cacheKib > 0)
        (void)(*db)->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKib), QString());
    CaseRepository repo(**db, QStringLiteral("bench"));
    const int single = std::min(cases, 300);
    f.savePerCase = timeMs([&] {
        for (int i = 0; i < single; ++i)
            (void)repo.save(batch.at(i));
    }) / single;
    QList<CaseFile> rest = batch.mid(single);
    f.bulkPerCase = rest.isEmpty() ? 0 : timeMs([&] {
        (void)repo.insertAll(rest, QStringLiteral("case.create"));
    }) / static_cast<double>(rest.size());
    std::vector<std::vector<double>> search;
    std::vector<double> page;
    const QStringList terms = searchTerms();
    search.resize(terms.size());
    for (int r = 0; r < runs; ++r) {
        for (int t = 0; t < terms.size(); ++t)
            search[t].push_back(timeMs([&] { (void)repo.search(terms.at(t), 50); }));
        page.push_back(timeMs([&] { (void)repo.page(CaseQuery {}, 0, 200); }));
    }
    std::vector<double> all;
    for (int t = 0; t < terms.size(); ++t) {
        f.searchByTerm.push_back(median(search[t]));
        all.insert(all.end(), search[t].begin(), search[t].end());
    }
    f.search = median(all);
    f.page = median(page);
    return f;
}

// The machine is shared: the load average goes beside the figures.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
        : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const auto value = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int cases = value(QStringLiteral("--cases"), QStringLiteral("5000")).toInt();
    const int runs = value(QStringLiteral("--runs"), QStringLiteral("201")).toInt();
    // SQLite's page cache per connection, in KiB (0: SQLite's default, 2 000 KiB).
    const int cacheKib = value(QStringLiteral("--cache-kib"), QStringLiteral("0")).toInt();
    QTemporaryDir temp(
        value(QStringLiteral("--dir"), QDir::tempPath()) + QStringLiteral("/bench-vault-XXXXXX"));

    out << "load average at start: " << loadAverage() << "\n";
    out.flush();
    std::vector<double> unlock;
    const QString keyPath = temp.filePath(QStringLiteral("vault.vault"));
    auto created = VaultKeyFile::create(keyPath, QStringLiteral("bench passphrase"));
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    for (int i = 0; i < 3; ++i)
        unlock.push_back(timeMs(
            [&] { (void)VaultKeyFile::unlock(keyPath, QStringLiteral("bench passphrase")); }));
    out << "unlock (Argon2id, 256 MiB): median " << median(unlock) << " ms of 3\n";

    // Interleaved so that the machine's load falls on both alike.
    const Figures plain
        = run(temp.filePath(QStringLiteral("plain.sqlite")), nullptr, cases, runs, cacheKib);
    const Figures vault = run(
        temp.filePath(QStringLiteral("vault.sqlite")), &created->dataKey, cases, runs, cacheKib);
    const auto row = [&](const char *what, double p, double v) {
        out << what << ": plaintext " << p << " ms, encrypted " << v << " ms, ratio "
            << (p > 0 ? v / p : 0) << "\n";
    };
    out << cases << " cases; medians of " << runs << " runs for search and page\n";
    row("save, per case (one transaction each)", plain.savePerCase, vault.savePerCase);
    row("bulk insert, per case", plain.bulkPerCase, vault.bulkPerCase);
    row("search p50 (top 50)", plain.search, vault.search);
    for (int t = 0; t < searchTerms().size(); ++t) {
        const QByteArray what = "  search p50 for \"" + searchTerms().at(t).toUtf8() + "\"";
        row(what.constData(), plain.searchByTerm.at(t), vault.searchByTerm.at(t));
    }
    row("page p50 (200 rows)", plain.page, vault.page);
    out << "load average at end: " << loadAverage() << "\n";
    return 0;
}
