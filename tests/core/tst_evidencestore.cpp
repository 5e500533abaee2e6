// The evidence store: hashing, layout and permissions, dedup, custody, tamper detection, export,
// thumbnails, and every kind of bad input leaving the database and the store consistent.
#include "evidence/evidenceexporter.h"
#include "evidence/evidencefile.h"
#include "evidence/evidencenames.h"
#include "evidence/evidencestore.h"
#include "evidence/evidenceverifier.h"
#include "evidence/exifdate.h"
#include "evidence/sha256.h"
#include "evidence/storelock.h"
#include "print/evidencethumbnails.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/verifier.h"
#include "taggedimages.h"
#include "testcases.h"
#include "testfiles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace td;
using test::modeOf;
using test::readFile;

namespace {

const QString kActor = QStringLiteral("tester");

QByteArray pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed | 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

QString qtSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Every regular file under the store (relative paths), whatever folder it is in.
QStringList storeFiles(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (relative != StoreLock::fileName()) // the store's lock file holds no evidence
            out.append(relative);
    }
    out.sort();
    return out;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestEvidenceStore : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    QString m_ref;
    QString m_otherRef;

    QString input(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral("inputs/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!test::writeFile(path, bytes))
            qWarning("could not write test input");
        return path;
    }
    EvidenceStore store() { return EvidenceStore(*m_db, kActor); }
    QString root() const { return EvidenceStore::rootFor(m_db->path()); }
    /// The store holds nothing but its (empty) tmp folder and the database no evidence rows.
    void verifyNothingStored()
    {
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM evidence")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM evidence_custody")), 0);
        QCOMPARE(storeFiles(root()), QStringList());
    }

