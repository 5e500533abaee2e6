// Metadata leaves with no copy of a file: EXIF (GPS, author), XMP, IPTC, comments, PNG text and
// PDF document information are removed, the image itself is untouched.
#include "evidence/imagemetadata.h"
#include "evidence/metadatascrubber.h"

#include "taggedimages.h"
#include "testfiles.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace td;

namespace {

const QByteArray kAuthor = test::kTaggedAuthor;
const QByteArray kComment = test::kTaggedComment;

QImage decode(const QByteArray &bytes, bool autoTransform = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(autoTransform);
    return reader.read();
}

QStringList secretsIn(const QByteArray &bytes)
{
    QStringList found;
    for (const QByteArray &secret : {kAuthor, kComment, QByteArray("xmpmeta"), QByteArray("8BIM")})
        if (bytes.contains(secret))
            found << QString::fromLatin1(secret);
    return found;
}

/// exiftool's view of a file (an independent parser), as one JSON object.
QJsonObject exiftool(const QString &path)
{
    QProcess p;
    p.start(
        QStringLiteral("/usr/bin/exiftool"), {QStringLiteral("-j"), QStringLiteral("-G"), path});
    if (!p.waitForFinished(60000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array().first().toObject();
}

} // namespace

class TestMetadataScrubber : public QObject
{
    Q_OBJECT

private slots:
    void aJpegLosesEveryTagButKeepsItsPixelsAndOrientation()
    {
        const QByteArray original = test::taggedJpeg(6);
        QCOMPARE(secretsIn(original).size(), 4); // the fixture carries what we look for
        const auto scrubbed = MetadataScrubber::scrubImage(original);
        QVERIFY(scrubbed.ok());
        QCOMPARE(scrubbed.value().outcome, MetadataScrubber::Outcome::Stripped);
        QCOMPARE(scrubbed.value().suffix, QStringLiteral("jpg"));
        const QByteArray clean = scrubbed.value().bytes;
        QVERIFY2(secretsIn(clean).isEmpty(), qPrintable(secretsIn(clean).join(u", ")));
        for (const char *kind : {"EXIF", "XMP", "IPTC", "comment", "data after the image"})
            QVERIFY2(scrubbed.value().removed.contains(QLatin1String(kind)), kind);

        // Same pixels (the compressed data is copied, not re-encoded) and still rotated right.
        QCOMPARE(decode(clean), decode(original));
        QCOMPARE(decode(clean, true).size(), QSize(32, 64));
        QCOMPARE(decode(original, true).size(), QSize(32, 64));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clean.jpg"));
        QVERIFY(test::writeFile(path, clean));
        const QJsonObject tags = exiftool(path);
        QVERIFY(!tags.isEmpty());
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            QVERIFY2(!it.key().startsWith(QLatin1String("GPS")) && !it.key().contains(u"GPS"),
                qPrintable(it.key()));
            QVERIFY2(!it.key().startsWith(QLatin1String("XMP")), qPrintable(it.key()));
            QVERIFY2(!it.key().startsWith(QLatin1String("IPTC")), qPrintable(it.key()));
            QVERIFY2(!it.key().endsWith(QLatin1String(":Artist")), qPrintable(it.key()));
            QVERIFY2(!it.key().endsWith(QLatin1String(":Comment")), qPrintable(it.key()));
        }
        QCOMPARE(tags.value(QStringLiteral("EXIF:Orientation")).toString(),
            QStringLiteral("Rotate 90 CW"));
        // The same check on the tagged original finds them, so the loop above can fail.
        const QString taggedPath = dir.filePath(QStringLiteral("tagged.jpg"));
        QVERIFY(test::writeFile(taggedPath, original));
        const QJsonObject before = exiftool(taggedPath);
        QVERIFY(before.contains(QStringLiteral("EXIF:GPSLatitude")));
        QVERIFY(before.contains(QStringLiteral("EXIF:Artist")));
    }

    void anUprightJpegKeepsNoExifAtAll()
    {
        const auto scrubbed = MetadataScrubber::scrubImage(test::taggedJpeg(1));
        QVERIFY(scrubbed.ok());
        QVERIFY(!scrubbed.value().bytes.contains("Exif"));
        QCOMPARE(decode(scrubbed.value().bytes), decode(test::taggedJpeg(1)));
    }

    void aPngLosesTextTimeAndExif()
    {
        QImage image = test::gradientImage();
        image.setText(QStringLiteral("Author"), QString::fromLatin1(kAuthor));
        image.setText(QStringLiteral("Comment"), QString::fromLatin1(kComment));
        QByteArray png = test::encodeImage(image, "png");
        QVERIFY(png.contains(kAuthor));
        // Add an eXIf and a tIME chunk before IEND (their CRCs do not matter to the filter).
        const qsizetype iend = png.size() - 12;
        const QByteArray exif = test::exifBody(1).mid(6);
        QByteArray chunks;
        auto chunk = [&](const QByteArray &type, const QByteArray &data) {
            const quint32 n = quint32(data.size());
            chunks.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
            chunks += type + data + QByteArray(4, '\0');
        };
        chunk("eXIf", exif);
        chunk("tIME", QByteArray("\x07\xea\x0c\x03\x0a\x00\x00", 7));
        png.insert(iend, chunks);

        const auto scrubbed = MetadataScrubber::scrubImage(png);
        QVERIFY(scrubbed.ok());
        const QByteArray clean = scrubbed.value().bytes;
        QVERIFY(!clean.contains(kAuthor));
        QVERIFY(!clean.contains(kComment));
        QVERIFY(!clean.contains("eXIf"));
        QVERIFY(!clean.contains("tIME"));
        QCOMPARE(scrubbed.value().removed,
            QStringList({QStringLiteral("EXIF"), QStringLiteral("text"), QStringLiteral("time")}));
        QCOMPARE(decode(clean).convertToFormat(QImage::Format_RGB32), image);
        QVERIFY(decode(clean).textKeys().isEmpty());
    }

    void damagedOrUnknownFilesAreNeverPassedOffAsClean()
    {
        const QByteArray jpeg = test::taggedJpeg(1);
        const auto truncated = MetadataScrubber::scrubImage(jpeg.first(jpeg.size() / 3));
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().kind, ErrorKind::BadInput);

        QByteArray png = test::encodeImage(test::gradientImage(), "png");
        png.insert(
            png.size() - 12, QByteArray("\0\0\0\0ZZZZ\0\0\0\0", 12)); // unknown critical chunk
        QVERIFY(!MetadataScrubber::scrubImage(png).ok());

        const auto video = MetadataScrubber::scrubImage(QByteArray("\0\0\0\x18"
                                                                   "ftypmp42",
            12));
        QVERIFY(video.ok());
        QCOMPARE(video.value().outcome, MetadataScrubber::Outcome::Unsupported);
        QVERIFY(video.value().bytes.isEmpty());
    }

