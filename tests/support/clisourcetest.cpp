#include "clisourcetest.h"

#include "clisamples.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace td::test {

QString CliSourceTest::path(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

QString CliSourceTest::copyOfSource(const QString &name)
{
    const QString target = path(name);
    QFile::remove(target);
    if (!QFile::copy(m_source, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void CliSourceTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CliSource source;
    const QString error = source.create(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_source = source.database;
    m_importFile = source.importFile;
    m_refSample = source.refSample;
    m_refFiled = source.refFiled;
    m_refIntake = source.refIntake;
}

} // namespace td::test
