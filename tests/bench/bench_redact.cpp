// Redacting a 12 MP photo (goal: under 300 ms) and suggesting faces on it (goal: under 1 s), on a
// synthetic photo (4000×3000, three drawn faces), in process. Prints wall and CPU time per step,
// median and best of N runs; asserts nothing. The CPU figures are what a busy machine does not
// blur: give `uptime` with the figures (BENCHMARKS.md).
// Usage: bench_redact [--runs N] [--width W --height H]
#include "evidence/evidencestore.h"
#include "redaction/imageredactor.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "syntheticfaces.h"
#include "testcases.h"
#include "testfiles.h"
#include "vision/facesuggester.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

#include <sys/resource.h>

using namespace td;

namespace {

double cpuSeconds()
{
    struct rusage usage
    {
    };
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Figures
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

void measure(QTextStream &out, const QString &label, int runs, const std::function<void()> &work)
{
    Figures f;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpu0 = cpuSeconds();
        timer.start();
        work();
        f.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        f.cpu.push_back((cpuSeconds() - cpu0) * 1000);
    }
    std::sort(f.wall.begin(), f.wall.end());
    std::sort(f.cpu.begin(), f.cpu.end());
    out << QStringLiteral("%1  wall median %2 ms best %3 ms   cpu median %4 ms best %5 ms")
               .arg(label, -34)
               .arg(f.wall[f.wall.size() / 2], 0, 'f', 1)
               .arg(f.wall.front(), 0, 'f', 1)
               .arg(f.cpu[f.cpu.size() / 2], 0, 'f', 1)
               .arg(f.cpu.front(), 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    int runs = 5;
    QSize size(4000, 3000);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--width"))
            size.setWidth(args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--height"))
            size.setHeight(args.at(i + 1).toInt());
    }
    const int w = size.width();
    const int h = size.height();
    const QList<QRect> faces {QRect(w / 10, h / 4, w / 8, h / 5), QRect(w / 2, h / 3, w / 7, h / 4),
        QRect(w * 3 / 4, h / 5, w / 10, h / 6)};
    const QByteArray jpeg = test::syntheticJpeg(size, faces);
    out << QStringLiteral("synthetic photo %1×%2 (%3 MP), JPEG %4 bytes, %5 runs")
               .arg(w)
               .arg(h)
               .arg(double(w) * h / 1e6, 0, 'f', 1)
               .arg(jpeg.size())
               .arg(runs)
        << Qt::endl;

    QImage upright;
    measure(out, QStringLiteral("decode upright (EXIF applied)"), runs,
        [&] { upright = ImageRedactor::decodeUpright(jpeg).value(); });
    QList<QRect> boxes;
    for (const QRect &f : faces)
        boxes.append(f.adjusted(-f.width() / 4, -f.height() / 4, f.width() / 4, f.height() / 4));
    measure(out, QStringLiteral("apply fill, 3 boxes"), runs, [&] {
        QImage copy = upright;
        ImageRedactor::apply(copy, boxes, RedactionRecord::Method::Fill);
    });
    measure(out, QStringLiteral("apply pixelate, 3 boxes"), runs, [&] {
        QImage copy = upright;
        ImageRedactor::apply(copy, boxes, RedactionRecord::Method::Pixelate);
    });
    measure(out, QStringLiteral("encode JPEG q92"), runs,
        [&] { (void)ImageRedactor::encode(upright, true); });

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    const auto saved = CaseRepository(**db, QStringLiteral("bench"))
                           .save(test::minimalCase(QStringLiteral("Bench Person")));
    const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
    test::writeFile(photo, jpeg);
    EvidenceStore store(**db, QStringLiteral("bench"));
    const qint64 id = store.attach(saved->reference, photo, {})->evidence.item.id;
    int n = 0;
    // Each run covers a different spot, so each stores a new item (no "already attached").
    measure(out, QStringLiteral("redact end to end (fill, stored)"), runs, [&] {
        ++n;
        QList<QRect> moved = boxes;
        moved.append(QRect(n * 10, 0, 50, 50));
        const auto r = ImageRedactor::redact(store, id, moved, RedactionRecord::Method::Fill);
        if (!r)
            out << r.error().message << Qt::endl;
    });
    measure(out, QStringLiteral("redact end to end (pixelate)"), runs, [&] {
        ++n;
        QList<QRect> moved = boxes;
        moved.append(QRect(n * 10, 0, 50, 50));
        (void)ImageRedactor::redact(store, id, moved, RedactionRecord::Method::Pixelate);
    });

    int found = -1;
    measure(out, QStringLiteral("suggest faces (3 cascade passes)"), runs, [&] {
        const auto r = FaceSuggester().suggest(upright);
        found = r ? int(r->size()) : -1;
    });
    out << QStringLiteral("faces drawn: %1, suggested: %2").arg(faces.size()).arg(found)
        << Qt::endl;
    return 0;
}
