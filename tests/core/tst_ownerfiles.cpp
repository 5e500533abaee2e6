// The settings file is owner-only whatever the umask; core dumps are off once a main() asked.
#include "common/processhardening.h"
#include "common/settings.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace td;
using test::modeOf;

class TestOwnerFiles : public QObject
{
    Q_OBJECT

private slots:
    void settingsFileIsOwnerOnlyUnderUmask022()
    {
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/TrustDesk"));
        const QString file = QDir(folder).filePath(QStringLiteral("TrustDesk.conf"));
        {
            Settings settings(file);
            settings.setLanguage(QStringLiteral("es"));
            settings.setLastDatabasePath(QStringLiteral("/somewhere/cases.sqlite"));
            settings.sync();
            QCOMPARE(modeOf(file), 0600);
        }
        QCOMPARE(modeOf(file), 0600); // and after QSettings rewrote it on destruction
        QCOMPARE(modeOf(folder), 0700);
        {
            Settings again(file);
            again.setLanguage(QStringLiteral("ar"));
        }
        QCOMPARE(modeOf(file), 0600);
        // A file left group-readable by an older version is put right.
        QVERIFY(QFile::setPermissions(file,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        {
            Settings fixed(file);
        }
        QCOMPARE(modeOf(file), 0600);
        ::umask(old);
    }

    void passphraseHashIsForgotten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        Settings settings(file);
        settings.setPassphrase(QStringLiteral("$argon2id$fake"), QStringLiteral("salt"));
        settings.clearPassphrase();
        settings.sync();
        QVERIFY(settings.passphraseHash().isEmpty());
        QVERIFY(!test::readFile(file).contains("argon2"));
    }

    void coreDumpsAreOff()
    {
        disableCoreDumps();
        rlimit limit {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestOwnerFiles)
#include "tst_ownerfiles.moc"