    void randomDamageNeverCrashesTheFilter()
    {
        const QByteArray jpeg = test::taggedJpeg(6);
        const QByteArray png = test::encodeImage(test::gradientImage(), "png");
        QRandomGenerator random(20261203);
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = i % 2 ? jpeg : png;
            for (int flips = 1 + int(random.bounded(8)); flips > 0; --flips)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            if (random.bounded(4) == 0)
                bytes.truncate(random.bounded(int(bytes.size())));
            const auto result = MetadataScrubber::scrubImage(bytes); // must return, not crash
            if (result.ok() && result.value().outcome == MetadataScrubber::Outcome::Stripped)
                QVERIFY(!result.value().bytes.isEmpty());
        }
    }

    void aPdfLosesItsDocumentInformation()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("statement.pdf"));
        {
            QPdfWriter writer(input);
            writer.setTitle(QString::fromLatin1(kComment));
            writer.setCreator(QString::fromLatin1(kAuthor));
            QPainter painter(&writer);
            painter.drawText(100, 100, QStringLiteral("page one"));
            writer.newPage();
            painter.drawText(100, 100, QStringLiteral("page two"));
        }
        QVERIFY(test::readFile(input).contains(kAuthor)
            || exiftool(input).contains(QStringLiteral("PDF:Creator")));
        const QString output = dir.filePath(QStringLiteral("clean.pdf"));
        const Status scrubbed = MetadataScrubber::scrubPdf(input, output);
        QVERIFY2(scrubbed.ok(), scrubbed.ok() ? "" : qPrintable(scrubbed.error().message));
        const QJsonObject tags = exiftool(output);
        QCOMPARE(tags.value(QStringLiteral("PDF:PageCount")).toInt(), 2);
        for (auto it = tags.begin(); it != tags.end(); ++it)
            QVERIFY2(!it.value().toVariant().toString().contains(QString::fromLatin1(kAuthor))
                    && !it.value().toVariant().toString().contains(
                        QStringLiteral("Synthetic Street")),
                qPrintable(it.key()));
        QVERIFY(!test::readFile(output).contains(kAuthor));

        // Never over an existing file; a file that is not a PDF is refused, nothing left behind.
        QVERIFY(!MetadataScrubber::scrubPdf(input, output).ok());
        const QString notPdf = dir.filePath(QStringLiteral("fake.pdf"));
        QVERIFY(test::writeFile(notPdf, "%PDF-1.4 garbage"));
        const QString nothing = dir.filePath(QStringLiteral("nothing.pdf"));
        QVERIFY(!MetadataScrubber::scrubPdf(notPdf, nothing).ok());
        QVERIFY(!QFileInfo::exists(nothing));
    }
};

QTEST_MAIN(TestMetadataScrubber)
#include "tst_metadatascrubber.moc"
