#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace td::test {

class TestDatabase;

/// The base of the command-line tests that run on CliSource's three cases: its initTestCase
/// writes them into a fresh folder, so each test program, and each test in it, stands alone.
class CliSourceTest : public QObject
{
    Q_OBJECT

protected:
    /// `name` inside this test's own temporary folder.
    QString path(const QString &name) const;
    /// A copy of the source database (closed, so its main file holds everything), owner-only.
    /// With TRUSTDESK_TEST_BACKEND=postgres: a fresh database on the test cluster holding the
    /// same three cases under the same references; its URI.
    QString copyOfSource(const QString &name);
    /// Where a command may create a database: `name` in the temporary folder, or an empty
    /// database on the test cluster (what `--db` takes either way).
    QString newDatabase(const QString &name);

    CliSourceTest();
    ~CliSourceTest() override;

    QTemporaryDir m_dir;
    QString m_source; ///< three cases, written in-process (a file, or a URI on PostgreSQL)
    QString m_importFile; ///< a valid TrustDesk JSON file holding one case
    QString m_refSample; ///< sampleCase() with a witness phone, status evidence
    QString m_refFiled; ///< minimal case, status filed
    QString m_refIntake; ///< minimal case, status intake

private slots:
    void initTestCase();

private:
    std::vector<std::unique_ptr<TestDatabase>> m_databases; ///< dropped with the test object
};

} // namespace td::test
