// Benchmark: a complaint submission with 20 twelve-megapixel photos, written as a PDF.
// Budget: under 2 s and under 10 MB, because photos are decoded already scaled
// (QImageReader::setScaledSize, longer edge ≤ 1200 px) and the originals are never embedded.
//
//   bench_report [--photos N] [--max-edge PX] [--keep DIR]
//
// Prints the figures; not a timed unit test (timings depend on the machine and its load, so the
// process CPU time is printed beside the wall-clock time). With --keep, photos already in DIR
// are reused.
#include "guidance/guidancepackloader.h"
#include "print/complaintreport.h"
#include "print/printimage.h"
#include "testcases.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <ctime>

using namespace td;

namespace {

/// A synthetic "photo": a gradient sky, shapes, and sensor-like noise, so JPEG has real work.
QImage syntheticPhoto(int index, QRandomGenerator &rng)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, 3000);
    sky.setColorAt(0, QColor::fromHsv((index * 37) % 360, 90, 230));
    sky.setColorAt(1, QColor::fromHsv((index * 37 + 120) % 360, 140, 90));
    p.fillRect(image.rect(), sky);
    for (int i = 0; i < 40; ++i) {
        p.setBrush(
            QColor::fromHsv(rng.bounded(360), 120 + rng.bounded(120), 80 + rng.bounded(170)));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(rng.bounded(4000), rng.bounded(3000)), 80 + rng.bounded(600),
            80 + rng.bounded(400));
    }
    p.end();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = static_cast<int>(rng.bounded(17U)) - 8;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255),
                qBound(0, qBlue(c) + n, 255));
        }
    }
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("photos"), QStringLiteral("number of photos (default 20)"),
        QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption(
        {QStringLiteral("max-edge"), QStringLiteral("longer edge for print, px (default 1200)"),
            QStringLiteral("PX"), QStringLiteral("1200")});
    parser.addOption({QStringLiteral("keep"),
        QStringLiteral("write the photos and the PDF to DIR and keep them"),
        QStringLiteral("DIR")});
    parser.process(app);
    const int photos = parser.value(QStringLiteral("photos")).toInt();
    const int maxEdge = parser.value(QStringLiteral("max-edge")).toInt();
    QTextStream out(stdout);

    QTemporaryDir temp;
    const QString dir
        = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    QDir().mkpath(dir);

    // The photos (not timed): 4000 × 3000 JPEGs, quality 90, like a phone camera's.
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(20261124);
    CaseFile c = test::sampleCase();
    c.id = 1;
    c.reference = QStringLiteral("TD-2026-00099");
    c.evidence.clear();
    QHash<QString, QString> paths; // sha256 → file
    qint64 originalBytes = 0;
    for (int i = 0; i < photos; ++i) {
        const QString path = QDir(dir).filePath(
            QStringLiteral("photo-%1.jpg").arg(i + 1, 2, 10, QLatin1Char('0')));
        QImageWriter writer(path, "jpeg");
        writer.setQuality(90);
        if (!(parser.isSet(QStringLiteral("keep"))
                && QImageReader(path).size() == QSize(4000, 3000))
            && !writer.write(syntheticPhoto(i, rng))) {
            out << "cannot write " << path << ": " << writer.errorString() << Qt::endl;
            return 1;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        EvidenceItem e;
        e.originalName = QFileInfo(path).fileName();
        e.mediaType = QStringLiteral("image/jpeg");
        e.sizeBytes = f.size();
        e.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        e.capturedAt = QDateTime(QDate(2026, 2, 27), QTime(14, 41 + i % 18), QTimeZone::utc());
        e.addedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
        e.description = QStringLiteral("Synthetic photo %1 of the scene").arg(i + 1);
        e.source = QStringLiteral("client");
        originalBytes += e.sizeBytes;
        paths.insert(e.sha256, path);
        c.evidence.append(e);
    }
    out << "photos: " << photos << " × 4000×3000 JPEG, "
        << QString::number(originalBytes / 1e6, 'f', 1) << " MB in all (made in " << timer.elapsed()
        << " ms, not counted)" << Qt::endl;

    auto pack = GuidancePackLoader::loadBuiltIn();
    if (!pack) {
        out << pack.error().message << Qt::endl;
        return 1;
    }

    qint64 decodeMs = 0;
    ComplaintReportOptions options;
    options.maxImageEdge = maxEdge;
    options.exhibitImage = [&](const EvidenceItem &item, int edge) {
        QElapsedTimer t;
        t.start();
        QImage image = PrintImage::readScaled(paths.value(item.sha256), edge);
        decodeMs += t.elapsed();
        return image;
    };
    const QString pdf = QDir(dir).filePath(QStringLiteral("report-photos.pdf"));
    const ComplaintReport report(c, &pack.value(), options);

    timer.restart();
    const std::clock_t cpuStart = std::clock();
    auto sha = report.writePdf(pdf);
    const qint64 totalMs = timer.elapsed();
    const qint64 cpuMs = static_cast<qint64>(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    if (!sha) {
        out << sha.error().message << Qt::endl;
        return 1;
    }
    const qint64 bytes = QFileInfo(pdf).size();
    out << "report: " << totalMs << " ms wall, " << cpuMs
        << " ms CPU (decoding the scaled photos: " << decodeMs << " ms wall), "
        << QString::number(bytes / 1e6, 'f', 2) << " MB, longer edge " << maxEdge << " px"
        << Qt::endl;
    out << "budget: < 2000 ms and < 10 MB: "
        << (totalMs < 2000 && bytes < 10'000'000 ? "within" : "OVER") << Qt::endl;
    if (parser.isSet(QStringLiteral("keep")))
        out << "kept: " << pdf << Qt::endl;
    return 0;
}
