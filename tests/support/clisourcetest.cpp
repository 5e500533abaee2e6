#include "clisourcetest.h"

#include "clisamples.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace td::test {

QString CliSourceTest::path(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

CliSourceTest::CliSourceTest() = default;
CliSourceTest::~CliSourceTest() = default;

QString CliSourceTest::newDatabase(const QString &name)
{
    if (!TestDatabase::onPostgres())
        return path(name);
    m_databases.push_back(std::make_unique<TestDatabase>(m_dir));
    if (!m_databases.back()->error().isEmpty())
        qWarning("%s", qPrintable(m_databases.back()->error()));
    return m_databases.back()->target();
}

QString CliSourceTest::copyOfSource(const QString &name)
{
    if (TestDatabase::onPostgres()) {
        const QString target = newDatabase(name);
        CliSource copy;
        if (const QString error = copy.fill(target); !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (copy.refSample != m_refSample || copy.refFiled != m_refFiled
            || copy.refIntake != m_refIntake) {
            qWarning("the copy's references differ from the source's");
            return {};
        }
        return target;
    }
    const QString target = path(name);
    QFile::remove(target);
    if (!QFile::copy(m_source, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void CliSourceTest::initTestCase()
{
    TestDatabase::requireClusterIfOnPostgres();
    QVERIFY(m_dir.isValid());
    CliSource source;
    const QString error = source.create(m_dir.path(),
        TestDatabase::onPostgres() ? newDatabase(QStringLiteral("source.sqlite")) : QString());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_source = source.database;
    m_importFile = source.importFile;
    m_refSample = source.refSample;
    m_refFiled = source.refFiled;
    m_refIntake = source.refIntake;
}

} // namespace td::test
