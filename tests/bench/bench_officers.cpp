// Repeat officers and the case-list CSV on a real database:
//  - "lookup": OfficerQuery::casesWith, what the intake form runs after each pause in typing a
//    badge number (p50/p95/max over badges drawn from the database);
//  - "roster": OfficerQuery::roster(2), what View › Officers… and trustdesk-cli officers run;
//  - "csv":    CaseListCsv::write of every case to memory, audit included (it appends to the
//              audit log), with the parts timed alone: reading the list, the audit entries;
//  - "xlsx":   CaseListXlsx::write of every case to a file (--xlsx; the file is removed).
// Usage: bench_officers --db PATH [--runs N] [--csv] [--xlsx] [--export-only]
#include "interchange/caselistcsv.h"
#include "interchange/caselistxlsx.h"
#include "storage/caselistreader.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/officerquery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace td;

namespace {

// Wall time moves with the machine's load; the process's CPU time shows the work itself.
struct Timing
{
    QElapsedTimer wall;
    std::clock_t cpu = std::clock();
    Timing() { wall.start(); }
    QString text() const
    {
        return QStringLiteral("%1 ms (CPU %2 ms)")
            .arg(wall.elapsed())
            .arg(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC, 0, 'f', 0);
    }
};

void benchExports(QTextStream &out, Database &db, const QString &path, const QStringList &args)
{
    CaseRepository repo(db, QStringLiteral("bench"));
    if (args.contains(QStringLiteral("--csv"))) {
        Timing reading;
        auto cases = CaseListReader(db).all(CaseQuery {});
        out << QStringLiteral("read list: %1 cases in %2")
                   .arg(cases ? cases->size() : -1)
                   .arg(reading.text())
            << Qt::endl;
        QStringList references;
        for (const auto &c : cases.value())
            references.append(c.reference);
        Timing audit;
        const bool recorded = repo.recordEach(QStringLiteral("bench.audit"), references).ok();
        out << QStringLiteral("audit alone: %1 entries %2 in %3")
                   .arg(references.size())
                   .arg(recorded ? QStringLiteral("recorded") : QStringLiteral("FAILED"))
                   .arg(audit.text())
            << Qt::endl;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Timing csv;
        auto written = CaseListCsv(db, repo).write(buffer, CaseQuery {}, RedactionPolicy {});
        out << QStringLiteral("csv: %1 cases, %2 MB in %3 (audit included)")
                   .arg(written ? written.value() : -1)
                   .arg(double(buffer.size()) / 1e6, 0, 'f', 1)
                   .arg(csv.text())
            << Qt::endl;
    }
    if (args.contains(QStringLiteral("--xlsx"))) {
        const QString file = path + QStringLiteral(".bench.xlsx");
        Timing xlsx;
        auto written = CaseListXlsx(db, repo).write(file, CaseQuery {}, RedactionPolicy {});
        out << QStringLiteral("xlsx: %1 cases, %2 MB in %3 (audit included)")
                   .arg(written ? written.value() : -1)
                   .arg(double(QFile(file).size()) / 1e6, 0, 'f', 1)
                   .arg(xlsx.text())
            << Qt::endl;
        QFile::remove(file);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    const auto value = [&args](const QString &name, const QString &fallback) {
        const auto i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString path = value(QStringLiteral("--db"), QString());
    const int runs = value(QStringLiteral("--runs"), QStringLiteral("200")).toInt();
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        out << "cannot open " << path << ": " << db.error().message << Qt::endl;
        return 1;
    }
    if (args.contains(QStringLiteral("--export-only"))) {
        benchExports(out, **db, path, args);
        return 0;
    }
    QStringList badges;
    QStringList agencies;
    {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT o.badge_number, i.agency FROM officers o JOIN incidents i"
                              " ON i.id = o.incident_id WHERE o.badge_key <> '' ORDER BY o.id"));
        while (q.next()) {
            badges << q.value(0).toString();
            agencies << q.value(1).toString();
        }
    }
    if (badges.isEmpty()) {
        out << "no officers with a badge" << Qt::endl;
        return 1;
    }
    OfficerQuery query(**db);
    std::vector<double> ms;
    qsizetype found = 0;
    const qsizetype step = std::max<qsizetype>(1, badges.size() / std::max(1, runs));
    for (qsizetype i = 0; i < badges.size() && qsizetype(ms.size()) < runs; i += step) {
        QElapsedTimer clock;
        clock.start();
        auto cases = query.casesWith(badges.at(i), agencies.at(i), 0);
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (cases)
            found += cases->size();
    }
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("lookup: %1 badges, p50 %2 ms, p95 %3 ms, max %4 ms, %5 cases/lookup")
               .arg(ms.size())
               .arg(ms.at(ms.size() / 2), 0, 'f', 3)
               .arg(ms.at(std::min(ms.size() - 1, ms.size() * 95 / 100)), 0, 'f', 3)
               .arg(ms.back(), 0, 'f', 3)
               .arg(double(found) / double(ms.size()), 0, 'f', 1)
        << Qt::endl;

    // Wall time moves with the machine's load; the process's CPU time shows the work itself.
    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpu = std::clock();
    auto roster = query.roster(2);
    out << QStringLiteral("roster(2): %1 officers in %2 ms (CPU %3 ms)")
               .arg(roster ? roster->size() : -1)
               .arg(clock.elapsed())
               .arg(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC, 0, 'f', 0)
        << Qt::endl;

    benchExports(out, **db, path, args);
    return 0;
}
