// trustdesk-cli on encrypted databases (vaults), run as the real executable: where the
// passphrase and recovery key come from, exit code 4, init/--unencrypted, change-passphrase,
// encrypt in place, and backup/restore of a vault. Every unlock costs Argon2id at the standard
// cost (about a second, more under sanitizers), so the test makes few of them.
#include "clirun.h"
#include "evidence/evidencestore.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace td;
using namespace td::test;

namespace {

constexpr auto kPassphrase = "correct horse battery staple";
constexpr auto kNewPassphrase = "a new and longer passphrase";

// The recovery key as init shows it: 13 groups of four base32 characters.
const QRegularExpression &recoveryKeyPattern()
{
    static const QRegularExpression re(QStringLiteral("\\b[A-Z2-7]{4}(-[A-Z2-7]{4}){12}\\b"));
    return re;
}

// Runs trustdesk-cli in a new session, so it has no terminal to ask on even when the test runs
// in one, with `environment` added (TRUSTDESK_PASSPHRASE_FILE is removed unless given).
CliRun runWithoutTerminal(const QStringList &args, const QStringList &environment = {})
{
    CliRun result;
    QProcess process;
    process.setProgram(qEnvironmentVariable("TRUSTDESK_CLI"));
    process.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TRUSTDESK_PASSPHRASE_FILE"));
    for (const auto &pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setsid(); });
    process.start();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.stdoutBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.stdoutBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Files under `folder` whose bytes hold `marker` in UTF-8 or UTF-16.
QStringList filesHolding(const QString &folder, const QString &marker)
{
    QStringList found;
    const QByteArray utf8 = marker.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()),
        marker.size() * qsizetype(sizeof(char16_t)));
    QDirIterator it(
        folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readFile(path);
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(QDir(folder).relativeFilePath(path));
    }
    return found;
}

