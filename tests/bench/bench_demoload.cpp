// Office mode: how fast demo cases go into a database, and whether the rate holds as it grows.
// The same work as `trustdesk-cli demo` (DemoGenerator, CaseRepository::insertAll, 2 000 cases a
// transaction, the same cases for the same seed), with the rate printed every --every cases.
// Usage: bench_demoload --db PATH-OR-URI --cases N [--seed S] [--every N]
// Exit codes: 0 done, 1 usage, 2 cannot open, 3 an insert failed.
#include "benchload.h"
#include "demo/demogenerator.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace td;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString path;
    qint64 cases = 0;
    quint64 seed = 1;
    qint64 every = 100000;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") && !args.isEmpty())
            path = args.takeFirst();
        else if (a == QLatin1String("--cases") && !args.isEmpty())
            cases = args.takeFirst().toLongLong();
        else if (a == QLatin1String("--seed") && !args.isEmpty())
            seed = args.takeFirst().toULongLong();
        else if (a == QLatin1String("--every") && !args.isEmpty())
            every = std::max<qint64>(2000, args.takeFirst().toLongLong());
        else {
            cases = 0; // an unknown option: print the usage
            break;
        }
    }
    if (path.isEmpty() || cases <= 0) {
        err << "usage: bench_demoload --db PATH-OR-URI --cases N [--seed S] [--every N]\n";
        return 1;
    }
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        err << db.error().message << '\n';
        return 2;
    }
    CaseRepository repository(*db.value(), QStringLiteral("bench"));
    DemoGenerator generator(seed);
    out << "database " << db.value()->path() << ", " << cases << " cases, seed " << seed << '\n';
    out << "load average before: " << bench::loadAverage() << '\n';
    out.flush();
    QElapsedTimer total;
    total.start();
    QElapsedTimer stretch;
    stretch.start();
    qint64 added = 0;
    qint64 reported = 0;
    while (added < cases) {
        const int batch = static_cast<int>(std::min<qint64>(2000, cases - added));
        auto inserted
            = repository.insertAll(generator.generate(batch), QStringLiteral("case.demo"));
        if (!inserted) {
            err << inserted.error().message << '\n';
            return 3;
        }
        added += batch;
        if (added - reported >= every || added == cases) {
            const double seconds = static_cast<double>(stretch.nsecsElapsed()) / 1e9;
            out << added << " cases, " << qSetRealNumberPrecision(1) << Qt::fixed
                << static_cast<double>(total.elapsed()) / 1000.0 << " s; last "
                << (added - reported) << " at " << qSetRealNumberPrecision(0)
                << static_cast<double>(added - reported) / seconds << " cases/s; load "
                << bench::loadAverage() << '\n';
            out.flush();
            reported = added;
            stretch.restart();
        }
    }
    out << "added " << added << " cases in " << qSetRealNumberPrecision(1) << Qt::fixed
        << static_cast<double>(total.elapsed()) / 1000.0 << " s\n";
    return 0;
}
