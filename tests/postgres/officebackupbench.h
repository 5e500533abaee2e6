#pragma once
// What tst_cli_officebackup and tst_cli_officebackupcrash share: a source office database with
// the fixture, a marker, an office key and an attached file; an empty target; their helpers.
#include "clirun.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtEndian>

#include <memory>

namespace td::test {

namespace officebackup {

QString fixture()
{
    return qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/cli/fixtures/cases.json");
}

const QString kCase = QStringLiteral("TD-2025-00018");
const QString kMarker = QStringLiteral("Zebracorn-Quillfeather-4417");

QString databaseName(const QString &uri)
{
    return QUrl(uri).path().mid(1);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The offsets of the sealed messages' length words (docs/office-mode.md): after the 8-byte
// prefix, the clear header and the 24-byte stream header.
QList<qsizetype> messageOffsets(const QByteArray &file)
{
    QList<qsizetype> out;
    qsizetype at = 8 + 4 + qsizetype(qFromBigEndian<quint32>(file.constData() + 8)) + 24;
    while (at + 4 <= file.size()) {
        out.append(at);
        at += 4 + qsizetype(qFromBigEndian<quint32>(file.constData() + at));
    }
    return out;
}

} // namespace officebackup

using namespace officebackup;

class OfficeBackupBench
{
public:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_source;
    std::unique_ptr<TestDatabase> m_target;
    QString m_pass;
    QString m_photo;
    QByteArray m_photoBytes;

    QString src() const { return m_source->target(); }
    QString dst() const { return m_target->target(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList pass() const { return {QStringLiteral("--passphrase-file"), m_pass}; }

    // A fresh source with the fixture, a marker in a client's notes, an office key and one
    // attached file that holds the marker too.
    void makeSource(qint64 photoSize)
    {
        EXPECT_EXIT(runCliOn(src(), {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(src(), {QStringLiteral("import"), fixture()}), 0);
        QCOMPARE(
            m_source->execOnServer(QStringLiteral("UPDATE clients SET notes = '%1'").arg(kMarker)),
            QString());
        EXPECT_EXIT(
            runCliOn(
                src(), QStringList {QStringLiteral("office-key"), QStringLiteral("init")} + pass()),
            0);
        m_photoBytes = QByteArray(photoSize, Qt::Uninitialized);
        for (auto &c : m_photoBytes)
            c = char(QRandomGenerator::global()->bounded(256));
        m_photoBytes.replace(1000, kMarker.size(), kMarker.toUtf8());
        m_photo = path(QStringLiteral("photo.bin"));
        QVERIFY(writeAll(m_photo, m_photoBytes));
        EXPECT_EXIT(
            runCliOn(src(), QStringList {QStringLiteral("attach"), kCase, m_photo} + pass()), 0);
    }

    QString backUp(const QString &name)
    {
        const QString file = path(name);
        const CliRun r = runCliOn(src(), QStringList {QStringLiteral("backup"), file} + pass());
        if (r.exitCode != 0)
            qWarning().noquote() << describe(r);
        return r.exitCode == 0 ? file : QString();
    }

    // The target holds no case: a failed restore left it as it was.
    void expectTargetEmpty()
    {
        const CliRun list = runCliOn(dst(), {QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0 || list.exitCode == 2, qPrintable(describe(list)));
        QVERIFY2(!list.out.contains(kCase), qPrintable(describe(list)));
    }

    // initTestCase(), init() and cleanup() of a test using it.
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
        m_pass = path(QStringLiteral("ana.pass"));
        QVERIFY(writeAll(m_pass, "ana's long passphrase\n"));
    }

    void init()
    {
        m_source = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_source->error().isEmpty(), qPrintable(m_source->error()));
        m_target = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_target->error().isEmpty(), qPrintable(m_target->error()));
    }

    void cleanup()
    {
        m_source.reset();
        m_target.reset();
        for (const auto &f : QDir(m_dir.path()).entryList(QDir::Files))
            if (f != QLatin1String("ana.pass"))
                QFile::remove(path(f));
    }
};

} // namespace td::test
