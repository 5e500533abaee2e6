// trustdesk-cli attach, evidence, evidence-export, evidence-remove and the evidence part of verify,
// run as the real executable (TRUSTDESK_CLI) against databases prepared in-process.
#include "clirun.h"
#include "evidence/evidencestore.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "taggedimages.h"
#include "testcases.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td;
using namespace td::test;
using Run = CliRun;

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestCliEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_ref;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        if (!test::writeFile(path, bytes))
            qWarning("could not write test input");
        return path;
    }

    QStringList custodyActions(qint64 evidenceId)
    {
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        QStringList out;
        if (!db)
            return out;
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral(
            "SELECT action FROM evidence_custody WHERE evidence_id = ? ORDER BY id"));
        q.addBindValue(evidenceId);
        q.exec();
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    QString storePath(const QByteArray &bytes) const
    {
        return EvidenceStore::rootFor(m_db) + QLatin1Char('/')
            + EvidenceStore::relativePath(sha256Of(bytes));
    }

    QString addCase(const QString &clientName)
    {
        auto db = Database::open(m_db);
        if (!db)
            return {};
        auto saved
            = CaseRepository(**db, QStringLiteral("tester")).save(test::minimalCase(clientName));
        return saved ? saved->reference : QString();
    }

    // Display name → item id, as `evidence REF --json` lists them.
    QHash<QString, qint64> itemIds(const QString &reference)
    {
        QHash<QString, qint64> ids;
        const Run r
            = runCliOn(m_db, {QStringLiteral("evidence"), reference, QStringLiteral("--json")});
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        for (const auto &item : items)
            ids.insert(item.toObject().value(QStringLiteral("display_name")).toString(),
                item.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }

    QString custodyDetail(qint64 evidenceId, const QString &action)
    {
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        if (!db)
            return {};
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral(
            "SELECT detail FROM evidence_custody WHERE evidence_id = ? AND action = ?"));
        q.addBindValue(evidenceId);
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    int auditCount(const QString &action, const QString &reference)
    {
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        if (!db)
            return -1;
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM audit_events WHERE action = ? AND case_reference = ?"));
        q.addBindValue(action);
        q.addBindValue(reference);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("TRUSTDESK_CLI"));
        static int n = 0;
        m_db = QDir(m_dir.path()).filePath(QStringLiteral("cases%1.sqlite").arg(++n));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(test::minimalCase(QStringLiteral("Test Person")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
    }

    void attachListAndDedup()
    {
        const QByteArray photo = QByteArray("synthetic photo bytes ").repeated(1000);
        const QString a = file(QStringLiteral("photo.jpg"), photo);
        const QString b = file(QStringLiteral("note with spaces.txt"), "a note");
        Run r = runCliOn(m_db,
            {QStringLiteral("attach"), m_ref, a, b, QStringLiteral("--description"),
                QStringLiteral("From the client"), QStringLiteral("--source"),
                QStringLiteral("client")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Attached \"photo.jpg\": ") + sha256Of(photo)),
            qPrintable(describe(r)));
        QCOMPARE(r.out.count(QLatin1String("Attached")), 2);

        r = runCliOn(
            m_db, {QStringLiteral("attach"), m_ref, file(QStringLiteral("same-photo.jpg"), photo)});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("Already attached")), qPrintable(describe(r)));

        r = runCliOn(m_db, {QStringLiteral("evidence"), m_ref});
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList fields = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0), sha256Of(photo));
        QCOMPARE(fields.at(2), QString::number(photo.size()));
        QCOMPARE(fields.at(3), QStringLiteral("stored"));
        QCOMPARE(fields.at(6), QStringLiteral("photo.jpg"));
        QCOMPARE(
            lines.at(1).split(QLatin1Char('\t')).at(6), QStringLiteral("note with spaces.txt"));

        r = runCliOn(m_db, {QStringLiteral("evidence"), m_ref, QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("case_reference")).toString(), m_ref);
        const QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("sha256")).toString(), sha256Of(photo));
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("client"));
        QCOMPARE(first.value(QStringLiteral("description")).toString(),
            QStringLiteral("From the client"));
        QCOMPARE(first.value(QStringLiteral("custody"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
            QStringLiteral("import"));

        // The store sits beside the database, owner-only.
        struct stat st
        {
        };
        const QString stored = EvidenceStore::rootFor(m_db) + QLatin1Char('/')
            + EvidenceStore::relativePath(sha256Of(photo));
        QCOMPARE(::stat(QFile::encodeName(stored).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0400);

        r = runCliOn(m_db, {QStringLiteral("verify")});
        EXPECT_EXIT(r, 0);
        QCOMPARE(custodyActions(first.value(QStringLiteral("id")).toInteger()),
            (QStringList {QStringLiteral("import"), QStringLiteral("verify")}));
    }

    // Where each capture time came from reaches every output that shows the time: evidence
    // --json, show (text and JSON) and the evidence export's manifests.
    void captureOriginInEveryOutput()
    {
        const QString photo = file(QStringLiteral("IMG_0100.JPG"),
            test::jpegWithCaptureTime("2026:02:27 09:41:00", "-05:00"));
        const QString memo = file(QStringLiteral("memo.txt"), "synthetic memo");
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("attach"), m_ref, photo, memo}), 0);

        Run r = runCliOn(m_db, {QStringLiteral("evidence"), m_ref, QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8())
                               .object()
                               .value(QStringLiteral("items"))
                               .toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("captured_at")).toString(),
            QStringLiteral("2026-02-27T14:41:00Z"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("captured_origin")).toString(),
            QStringLiteral("camera"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("captured_origin")).toString(),
            QStringLiteral("file_modified"));

        r = runCliOn(m_db, {QStringLiteral("show"), m_ref, QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 3);
        const QJsonArray evidence = shown.value(QStringLiteral("cases"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("evidence"))
                                        .toArray();
        QCOMPARE(evidence.at(0).toObject().value(QStringLiteral("captured_origin")).toString(),
            QStringLiteral("camera"));
        QCOMPARE(evidence.at(1).toObject().value(QStringLiteral("captured_origin")).toString(),
            QStringLiteral("file_modified"));

        // Tests run with TZ=UTC and no office zone: the time is named in it.
        r = runCliOn(m_db, {QStringLiteral("show"), m_ref});
        EXPECT_EXIT(r, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("    Photo taken 2026-02-27 14:41 UTC (camera clock)\n")),
            qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("    File last changed ")), qPrintable(describe(r)));

        const QString out = QDir(m_dir.path()).filePath(QStringLiteral("handover"));
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("evidence-export"), m_ref, QStringLiteral("--out"), out}),
            0);
        QFile json(QDir(out).filePath(QStringLiteral("manifest.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("version")).toInt(), 3);
        items = manifest.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("captured_origin")).toString(),
            QStringLiteral("camera"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("captured_origin")).toString(),
            QStringLiteral("file_modified"));
        const QByteArray text = test::readFile(QDir(out).filePath(QStringLiteral("manifest.txt")));
        QVERIFY2(text.contains("Captured: 2026-02-27T14:41:00Z (camera clock)"), text.constData());
        QVERIFY2(text.contains("(time the file was last changed)"), text.constData());
    }

    void attachUsageAndBadInput()
    {
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("attach")}), 1);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("attach"), m_ref}), 1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("attach"), m_ref, file(QStringLiteral("x.txt"), "x"),
                            QStringLiteral("--source"), QStringLiteral("police")}),
            1);
        Run r = runCliOn(m_db,
            {QStringLiteral("attach"), QStringLiteral("TD-1999-99999"),
                file(QStringLiteral("y.txt"), "y")});
        EXPECT_EXIT(r, 2);
        QVERIFY(r.err.contains(QLatin1String("no case")));

        const QString empty = file(QStringLiteral("empty.txt"), QByteArray());
        const QString link = QDir(m_dir.path()).filePath(QStringLiteral("link.txt"));
        QFile::remove(link);
        QVERIFY(QFile::link(file(QStringLiteral("target.txt"), "t"), link));
        const QString good = file(QStringLiteral("good.txt"), "good");
        r = runCliOn(m_db,
            {QStringLiteral("attach"), m_ref, empty, link, m_dir.path(),
                QDir(m_dir.path()).filePath(QStringLiteral("absent")), good});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("empty (0 bytes)")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("symbolic link")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("is a folder")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("Attached \"good.txt\"")),
            qPrintable(describe(r))); // the good one still goes in
        r = runCliOn(m_db, {QStringLiteral("evidence"), m_ref});
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("evidence")}), 1);
        EXPECT_EXIT(
            runCliOn(m_db, {QStringLiteral("evidence"), QStringLiteral("TD-1999-99999")}), 2);
    }

    void verifyExitsThreeOnTamperingMissingOrUnexpected()
    {
        const QByteArray bytes = QByteArray("recording ").repeated(5000);
        Run r = runCliOn(
            m_db, {QStringLiteral("attach"), m_ref, file(QStringLiteral("recording.m4a"), bytes)});
        EXPECT_EXIT(r, 0);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("verify")}), 0);
        const QString stored = EvidenceStore::rootFor(m_db) + QLatin1Char('/')
            + EvidenceStore::relativePath(sha256Of(bytes));

        // Tampered.
        QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray forged = bytes;
        forged[100] = 'X';
        QVERIFY(test::writeFile(stored, forged));
        r = runCliOn(m_db, {QStringLiteral("verify")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("\"recording.m4a\" has CHANGED")),
            qPrintable(describe(r)));
        r = runCliOn(m_db,
            {QStringLiteral("evidence-export"), m_ref, QStringLiteral("--out"),
                QDir(m_dir.path()).filePath(QStringLiteral("tampered-out"))});
        EXPECT_EXIT(r, 3);

        // Missing.
        QVERIFY(QFile::remove(stored));
        r = runCliOn(m_db, {QStringLiteral("verify")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(
            r.err.contains(QLatin1String("\"recording.m4a\" is missing")), qPrintable(describe(r)));

        // Restored, then an unexpected file.
        QVERIFY(test::writeFile(stored, bytes));
        QFile::setPermissions(stored, QFileDevice::ReadOwner);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("verify")}), 0);
        QVERIFY(test::writeFile(EvidenceStore::rootFor(m_db) + QStringLiteral("/stray.bin"), "?"));
        r = runCliOn(m_db, {QStringLiteral("verify")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("Unexpected file in the evidence store: stray.bin")),
            qPrintable(describe(r)));
    }

    void exportedCopiesLeaveWithoutMetadataOrOriginalNames()
    {
        // A phone photo with GPS and author, under a name that names the client.
        const QByteArray photo = test::taggedJpeg(6);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("attach"), m_ref,
                            file(QStringLiteral("Ana Synthetic passport.jpg"), photo)}),
            0);
        auto exiftool = [](const QString &path) {
            QProcess p;
            p.start(QStringLiteral("/usr/bin/exiftool"),
                {QStringLiteral("-j"), QStringLiteral("-G"), path});
            p.waitForFinished(60000);
            return QJsonDocument::fromJson(p.readAllStandardOutput()).array().first().toObject();
        };

        const QString out = QDir(m_dir.path()).filePath(QStringLiteral("to-police"));
        Run r = runCliOn(
            m_db, {QStringLiteral("evidence-export"), m_ref, QStringLiteral("--out"), out});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("Metadata")), qPrintable(r.out));
        const QString copy = QDir(out).filePath(m_ref + QStringLiteral("-item-001.jpg"));
        QVERIFY(QFileInfo::exists(copy));
        const QJsonObject tags = exiftool(copy);
        QVERIFY(!tags.isEmpty());
        QVERIFY(!tags.contains(QStringLiteral("EXIF:GPSLatitude")));
        QVERIFY(!tags.contains(QStringLiteral("EXIF:Artist")));
        QVERIFY(!tags.contains(QStringLiteral("XMP:Creator")));
        QCOMPARE(tags.value(QStringLiteral("EXIF:Orientation")).toString(),
            QStringLiteral("Rotate 90 CW"));
        // Neither the file names nor the manifest carry the client's name.
        for (const QString &name : QDir(out).entryList(QDir::Files))
            QVERIFY2(!name.contains(QLatin1String("Synthetic")), qPrintable(name));
        for (const char *manifest : {"manifest.json", "manifest.txt", "SHA256SUMS"})
            QVERIFY2(
                !test::readFile(QDir(out).filePath(QLatin1String(manifest))).contains("Synthetic"),
                manifest);
        const QJsonObject item = QJsonDocument::fromJson(
            test::readFile(QDir(out).filePath(QStringLiteral("manifest.json"))))
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QVERIFY(item.value(QStringLiteral("original_name")).isNull());
        QCOMPARE(item.value(QStringLiteral("metadata")).toString(), QStringLiteral("removed"));
        QCOMPARE(item.value(QStringLiteral("sha256")).toString(), sha256Of(photo));
        QCOMPARE(item.value(QStringLiteral("exported_sha256")).toString(),
            sha256Of(test::readFile(copy)));
        // The recipient can check what they got; the original in the store is untouched.
        QProcess check;
        check.setWorkingDirectory(out);
        check.start(
            QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.exitCode(), 0);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("verify")}), 0);

        // Including metadata and names is a choice, and then they are there.
        const QString asStored = QDir(m_dir.path()).filePath(QStringLiteral("as-stored"));
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("evidence-export"), m_ref, QStringLiteral("--out"),
                            asStored, QStringLiteral("--include-metadata"),
                            QStringLiteral("--include-original-names")}),
            0);
        const QString kept
            = QDir(asStored).filePath(QStringLiteral("001-Ana Synthetic passport.jpg"));
        QCOMPARE(test::readFile(kept), photo);
        QVERIFY(exiftool(kept).contains(QStringLiteral("EXIF:GPSLatitude")));
    }

    void exportWritesFolderAndManifest()
    {
        const QByteArray bytes = "statement text";
        EXPECT_EXIT(
            runCliOn(m_db,
                {QStringLiteral("attach"), m_ref, file(QStringLiteral("statement.txt"), bytes)}),
            0);
        const QString out = QDir(m_dir.path()).filePath(QStringLiteral("lawyer"));
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("evidence-export"), m_ref}), 1);
        Run r = runCliOn(
            m_db, {QStringLiteral("evidence-export"), m_ref, QStringLiteral("--out"), out});
        EXPECT_EXIT(r, 0);
        // Named by case and item number; the original name stays out of the folder.
        QVERIFY(QFileInfo::exists(QDir(out).filePath(m_ref + QStringLiteral("-item-001.txt"))));
        QFile json(QDir(out).filePath(QStringLiteral("manifest.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString(),
            sha256Of(bytes));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("manifest.txt"))));
        r = runCliOn(
            m_db, {QStringLiteral("evidence-export"), m_ref, QStringLiteral("--out"), out});
        EXPECT_EXIT(r, 2);
        QVERIFY(r.err.contains(QLatin1String("not empty")));
        EXPECT_EXIT(
            runCliOn(m_db,
                {QStringLiteral("evidence-export"), QStringLiteral("TD-1999-99999"),
                    QStringLiteral("--out"), QDir(m_dir.path()).filePath(QStringLiteral("none"))}),
            2);
    }

    void removeKeepsReasonAndSharedFiles()
    {
        const QString other = addCase(QStringLiteral("Other Person"));
        QVERIFY(!other.isEmpty());
        const QByteArray photo = QByteArray("synthetic photo held by two cases ").repeated(100);
        const QByteArray note = "a note only this case holds";
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("attach"), m_ref, file(QStringLiteral("photo.jpg"), photo),
                            file(QStringLiteral("note.txt"), note)}),
            0);
        EXPECT_EXIT(
            runCliOn(m_db,
                {QStringLiteral("attach"), other, file(QStringLiteral("photo-copy.jpg"), photo)}),
            0);
        const auto ids = itemIds(m_ref);
        QCOMPARE(ids.size(), 2);

        // The only holder of its bytes: the file leaves the store.
        const QString reason = QStringLiteral("Attached to the wrong case by mistake");
        Run r = runCliOn(m_db,
            {QStringLiteral("evidence-remove"), m_ref,
                QString::number(ids.value(QStringLiteral("note.txt"))), QStringLiteral("--reason"),
                reason});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("Removed evidence item")), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("deleted from the evidence store")),
            qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(storePath(note)));
        r = runCliOn(m_db, {QStringLiteral("evidence"), m_ref});
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QVERIFY(!r.out.contains(sha256Of(note)));

        // Another case holds the same bytes: the file stays.
        r = runCliOn(m_db,
            {QStringLiteral("evidence-remove"), m_ref,
                QString::number(ids.value(QStringLiteral("photo.jpg"))), QStringLiteral("--reason"),
                QStringLiteral("Duplicate of the copy on the other case"),
                QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        const QJsonObject removed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(removed.value(QStringLiteral("case_reference")).toString(), m_ref);
        QCOMPARE(removed.value(QStringLiteral("id")).toInteger(),
            ids.value(QStringLiteral("photo.jpg")));
        QCOMPARE(removed.value(QStringLiteral("sha256")).toString(), sha256Of(photo));
        QCOMPARE(
            removed.value(QStringLiteral("display_name")).toString(), QStringLiteral("photo.jpg"));
        QCOMPARE(removed.value(QStringLiteral("stored")).toBool(), true);
        QCOMPARE(removed.value(QStringLiteral("file_removed")).toBool(), false);
        QVERIFY(QFileInfo::exists(storePath(photo)));
        r = runCliOn(m_db, {QStringLiteral("evidence"), m_ref});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(itemIds(other).size(), 1);

        // The chain of custody keeps the reason; the audit log records each removal, as the GUI's
        // does.
        QCOMPARE(custodyActions(ids.value(QStringLiteral("note.txt"))),
            (QStringList {QStringLiteral("import"), QStringLiteral("remove")}));
        QCOMPARE(
            custodyDetail(ids.value(QStringLiteral("note.txt")), QStringLiteral("remove")), reason);
        QCOMPARE(auditCount(QStringLiteral("evidence.remove"), m_ref), 2);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("verify")}), 0);
    }

    void removeRefusesWithoutReasonOrOnTheWrongCase()
    {
        const QString other = addCase(QStringLiteral("Other Person"));
        QVERIFY(!other.isEmpty());
        const QByteArray mine = "bytes on this case";
        const QByteArray theirs = "bytes on the other case";
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("attach"), m_ref, file(QStringLiteral("mine.txt"), mine)}),
            0);
        EXPECT_EXIT(
            runCliOn(m_db,
                {QStringLiteral("attach"), other, file(QStringLiteral("theirs.txt"), theirs)}),
            0);
        const QString mineId = QString::number(itemIds(m_ref).value(QStringLiteral("mine.txt")));
        const QString theirsId
            = QString::number(itemIds(other).value(QStringLiteral("theirs.txt")));
        const QString before
            = runCliOn(m_db, {QStringLiteral("evidence"), m_ref, QStringLiteral("--json")}).out;
        const QString otherBefore
            = runCliOn(m_db, {QStringLiteral("evidence"), other, QStringLiteral("--json")}).out;
        const QString reason = QStringLiteral("--reason");

        // Usage: no reason, an empty one, no id, an id that is not a number.
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("evidence-remove"), m_ref, mineId}), 1);
        EXPECT_EXIT(
            runCliOn(m_db,
                {QStringLiteral("evidence-remove"), m_ref, mineId, reason, QStringLiteral("   ")}),
            1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("evidence-remove"), m_ref, reason, QStringLiteral("why")}),
            1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("evidence-remove"), m_ref, QStringLiteral("first"), reason,
                            QStringLiteral("why")}),
            1);

        // Not found: another case's item, an unknown item, an unknown case.
        Run r = runCliOn(m_db,
            {QStringLiteral("evidence-remove"), m_ref, theirsId, reason, QStringLiteral("why")});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not on case %1").arg(m_ref)),
            qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("Nothing was removed")), qPrintable(describe(r)));
        r = runCliOn(m_db,
            {QStringLiteral("evidence-remove"), m_ref, QStringLiteral("999999"), reason,
                QStringLiteral("why")});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("no evidence item 999999")), qPrintable(describe(r)));
        r = runCliOn(m_db,
            {QStringLiteral("evidence-remove"), QStringLiteral("TD-1999-99999"), mineId, reason,
                QStringLiteral("why")});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("no case")), qPrintable(describe(r)));

        // Nothing changed: items, custody, files, audit log.
        QCOMPARE(runCliOn(m_db, {QStringLiteral("evidence"), m_ref, QStringLiteral("--json")}).out,
            before);
        QCOMPARE(runCliOn(m_db, {QStringLiteral("evidence"), other, QStringLiteral("--json")}).out,
            otherBefore);
        QVERIFY(QFileInfo::exists(storePath(mine)));
        QVERIFY(QFileInfo::exists(storePath(theirs)));
        QCOMPARE(auditCount(QStringLiteral("evidence.remove"), m_ref), 0);
        QCOMPARE(auditCount(QStringLiteral("evidence.remove"), other), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
