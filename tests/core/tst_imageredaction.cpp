// Redacted copies of images: boxes checked and recorded, the EXIF orientation applied before the
// boxes, the pixels inside a box uniform (fill) or coarse blocks (pixelate), the copy a new item
// with its own hash, a link to its original, custody on both, sealed in a vault; the original
// unchanged. Face suggestions from OpenCV's cascades on a synthetic face. Synthetic images only.
#include "crypto/securekey.h"
#include "evidence/evidenceexporter.h"
#include "evidence/evidencestore.h"
#include "evidence/redactedorder.h"
#include "evidence/redactionrecord.h"
#include "evidence/sealedfile.h"
#include "evidence/sha256.h"
#include "print/complaintreport.h"
#include "redaction/imageredactor.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "syntheticfaces.h"
#include "taggedimages.h"
#include "testcases.h"
#include "testfiles.h"
#include "vision/facesuggester.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace td;

namespace {

const QString kActor = QStringLiteral("tester");

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    return bytes;
}

QImage decode(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return reader.read().convertToFormat(QImage::Format_RGB32);
}

// The largest difference of any channel from `reference` over `r`.
int maxDeviation(const QImage &image, const QRect &r, QRgb reference)
{
    int worst = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(reference)),
                std::abs(qGreen(p) - qGreen(reference)), std::abs(qBlue(p) - qBlue(reference))});
        }
    }
    return worst;
}

qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestImageRedaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    QString m_ref;

    void openDatabase(bool vault)
    {
        auto db = vault ? Database::open(m_dir->filePath(QStringLiteral("cases.sqlite")),
                      Database::OpenMode::CreateIfMissing, SecureKey::random())
                        : Database::open(m_dir->filePath(QStringLiteral("cases.sqlite")),
                            Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
        auto saved = CaseRepository(*m_db, kActor)
                         .save(test::minimalCase(QStringLiteral("Test Person One")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
    }

    qint64 attach(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        if (!test::writeFile(path, bytes))
            return 0;
        auto attached = EvidenceStore(*m_db, kActor).attach(m_ref, path, {});
        return attached.ok() ? attached->evidence.item.id : 0;
    }

    QByteArray storedPlaintext(qint64 id)
    {
        EvidenceStore store(*m_db, kActor);
        auto opened = store.open(id, ImageRedactor::kMaxBytes);
        return opened.ok() ? opened->content : QByteArray();
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_db.reset();
        delete m_dir;
        m_dir = nullptr;
    }

    void boxesAreParsedAndChecked()
    {
        QCOMPARE(RedactionRecord::parseBox(QStringLiteral("10,20,30,40")).value(),
            QRect(10, 20, 30, 40));
        QCOMPARE(
            RedactionRecord::parseBox(QStringLiteral(" 1, 2 ,3,4")).value(), QRect(1, 2, 3, 4));
        for (const char *bad : {"10,20,30", "a,b,c,d", "1,2,3,4,5", "", "1.5,2,3,4"})
            QVERIFY2(!RedactionRecord::parseBox(QString::fromLatin1(bad)).ok(), bad);
        const auto zero = RedactionRecord::parseBox(QStringLiteral("1,2,0,4"));
        QVERIFY(!zero.ok());
        QVERIFY(zero.error().message.contains(QStringLiteral("no area")));
        QVERIFY(!RedactionRecord::parseBox(QStringLiteral("1,2,-3,4")).ok());

        const QSize size(100, 50);
        QVERIFY(RedactionRecord::checkBoxes({QRect(0, 0, 100, 50)}, size).ok());
        QVERIFY(!RedactionRecord::checkBoxes({}, size).ok());
        const auto outside = RedactionRecord::checkBoxes({QRect(90, 0, 11, 10)}, size);
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().kind, ErrorKind::BadInput);
        QVERIFY(outside.error().message.contains(QStringLiteral("90,0,11,10")));
        QVERIFY(!RedactionRecord::checkBoxes({QRect(-1, 0, 5, 5)}, size).ok());

        QCOMPARE(RedactionRecord::parseMethod(QStringLiteral("fill")).value(),
            RedactionRecord::Method::Fill);
        QCOMPARE(RedactionRecord::parseMethod(QStringLiteral("pixelate")).value(),
            RedactionRecord::Method::Pixelate);
        QVERIFY(!RedactionRecord::parseMethod(QStringLiteral("blur")).ok());

        QCOMPARE(RedactionRecord::blockSize(QRect(0, 0, 40, 40)), 16);
        QCOMPARE(RedactionRecord::blockSize(QRect(0, 0, 800, 400)), 50);
    }

    void recordRoundTripsThroughJson()
    {
        RedactionRecord r;
        r.method = RedactionRecord::Method::Pixelate;
        r.boxes = {QRect(1, 2, 3, 4), QRect(10, 20, 30, 40)};
        r.parentId = 7;
        r.parentSha256 = Sha256::hex("x");
        r.imageSize = QSize(640, 480);
        const auto back = RedactionRecord::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), r);
        QVERIFY(!RedactionRecord::fromJson(QStringLiteral("{}")).ok());
        QVERIFY(!RedactionRecord::fromJson(QStringLiteral("not json")).ok());
    }

    void migrationAddsParentAndRedaction()
    {
        openDatabase(false);
        QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
        const QString path = m_db->path();
        {
            // Back to the version before: the columns and the index gone.
            QSqlQuery q(m_db->connection());
            for (const auto &sql : {QStringLiteral("DROP INDEX evidence_parent"),
                     QStringLiteral("ALTER TABLE evidence DROP COLUMN redaction"),
                     QStringLiteral("ALTER TABLE evidence DROP COLUMN parent_id"),
                     QStringLiteral("PRAGMA user_version = %1").arg(7)})
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        m_db = std::move(reopened.value());
        QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(count(*m_db,
                     QStringLiteral("SELECT count(*) FROM pragma_table_info('evidence') WHERE name "
                                    "IN ('parent_id', 'redaction')")),
            2);
        QCOMPARE(count(*m_db,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'evidence_parent'")),
            1);
        // An item attached before the upgrade is an original.
        const qint64 id = attach(QStringLiteral("a.png"), png(test::syntheticPhoto({64, 48}, {})));
        QVERIFY(id > 0);
        const auto item = EvidenceStore(*m_db, kActor).item(id);
        QCOMPARE(item->parentId, qint64(0));
        QVERIFY(item->redaction.isEmpty());
    }

    void fillCoversTheBoxUniformly()
    {
        QImage image = test::syntheticPhoto({300, 200}, {QRect(100, 40, 90, 110)});
        const QImage before = image;
        const QRect box(90, 30, 110, 130);
        ImageRedactor::apply(image, {box}, RedactionRecord::Method::Fill);
        QCOMPARE(maxDeviation(image, box, qRgb(0, 0, 0)), 0);
        // Outside the box nothing changed.
        QCOMPARE(image.copy(0, 0, 90, 200), before.copy(0, 0, 90, 200));
        QCOMPARE(image.copy(200, 0, 100, 200), before.copy(200, 0, 100, 200));
    }

    void pixelateLeavesOnlyCoarseBlocks()
    {
        QImage image = test::syntheticPhoto({400, 300}, {QRect(100, 50, 160, 200)});
        const QRect box(90, 40, 180, 220);
        ImageRedactor::apply(image, {box}, RedactionRecord::Method::Pixelate);
        const int block = RedactionRecord::blockSize(box);
        QVERIFY(block >= 16);
        QVERIFY(block >= std::min(box.width(), box.height()) / 8);
        QSet<QRgb> colours;
        for (int by = box.top(); by <= box.bottom(); by += block) {
            for (int bx = box.left(); bx <= box.right(); bx += block) {
                const QRect cell = QRect(bx, by, block, block).intersected(box);
                const QRgb first = image.pixel(cell.topLeft());
                QCOMPARE(maxDeviation(image, cell, first), 0);
                colours.insert(first);
            }
        }
        // Blocks, not a fill: the mean colours differ, but there are few of them.
        QVERIFY(colours.size() > 1);
        QVERIFY(colours.size()
            <= ((box.width() + block - 1) / block) * ((box.height() + block - 1) / block));
    }

    void redactedCopyIsANewLinkedItem_data()
    {
        QTest::addColumn<bool>("vault");
        QTest::newRow("plaintext store") << false;
        QTest::newRow("vault") << true;
    }

    void redactedCopyIsANewLinkedItem()
    {
        QFETCH(bool, vault);
        openDatabase(vault);
        const QByteArray original
            = png(test::syntheticPhoto({320, 240}, {QRect(100, 40, 120, 150)}));
        const qint64 id = attach(QStringLiteral("street.png"), original);
        QVERIFY(id > 0);
        EvidenceStore store(*m_db, kActor);
        const QRect box(90, 30, 140, 170);
        auto made = ImageRedactor::redact(store, id, {box}, RedactionRecord::Method::Fill);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE(made->outcome, AttachResult::Outcome::Added);
        const StoredEvidence copy = made->evidence;
        QVERIFY(copy.item.id != id);
        QCOMPARE(copy.parentId, id);
        QVERIFY(copy.isRedactedCopy());
        QCOMPARE(copy.item.mediaType, QStringLiteral("image/png"));
        QCOMPARE(copy.caseReference, m_ref);
        const auto record = RedactionRecord::fromJson(copy.redaction);
        QVERIFY(record.ok());
        QCOMPARE(record->boxes, QList<QRect> {box});
        QCOMPARE(record->method, RedactionRecord::Method::Fill);
        QCOMPARE(record->parentId, id);
        QCOMPARE(record->imageSize, QSize(320, 240));
        // When it was taken, and by which clock, are the original's.
        const StoredEvidence parent = store.item(id).value();
        QCOMPARE(parent.item.capturedOrigin, CaptureOrigin::FileModified);
        QCOMPARE(copy.item.capturedAt, parent.item.capturedAt);
        QCOMPARE(copy.item.capturedOrigin, parent.item.capturedOrigin);

        // Its own hash, of the bytes stored; the pixels in the box are black, in the store.
        const QByteArray copyBytes = storedPlaintext(copy.item.id);
        QCOMPARE(Sha256::hex(copyBytes), copy.item.sha256);
        QVERIFY(copy.item.sha256 != Sha256::hex(original));
        const QImage stored = decode(copyBytes);
        QCOMPARE(stored.size(), QSize(320, 240));
        QCOMPARE(maxDeviation(stored, box, qRgb(0, 0, 0)), 0);
        QVERIFY(maxDeviation(stored, QRect(0, 0, 80, 240), qRgb(0, 0, 0)) > 50);

        // The original is unchanged and still verifies.
        QCOMPARE(storedPlaintext(id), original);
        // Custody on both, an audit event naming the method and count only.
        const auto copyCustody = store.custody(copy.item.id).value();
        QCOMPARE(copyCustody.first().action, QStringLiteral("import"));
        QVERIFY(copyCustody.first().detail.contains(
            QStringLiteral("redacted copy of item %1").arg(id)));
        bool parentEvent = false;
        const auto parentCustody = store.custody(id).value();
        for (const auto &c : parentCustody)
            parentEvent
                |= c.detail == QStringLiteral("redacted copy made: item %1").arg(copy.item.id);
        QVERIFY(parentEvent);
        QCOMPARE(count(*m_db,
                     QStringLiteral(
                         "SELECT count(*) FROM audit_events WHERE action = 'evidence.redact'")),
            1);

        // In a vault the copy is sealed on disk like any other file.
        const QString onDisk = store.filePath(copy.item.sha256);
        const QByteArray raw = test::readFile(onDisk);
        QCOMPARE(SealedFile::looksSealed(raw), vault);
        QCOMPARE(raw == copyBytes, !vault);
        QVERIFY(test::filesWithMarker(store.root(), copy.item.sha256).isEmpty() || !vault);

        // The same boxes again give the same bytes: that item back, nothing new.
        auto again = ImageRedactor::redact(store, id, {box}, RedactionRecord::Method::Fill);
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, AttachResult::Outcome::AlreadyAttached);
        QCOMPARE(again->evidence.item.id, copy.item.id);
    }

    void orientationIsAppliedBeforeTheBoxes()
    {
        openDatabase(false);
        // 64×32 as stored, orientation 6 (rotate 90° clockwise): 32×64 upright.
        const QByteArray tagged = test::taggedJpeg(6);
        const qint64 id = attach(QStringLiteral("phone.jpg"), tagged);
        QVERIFY(id > 0);
        EvidenceStore store(*m_db, kActor);
        const auto loaded = ImageRedactor::load(store, id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->image.size(), QSize(32, 64));
        const auto wide = ImageRedactor::redact(
            store, id, {QRect(0, 0, 64, 32)}, RedactionRecord::Method::Fill);
        QVERIFY(!wide.ok());
        QCOMPARE(wide.error().kind, ErrorKind::BadInput);
        const QRect box(0, 40, 32, 24);
        auto made = ImageRedactor::redact(store, id, {box}, RedactionRecord::Method::Fill);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE(made->evidence.item.mediaType, QStringLiteral("image/jpeg"));
        const QByteArray copy = storedPlaintext(made->evidence.item.id);
        const QImage upright = decode(copy);
        QCOMPARE(upright.size(), QSize(32, 64));
        // JPEG: the inside of the box (away from its edges) is black within rounding.
        QVERIFY(maxDeviation(upright, box.adjusted(4, 4, -4, -4), qRgb(0, 0, 0)) <= 8);
        // No metadata of the original: EXIF (orientation, GPS, author), XMP, comment.
        QVERIFY(!copy.contains(test::kTaggedAuthor));
        QVERIFY(!copy.contains(test::kTaggedComment));
        QVERIFY(!copy.contains("Exif"));
        QVERIFY(!copy.contains("http://ns.adobe.com/xap"));
    }

    void notAnImageIsRefused()
    {
        openDatabase(false);
        const qint64 id = attach(QStringLiteral("notes.txt"), "plain text, not a picture");
        QVERIFY(id > 0);
        EvidenceStore store(*m_db, kActor);
        const auto made
            = ImageRedactor::redact(store, id, {QRect(0, 0, 1, 1)}, RedactionRecord::Method::Fill);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind, ErrorKind::BadInput);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM evidence")), 1);
    }

    void reportsAndExportsOfferTheCopyFirst()
    {
        openDatabase(false);
        const QByteArray original
            = png(test::syntheticPhoto({320, 240}, {QRect(100, 40, 120, 150)}));
        const qint64 id = attach(QStringLiteral("street.png"), original);
        QVERIFY(id > 0);
        EvidenceStore store(*m_db, kActor);
        auto made = ImageRedactor::redact(
            store, id, {QRect(90, 30, 140, 170)}, RedactionRecord::Method::Pixelate);
        QVERIFY(made.ok());
        const qint64 copyId = made->evidence.item.id;

        // The complaint report: the copy is exhibit 1, labelled; the original is not pictured.
        auto caseFile = CaseRepository(*m_db, kActor).loadByReference(m_ref);
        QVERIFY(caseFile.ok());
        ComplaintReportOptions options;
        options.generatedOn = QDate(2026, 1, 2);
        QList<qint64> pictured;
        options.exhibitImage = [&pictured](const EvidenceItem &item, int) {
            pictured.append(item.id);
            return QImage(8, 8, QImage::Format_RGB32);
        };
        options.redactedCopies = redactedCopyParents(store.items(m_ref).value());
        const QString html = ComplaintReport(caseFile.value(), nullptr, options).html();
        QVERIFY(html.contains(QStringLiteral("Redacted copy of exhibit 2")));
        QVERIFY(html.contains(
            QStringLiteral("Original, not pictured: its redacted copy is exhibit 1")));
        QCOMPARE(pictured, QList<qint64> {copyId});
        QVERIFY(html.indexOf(made->evidence.item.sha256.left(32))
            < html.indexOf(Sha256::hex(original).left(32)));

        // The evidence export: the copy first, named as one, linked in the manifest; the
        // original exported too.
        const QString out = m_dir->filePath(QStringLiteral("export"));
        auto exported = EvidenceExporter(*m_db, kActor).exportCase(m_ref, out);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        QCOMPARE(exported->filesWritten, 2);
        const QString copyName = QStringLiteral("%1-item-001-redacted.png").arg(m_ref);
        QVERIFY2(QFileInfo::exists(QDir(out).filePath(copyName)),
            qPrintable(QDir(out).entryList().join(QLatin1Char(' '))));
        QVERIFY(
            QFileInfo::exists(QDir(out).filePath(QStringLiteral("%1-item-002.png").arg(m_ref))));
        const QJsonArray items = QJsonDocument::fromJson(
            test::readFile(QDir(out).filePath(QStringLiteral("manifest.json"))))
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("redacted_copy_of")).toInteger(), id);
        QVERIFY(items.at(1).toObject().value(QStringLiteral("redacted_copy_of")).isNull());
        // The text names the original by its number in the hand-over (2, item-002), which a
        // reader sees, not by its evidence id.
        QCOMPARE_NE(id, 2);
        QVERIFY(
            QString::fromUtf8(test::readFile(QDir(out).filePath(QStringLiteral("manifest.txt"))))
                .contains(QStringLiteral("redacted copy of item 2\n")));
    }

    void redactedCopiesComeFirst()
    {
        QList<StoredEvidence> items(4);
        for (int i = 0; i < 4; ++i)
            items[i].item.id = i + 1;
        items[2].parentId = 2; // item 3 is a copy of item 2
        items[3].parentId = 2; // item 4 too, newer
        const auto ordered = redactedCopiesFirst(items);
        QList<qint64> ids;
        for (const auto &e : ordered)
            ids.append(e.item.id);
        QCOMPARE(ids, (QList<qint64> {1, 4, 3, 2}));
    }

    void facesAreSuggested()
    {
        if (!QFileInfo::exists(FaceSuggester().cascadeFiles().constFirst()))
            QSKIP("opencv-data is not installed");
        const QRect face(220, 120, 160, 200);
        const QImage image = test::syntheticPhoto({640, 480}, {face});
        const auto found = FaceSuggester().suggest(image);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QVERIFY2(!found->isEmpty(), "the synthetic face was not found");
        // Padded: the suggestion covers the face's eyes, nose and mouth.
        bool covers = false;
        for (const QRect &r : found.value())
            covers |= r.contains(QRect(face.left() + 30, face.top() + 60, 100, 110));
        QVERIFY(covers);
        QVERIFY(FaceSuggester().suggest(test::syntheticPhoto({640, 480}, {})).ok());
    }

    void missingCascadesAreAClearMessage()
    {
        const auto found = FaceSuggester(m_dir->filePath(QStringLiteral("none")))
                               .suggest(test::syntheticPhoto({64, 64}, {}));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, ErrorKind::NotFound);
        QVERIFY(found.error().message.contains(QStringLiteral("opencv-data")));
    }

    void suggestionsArePaddedAndMerged()
    {
        const QRect bounds(0, 0, 1000, 1000);
        const auto merged = FaceSuggester::padAndMerge(
            {QRect(100, 100, 100, 100), QRect(110, 105, 100, 100), QRect(600, 600, 80, 80)},
            bounds);
        QCOMPARE(merged.size(), 2);
        QVERIFY(merged.first().contains(QRect(75, 75, 150, 150)));
        QCOMPARE(merged.last(), QRect(580, 580, 120, 120));
        // Clipped to the image.
        QCOMPARE(FaceSuggester::padAndMerge({QRect(0, 0, 40, 40)}, bounds),
            (QList<QRect> {QRect(0, 0, 50, 50)}));
    }
};

QTEST_MAIN(TestImageRedaction)
#include "tst_imageredaction.moc"
