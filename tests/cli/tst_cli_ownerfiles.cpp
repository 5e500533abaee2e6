// Every file and folder the command line writes is owner-only whatever the umask: a day's work
// (profile, a new encrypted database in a folder that does not exist yet, demo cases, an
// attached photo, a redacted copy, a report, a client copy, an export, a backup and an evidence
// hand-over) is run under umask 000, on a fresh account, and then every path is walked.
#include "clirun.h"
#include "taggedimages.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td::test;

class TestCliOwnerFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // The inputs a person hands the program (made here, owner-only): not the program's output.
    QStringList inputs() const { return {path(QStringLiteral("in"))}; }

    CliRun onDb(QStringList args) const
    {
        args.prepend(path(QStringLiteral("in/pass")));
        args.prepend(QStringLiteral("--passphrase-file"));
        return runCliOn(path(QStringLiteral("work/office/cases/cases.sqlite")), args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("in"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        QVERIFY(writeFile(path(QStringLiteral("in/pass")), "synthetic pass phrase for umask\n"));
        QVERIFY(writeFile(
            path(QStringLiteral("in/street.png")), encodeImage(gradientImage(120, 80), "png")));
        // A fresh account: nothing under the XDG folders yet, so the program makes them.
        const QString home = path(QStringLiteral("home"));
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));
        qputenv("XDG_STATE_HOME", QFile::encodeName(home + QStringLiteral("/.local/state")));
        m_oldUmask = ::umask(0); // inherited by every program started from here
    }

    void cleanupTestCase() { ::umask(m_oldUmask); }

    void aDayOfWorkLeavesNothingForOthers()
    {
        EXPECT_EXIT(runCli({QStringLiteral("profile"), QStringLiteral("--name"),
                        QStringLiteral("Test Caseworker"), QStringLiteral("--role"),
                        QStringLiteral("caseworker")}),
            0);
        EXPECT_EXIT(onDb({QStringLiteral("init"), QStringLiteral("--recovery-key-out"),
                        path(QStringLiteral("home/recovery.txt"))}),
            0);
        EXPECT_EXIT(
            onDb({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("2")}), 0);
        const CliRun list = onDb({QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EXIT(list, 0);
        const QString ref = QJsonDocument::fromJson(list.stdoutBytes)
                                .array()
                                .first()
                                .toObject()
                                .value(QLatin1String("reference"))
                                .toString();
        QVERIFY(!ref.isEmpty());
        EXPECT_EXIT(
            onDb({QStringLiteral("attach"), ref, path(QStringLiteral("in/street.png"))}), 0);
        const CliRun items = onDb({QStringLiteral("evidence"), ref, QStringLiteral("--json")});
        EXPECT_EXIT(items, 0);
        QString id;
        const QJsonArray listed = QJsonDocument::fromJson(items.stdoutBytes)
                                      .object()
                                      .value(QLatin1String("items"))
                                      .toArray();
        for (const auto &item : listed) {
            if (item.toObject().value(QLatin1String("original_name")).toString()
                == QLatin1String("street.png"))
                id = QString::number(item.toObject().value(QLatin1String("id")).toInteger());
        }
        QVERIFY2(!id.isEmpty(), items.stdoutBytes.constData());
        EXPECT_EXIT(onDb({QStringLiteral("redact"), ref, id, QStringLiteral("--box"),
                        QStringLiteral("10,10,40,30")}),
            0);
        EXPECT_EXIT(onDb({QStringLiteral("report"), ref, QStringLiteral("--out"),
                        path(QStringLiteral("work/office/report.pdf"))}),
            0);
        EXPECT_EXIT(onDb({QStringLiteral("client-copy"), ref, QStringLiteral("--out"),
                        path(QStringLiteral("work/office/client.pdf"))}),
            0);
        EXPECT_EXIT(onDb({QStringLiteral("export"), QStringLiteral("--out"),
                        path(QStringLiteral("work/office/cases.json"))}),
            0);
        EXPECT_EXIT(
            onDb({QStringLiteral("backup"), path(QStringLiteral("work/office/b.tdbackup"))}), 0);
        EXPECT_EXIT(onDb({QStringLiteral("evidence-export"), ref, QStringLiteral("--out"),
                        path(QStringLiteral("work/office/handover"))}),
            0);

        QStringList open;
        int walked = 0;
        QDirIterator it(m_dir.path(),
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            if (p == path(QStringLiteral("in")) || p.startsWith(path(QStringLiteral("in/")))
                || p == path(QStringLiteral("home")))
                continue; // made by this test, not the program
            ++walked;
            if ((modeOf(p) & 077) != 0)
                open.append(QStringLiteral("%1 %2").arg(
                    QString::number(modeOf(p), 8), QDir(m_dir.path()).relativeFilePath(p)));
        }
        // The run made the folders above the database and the settings file itself.
        QVERIFY(QFileInfo(path(QStringLiteral("work/office/cases"))).isDir());
        QVERIFY(QFileInfo(path(QStringLiteral("home/.config"))).isDir());
        QVERIFY2(walked > 25, qPrintable(QString::number(walked)));
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliOwnerFiles)
#include "tst_cli_ownerfiles.moc"