// What the sqlite3 shell says about `path` (empty when it is not installed).
QString sqliteShellOn(const QString &path)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return {};
    const CliRun r
        = runProgram(shell, {path, QStringLiteral("SELECT count(*) FROM sqlite_master")});
    return r.out + r.err;
}

} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("TRUSTDESK_CLI"), "TRUSTDESK_CLI must be set");
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path(QStringLiteral("pass")), QByteArray(kPassphrase) + "\r\n"));
        QVERIFY(writeFile(path(QStringLiteral("new-pass")), QByteArray(kNewPassphrase) + "\n"));
        QVERIFY(writeFile(path(QStringLiteral("wrong-pass")), "not the passphrase at all\n"));
        m_marker
            = QStringLiteral("Zq%1Marker").arg(QRandomGenerator::global()->generate64(), 0, 36);
    }

    void initPrintsTheRecoveryKeyOnceAndMakesAVault()
    {
        const QString db = path(QStringLiteral("init/cases.sqlite"));
        const CliRun r
            = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                path(QStringLiteral("pass")), QStringLiteral("init")});
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out.count(recoveryKeyPattern()), 1);
        QVERIFY2(r.out.contains(QLatin1String("recovery key")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(recoveryKeyPattern()), qPrintable(r.err));
        QCOMPARE(modeOf(db + QStringLiteral(".vault")), 0600);
        QCOMPARE(modeOf(db), 0600);
        if (const QString said = sqliteShellOn(db); !said.isEmpty())
            QVERIFY2(said.contains(QLatin1String("not a database")), qPrintable(said));
    }

    // One vault for the checks below, its recovery key written to a file.
    void initWritesTheRecoveryKeyToAFile()
    {
        const QString out = path(QStringLiteral("recovery.txt"));
        const CliRun r
            = runWithoutTerminal({QStringLiteral("--db"), vault(), QStringLiteral("init"),
                                     QStringLiteral("--recovery-key-out"), out},
                {QStringLiteral("TRUSTDESK_PASSPHRASE_FILE=") + path(QStringLiteral("pass"))});
        EXPECT_EXIT(r, 0);
        QVERIFY2(!r.out.contains(recoveryKeyPattern()), qPrintable(r.out));
        QCOMPARE(modeOf(out), 0600);
        const QString firstLine = QString::fromUtf8(readFile(out)).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(recoveryKeyPattern().match(firstLine).hasMatch(), qPrintable(firstLine));

        // Never over an existing file, and then nothing is created.
        const QString other = path(QStringLiteral("other.sqlite"));
        const QByteArray before = readFile(out);
        const CliRun again = runWithoutTerminal({QStringLiteral("--db"), other,
            QStringLiteral("--passphrase-file"), path(QStringLiteral("pass")),
            QStringLiteral("init"), QStringLiteral("--recovery-key-out"), out});
        EXPECT_EXIT(again, 2);
        QCOMPARE(readFile(out), before);
        QVERIFY(!QFileInfo::exists(other));
        QVERIFY(!QFileInfo::exists(other + QStringLiteral(".vault")));
    }

    void unencryptedIsPlaintext()
    {
        const QString db = path(QStringLiteral("plain.sqlite"));
        const CliRun r = runWithoutTerminal(
            {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--unencrypted")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("not encrypted")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".vault")));
        QVERIFY(!r.out.contains(recoveryKeyPattern()));
        if (const QString said = sqliteShellOn(db); !said.isEmpty())
            QVERIFY2(!said.contains(QLatin1String("not a database")), qPrintable(said));
    }

    void aNewDatabaseWithoutAPassphraseIsRefused()
    {
        const QString db = path(QStringLiteral("no-passphrase.sqlite"));
        const CliRun r = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("import"),
            path(QStringLiteral("nothing.json"))});
        EXPECT_EXIT(r, 4);
        QVERIFY2(r.err.contains(QLatin1String("--passphrase-file")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".vault")));
    }

    void wrongOrMissingKeyIsExitFourAndChangesNothing()
    {
        const QStringList files {vault(), vault() + QStringLiteral(".vault")};
        QStringList before;
        for (const auto &f : files)
            before.append(QString::fromLatin1(sha256Hex(f)));

        const CliRun wrong
            = runWithoutTerminal({QStringLiteral("--db"), vault(), QStringLiteral("list"),
                QStringLiteral("--passphrase-file"), path(QStringLiteral("wrong-pass"))});
        EXPECT_EXIT(wrong, 4);
        QVERIFY2(wrong.err.contains(QLatin1String("not right")), qPrintable(wrong.err));

        const CliRun missing
            = runWithoutTerminal({QStringLiteral("--db"), vault(), QStringLiteral("list")});
        EXPECT_EXIT(missing, 4);
        QVERIFY2(missing.err.contains(QLatin1String("TRUSTDESK_PASSPHRASE_FILE")),
            qPrintable(missing.err));

        const CliRun unreadable = runWithoutTerminal(
            {QStringLiteral("--db"), vault(), QStringLiteral("--passphrase-file"),
                path(QStringLiteral("no-such-file")), QStringLiteral("list")});
        EXPECT_EXIT(unreadable, 4);
        QVERIFY2(
            unreadable.err.contains(QLatin1String("cannot be read")), qPrintable(unreadable.err));

        QVERIFY(writeFile(path(QStringLiteral("wrong-recovery")),
            "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\n"));
        const CliRun wrongRecovery = runWithoutTerminal(
            {QStringLiteral("--db"), vault(), QStringLiteral("--recovery-key-file"),
                path(QStringLiteral("wrong-recovery")), QStringLiteral("verify")});
        EXPECT_EXIT(wrongRecovery, 4);

        for (qsizetype i = 0; i < files.size(); ++i)
            QCOMPARE(QString::fromLatin1(sha256Hex(files.at(i))), before.at(i));
    }

    void passphraseFileVariableAndRecoveryKeyOpenIt()
    {
        const CliRun byVariable
            = runWithoutTerminal({QStringLiteral("--db"), vault(), QStringLiteral("list")},
                {QStringLiteral("TRUSTDESK_PASSPHRASE_FILE=") + path(QStringLiteral("pass"))});
        EXPECT_EXIT(byVariable, 0);
        const CliRun byRecovery
            = runWithoutTerminal({QStringLiteral("--db"), vault(), QStringLiteral("verify"),
                QStringLiteral("--recovery-key-file"), path(QStringLiteral("recovery.txt"))});
        EXPECT_EXIT(byRecovery, 0);
    }

    void aDamagedKeyFileIsExitThree()
    {
        const QString db = path(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(vault(), db));
        QByteArray key = readFile(vault() + QStringLiteral(".vault"));
        const qsizetype at = key.indexOf("\"wrapped\"") + 12;
        key[at] = key.at(at) == 'A' ? 'B' : 'A';
        QVERIFY(writeFile(db + QStringLiteral(".vault"), key));
        const CliRun r
            = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"),
                path(QStringLiteral("recovery.txt")), QStringLiteral("list")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
    }

    void changePassphrase()
    {
        const QString db = path(QStringLiteral("change.sqlite"));
        QVERIFY(QFile::copy(vault(), db));
        QVERIFY(QFile::copy(vault() + QStringLiteral(".vault"), db + QStringLiteral(".vault")));
        const CliRun changed
            = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                path(QStringLiteral("pass")), QStringLiteral("change-passphrase"),
                QStringLiteral("--new-passphrase-file"), path(QStringLiteral("new-pass"))});
        EXPECT_EXIT(changed, 0);
        const CliRun old
            = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                path(QStringLiteral("pass")), QStringLiteral("list")});
        EXPECT_EXIT(old, 4);
        const CliRun renewed
            = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                path(QStringLiteral("new-pass")), QStringLiteral("list")});
        EXPECT_EXIT(renewed, 0);
        // The recovery key is the same as before.
        const CliRun recovered
            = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"),
                path(QStringLiteral("recovery.txt")), QStringLiteral("list")});
        EXPECT_EXIT(recovered, 0);
    }

    void encryptConvertsInPlace()
    {
        const QString folder = path(QStringLiteral("encrypt"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = QDir(folder).filePath(QStringLiteral("cases.sqlite"));
        {
            auto opened = Database::open(db);
            QVERIFY(opened);
            CaseRepository repository(**opened, QStringLiteral("tester"));
            CaseFile c = sampleCase(QStringLiteral("Amina %1").arg(m_marker));
            c.client.aNumber = QStringLiteral("A%1").arg(m_marker);
            c.incidents[0].narrative = QStringLiteral("Stopped near %1 station.").arg(m_marker);
            QVERIFY(repository.save(c).ok());
            QVERIFY(repository.save(minimalCase(QStringLiteral("Second Example"))).ok());
            // An evidence file with the marker inside: sealed by encrypt too.
            const QString statement = path(QStringLiteral("encrypt-statement.txt"));
            QVERIFY(writeFile(statement, "A fictional statement. " + m_marker.toUtf8()));
            const auto reference = repository.referencesOf(QList<qint64> {1});
            QVERIFY(reference.ok() && !reference->isEmpty());
            QVERIFY(EvidenceStore(**opened, QStringLiteral("tester"))
                        .attach(reference->constFirst(), statement, {})
                        .ok());
            QVERIFY(QFile::remove(statement));

            // While another connection has it open, it is refused and nothing changes.
            const CliRun busy = runWithoutTerminal(
                {QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                    path(QStringLiteral("pass")), QStringLiteral("encrypt")});
            EXPECT_EXIT(busy, 2);
            QVERIFY2(busy.err.contains(QLatin1String("open in TrustDesk or another program")),
                qPrintable(busy.err));
            QVERIFY(!QFileInfo::exists(db + QStringLiteral(".vault")));
            QCOMPARE(countCases(**opened), 2);
        }
        QVERIFY(!filesHolding(folder, m_marker).isEmpty()); // the check can fail

        const QString recovery = path(QStringLiteral("encrypt-recovery.txt"));
        const CliRun r = runWithoutTerminal({QStringLiteral("--db"), db,
            QStringLiteral("--passphrase-file"), path(QStringLiteral("pass")),
            QStringLiteral("encrypt"), QStringLiteral("--recovery-key-out"), recovery});
        EXPECT_EXIT(r, 0);
        QVERIFY2(filesHolding(folder, m_marker).isEmpty(),
            qPrintable(filesHolding(folder, m_marker).join(QLatin1Char(' '))));
        const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(names.filter(QStringLiteral("encrypting")).isEmpty(), qPrintable(names.join(' ')));
        if (const QString said = sqliteShellOn(db); !said.isEmpty())
            QVERIFY2(said.contains(QLatin1String("not a database")), qPrintable(said));

        const CliRun list = runWithoutTerminal({QStringLiteral("--db"), db,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("search"), m_marker});
        EXPECT_EXIT(list, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 1);
        QVERIFY(filesHolding(folder, m_marker).isEmpty());
        // The sealed evidence verifies; no plaintext or staging store is left.
        const CliRun verified = runWithoutTerminal({QStringLiteral("--db"), db,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("verify")});
        EXPECT_EXIT(verified, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList {QStringLiteral("cases.sqlite.evidence")});

        // Already a vault: refused.
        const CliRun again
            = runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                path(QStringLiteral("pass")), QStringLiteral("encrypt")});
        EXPECT_EXIT(again, 2);
    }

    void backupAndRestoreOfAVault()
    {
        const QString db
            = QDir(path(QStringLiteral("encrypt"))).filePath(QStringLiteral("cases.sqlite"));
        const QString recovery = path(QStringLiteral("encrypt-recovery.txt"));
        const QString folder = path(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));

        // Evidence on the vault travels with its backup and exports from the restored copy.
        const CliRun found0 = runWithoutTerminal({QStringLiteral("--db"), db,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("search"), m_marker});
        EXPECT_EXIT(found0, 0);
        const QString reference = found0.out.section(QLatin1Char('\t'), 0, 0).trimmed();
        const QString attached = path(QStringLiteral("statement.txt"));
        QVERIFY(writeFile(attached, "a fictional witness statement\n"));
        EXPECT_EXIT(
            runWithoutTerminal({QStringLiteral("--db"), db, QStringLiteral("--recovery-key-file"),
                recovery, QStringLiteral("attach"), reference, attached}),
            0);

        const QString backup = QDir(folder).filePath(QStringLiteral("backup.sqlite"));
        const CliRun backedUp = runWithoutTerminal({QStringLiteral("--db"), db,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("backup"), backup});
        EXPECT_EXIT(backedUp, 0);
        QVERIFY(QFileInfo::exists(backup + QStringLiteral(".vault")));
        QVERIFY2(filesHolding(folder, m_marker).isEmpty(),
            qPrintable(filesHolding(folder, m_marker).join(QLatin1Char(' '))));
        const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(names,
            (QStringList {QStringLiteral("backup.sqlite"), QStringLiteral("backup.sqlite.vault")}));
        QVERIFY(QFileInfo(backup + QStringLiteral(".evidence")).isDir());
        if (const QString said = sqliteShellOn(backup); !said.isEmpty())
            QVERIFY2(said.contains(QLatin1String("not a database")), qPrintable(said));

        // Onto a new path: a vault that opens with the backup's recovery key.
        const QString restored = QDir(folder).filePath(QStringLiteral("restored.sqlite"));
        const CliRun intoNew = runWithoutTerminal({QStringLiteral("--db"), restored,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("restore"), backup});
        EXPECT_EXIT(intoNew, 0);
        const CliRun found = runWithoutTerminal({QStringLiteral("--db"), restored,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("search"), m_marker});
        EXPECT_EXIT(found, 0);
        QCOMPARE(found.out.count(QLatin1Char('\n')), 1);
        QVERIFY(filesHolding(folder, m_marker).isEmpty());
        const QString exported = path(QStringLiteral("exported"));
        const CliRun exportedRun = runWithoutTerminal(
            {QStringLiteral("--db"), restored, QStringLiteral("--recovery-key-file"), recovery,
                QStringLiteral("evidence-export"), reference, QStringLiteral("--out"), exported});
        EXPECT_EXIT(exportedRun, 0);
        QVERIFY2(!filesHolding(exported, QStringLiteral("fictional witness statement")).isEmpty(),
            qPrintable(exportedRun.out));

        // Onto an existing vault of its own (the same key: no second unlock).
        const CliRun ontoItself = runWithoutTerminal({QStringLiteral("--db"), db,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("restore"), backup});
        EXPECT_EXIT(ontoItself, 0);

        // Never into a plaintext database.
        const QString plain = path(QStringLiteral("plain.sqlite"));
        const QByteArray before = sha256Hex(plain);
        const CliRun intoPlain = runWithoutTerminal({QStringLiteral("--db"), plain,
            QStringLiteral("--recovery-key-file"), recovery, QStringLiteral("restore"), backup});
        EXPECT_EXIT(intoPlain, 2);
        QVERIFY2(intoPlain.err.contains(QLatin1String("unencrypted")), qPrintable(intoPlain.err));
        QCOMPARE(sha256Hex(plain), before);
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString vault() const { return path(QStringLiteral("vault.sqlite")); }

    QTemporaryDir m_dir;
    QString m_marker;
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
