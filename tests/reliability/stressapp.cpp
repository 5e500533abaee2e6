// An app-like process for the shared-database stress test (sharedwriters.py): it holds its
// connections the way the TrustDesk window does while other processes write to the same file.
//
//   stressapp --db PATH --rounds N --year YYYY [--pause-ms MS] [--backups PREFIX]
//             [--passphrase-file FILE]
//   stressapp --db PATH [--passphrase-file FILE] --query SQL
//
// --passphrase-file opens an encrypted database (every connection with the same key). --query
// prints the rows of one statement, tab-separated, from a read-only connection: how
// sharedwriters.py looks into a vault, which sqlite3 cannot read.
//
// It keeps a main connection (the window's) and a second one (an open editor's evidence panel)
// for the whole run, and in every round:
//   - opens and closes a short-lived connection, as background attach, backup jobs and the
//     backup summary do (each open used to read the file header outside SQLite);
//   - saves a new case TD-YYYY-NNNNN with two incidents on the main connection and prints
//     "ACK <reference>" once the save has returned success, and every few rounds edits one of
//     its earlier cases (with the revision check the editor uses), printing "EDIT <reference>";
//   - reads back a case another process imported (if any is visible) and checks that it is whole:
//     a case seen without its incident is a mixture ("MIXTURE <reference>" on stderr, exit 1);
//   - polls data_version as the window's watcher does;
//   - with --backups PREFIX, every 25 rounds backs up on a connection of its own, as File › Back
//     Up… does, and prints "BACKUP <file> <cases it had acknowledged before>".
// Exit status 0 when every save succeeded and nothing was seen half-written.
#include "common/appinfo.h"
#include "crypto/vaultkeyfile.h"
#include "storage/backup.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasewatcher.h"
#include "testcases.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <cstdio>

using namespace td;

namespace {

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

QString argText(const QStringList &args, const QString &name)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

// The newest case that this process did not write, checked for wholeness: every case the
// writers import has at least one incident (tests/cli/fixtures/cases.json).
bool othersAreWhole(Database &db, CaseRepository &repository, const QString &ownPrefix)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, reference FROM cases WHERE reference NOT LIKE ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(ownPrefix + QLatin1Char('%'));
    if (!q.exec() || !q.next())
        return true;
    const qint64 id = q.value(0).toLongLong();
    const QString reference = q.value(1).toString();
    q.finish();
    auto loaded = repository.load(id);
    if (!loaded)
        return true; // deleted meanwhile is not a mixture
    if (loaded->incidents.isEmpty()) {
        complain(QStringLiteral("MIXTURE %1 (seen without its incidents)").arg(reference));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = argText(args, QStringLiteral("--db"));
    const int rounds = argValue(args, QStringLiteral("--rounds"), 50);
    const int year = argValue(args, QStringLiteral("--year"), 2002);
    const int pauseMs = argValue(args, QStringLiteral("--pause-ms"), 5);
    const QString backups = argText(args, QStringLiteral("--backups"));
    if (path.isEmpty()) {
        complain(QStringLiteral("usage: stressapp --db PATH --rounds N --year YYYY"));
        return 2;
    }

    SecureKey key;
    if (const QString file = argText(args, QStringLiteral("--passphrase-file")); !file.isEmpty()) {
        QFile f(file);
        const QString passphrase
            = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
        auto unlocked = VaultKeyFile::unlock(VaultKeyFile::pathFor(path), passphrase);
        if (!unlocked) {
            complain(QStringLiteral("unlock: ") + unlocked.error().message);
            return 1;
        }
        key = std::move(unlocked.value());
    }
    const auto open = [&path, &key](Database::OpenMode mode) {
        return key.isNull() ? Database::open(path, mode) : Database::open(path, mode, key);
    };
    if (const QString sql = argText(args, QStringLiteral("--query")); !sql.isEmpty()) {
        auto db = open(Database::OpenMode::ReadOnly);
        QSqlQuery q(db ? (*db)->connection() : QSqlDatabase());
        if (!db || !q.exec(sql)) {
            complain(QStringLiteral("query failed"));
            return 1;
        }
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row.append(q.value(c).toString());
            say(row.join(QLatin1Char('\t')));
        }
        return 0;
    }

    auto main = open(Database::OpenMode::ExistingOnly);
    if (!main) {
        complain(QStringLiteral("open: ") + main.error().message);
        return 1;
    }
    auto panel = open(Database::OpenMode::ExistingOnly);
    if (!panel) {
        complain(QStringLiteral("open: ") + panel.error().message);
        return 1;
    }
    CaseRepository repository(**main, QStringLiteral("stress-app"));
    DatabaseWatcher watcher(**main);
    watcher.setInterval(0); // polled by hand below, once a round
    const QString prefix = QStringLiteral("TD-%1-").arg(year);

    QList<QPair<qint64, qint64>> own; // id, revision
    bool whole = true;
    int failures = 0;
    for (int round = 1; round <= rounds; ++round) {
        {
            // A background job's connection: opened and closed while the others stay open.
            auto job
                = open(round % 2 ? Database::OpenMode::ExistingOnly : Database::OpenMode::ReadOnly);
            if (!job) {
                complain(
                    QStringLiteral("round %1: job open: %2").arg(round).arg(job.error().message));
                ++failures;
            }
        }
        CaseFile c = test::minimalCase(QStringLiteral("Stress Client %1").arg(round));
        c.reference = QStringLiteral("TD-%1-%2").arg(year).arg(round, 5, 10, QLatin1Char('0'));
        Incident second = c.incidents.value(0);
        second.narrative = QStringLiteral("Second incident of round %1").arg(round);
        c.incidents.append(second);
        auto saved = repository.save(c);
        if (saved) {
            say(QStringLiteral("ACK ") + saved->reference);
            own.append({saved->id, repository.lastSavedRevision()});
        } else {
            complain(QStringLiteral("round %1: save: %2").arg(round).arg(saved.error().message));
            ++failures;
        }
        if (round % 5 == 0 && !own.isEmpty()) {
            auto &[id, revision] = own[(round / 5) % own.size()];
            auto loaded = repository.load(id);
            if (loaded) {
                loaded->assignedCaseworker = QStringLiteral("Edited in round %1").arg(round);
                auto edited = repository.save(loaded.value(), revision);
                if (edited) {
                    revision = repository.lastSavedRevision();
                    say(QStringLiteral("EDIT %1 %2")
                            .arg(edited->reference, edited->assignedCaseworker));
                } else {
                    complain(QStringLiteral("round %1: edit: %2")
                                 .arg(round)
                                 .arg(edited.error().message));
                    ++failures;
                }
            }
        }
        if (!backups.isEmpty() && round % 25 == 0) {
            const QString target = QStringLiteral("%1-%2.trustdesk").arg(backups).arg(round);
            const qsizetype before = own.size();
            auto job = open(Database::OpenMode::ExistingOnly);
            const Status written = job ? Backup::create(**job, target) : Status(job.error());
            if (written) {
                say(QStringLiteral("BACKUP %1 %2").arg(target).arg(before));
            } else {
                complain(
                    QStringLiteral("round %1: backup: %2").arg(round).arg(written.error().message));
                ++failures;
            }
        }
        whole = othersAreWhole(**main, repository, prefix) && whole;
        watcher.checkNow();
        if (pauseMs > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
    }
    panel->reset();
    main->reset();
    say(QStringLiteral("DONE %1 rounds, %2 failures").arg(rounds).arg(failures));
    return failures == 0 && whole ? 0 : 1;
}
