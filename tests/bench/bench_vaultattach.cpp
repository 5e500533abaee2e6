// Attach of one large file to a vault (sealed evidence) against a plaintext database and against
// the floor for the same work done by standard tools, in one run on the same machine:
//   floor:     sh -c 'openssl dgst -sha256 IN; cp IN DEST; sync DEST'
//   plaintext: EvidenceStore::attach into a plaintext database's store
//   vault:     EvidenceStore::attach into an encrypted database's store (hash + seal, one pass)
// Every side reads the input from a warm page cache and ends with its copy flushed to disk.
// The attach is timed in process (the CLI cannot open a vault yet); starting trustdesk-cli adds a
// few milliseconds (BENCHMARKS.md).
// Usage: bench_vaultattach [--size-mb N] [--runs N] [--dir DIR]
#include "crypto/securekey.h"
#include "evidence/evidencestore.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <sys/resource.h>

using namespace td;

namespace {

// CPU seconds (user + system, all threads) of this process or of its waited-for children: the
// figure that a busy machine does not blur.
double cpuSeconds(int who)
{
    struct rusage usage
    {
    };
    ::getrusage(who, &usage);
    const auto seconds
        = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double best(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

QString list(const std::vector<double> &v)
{
    QStringList parts;
    for (const double x : v)
        parts.append(QString::number(x, 'f', 3));
    return parts.join(QLatin1Char(' '));
}

Timing attachSeconds(const QString &dbPath, const SecureKey *key, const QString &input)
{
    auto db = key ? Database::open(dbPath, Database::OpenMode::CreateIfMissing, *key)
                  : Database::open(dbPath, Database::OpenMode::CreateIfMissing);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().message));
    auto saved = CaseRepository(**db, QStringLiteral("bench"))
                     .save(test::minimalCase(QStringLiteral("Bench Person")));
    if (!saved)
        qFatal("save: %s", qPrintable(saved.error().message));
    EvidenceStore store(**db, QStringLiteral("bench"));
    const double cpu = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    auto attached = store.attach(saved->reference, input, {});
    const Timing t {double(clock.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu};
    if (!attached)
        qFatal("attach: %s", qPrintable(attached.error().message));
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 sizeMb = 512;
    int runs = 3;
    QString base = QDir::tempPath();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--size-mb"))
            sizeMb = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            base = args[i + 1];
    }
    QTemporaryDir dir(base + QStringLiteral("/bench_vaultattach-XXXXXX"));
    if (!dir.isValid())
        qFatal("no temporary folder in %s", qPrintable(base));
    const QString input = dir.filePath(QStringLiteral("input.bin"));
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the input");
        QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
        for (qint64 i = 0; i < sizeMb / 4; ++i) {
            QRandomGenerator::global()->fillRange(
                reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            f.write(block);
        }
    }
    {
        QFile warm(input); // into the page cache, as for the floor
        if (warm.open(QIODevice::ReadOnly))
            while (!warm.read(1 << 22).isEmpty()) { }
    }
    // The first attach loads the MIME database and more: not timed.
    (void)attachSeconds(dir.filePath(QStringLiteral("warm.sqlite")), nullptr,
        dir.filePath(QStringLiteral("input.bin")));

    std::vector<double> floor, plain, vault, floorCpu, plainCpu, vaultCpu;
    const QString dest = dir.filePath(QStringLiteral("dest.bin"));
    const QString script = QStringLiteral(
        "openssl dgst -sha256 \"$1\" >/dev/null && cp \"$1\" \"$2\" && sync \"$2\"");
    for (int run = 0; run < runs; ++run) {
        QFile::remove(dest);
        const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
        QElapsedTimer clock;
        clock.start();
        if (QProcess::execute(QStringLiteral("sh"),
                {QStringLiteral("-c"), script, QStringLiteral("sh"), input, dest})
            != 0)
            qFatal("the floor's commands failed");
        floor.push_back(double(clock.nsecsElapsed()) / 1e9);
        floorCpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - childCpu);
        QFile::remove(dest);

        const Timing p = attachSeconds(
            dir.filePath(QStringLiteral("plain%1.sqlite").arg(run)), nullptr, input);
        plain.push_back(p.wall);
        plainCpu.push_back(p.cpu);
        const SecureKey key = SecureKey::random();
        const Timing v
            = attachSeconds(dir.filePath(QStringLiteral("vault%1.sqlite").arg(run)), &key, input);
        vault.push_back(v.wall);
        vaultCpu.push_back(v.cpu);
    }

    QTextStream out(stdout);
    QFile load(QStringLiteral("/proc/loadavg"));
    const QString loadAvg = load.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 2)
        : QString();
    out << "input " << sizeMb << " MB, " << runs << " runs, load average " << loadAvg << "\n";
    out << "floor (openssl dgst; cp; sync): best " << QString::number(best(floor), 'f', 3)
        << " s, median " << QString::number(median(floor), 'f', 3) << " s   runs: " << list(floor)
        << "\n";
    out << "attach, plaintext store:        best " << QString::number(best(plain), 'f', 3)
        << " s, median " << QString::number(median(plain), 'f', 3) << " s   runs: " << list(plain)
        << "\n";
    out << "attach, vault (sealed):         best " << QString::number(best(vault), 'f', 3)
        << " s, median " << QString::number(median(vault), 'f', 3) << " s   runs: " << list(vault)
        << "\n";
    out << "CPU seconds (median): floor " << QString::number(median(floorCpu), 'f', 3)
        << ", plaintext " << QString::number(median(plainCpu), 'f', 3) << ", vault "
        << QString::number(median(vaultCpu), 'f', 3) << "\n";
    out << "vault / floor (median): " << QString::number(median(vault) / median(floor), 'f', 2)
        << "x   vault / plaintext (median): "
        << QString::number(median(vault) / median(plain), 'f', 2) << "x\n";
    return 0;
}
