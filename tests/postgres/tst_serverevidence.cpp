// Evidence in an office server: sealed with the office key into evidence_chunks, read back
// checked; the office key wrapped per login. Runs only under scripts/pg-test-cluster.sh (CTest
// label `postgres`).
#include "crypto/evidencechunks.h"
#include "evidence/evidenceexporter.h"
#include "evidence/evidencestore.h"
#include "evidence/evidenceverifier.h"
#include "evidence/sha256.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/officekeys.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace td;

namespace {

const QString kActor = QStringLiteral("tester");
const QString kPassphrase = QStringLiteral("correct horse battery");

QString randomMarker()
{
    return QStringLiteral("Zq%1x").arg(QRandomGenerator::system()->generate64(), 0, 36);
}

QByteArray pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (auto &c : out)
        c = char(random.bounded(256));
    return out;
}

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

// The process's peak resident size (VmHWM) in kB, or -1.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current resident size (Linux 4.0+).
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestServerEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<Database> m_db;
    QString m_ref;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    StoredEvidence attach(const QString &name, const QByteArray &bytes)
    {
        EvidenceStore store(*m_db, kActor);
        auto attached = store.attach(m_ref, write(name, bytes), {});
        if (!attached) {
            qWarning() << attached.error().message;
            return {};
        }
        return attached->evidence;
    }

    Result<OpenedEvidence> open(qint64 id)
    {
        return EvidenceStore(*m_db, kActor).open(id, qint64(1) << 30);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::TestDatabase::onPostgres());
        test::TestDatabase::requireClusterIfOnPostgres();
    }

    void init()
    {
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        auto db = Database::open(m_location->target());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db.value());
        auto saved = CaseRepository(*m_db, kActor)
                         .save(test::minimalCase(QStringLiteral("Test Person One")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
        auto key = OfficeKeys(*m_db).create(kPassphrase, kActor, KeyWrap::Cost::Fast);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        m_db->setOfficeKey(std::move(key.value()));
    }

    void cleanup()
    {
        m_db.reset();
        m_location.reset();
    }

    void roundTripsAroundTheChunkSize_data()
    {
        QTest::addColumn<qint64>("size");
        const qint64 c = EvidenceChunks::kChunkSize;
        for (const qint64 size : {qint64(1), c - 1, c, c + 1, 3 * c, 3 * c + 77})
            QTest::addRow("%lld", size) << size;
    }

    void roundTripsAroundTheChunkSize()
    {
        QFETCH(qint64, size);
        const QByteArray bytes = pseudoRandom(size, quint32(size));
        const StoredEvidence e = attach(QStringLiteral("item.bin"), bytes);
        QVERIFY(e.item.id > 0);
        QCOMPARE(e.item.sha256, Sha256::hex(bytes));
        QCOMPARE(e.item.sizeBytes, size);
        const qint64 chunks = (size + EvidenceChunks::kChunkSize - 1) / EvidenceChunks::kChunkSize;
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM evidence_chunks WHERE evidence_id = %1")
                       .arg(e.item.id)),
            1 + chunks);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT sum(length(data)) FROM evidence_chunks WHERE evidence_id = %1")
                            .arg(e.item.id)),
            EvidenceChunks::kHeaderRowSize + size + chunks * EvidenceChunks::kOverhead);

        const auto opened = open(e.item.id);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(opened->complete);
        QVERIFY(opened->path.isEmpty());
        QVERIFY(opened->content == bytes);

        const auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->filesChecked, 1);

        const QString folder = m_dir.filePath(QStringLiteral("export-%1").arg(size));
        EvidenceExportOptions options;
        options.includeMetadata = true;
        const auto exported
            = EvidenceExporter(*m_db, kActor).exportCase(m_ref, folder, {}, options);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
        QCOMPARE(exported->filesWritten, 1);
        bool found = false;
        for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files)) {
            QFile file(f.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            found = found || file.readAll() == bytes;
        }
        QVERIFY(found);

        // The same bytes again are reported, not stored twice.
        EvidenceStore store(*m_db, kActor);
        auto again = store.attach(m_ref, m_dir.filePath(QStringLiteral("item.bin")), {});
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, AttachResult::Outcome::AlreadyAttached);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM evidence_chunks")), 1 + chunks);

        // Removing the item removes its rows.
        QVERIFY(store.remove(e.item.id, QStringLiteral("test")).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM evidence_chunks")), qint64(0));
    }

    void tamperingIsAnIntegrityError_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("flipped bit in a chunk")
            << QStringLiteral("UPDATE evidence_chunks SET data = set_byte(data, 100,"
                              " get_byte(data, 100) # 1) WHERE evidence_id = %1 AND n = 2");
        QTest::addRow("flipped bit in the header")
            << QStringLiteral("UPDATE evidence_chunks SET data = set_byte(data, 20,"
                              " get_byte(data, 20) # 1) WHERE evidence_id = %1 AND n = 0");
        QTest::addRow("two chunks swapped")
            << QStringLiteral("UPDATE evidence_chunks c SET data = o.data FROM evidence_chunks o"
                              " WHERE c.evidence_id = %1 AND o.evidence_id = %1"
                              " AND ((c.n = 1 AND o.n = 2) OR (c.n = 2 AND o.n = 1))");
        QTest::addRow("last chunk dropped")
            << QStringLiteral("DELETE FROM evidence_chunks WHERE evidence_id = %1 AND n = 3");
        QTest::addRow("middle chunk dropped")
            << QStringLiteral("DELETE FROM evidence_chunks WHERE evidence_id = %1 AND n = 2");
        QTest::addRow("chunk of another item")
            << QStringLiteral("UPDATE evidence_chunks c SET data = o.data FROM evidence_chunks o"
                              " WHERE c.evidence_id = %1 AND c.n = 2 AND o.evidence_id <> %1"
                              " AND o.n = 2");
        QTest::addRow("last chunk repeated")
            << QStringLiteral("INSERT INTO evidence_chunks (evidence_id, n, data) SELECT"
                              " evidence_id, 4, data FROM evidence_chunks WHERE evidence_id = %1"
                              " AND n = 3");
    }

    void tamperingIsAnIntegrityError()
    {
        QFETCH(QString, sql);
        const qint64 size = 2 * EvidenceChunks::kChunkSize + 500; // rows 0 (header), 1, 2, 3
        const StoredEvidence e = attach(QStringLiteral("a.bin"), pseudoRandom(size, 7));
        const StoredEvidence other = attach(QStringLiteral("b.bin"), pseudoRandom(size, 8));
        QVERIFY(e.item.id > 0 && other.item.id > 0);
        QVERIFY(open(e.item.id).ok());
        QVERIFY(exec(sql.arg(e.item.id)));

        const auto opened = open(e.item.id);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Integrity);
        const auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->changed, 1);
        // The other item is untouched.
        QVERIFY(open(other.item.id).ok());
    }

    void theOfficeKeyOpensForTwoPeople()
    {
        // A second login with a passphrase of its own.
        QCOMPARE(m_location->execOnServer(QStringLiteral(
                     "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bea')"
                     " THEN CREATE ROLE bea LOGIN SUPERUSER; END IF; END $$")),
            QString());
        OfficeKeys keys(*m_db);
        QCOMPARE(keys.logins().value(), QStringList {keys.currentLogin().value()});
        const QString bea = QStringLiteral("another passphrase");
        QVERIFY(
            keys.add(*m_db->officeKey(), QStringLiteral("bea"), bea, kActor, KeyWrap::Cost::Fast)
                .ok());
        // Adding her again, or a key that is not the office's, changes nothing.
        QVERIFY(
            !keys.add(*m_db->officeKey(), QStringLiteral("bea"), bea, kActor, KeyWrap::Cost::Fast)
                 .ok());
        const auto foreign = keys.add(
            SecureKey::random(), QStringLiteral("cai"), bea, kActor, KeyWrap::Cost::Fast);
        QVERIFY(!foreign.ok());
        QCOMPARE(keys.logins()->size(), 2);

        const QByteArray bytes = pseudoRandom(5000, 3);
        const StoredEvidence e = attach(QStringLiteral("c.bin"), bytes);
        QVERIFY(e.item.id > 0);

        auto asBea = Database::open(test::asLogin(m_location->target(), QStringLiteral("bea")),
            Database::OpenMode::ExistingOnly);
        QVERIFY2(asBea.ok(), qPrintable(asBea.ok() ? QString() : asBea.error().message));
        OfficeKeys beaKeys(**asBea);
        QCOMPARE(beaKeys.currentLogin().value(), QStringLiteral("bea"));
        const auto wrong = beaKeys.unlock(kPassphrase); // the first person's, not hers
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::BadInput);
        auto key = beaKeys.unlock(bea);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QVERIFY(QByteArray(reinterpret_cast<const char *>(key->data()), SecureKey::kSize)
            == QByteArray(
                reinterpret_cast<const char *>(m_db->officeKey()->data()), SecureKey::kSize));
        (*asBea)->setOfficeKey(std::move(key.value()));
        const auto opened = EvidenceStore(**asBea, kActor).open(e.item.id, 10000);
        QVERIFY(opened.ok());
        QVERIFY(opened->content == bytes);

        // A wrap moved to another login does not open: the login is bound in.
        QVERIFY(
            exec(QStringLiteral("UPDATE office_key_wraps SET login = 'zed' WHERE login = 'bea'")));
        QVERIFY(
            exec(QStringLiteral("UPDATE office_key_wraps SET login = 'bea' WHERE login <> 'zed'")));
        QVERIFY(exec(
            QStringLiteral("UPDATE office_key_wraps SET login = %1 WHERE login = 'zed'")
                .arg(QStringLiteral("'") + keys.currentLogin().value() + QStringLiteral("'"))));
        const auto swapped = OfficeKeys(**asBea).unlock(kPassphrase);
        QVERIFY(!swapped.ok());
        QVERIFY(!OfficeKeys(**asBea).unlock(bea).ok());
    }

    void withoutTheKeyNothingIsRead()
    {
        const StoredEvidence e = attach(QStringLiteral("d.bin"), pseudoRandom(100, 4));
        QVERIFY(e.item.id > 0);
        auto plain = Database::open(m_location->target(), Database::OpenMode::ExistingOnly);
        QVERIFY(plain.ok());
        EvidenceStore store(**plain, kActor);
        QVERIFY(!store.open(e.item.id).ok());
        QVERIFY(!store.attach(m_ref, write(QStringLiteral("e.bin"), "x"), {}).ok());
        QVERIFY(!EvidenceVerifier(**plain, kActor).run().ok());
        // Another office key does not open it either.
        (*plain)->setOfficeKey(SecureKey::random());
        const auto opened = EvidenceStore(**plain, kActor).open(e.item.id);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Integrity);
    }

    void theContentIsNotInTheServer()
    {
        const QString marker = randomMarker();
        const QByteArray bytes
            = pseudoRandom(70000, 5) + marker.toUtf8() + utf16(marker) + pseudoRandom(1000, 6);
        const StoredEvidence e = attach(QStringLiteral("statement.txt"), bytes);
        QVERIFY(e.item.id > 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT data FROM evidence_chunks ORDER BY evidence_id, n")));
        QByteArray all;
        int rows = 0;
        while (q.next()) {
            all += q.value(0).toByteArray();
            ++rows;
        }
        QCOMPARE(rows, 3);
        QVERIFY(all.size() > bytes.size());
        QVERIFY(!all.contains(marker.toUtf8()));
        QVERIFY(!all.contains(utf16(marker)));
        QVERIFY(!all.contains(bytes.left(64)));
        // Nor in any other table's text (names and details are not part of the file).
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM evidence e, evidence_custody c,"
                                      " audit_events a WHERE position('%1' in e::text || c::text ||"
                                      " a::text) > 0")
                           .arg(marker)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0));
        QVERIFY(open(e.item.id).ok());
    }

    void attachDoesNotHoldTheWholeFile()
    {
        // Not timed: the peak resident size while a 200 MB file is attached and read back.
        const qint64 size = 200 * 1024 * 1024;
        const QString path = m_dir.filePath(QStringLiteral("big.bin"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray block = pseudoRandom(1024 * 1024, 9);
            for (qint64 i = 0; i < size / block.size(); ++i) {
                QByteArray b = block;
                b[0] = char(i);
                QCOMPARE(f.write(b), b.size());
            }
        }
        if (!resetPeak())
            QSKIP("/proc/self/clear_refs cannot be written here");
        const qint64 before = statusKb("VmRSS:");
        EvidenceStore store(*m_db, kActor);
        auto attached = store.attach(m_ref, path, {});
        QVERIFY2(attached.ok(), qPrintable(attached.ok() ? QString() : attached.error().message));
        const qint64 attachPeak = statusKb("VmHWM:");
        QVERIFY(resetPeak());
        const qint64 beforeVerify = statusKb("VmRSS:");
        const auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok() && report->ok());
        const qint64 verifyPeak = statusKb("VmHWM:");
        qInfo("200 MB attach: resident %lld kB before, peak %lld kB (+%lld kB); verify: %lld kB "
              "before, peak %lld kB (+%lld kB)",
            before, attachPeak, attachPeak - before, beforeVerify, verifyPeak,
            verifyPeak - beforeVerify);
        QVERIFY2(attachPeak - before < 64 * 1024, "attach held more than 64 MB");
        QVERIFY2(verifyPeak - beforeVerify < 64 * 1024, "verify held more than 64 MB");
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestServerEvidence)
#include "tst_serverevidence.moc"
