#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

namespace td::test {

/// The base of the command-line tests that run on CliSource's three cases: its initTestCase
/// writes them into a fresh folder, so each test program, and each test in it, stands alone.
class CliSourceTest : public QObject
{
    Q_OBJECT

protected:
    /// `name` inside this test's own temporary folder.
    QString path(const QString &name) const;
    /// A copy of the source database (closed, so its main file holds everything), owner-only.
    QString copyOfSource(const QString &name);

    QTemporaryDir m_dir;
    QString m_source; ///< three cases, written in-process
    QString m_importFile; ///< a valid TrustDesk JSON file holding one case
    QString m_refSample; ///< sampleCase() with a witness phone, status evidence
    QString m_refFiled; ///< minimal case, status filed
    QString m_refIntake; ///< minimal case, status intake

private slots:
    void initTestCase();
};

} // namespace td::test