private slots:
    void init()
    {
        EvidenceFile::setWriteLimitForTesting(-1);
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        auto db = Database::open(test::databasePath(*m_dir));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
        CaseRepository repo(*m_db, kActor);
        auto saved = repo.save(test::minimalCase(QStringLiteral("Test Person One")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
        auto other = repo.save(test::minimalCase(QStringLiteral("Test Person Two")));
        QVERIFY(other.ok());
        m_otherRef = other->reference;
    }

    void cleanup()
    {
        EvidenceFile::setWriteLimitForTesting(-1);
        m_db.reset();
        delete m_dir;
        m_dir = nullptr;
    }

    void sha256KnownVectors()
    {
        QCOMPARE(Sha256::hex(QByteArray()),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hex("abc"),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(Sha256::hex(QByteArray(1000000, 'a')),
            QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        // Incremental updates across odd boundaries give the same digest.
        Sha256 h;
        const QByteArray million(1000000, 'a');
        for (qsizetype at = 0; at < million.size(); at += 777)
            h.addData(million.constData() + at, std::min<qsizetype>(777, million.size() - at));
        QCOMPARE(h.hexResult(),
            QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        QVERIFY(Sha256::isValidHex(Sha256::hex("x")));
        QVERIFY(!Sha256::isValidHex(QStringLiteral("ABC")));
    }

    void attachCopiesHashesAndRecords()
    {
        // Several chunks plus a tail, so chunk boundaries are crossed.
        const QByteArray bytes = pseudoRandom(2 * EvidenceFile::kChunkSize + 4097, 7);
        const QString path = input(QStringLiteral("statement.txt"), bytes);
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        const QDateTime modifiedBefore = QFileInfo(path).lastModified();
        const int modeBefore = modeOf(path);

        int progressCalls = 0;
        qint64 lastDone = 0;
        AttachOptions options {QStringLiteral("Written statement"), QStringLiteral("client")};
        auto attached = store().attach(m_ref, path, options, [&](qint64 done, qint64 total) {
            ++progressCalls;
            lastDone = done;
            return total == bytes.size();
        });
        QVERIFY2(attached.ok(), attached.ok() ? "" : qPrintable(attached.error().message));
        QCOMPARE(attached->outcome, AttachResult::Outcome::Added);
        QVERIFY(progressCalls >= 3);
        QCOMPARE(lastDone, bytes.size());

        const auto &item = attached->evidence.item;
        QCOMPARE(item.sha256, qtSha256(bytes));
        QCOMPARE(item.sizeBytes, bytes.size());
        QCOMPARE(item.originalName, QStringLiteral("statement.txt"));
        QCOMPARE(item.addedBy, kActor);
        QCOMPARE(item.description, QStringLiteral("Written statement"));
        QCOMPARE(item.source, QStringLiteral("client"));
        QVERIFY(!item.mediaType.isEmpty());
        QVERIFY(item.addedAt.isValid());
        QCOMPARE(
            item.capturedAt.toMSecsSinceEpoch() / 1000, modifiedBefore.toMSecsSinceEpoch() / 1000);
        QVERIFY(attached->evidence.inStore);
        QCOMPARE(attached->evidence.caseReference, m_ref);

        // Layout, content and permissions.
        QCOMPARE(root(), QFileInfo(m_db->path()).absoluteFilePath() + QStringLiteral(".evidence"));
        const QString stored = store().filePath(item.sha256);
        QCOMPARE(stored,
            root() + QLatin1Char('/') + item.sha256.left(2) + QLatin1Char('/')
                + item.sha256.mid(2));
        QCOMPARE(readFile(stored), bytes);
        QCOMPARE(modeOf(stored), 0400);
        QCOMPARE(modeOf(root()), 0700);
        QCOMPARE(modeOf(QFileInfo(stored).absolutePath()), 0700);
        QCOMPARE(modeOf(root() + QStringLiteral("/tmp")), 0700);
        QCOMPARE(storeFiles(root()), QStringList {EvidenceStore::relativePath(item.sha256)});

        // The original is untouched.
        QCOMPARE(readFile(path), bytes);
        QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
        QCOMPARE(modeOf(path), modeBefore);

        auto custody = store().custody(item.id);
        QVERIFY(custody.ok());
        QCOMPARE(custody->size(), 1);
        QCOMPARE(custody->at(0).action, QStringLiteral("import"));
        QCOMPARE(custody->at(0).observedSha256, item.sha256);
        QCOMPARE(custody->at(0).actor, kActor);
        QCOMPARE(custody->at(0).caseReference, m_ref);

        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->filesChecked, 1);
        auto dbProblems = Verifier(*m_db).run();
        QVERIFY(dbProblems.ok());
        QVERIFY2(dbProblems->isEmpty(), qPrintable(dbProblems->join(QLatin1Char('\n'))));
    }

    void mediaTypeFromContentAndName()
    {
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        auto attached
            = store().attach(m_ref, input(QStringLiteral("photo-without-extension"), png), {});
        QVERIFY(attached.ok());
        QCOMPARE(attached->evidence.item.mediaType, QStringLiteral("image/png"));
        auto pdf = store().attach(
            m_ref, input(QStringLiteral("letter.pdf"), QByteArray("%PDF-1.4\n% synthetic\n")), {});
        QVERIFY(pdf.ok());
        QCOMPARE(pdf->evidence.item.mediaType, QStringLiteral("application/pdf"));
    }

    void twoDatabasesInOneFolderHaveSeparateStores()
    {
        QVERIFY(EvidenceStore::rootFor(QStringLiteral("/x/a.sqlite"))
            != EvidenceStore::rootFor(QStringLiteral("/x/a.db")));
        QCOMPARE(EvidenceStore::rootFor(QStringLiteral("/x/cases.sqlite")),
            QStringLiteral("/x/cases.sqlite.evidence"));
    }

    void sameFileTwiceIsStoredOnce()
    {
        const QByteArray bytes = pseudoRandom(5000, 3);
        auto first = store().attach(m_ref, input(QStringLiteral("a.bin"), bytes), {});
        QVERIFY(first.ok());
        auto again = store().attach(m_ref, input(QStringLiteral("copy of a.bin"), bytes), {});
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, AttachResult::Outcome::AlreadyAttached);
        QCOMPARE(again->evidence.item.id, first->evidence.item.id);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM evidence")), 1);
        QCOMPARE(storeFiles(root()).size(), 1);

        // Another case may hold the same bytes: a second record, still one file.
        auto elsewhere = store().attach(m_otherRef, input(QStringLiteral("a.bin"), bytes), {});
        QVERIFY(elsewhere.ok());
        QCOMPARE(elsewhere->outcome, AttachResult::Outcome::Added);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM evidence")), 2);
        QCOMPARE(storeFiles(root()).size(), 1);
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok() && report->ok());
    }

    void tamperingIsDetected()
    {
        const QByteArray bytes = pseudoRandom(10000, 11);
        auto attached = store().attach(m_ref, input(QStringLiteral("video.mp4"), bytes), {});
        QVERIFY(attached.ok());
        const QString stored = store().filePath(attached->evidence.item.sha256);
        QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray tampered = bytes;
        tampered[5000] = char(tampered[5000] ^ 1);
        QVERIFY(test::writeFile(stored, tampered));

        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QCOMPARE(report->changed, 1);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(QLatin1String("video.mp4")),
            qPrintable(report->problems.first()));
        QVERIFY(report->problems.first().contains(QLatin1String("CHANGED")));
        QVERIFY(report->problems.first().contains(qtSha256(tampered)));

        QVERIFY(EvidenceVerifier::recordCustody(*m_db, kActor, report.value()).ok());
        auto custody = store().custody(attached->evidence.item.id);
        QVERIFY(custody.ok());
        QCOMPARE(custody->last().action, QStringLiteral("verify"));
        QCOMPARE(custody->last().detail, QStringLiteral("changed"));
        QCOMPARE(custody->last().observedSha256, qtSha256(tampered));

        // Viewing a changed file is refused, and recorded.
        auto opened = store().open(attached->evidence.item.id);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Integrity);
        custody = store().custody(attached->evidence.item.id);
        QCOMPARE(custody->last().action, QStringLiteral("view"));
        QCOMPARE(custody->last().detail, QStringLiteral("changed"));
    }

    void missingAndUnexpectedFilesAreReported()
    {
        auto a = store().attach(m_ref, input(QStringLiteral("gone.jpg"), pseudoRandom(300, 1)), {});
        QVERIFY(a.ok());
        QVERIFY(QFile::remove(store().filePath(a->evidence.item.sha256)));
        // A stray file named like evidence, one outside the layout, and links that must not be
        // followed.
        const QString stray = Sha256::hex("stray");
        QVERIFY(QDir().mkpath(root() + QLatin1Char('/') + stray.left(2)));
        QVERIFY(test::writeFile(
            root() + QLatin1Char('/') + EvidenceStore::relativePath(stray), "stray"));
        QVERIFY(test::writeFile(root() + QStringLiteral("/notes.txt"), "x"));
        const QString outside = input(QStringLiteral("outside.txt"), "outside");
        const QString linked = Sha256::hex("outside");
        QVERIFY(QDir().mkpath(root() + QLatin1Char('/') + linked.left(2)));
        QVERIFY(
            QFile::link(outside, root() + QLatin1Char('/') + EvidenceStore::relativePath(linked)));

        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        const QString all = report->problems.join(QLatin1Char('\n'));
        QCOMPARE(report->missing, 1);
        QVERIFY2(all.contains(QLatin1String("\"gone.jpg\" is missing")), qPrintable(all));
        QVERIFY2(all.contains(EvidenceStore::relativePath(stray)), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("notes.txt")), qPrintable(all));
        QVERIFY2(
            all.contains(EvidenceStore::relativePath(linked) + QStringLiteral(" (a symbolic link")),
            qPrintable(all));
        QCOMPARE(report->unexpected, 3);

        // A link where an item's file belongs is reported, never read through.
        auto b = store().attach(m_ref, input(QStringLiteral("b.txt"), "bbb"), {});
        QVERIFY(b.ok());
        const QString bPath = store().filePath(b->evidence.item.sha256);
        QVERIFY(QFile::remove(bPath));
        const QString decoy
            = input(QStringLiteral("decoy"), "bbb"); // same bytes: following it would pass
        QVERIFY(QFile::link(decoy, bPath));
        report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->problems.join(QLatin1Char('\n'))
                     .contains(QLatin1String("\"b.txt\" cannot be checked")),
            qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void interruptedCopiesAreClearedByTheNextAttach()
    {
        // What a SIGKILL during an attach or a redaction leaves in tmp/ (tests/reliability/
        // vaultday.py kills one), beside a removal's file set aside, a copy being written (its
        // mark held) and one just begun: only the first two go, at the next attach.
        QVERIFY(store().attach(m_ref, input(QStringLiteral("first.txt"), "first"), {}).ok());
        const QString tmp = root() + QStringLiteral("/tmp/");
        // Written `age` seconds ago ("just begun" is dated ahead, so a slow run cannot age it).
        const auto leave = [&tmp](const QString &name, int age) {
            QFile f(tmp + name);
            return f.open(QIODevice::WriteOnly) && f.write(pseudoRandom(1000, 7)) == 1000
                && f.flush()
                && f.setFileTime(
                    QDateTime::currentDateTime().addSecs(-age), QFileDevice::FileModificationTime);
        };
        QVERIFY(leave(QStringLiteral("import-killed"), 60));
        QVERIFY(leave(QStringLiteral("redact-killed"), 60));
        QVERIFY(leave(QStringLiteral("removed-aside"), 60));
        QVERIFY(leave(QStringLiteral("import-held"), 60));
        QVERIFY(leave(QStringLiteral("import-begun"), -60));
        const int held = ::open(QFile::encodeName(tmp + QStringLiteral("import-held")).constData(),
            O_RDONLY | O_CLOEXEC);
        QVERIFY(held >= 0);
        auto closeHeld = qScopeGuard([held] { ::close(held); });
        StoreLock::markBeingWritten(held);

        auto before = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(before.ok());
        QCOMPARE(before->unexpected, 3);

        QVERIFY(store().attach(m_ref, input(QStringLiteral("second.txt"), "second"), {}).ok());
        QStringList left = QDir(tmp).entryList(QDir::Files);
        left.sort();
        QCOMPARE(left,
            QStringList({QStringLiteral("import-begun"), QStringLiteral("import-held"),
                QStringLiteral("removed-aside")}));
        auto after = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(after.ok());
        QCOMPARE(after->unexpected, 1);
        QVERIFY2(after->problems.join(QLatin1Char('\n')).contains(QLatin1String("removed-aside")),
            qPrintable(after->problems.join(QLatin1Char('\n'))));
    }

    void badInputIsRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("directory") << "directory"
                                   << "is a folder";
        QTest::newRow("symlink") << "symlink"
                                 << "symbolic link";
        QTest::newRow("dangling symlink") << "dangling"
                                          << "symbolic link";
        QTest::newRow("fifo") << "fifo"
                              << "not a regular file";
        QTest::newRow("empty") << "empty"
                               << "empty (0 bytes)";
        QTest::newRow("unreadable") << "unreadable"
                                    << "permission denied";
        QTest::newRow("unknown case") << "case"
                                      << "There is no case";
        QTest::newRow("bad source") << "source"
                                    << "Unknown source";
    }

    void badInputIsRefusedAndNothingIsStored()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString base = QDir(m_dir->path()).filePath(QStringLiteral("bad-input"));
        QString path = base;
        QString reference = m_ref;
        AttachOptions options;
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(base));
        } else if (kind == QLatin1String("symlink")) {
            QVERIFY(QFile::link(input(QStringLiteral("target.txt"), "target"), base));
        } else if (kind == QLatin1String("dangling")) {
            QVERIFY(QFile::link(QDir(m_dir->path()).filePath(QStringLiteral("nowhere")), base));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(base).constData(), 0600), 0);
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(test::writeFile(base, QByteArray()));
        } else if (kind == QLatin1String("unreadable")) {
            if (::geteuid() == 0) {
                // Root reads files whatever their mode; another process's memory is refused even to
                // root in most containers (ptrace rules).
                path = QStringLiteral("/proc/1/mem");
                const int fd = ::open("/proc/1/mem", O_RDONLY);
                if (fd >= 0) {
                    ::close(fd);
                    QSKIP("root can read everything here");
                }
            } else {
                QVERIFY(test::writeFile(base, "secret"));
                QVERIFY(QFile::setPermissions(base, {}));
            }
        } else if (kind == QLatin1String("case")) {
            path = input(QStringLiteral("ok.txt"), "fine");
            reference = QStringLiteral("TD-1999-99999");
        } else if (kind == QLatin1String("source")) {
            path = input(QStringLiteral("ok.txt"), "fine");
            options.source = QStringLiteral("police");
        }
        auto attached = store().attach(reference, path, options);
        QVERIFY(!attached.ok());
        QVERIFY2(attached.error().message.contains(expected), qPrintable(attached.error().message));
        verifyNothingStored();
    }

    void namesAreSanitizedAndStoredByHash()
    {
        QCOMPARE(EvidenceNames::displayName(QStringLiteral("/home/x/photos/../IMG_1.jpg")),
            QStringLiteral("IMG_1.jpg"));
        QCOMPARE(EvidenceNames::displayName(QStringLiteral("..")), QStringLiteral("unnamed"));
        QCOMPARE(EvidenceNames::displayName(QStringLiteral(".")), QStringLiteral("unnamed"));
        QCOMPARE(EvidenceNames::displayName(QStringLiteral("  ")), QStringLiteral("unnamed"));
        QCOMPARE(EvidenceNames::displayName(QStringLiteral("a\\..\\b.txt")),
            QStringLiteral("a_.._b.txt"));
        QCOMPARE(EvidenceNames::displayName(QStringLiteral("line\nbreak\ttab\x1b.txt")),
            QStringLiteral("line_break_tab_.txt"));
        // A right-to-left override makes "photo\u202Egpj.exe" look like "photoexe.jpg": dropped.
        QCOMPARE(EvidenceNames::displayName(QStringLiteral("photo\u202Egpj.exe")),
            QStringLiteral("photogpj.exe"));
        QCOMPARE(EvidenceNames::displayName(QStringLiteral("Ảnh chụp 写真 صورة.jpg")),
            QStringLiteral("Ảnh chụp 写真 صورة.jpg"));
        const QString longName = QString(300, QLatin1Char('x')) + QStringLiteral(".jpeg");
        QCOMPARE(EvidenceNames::displayName(longName).size(), EvidenceNames::kMaxDisplayLength);
        QVERIFY(EvidenceNames::displayName(longName).endsWith(QLatin1String(".jpeg")));
        QCOMPARE(EvidenceNames::exportFileName(1, QStringLiteral(".hidden")),
            QStringLiteral("001-hidden"));
        QCOMPARE(EvidenceNames::exportFileName(12, QStringLiteral("a:b*c?.txt")),
            QStringLiteral("012-a_b_c_.txt"));
        QCOMPARE(
            EvidenceNames::exportFileName(3, QStringLiteral("..")), QStringLiteral("003-unnamed"));

        // On disk: a name with control characters and ".." never reaches a path in the store.
        const QString nasty = QStringLiteral("..\x01"
                                             "evil\\..\u202Etxt.sh");
        auto attached = store().attach(m_ref, input(nasty, "payload"), {});
        QVERIFY2(attached.ok(), attached.ok() ? "" : qPrintable(attached.error().message));
        QCOMPARE(attached->evidence.item.originalName, QStringLiteral(".._evil_..txt.sh"));
        QCOMPARE(
            storeFiles(root()), QStringList {EvidenceStore::relativePath(Sha256::hex("payload"))});
    }

    void fileVanishingOrChangingMidImportStoresNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("deleted") << "delete"
                                 << "deleted or moved";
        QTest::newRow("grown") << "append"
                               << "changed while";
        QTest::newRow("truncated") << "truncate"
                                   << "changed while";
        QTest::newRow("cancelled") << "cancel"
                                   << "canceled";
    }

    void fileVanishingOrChangingMidImportStoresNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const QString path
            = input(QStringLiteral("growing.mov"), pseudoRandom(3 * EvidenceFile::kChunkSize, 5));
        bool done = false;
        auto attached = store().attach(m_ref, path, {}, [&](qint64, qint64) {
            if (done)
                return true;
            done = true;
            if (what == QLatin1String("delete"))
                QFile::remove(path);
            else if (what == QLatin1String("append")) {
                QFile f(path);
                f.open(QIODevice::Append);
                f.write("more");
            } else if (what == QLatin1String("truncate"))
                QFile::resize(path, EvidenceFile::kChunkSize + 10);
            return what != QLatin1String("cancel");
        });
        QVERIFY(!attached.ok());
        QVERIFY2(attached.error().message.contains(expected), qPrintable(attached.error().message));
        QVERIFY(attached.error().message.contains(QLatin1String("Nothing was stored")));
        verifyNothingStored();
    }

    void diskFullStoresNothing()
    {
        // The seam: the store's writes fail with "no space" after 100 KB.
        EvidenceFile::setWriteLimitForTesting(100 * 1024);
        auto attached = store().attach(m_ref,
            input(QStringLiteral("big.mp4"), pseudoRandom(3 * EvidenceFile::kChunkSize, 9)), {});
        EvidenceFile::setWriteLimitForTesting(-1);
        QVERIFY(!attached.ok());
        QCOMPARE(attached.error().kind, ErrorKind::Io);
        QVERIFY2(attached.error().message.contains(QLatin1String("disk is full")),
            qPrintable(attached.error().message));
        verifyNothingStored();
        // Afterwards the same file goes in fine.
        QVERIFY(store().attach(m_ref, input(QStringLiteral("small.txt"), "fits"), {}).ok());
    }

    void realFullDiskStoresNothing()
    {
        // A real ENOSPC on a 1 MB tmpfs, when this runs as root and may mount.
        if (::geteuid() != 0)
            QSKIP("needs root to mount a tmpfs");
        QTemporaryDir mountPoint;
        if (QProcess::execute(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=1m,mode=0700"), QStringLiteral("tmpfs"),
                    mountPoint.path()})
            != 0)
            QSKIP("mounting a tmpfs is not allowed here");
        auto unmount = qScopeGuard(
            [&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
        {
            auto db
                = Database::open(QDir(mountPoint.path()).filePath(QStringLiteral("small.sqlite")));
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            CaseRepository repo(**db, kActor);
            auto saved = repo.save(test::minimalCase(QStringLiteral("Test Person Three")));
            QVERIFY(saved.ok());
            EvidenceStore tiny(**db, kActor);
            auto attached = tiny.attach(saved->reference,
                input(QStringLiteral("huge.mov"), pseudoRandom(2 * EvidenceFile::kChunkSize, 4)),
                {});
            QVERIFY(!attached.ok());
            QVERIFY2(attached.error().message.contains(QLatin1String("disk is full")),
                qPrintable(attached.error().message));
            QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM evidence")), 0);
            QCOMPARE(storeFiles(tiny.root()), QStringList());
        }
    }

    void exifDateOrFileTime()
    {
        const QByteArray jpeg = test::jpegWithCaptureTime("2023:05:17 14:30:00", "+02:00");
        QCOMPARE(ExifDate::dateTimeOriginal(jpeg),
            QDateTime(QDate(2023, 5, 17), QTime(12, 30), Qt::UTC));
        // Without an offset the camera's clock is taken as local time (TZ=UTC in tests).
        QCOMPARE(ExifDate::dateTimeOriginal(test::jpegWithCaptureTime("2021:01:02 03:04:05", "")),
            QDateTime(QDate(2021, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!ExifDate::dateTimeOriginal(test::jpegWithCaptureTime("0000:00:00 00:00:00", ""))
                     .isValid());
        // Truncated or garbage input never reads out of bounds.
        for (int cut = 0; cut < 200; ++cut)
            (void)ExifDate::dateTimeOriginal(jpeg.left(cut));
        QVERIFY(!ExifDate::dateTimeOriginal(pseudoRandom(4096, 2)).isValid());

        auto attached = store().attach(m_ref, input(QStringLiteral("IMG_0001.JPG"), jpeg), {});
        QVERIFY(attached.ok());
        QCOMPARE(attached->evidence.item.mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(attached->evidence.item.capturedAt,
            QDateTime(QDate(2023, 5, 17), QTime(12, 30), Qt::UTC));
        // The date is editable.
        const QDateTime corrected(QDate(2023, 5, 16), QTime(9, 0), Qt::UTC);
        QVERIFY(store()
                    .updateDetails(attached->evidence.item.id, QStringLiteral("At the bus stop"),
                        QStringLiteral("witness"), corrected)
                    .ok());
        auto reread = store().item(attached->evidence.item.id);
        QCOMPARE(reread->item.capturedAt, corrected);
        QCOMPARE(reread->item.source, QStringLiteral("witness"));
        QVERIFY(
            !store()
                 .updateDetails(attached->evidence.item.id, {}, QStringLiteral("nobody"), corrected)
                 .ok());
    }

    // Where the capture time came from is recorded with it: the camera's clock for a photo with
    // EXIF, the file's modification time otherwise, the caseworker's once they change the date.
    void captureOriginIsRecorded()
    {
        const QString photoPath = input(QStringLiteral("IMG_0002.JPG"),
            test::jpegWithCaptureTime("2023:05:17 14:30:00", "-04:00"));
        auto photo = store().attach(m_ref, photoPath, {});
        QVERIFY(photo.ok());
        QCOMPARE(photo->evidence.item.capturedOrigin, CaptureOrigin::Camera);
        QCOMPARE(
            photo->evidence.item.capturedAt, QDateTime(QDate(2023, 5, 17), QTime(18, 30), Qt::UTC));

        // A JPEG without EXIF and a file that is no photo: the file's clock, and said so.
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        QByteArray plainJpeg;
        QBuffer buffer(&plainJpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG");
        const QString plainPath = input(QStringLiteral("no-exif.jpg"), plainJpeg);
        const QDateTime changed(QDate(2025, 11, 3), QTime(7, 15, 2), Qt::UTC);
        {
            QFile f(plainPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(changed, QFileDevice::FileModificationTime));
        }
        auto plain = store().attach(m_ref, plainPath, {});
        QVERIFY(plain.ok());
        QCOMPARE(plain->evidence.item.capturedOrigin, CaptureOrigin::FileModified);
        QCOMPARE(plain->evidence.item.capturedAt, changed);
        auto text
            = store().attach(m_ref, input(QStringLiteral("notes.txt"), "synthetic notes"), {});
        QVERIFY(text.ok());
        QCOMPARE(text->evidence.item.capturedOrigin, CaptureOrigin::FileModified);

        // Read back as stored, by the store and by the case reader.
        QCOMPARE(store().item(photo->evidence.item.id)->item.capturedOrigin, CaptureOrigin::Camera);
        const auto loaded = CaseRepository(*m_db, kActor).loadByReference(m_ref);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->evidence.size(), 3);
        QCOMPARE(loaded->evidence.at(0).capturedOrigin, CaptureOrigin::Camera);
        QCOMPARE(loaded->evidence.at(1).capturedOrigin, CaptureOrigin::FileModified);

        // Correcting the description keeps the origin; changing the date makes it the
        // caseworker's, and so does clearing it.
        const qint64 id = photo->evidence.item.id;
        const QDateTime taken = photo->evidence.item.capturedAt;
        QVERIFY(store().updateDetails(id, QStringLiteral("Bus stop"), {}, taken).ok());
        QCOMPARE(store().item(id)->item.capturedOrigin, CaptureOrigin::Camera);
        QVERIFY(
            store().updateDetails(id, QStringLiteral("Bus stop"), {}, taken.addSecs(-3600)).ok());
        QCOMPARE(store().item(id)->item.capturedOrigin, CaptureOrigin::Caseworker);
        QVERIFY(store().updateDetails(plain->evidence.item.id, {}, {}, QDateTime()).ok());
        QCOMPARE(
            store().item(plain->evidence.item.id)->item.capturedOrigin, CaptureOrigin::Caseworker);
    }

    // Schema 12 adds the origin: the rows of a schema 11 file keep every value, say "unknown",
    // except an item whose date a caseworker corrected (its custody log says so).
    void captureOriginMigrationKeepsData()
    {
        auto photo = store().attach(m_ref,
            input(QStringLiteral("IMG_0003.JPG"),
                test::jpegWithCaptureTime("2022:02:02 10:00:00", "")),
            {});
        auto text = store().attach(m_ref, input(QStringLiteral("memo.txt"), "synthetic memo"), {});
        QVERIFY(photo.ok() && text.ok());
        const QDateTime corrected(QDate(2022, 2, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(store()
                    .updateDetails(text->evidence.item.id, QStringLiteral("Memo"), {}, corrected)
                    .ok());
        // A description-only edit names no date: that item stays unknown.
        QVERIFY(store()
                    .updateDetails(photo->evidence.item.id, QStringLiteral("Photo"), {},
                        photo->evidence.item.capturedAt)
                    .ok());
        const auto before = store().items(m_ref);
        QVERIFY(before.ok());

        const QString path = m_db->path();
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE evidence DROP COLUMN captured_origin")));
            QVERIFY(q.exec(
                // The version before addCaptureOrigin (schema 12): renumber with the step.
                QStringLiteral("PRAGMA user_version = %1").arg(11)));
        }
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        m_db = std::move(reopened.value());
        QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());

        const auto after = store().items(m_ref);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size());
        QCOMPARE(after->at(0).item.capturedOrigin, CaptureOrigin::Unknown);
        QCOMPARE(after->at(1).item.capturedOrigin, CaptureOrigin::Caseworker);
        for (qsizetype i = 0; i < after->size(); ++i) {
            EvidenceItem expected = before->at(i).item;
            expected.capturedOrigin = after->at(i).item.capturedOrigin;
            QCOMPARE(after->at(i).item, expected);
            QCOMPARE(after->at(i).inStore, before->at(i).inStore);
        }
        // The column refuses codes it does not know.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE evidence SET captured_origin = 'guess'")));
    }

    void editingDetailsIsACustodyEvent()
    {
        auto attached
            = store().attach(m_ref, input(QStringLiteral("receipt.txt"), "synthetic receipt"), {});
        QVERIFY(attached.ok());
        const qint64 id = attached->evidence.item.id;
        const QString sha = attached->evidence.item.sha256;
        const QDateTime before = attached->evidence.item.capturedAt;
        const auto custodyCount = [&] { return store().custody(id)->size(); };
        const auto auditEdits = [&] {
            return count(*m_db,
                QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'evidence.edit'"));
        };

        // Nothing changed (a null and an empty description are the same): nothing recorded.
        QVERIFY(store().updateDetails(id, QString(), QString(), before).ok());
        QCOMPARE(custodyCount(), 1);
        QCOMPARE(auditEdits(), 0);

        // A date in the future is refused and leaves everything as it was.
        const auto future = store().updateDetails(id, QStringLiteral("Changed"),
            QStringLiteral("client"), QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(!future.ok());
        QCOMPARE(future.error().kind, ErrorKind::BadInput);
        QVERIFY(future.error().message.contains(QLatin1String("future")));
        QCOMPARE(store().item(id)->item, attached->evidence.item);
        QCOMPARE(custodyCount(), 1);

        // A real edit: saved, one "edit" event with the recorded hash and the field names only.
        QVERIFY(store()
                    .updateDetails(id, QStringLiteral("Receipt from the tow yard"),
                        QStringLiteral("officer"), QDateTime())
                    .ok());
        const auto reread = store().item(id);
        QCOMPARE(reread->item.description, QStringLiteral("Receipt from the tow yard"));
        QCOMPARE(reread->item.source, QStringLiteral("officer"));
        QVERIFY(reread->item.capturedAt.isNull());
        const auto custody = store().custody(id);
        QCOMPARE(custody->size(), 2);
        const CustodyEvent &edit = custody->last();
        QCOMPARE(edit.action, QStringLiteral("edit"));
        QCOMPARE(edit.actor, kActor);
        QCOMPARE(edit.sha256, sha);
        QCOMPARE(edit.caseReference, m_ref);
        QVERIFY(edit.at.isValid());
        QCOMPARE(edit.detail, QStringLiteral("details edited: description, source, date captured"));
        QVERIFY(!edit.detail.contains(QLatin1String("tow yard")));
        QCOMPARE(auditEdits(), 1);

        // Only what changed is named; a stored future date stays when other details change.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE evidence SET captured_at = '2999-01-01T00:00:00Z' WHERE id = %1")
                .arg(id)));
        const QDateTime wrongClock = store().item(id)->item.capturedAt;
        QVERIFY(
            store()
                .updateDetails(id, QStringLiteral("Receipt"), QStringLiteral("officer"), wrongClock)
                .ok());
        QCOMPARE(store().custody(id)->last().detail, QStringLiteral("details edited: description"));
    }

    void thumbnailsDecodeAtSmallSize()
    {
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG");
        auto photo = store().attach(m_ref, input(QStringLiteral("photo.jpg"), jpeg), {});
        auto text = store().attach(m_ref, input(QStringLiteral("notes.txt"), "just text"), {});
        QVERIFY(photo.ok() && text.ok());
        EvidenceThumbnails thumbnails(*m_db);
        const QImage thumb = thumbnails.thumbnail(photo->evidence.item.sha256, QSize(128, 128));
        QCOMPARE(thumb.size(), QSize(128, 96));
        QCOMPARE(thumbnails.thumbnail(photo->evidence.item.sha256, QSize(128, 128)).size(),
            QSize(128, 96)); // cached
        QVERIFY(thumbnails.thumbnail(text->evidence.item.sha256, QSize(128, 128)).isNull());
        QVERIFY(thumbnails.thumbnail(Sha256::hex("absent"), QSize(128, 128)).isNull());
    }

    void custodyCoversImportViewExportVerifyRemove()
    {
        auto attached
            = store().attach(m_ref, input(QStringLiteral("audio.m4a"), pseudoRandom(4000, 21)), {});
        QVERIFY(attached.ok());
        const qint64 id = attached->evidence.item.id;
        const QString sha = attached->evidence.item.sha256;
        auto path = store().open(id);
        QVERIFY(path.ok());
        QCOMPARE(readFile(path->path).size(), 4000);
        auto exported = EvidenceExporter(*m_db, kActor)
                            .exportCase(m_ref, QDir(m_dir->path()).filePath(QStringLiteral("out")));
        QVERIFY(exported.ok());
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY(EvidenceVerifier::recordCustody(*m_db, kActor, report.value()).ok());

        QVERIFY(!store().remove(id, QStringLiteral("   ")).ok());
        QVERIFY(store().remove(id, QStringLiteral("Duplicate of a better recording")).ok());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM evidence")), 0);
        QVERIFY(!QFileInfo::exists(store().filePath(sha)));

        auto custody = store().custody(id);
        QVERIFY(custody.ok());
        QStringList actions;
        for (const auto &e : custody.value()) {
            actions.append(e.action);
            QCOMPARE(e.sha256, sha);
            QCOMPARE(e.caseReference, m_ref);
            QVERIFY(e.at.isValid());
        }
        QCOMPARE(actions,
            (QStringList {QStringLiteral("import"), QStringLiteral("view"),
                QStringLiteral("export"), QStringLiteral("verify"), QStringLiteral("remove")}));
        QCOMPARE(custody->at(1).observedSha256, sha);
        QCOMPARE(custody->at(2).observedSha256, sha);
        QCOMPARE(custody->at(3).detail, QStringLiteral("ok"));
        QCOMPARE(custody->at(4).detail, QStringLiteral("Duplicate of a better recording"));

        // The store and database agree after the removal.
        report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void removingSharedBytesKeepsTheFile()
    {
        const QByteArray bytes = pseudoRandom(1000, 8);
        auto a = store().attach(m_ref, input(QStringLiteral("x.bin"), bytes), {});
        auto b = store().attach(m_otherRef, input(QStringLiteral("x.bin"), bytes), {});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(store().remove(a->evidence.item.id, QStringLiteral("Wrong case")).ok());
        QVERIFY(QFileInfo::exists(store().filePath(a->evidence.item.sha256)));
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok() && report->ok());
    }

    void deletingACaseReleasesItsFilesAndKeepsCustody()
    {
        const QByteArray shared = pseudoRandom(700, 61);
        auto a = store().attach(m_ref, input(QStringLiteral("only-here.txt"), "only here"), {});
        auto b = store().attach(m_ref, input(QStringLiteral("shared.bin"), shared), {});
        auto c = store().attach(m_otherRef, input(QStringLiteral("shared.bin"), shared), {});
        QVERIFY(a.ok() && b.ok() && c.ok());
        CaseRepository repo(*m_db, kActor);
        auto id = repo.idForReference(m_ref);
        QVERIFY(id.ok());
        QVERIFY(repo.remove(id.value()).ok());
        QVERIFY(!QFileInfo::exists(store().filePath(a->evidence.item.sha256)));
        QVERIFY(QFileInfo::exists(
            store().filePath(b->evidence.item.sha256))); // still held by the other case
        auto custody = store().custody(a->evidence.item.id);
        QVERIFY(custody.ok());
        QCOMPARE(custody->last().action, QStringLiteral("remove"));
        QCOMPARE(custody->last().detail, QStringLiteral("case deleted"));
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void exportWritesFilesAndManifest()
    {
        const QByteArray photo = pseudoRandom(3000, 31);
        auto a = store().attach(m_ref, input(QStringLiteral("scene: photo?.jpg"), photo),
            {QStringLiteral("The corner"), QStringLiteral("client")});
        auto b = store().attach(m_ref, input(QStringLiteral("notes.txt"), "witness notes"), {});
        QVERIFY(a.ok() && b.ok());
        // Metadata without a file, as an interchange import brings it.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO evidence (case_id, original_name, size_bytes, sha256, added_at)"
            " SELECT id, 'imported.mp4', 10, '%1', '2026-01-01T00:00:00Z' FROM cases WHERE "
            "reference = '%2'")
                           .arg(Sha256::hex("imported"), m_ref)));

        const QString out = QDir(m_dir->path()).filePath(QStringLiteral("for-lawyer"));
        // Original names on purpose here; the default (neutral names) has its own test.
        auto report = EvidenceExporter(*m_db, kActor)
                          .exportCase(m_ref, out, {}, EvidenceExportOptions {false, true});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(report->ok());
        QCOMPARE(report->filesWritten, 2);
        QCOMPARE(report->metadataOnly, 1);
        QCOMPARE(modeOf(out), 0700);
        QStringList files = QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(files,
            (QStringList {QStringLiteral("001-scene_ photo_.jpg"), QStringLiteral("002-notes.txt"),
                QStringLiteral("SHA256SUMS"), QStringLiteral("manifest.json"),
                QStringLiteral("manifest.txt")}));
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("001-scene_ photo_.jpg"))), photo);
        QCOMPARE(modeOf(QDir(out).filePath(QStringLiteral("002-notes.txt"))), 0400);
        QCOMPARE(modeOf(QDir(out).filePath(QStringLiteral("manifest.json"))), 0600);

        const QJsonObject manifest
            = QJsonDocument::fromJson(readFile(QDir(out).filePath(QStringLiteral("manifest.json"))))
                  .object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(),
            QStringLiteral("trustdesk-evidence-manifest"));
        QCOMPARE(manifest.value(QStringLiteral("case_reference")).toString(), m_ref);
        const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("file")).toString(),
            QStringLiteral("001-scene_ photo_.jpg"));
        QCOMPARE(first.value(QStringLiteral("original_name")).toString(),
            QStringLiteral("scene: photo?.jpg"));
        QCOMPARE(first.value(QStringLiteral("sha256")).toString(), qtSha256(photo));
        QCOMPARE(first.value(QStringLiteral("size_bytes")).toInteger(), 3000);
        QCOMPARE(
            first.value(QStringLiteral("description")).toString(), QStringLiteral("The corner"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("exported"));
        const QJsonArray custody = first.value(QStringLiteral("custody")).toArray();
        QCOMPARE(custody.size(), 2);
        QCOMPARE(custody.at(0).toObject().value(QStringLiteral("action")).toString(),
            QStringLiteral("import"));
        QCOMPARE(custody.at(1).toObject().value(QStringLiteral("action")).toString(),
            QStringLiteral("export"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("metadata_only"));
        QVERIFY(items.at(2).toObject().value(QStringLiteral("file")).isNull());

        const QString text
            = QString::fromUtf8(readFile(QDir(out).filePath(QStringLiteral("manifest.txt"))));
        QVERIFY(text.contains(m_ref));
        QVERIFY(text.contains(QStringLiteral("Original name: scene: photo?.jpg")));
        QVERIFY(text.contains(QStringLiteral("SHA-256: ") + qtSha256(photo)));
        QVERIFY(text.contains(QStringLiteral("Size: 3000 bytes")));
        QVERIFY(text.contains(QLatin1String("import")) && text.contains(QLatin1String("export")));
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("SHA256SUMS"))),
            (qtSha256(photo) + QStringLiteral("  001-scene_ photo_.jpg\n") + b->evidence.item.sha256
                + QStringLiteral("  002-notes.txt\n"))
                .toUtf8());
        if (!QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty()) {
            QProcess check;
            check.setWorkingDirectory(out);
            check.start(QStringLiteral("sha256sum"),
                {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")});
            QVERIFY(check.waitForFinished());
            QCOMPARE(check.exitCode(), 0);
        }

        // Never into a folder that holds something.
        auto again = EvidenceExporter(*m_db, kActor).exportCase(m_ref, out);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("not empty")));
    }

    // An evidence description is free text: a withheld value written there leaves masked.
    void exportMasksWithheldValuesInDescriptions()
    {
        CaseRepository repo(*m_db, kActor);
        const CaseFile sample = test::sampleCase(QStringLiteral("Test Person Four"));
        auto saved = repo.save(sample);
        QVERIFY(saved.ok());
        const QString aNumber = sample.client.aNumber;
        const QString phone = sample.client.phone;
        QVERIFY(!aNumber.isEmpty() && !phone.isEmpty());
        auto attached = store().attach(saved->reference,
            input(QStringLiteral("letter.txt"), "a fictional letter"),
            {QStringLiteral("Letter that names %1 and the number %2").arg(aNumber, phone),
                QStringLiteral("client")});
        QVERIFY(attached.ok());

        const QString out = QDir(m_dir->path()).filePath(QStringLiteral("masked-export"));
        auto report = EvidenceExporter(*m_db, kActor).exportCase(saved->reference, out);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        for (const auto &name : {QStringLiteral("manifest.json"), QStringLiteral("manifest.txt")}) {
            const QString text = QString::fromUtf8(readFile(QDir(out).filePath(name)));
            QVERIFY2(text.contains(QLatin1String("[withheld]")), qPrintable(name));
            QVERIFY2(!text.contains(aNumber), qPrintable(name));
            QVERIFY2(!text.contains(phone), qPrintable(name));
        }
        // The stored description is unchanged.
        auto items = store().items(saved->reference);
        QVERIFY(items.ok());
        const auto mine = std::find_if(items->cbegin(), items->cend(),
            [&](const StoredEvidence &e) { return e.item.id == attached->evidence.item.id; });
        QVERIFY(mine != items->cend());
        QVERIFY(mine->item.description.contains(aNumber));
    }

    void exportSkipsChangedFiles()
    {
        auto a = store().attach(m_ref, input(QStringLiteral("a.txt"), "original"), {});
        QVERIFY(a.ok());
        const QString stored = store().filePath(a->evidence.item.sha256);
        QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(test::writeFile(stored, "forged!!"));
        const QString out = QDir(m_dir->path()).filePath(QStringLiteral("out"));
        auto report = EvidenceExporter(*m_db, kActor).exportCase(m_ref, out);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(report->filesWritten, 0);
        QVERIFY(report->problems.first().contains(QLatin1String("\"a.txt\" has CHANGED")));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            (QStringList {QStringLiteral("SHA256SUMS"), QStringLiteral("manifest.json"),
                QStringLiteral("manifest.txt")}));
    }

    void savingTheCaseAgainKeepsAttachedEvidence()
    {
        auto attached
            = store().attach(m_ref, input(QStringLiteral("kept.jpg"), pseudoRandom(2000, 41)), {});
        QVERIFY(attached.ok());
        CaseRepository repo(*m_db, kActor);
        auto loaded = repo.loadByReference(m_ref);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->evidence.size(), 1);
        loaded->assignedCaseworker = QStringLiteral("Someone Else");
        QVERIFY(repo.save(loaded.value()).ok());
        // A stale copy loaded before the attach must not drop it either.
        auto other = repo.loadByReference(m_otherRef);
        QVERIFY(other.ok());
        QVERIFY(
            store()
                .attach(m_otherRef, input(QStringLiteral("later.jpg"), pseudoRandom(2000, 42)), {})
                .ok());
        QVERIFY(repo.save(other.value()).ok());

        auto items = store().items(m_ref);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QVERIFY(items->first().inStore);
        QCOMPARE(items->first().item.id, attached->evidence.item.id);
        QCOMPARE(store().items(m_otherRef)->size(), 1);
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok() && report->ok());
    }

    void importedMetadataIsNotMissingAndCanReceiveItsFile()
    {
        const QByteArray bytes = pseudoRandom(1234, 51);
        CaseFile imported = test::minimalCase(QStringLiteral("Imported Person"));
        imported.reference = QStringLiteral("TD-2025-00042");
        EvidenceItem e;
        e.originalName = QStringLiteral("bodycam.mp4");
        e.sizeBytes = bytes.size();
        e.sha256 = qtSha256(bytes);
        e.addedAt = QDateTime(QDate(2025, 2, 1), QTime(10, 0), Qt::UTC);
        imported.evidence = {e};
        CaseRepository repo(*m_db, kActor);
        QVERIFY(repo.insertAll({imported}, QStringLiteral("case.import")).ok());

        auto items = store().items(imported.reference);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QVERIFY(!items->first().inStore);
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(),
            qPrintable(report->problems.join(QLatin1Char('\n')))); // metadata-only is not "missing"
        QVERIFY(!store().open(items->first().item.id).ok());

        auto attached = store().attach(
            imported.reference, input(QStringLiteral("bodycam-copy.mp4"), bytes), {});
        QVERIFY(attached.ok());
        QCOMPARE(attached->outcome, AttachResult::Outcome::FileAdded);
        QCOMPARE(attached->evidence.item.id, items->first().item.id);
        QVERIFY(attached->evidence.inStore);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM evidence")), 1);
    }

    void schemaVersionThreeKeepsItsCustody()
    {
        auto attached = store().attach(m_ref, input(QStringLiteral("kept.txt"), "kept"), {});
        QVERIFY(attached.ok());
        const qint64 id = attached->evidence.item.id;
        QVERIFY(store().open(id).ok());
        const auto before = store().custody(id);
        QCOMPARE(before->size(), 2);
        const QString path = m_db->path();
        {
            // Back to version 3: the custody table whose check knows no 'edit'.
            QSqlQuery q(m_db->connection());
            for (const auto &sql :
                {QStringLiteral(
                     "CREATE TABLE custody_v3 ("
                     " id INTEGER PRIMARY KEY, evidence_id INTEGER NOT NULL, case_reference TEXT "
                     "NOT NULL,"
                     " sha256 TEXT NOT NULL, occurred_at TEXT NOT NULL, actor TEXT NOT NULL,"
                     " action TEXT NOT NULL CHECK (action IN ('import', 'view', 'export', "
                     "'verify', 'remove')),"
                     " observed_sha256 TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral("INSERT INTO custody_v3 SELECT * FROM evidence_custody"),
                    QStringLiteral("DROP TABLE evidence_custody"),
                    QStringLiteral("ALTER TABLE custody_v3 RENAME TO evidence_custody"),
                    QStringLiteral("DROP INDEX evidence_parent"), // version 8's
                    QStringLiteral("ALTER TABLE evidence DROP COLUMN redaction"),
                    QStringLiteral("ALTER TABLE evidence DROP COLUMN parent_id"),
                    QStringLiteral("DROP INDEX cases_list_last_incident"), // version 7's
                    QStringLiteral("DROP INDEX cases_list_opened"),
                    QStringLiteral("DROP INDEX cases_list_caseworker"),
                    QStringLiteral("ALTER TABLE cases DROP COLUMN last_incident_on"),
                    QStringLiteral("DROP TRIGGER audit_events_no_update"), // version 6's
                    QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                    QStringLiteral("DROP INDEX audit_events_prev"),
                    QStringLiteral("ALTER TABLE audit_events DROP COLUMN carried_from"),
                    QStringLiteral("ALTER TABLE audit_events DROP COLUMN prev_hash"),
                    QStringLiteral("ALTER TABLE audit_events DROP COLUMN entry_hash"),
                    QStringLiteral("ALTER TABLE cases DROP COLUMN revision"), // version 5's
                    QStringLiteral("PRAGMA user_version = 3")})
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO evidence_custody (evidence_id, "
                                           "case_reference, sha256, occurred_at, actor, action)"
                                           " VALUES (1, 'x', 'x', 'x', 'x', 'edit')")));
        }
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        m_db = std::move(reopened.value());
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(store().custody(id).value(), before.value());
        QVERIFY(store().updateDetails(id, QStringLiteral("Kept"), {}, {}).ok());
        QCOMPARE(store().custody(id)->last().action, QStringLiteral("edit"));
        QCOMPARE(count(*m_db,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                    "name LIKE 'evidence_custody_%'")),
            2);
    }

    void schemaVersionOneIsMigrated()
    {
        const QString path = m_db->path();
        {
            QSqlQuery q(m_db->connection());
            // Back to version 1: drop whatever later migrations added, then undo version 2.
            const QStringList v1Tables {QStringLiteral("clients"),
                QStringLiteral("violation_categories"), QStringLiteral("reference_counters"),
                QStringLiteral("cases"), QStringLiteral("incidents"),
                QStringLiteral("incident_violations"), QStringLiteral("officers"),
                QStringLiteral("witnesses"), QStringLiteral("evidence"),
                QStringLiteral("complaint_submissions"), QStringLiteral("follow_ups"),
                QStringLiteral("audit_events"), QStringLiteral("evidence_custody")};
            QStringList later;
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                          "name NOT LIKE 'case_search%'"
                                          " AND name NOT LIKE 'sqlite_%'")));
            while (q.next()) {
                if (!v1Tables.contains(q.value(0).toString()))
                    later.append(q.value(0).toString());
            }
            for (const auto &table : later)
                QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(table)), qPrintable(table));
            for (const auto &sql :
                {QStringLiteral(
                     "INSERT INTO evidence (case_id, original_name, size_bytes, sha256, added_at)"
                     " SELECT id, 'old.jpg', 1, '%1', '2024-01-01T00:00:00Z' FROM cases LIMIT 1")
                        .arg(Sha256::hex("old")),
                    QStringLiteral("DROP TABLE evidence_custody"),
                    QStringLiteral("DROP INDEX evidence_sha256"),
                    QStringLiteral(
                        "CREATE TABLE evidence_v1 ("
                        " id INTEGER PRIMARY KEY,"
                        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                        " original_name TEXT NOT NULL,"
                        " media_type TEXT NOT NULL DEFAULT '',"
                        " size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),"
                        " sha256 TEXT NOT NULL,"
                        " captured_at TEXT,"
                        " added_by TEXT NOT NULL DEFAULT '',"
                        " added_at TEXT NOT NULL,"
                        " description TEXT NOT NULL DEFAULT '',"
                        " source TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral("INSERT INTO evidence_v1 SELECT id, case_id, original_name, "
                                   "media_type, size_bytes,"
                                   " sha256, captured_at, added_by, added_at, description, source "
                                   "FROM evidence"),
                    QStringLiteral("DROP TABLE evidence"),
                    QStringLiteral("ALTER TABLE evidence_v1 RENAME TO evidence"),
                    QStringLiteral("DROP INDEX cases_list_last_incident"), // version 7's
                    QStringLiteral("DROP INDEX cases_list_opened"),
                    QStringLiteral("DROP INDEX cases_list_caseworker"),
                    QStringLiteral("ALTER TABLE cases DROP COLUMN last_incident_on"),
                    QStringLiteral("DROP TRIGGER audit_events_no_update"), // version 6's
                    QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                    QStringLiteral("DROP INDEX audit_events_prev"),
                    QStringLiteral("ALTER TABLE audit_events DROP COLUMN carried_from"),
                    QStringLiteral("ALTER TABLE audit_events DROP COLUMN prev_hash"),
                    QStringLiteral("ALTER TABLE audit_events DROP COLUMN entry_hash"),
                    QStringLiteral("ALTER TABLE cases DROP COLUMN revision"), // version 5's
                    QStringLiteral("PRAGMA user_version = 1")})
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        m_db = std::move(reopened.value());
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        // Version 6 filled in every case's latest incident date, as CaseWriter would.
        QCOMPARE(count(*m_db,
                     QStringLiteral("SELECT count(*) FROM cases c WHERE c.last_incident_on <>"
                                    " coalesce((SELECT max(i.occurred_on) FROM incidents i"
                                    " WHERE i.case_id = c.id), '')")),
            0);
        QVERIFY(
            count(*m_db, QStringLiteral("SELECT count(*) FROM cases WHERE last_incident_on <> ''"))
            > 0);
        auto items = store().items(m_ref);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QVERIFY(!items->first().inStore);
        auto attached = store().attach(m_ref, input(QStringLiteral("new.txt"), "new"), {});
        QVERIFY2(attached.ok(), attached.ok() ? "" : qPrintable(attached.error().message));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
