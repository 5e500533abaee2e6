// Several connections and processes on one database file: the header is never read outside
// SQLite while a connection is open (checked the way another process would see it), a read of
// several statements sees one state, a save over someone else's save is refused, the watcher
// sees other connections' commits, and live drafts are told from a crash's.
#include "storage/backupsummary.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasewatcher.h"
#include "storage/draftstore.h"
#include "storage/opendatabasefiles.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace td;

namespace {

// SQLite's lock bytes on the database file (os_unix.c): a connection in WAL mode keeps a SHARED
// lock in this range for as long as it is open.
constexpr off_t kSharedFirst = 0x40000000 + 2;
constexpr off_t kSharedSize = 510;

// Asks from another process (a forked child, so this process's locks are foreign to it) whether
// someone holds SQLite's shared lock on `path`; returns the holder's pid, 0 for nobody, -1 on
// error. F_GETLK only asks: it takes no lock, and the child's descriptor dies with the child.
pid_t sharedLockHolder(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return -1;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        pid_t holder = -1;
        const int fd = ::open(native.constData(), O_RDONLY);
        if (fd >= 0) {
            struct flock probe
            {
            };
            probe.l_type = F_WRLCK;
            probe.l_whence = SEEK_SET;
            probe.l_start = kSharedFirst;
            probe.l_len = kSharedSize;
            if (::fcntl(fd, F_GETLK, &probe) == 0)
                holder = probe.l_type == F_UNLCK ? 0 : probe.l_pid;
        }
        (void)!::write(pipeFds[1], &holder, sizeof holder);
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    pid_t holder = -1;
    if (child < 0 || ::read(pipeFds[0], &holder, sizeof holder) != sizeof holder)
        holder = -1;
    ::close(pipeFds[0]);
    if (child > 0)
        ::waitpid(child, nullptr, 0);
    return holder;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::vector<std::unique_ptr<test::TestDatabase>> m_locations;

    // A database holding one case: a file, or a database on the test cluster.
    QString freshDatabase()
    {
        QString path = test::databasePath(m_dir, QStringLiteral("c%1.sqlite").arg(++m_n));
        if (test::TestDatabase::onPostgres()) {
            m_locations.push_back(std::make_unique<test::TestDatabase>(m_dir));
            path = m_locations.back()->target();
        }
        auto db = Database::open(path);
        if (db) {
            CaseRepository repo(**db, QStringLiteral("tester"));
            (void)repo.save(test::minimalCase(QStringLiteral("First Example")));
        }
        return path;
    }

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void secondConnectionsKeepTheFirstOnesLocks()
    {
        const QString path = freshDatabase();
        auto window = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(window.ok());
        QCOMPARE(sharedLockHolder(path), ::getpid()); // the probe sees a live connection
        QCOMPARE(OpenDatabaseFiles::connections(path), 1);

        // Everything the window opens beside its own connection: an editor's evidence panel, a
        // background job, the backup summary, a read-only look.
        {
            auto panel = Database::open(path, Database::OpenMode::ExistingOnly);
            QVERIFY(panel.ok());
            QCOMPARE(OpenDatabaseFiles::connections(path), 2);
            auto look = Database::open(path, Database::OpenMode::ReadOnly);
            QVERIFY(look.ok());
            QVERIFY(BackupSummary::ofFile(path).ok());
            // The same file by another name is the same file.
            const QString alias = m_dir.filePath(QStringLiteral("alias.sqlite"));
            QVERIFY(QFile::link(path, alias));
            auto aliased = Database::open(alias, Database::OpenMode::ExistingOnly);
            QVERIFY(aliased.ok());
            QCOMPARE(OpenDatabaseFiles::connections(path), 4);
        }
        QCOMPARE(OpenDatabaseFiles::connections(path), 1);
        // Had any of them read the header with a descriptor of its own, closing it would have
        // dropped the window's locks, and another process would now think the file unused.
        QCOMPARE(sharedLockHolder(path), ::getpid());

        // So a CLI that opens and closes the file leaves the window's WAL in place.
        QSqlQuery q((*window)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")));
        const auto cli = QProcess::execute(qEnvironmentVariable("TRUSTDESK_CLI"),
            {QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(cli, 0);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        CaseRepository repo(**window, QStringLiteral("tester"));
        QVERIFY(repo.save(test::minimalCase(QStringLiteral("Second Example"))).ok());
        window->reset();
        QCOMPARE(sharedLockHolder(path), 0);
        auto reopened = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(reopened.ok());
        QCOMPARE(test::countCases(**reopened), 2);
    }

    void aForeignFileIsStillRefusedUntouched()
    {
        // The header check still runs for the first connection.
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!Database::open(path, Database::OpenMode::ExistingOnly).ok());
        QCOMPARE(OpenDatabaseFiles::connections(path), 0);
    }

    void aReadSnapshotSeesOneState()
    {
        const QString path = freshDatabase();
        auto reader = Database::open(path, Database::OpenMode::ExistingOnly);
        auto writer = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(reader.ok() && writer.ok());
        CaseRepository writing(**writer, QStringLiteral("tester"));
        {
            ReadSnapshot snapshot(**reader);
            QCOMPARE(test::countCases(**reader), 1);
            QVERIFY(writing.save(test::minimalCase(QStringLiteral("Meanwhile Example"))).ok());
            QCOMPARE(test::countCases(**reader), 1); // still the state the snapshot began with
        }
        QCOMPARE(test::countCases(**reader), 2);
    }

    void aSaveOverSomeoneElsesSaveIsRefused()
    {
        const QString path = freshDatabase();
        auto mine = Database::open(path, Database::OpenMode::ExistingOnly);
        auto theirs = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(mine.ok() && theirs.ok());
        CaseRepository me(**mine, QStringLiteral("me"));
        CaseRepository them(**theirs, QStringLiteral("them"));
        auto created = me.save(test::minimalCase(QStringLiteral("Revision Example")));
        QVERIFY(created.ok());
        const qint64 id = created->id;
        auto loaded = me.loadWithRevision(id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->second, me.lastSavedRevision());

        auto other = them.load(id);
        QVERIFY(other.ok());
        other->assignedCaseworker = QStringLiteral("Them");
        QVERIFY(them.save(other.value()).ok());
        QCOMPARE(them.lastSavedRevision(), loaded->second + 1);

        CaseFile edited = loaded->first;
        edited.assignedCaseworker = QStringLiteral("Me");
        auto refused = me.save(edited, loaded->second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(me.load(id)->assignedCaseworker, QStringLiteral("Them"));
        // Deliberately over the current revision: saved.
        QVERIFY(me.save(edited, me.revision(id).value()).ok());
        QCOMPARE(them.load(id)->assignedCaseworker, QStringLiteral("Me"));

        // A case sharing the client also moves on when the client changes through another case.
        CaseFile sibling = test::minimalCase(QStringLiteral("Revision Example"));
        sibling.client = me.load(id)->client;
        auto second = me.save(sibling);
        QVERIFY(second.ok());
        const qint64 before = me.revision(second->id).value();
        auto first = me.load(id);
        first->client.phone = QStringLiteral("+1 617 555 0100");
        QVERIFY(me.save(first.value()).ok());
        QVERIFY(me.revision(second->id).value() > before);
    }

    void theWatcherSeesOtherConnectionsOnly()
    {
        const QString path = freshDatabase();
        auto window = Database::open(path, Database::OpenMode::ExistingOnly);
        auto elsewhere = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(window.ok() && elsewhere.ok());
        DatabaseWatcher watcher(**window);
        watcher.setInterval(0);
        QVERIFY(!watcher.checkNow());
        CaseRepository own(**window, QStringLiteral("tester"));
        QVERIFY(own.save(test::minimalCase(QStringLiteral("Own Example"))).ok());
        QVERIFY(!watcher.checkNow()); // its own connection's commit is known already
        CaseRepository other(**elsewhere, QStringLiteral("tester"));
        QVERIFY(other.save(test::minimalCase(QStringLiteral("Other Example"))).ok());
        QVERIFY(watcher.checkNow());
        QVERIFY(!watcher.checkNow());
        // And another process.
        QCOMPARE(QProcess::execute(qEnvironmentVariable("TRUSTDESK_CLI"),
                     {QStringLiteral("--db"), path, QStringLiteral("demo"),
                         QStringLiteral("--cases"), QStringLiteral("1")}),
            0);
        QVERIFY(watcher.checkNow());
    }

    void liveDraftsAreToldFromACrashsDrafts()
    {
        const QString path = freshDatabase();
        DraftStore store(path);
        Draft d;
        d.id = DraftStore::newId();
        d.savedAt = QDateTime::currentDateTimeUtc();
        d.caseFile = test::minimalCase(QStringLiteral("Draft Example"));
        QVERIFY(store.save(d).ok());
        {
            auto live = store.holdLive(d.id);
            QVERIFY(live);
            QVERIFY(store.list().isEmpty());
            QCOMPARE(store.list(DraftStore::Live::Include).size(), 1);
        }
        QCOMPARE(store.list().size(), 1); // released: a draft like any other

        // A window that crashed leaves its lock behind, naming a process that is gone.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        QFile lock(QDir(store.folder()).filePath(d.id + QStringLiteral(".lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ntrustdesk\n"
            + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!lock.exists()); // the stale lock was cleared

        // A killed window's lock of a draft it never wrote is cleared too; a live one stays.
        const QString orphan = QDir(store.folder()).filePath(QStringLiteral("orphan.lock"));
        QFile o(orphan);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(QByteArray::number(deadPid) + "\ntrustdesk\n" + QSysInfo::machineHostName().toUtf8()
            + '\n');
        o.close();
        auto live = store.holdLive(DraftStore::newId());
        QVERIFY(live);
        QVERIFY(store.list().size() == 1);
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(live->fileName()));
    }
};

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
