// The evidence list model (checked with QAbstractItemModelTester) and the background job that
// attaches and verifies on its own thread with its own database connection.
#include "evidence/evidencefile.h"
#include "evidence/evidencejob.h"
#include "evidence/evidencestore.h"
#include "jobrunner.h"
#include "models/evidencelistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace td;

class TestEvidenceJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_ref;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("could not write test input");
        return path;
    }

    /// Runs `job` on its thread (it is deleted afterwards); finished()'s arguments, empty on a
    /// time-out.
    QList<QVariant> runJob(EvidenceJob *job)
    {
        std::unique_ptr<EvidenceJob> owned(job);
        return test::runJob(job, &EvidenceJob::finished);
    }

private slots:
    void initTestCase()
    {
        m_dbPath = QDir(m_dir.path()).filePath(QStringLiteral("cases.sqlite"));
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        auto saved = CaseRepository(**db, QStringLiteral("tester"))
                         .save(test::minimalCase(QStringLiteral("Test Person")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
    }

    void attachAndVerifyInTheBackground()
    {
        const QStringList files {file(QStringLiteral("one.txt"), "one"),
            file(QStringLiteral("two.bin"), QByteArray(3 * 1024 * 1024, 'x')),
            file(QStringLiteral("one-again.txt"), "one"),
            QDir(m_dir.path()).filePath(QStringLiteral("absent"))};
        auto *job = EvidenceJob::attach(m_dbPath, m_ref, files,
            {QStringLiteral("batch"), QStringLiteral("witness")}, QStringLiteral("tester"));
        QSignalSpy progress(job, &EvidenceJob::progress);
        const auto args = runJob(job);
        QVERIFY2(!args.isEmpty(), "the job did not finish");
        QCOMPARE(args.size(), 2);
        QCOMPARE(args.at(0).toBool(), false); // one file was missing
        const QStringList messages = args.at(1).toStringList();
        QCOMPARE(messages.size(), 4);
        QVERIFY(messages.at(0).contains(QLatin1String("Attached \"one.txt\"")));
        QVERIFY(messages.at(2).contains(QLatin1String("already attached")));
        QVERIFY(messages.at(3).contains(QLatin1String("does not exist")));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());

        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        auto items = EvidenceStore(**db, QStringLiteral("tester")).items(m_ref);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->first().item.source, QStringLiteral("witness"));

        const auto verified = runJob(EvidenceJob::verify(m_dbPath, QStringLiteral("tester")));
        QVERIFY2(!verified.isEmpty(), "the job did not finish");
        QCOMPARE(verified.size(), 2);
        QVERIFY2(verified.at(0).toBool(),
            qPrintable(verified.at(1).toStringList().join(QLatin1Char('\n'))));
        auto custody
            = EvidenceStore(**db, QStringLiteral("tester")).custody(items->first().item.id);
        QCOMPARE(custody->last().action, QStringLiteral("verify"));

        auto *open = EvidenceJob::open(m_dbPath, items->first().item.id, QStringLiteral("tester"));
        QSignalSpy opened(open, &EvidenceJob::opened);
        const auto openArgs = runJob(open);
        QVERIFY2(!openArgs.isEmpty(), "the job did not finish");
        QVERIFY2(!openArgs.isEmpty(), "the job did not finish");
        QVERIFY(openArgs.at(0).toBool());
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().at(1).value<OpenedEvidence>().path.startsWith(
            EvidenceStore::rootFor(m_dbPath)));
    }

    void cancelledAttachKeepsNothing()
    {
        const QString big
            = file(QStringLiteral("big.bin"), QByteArray(8 * EvidenceFile::kChunkSize, 'c'));
        auto *job = EvidenceJob::attach(m_dbPath, m_ref, {big}, {}, QStringLiteral("tester"));
        job->cancel();
        const auto args = runJob(job);
        QVERIFY2(!args.isEmpty(), "the job did not finish");
        QCOMPARE(args.at(0).toBool(), false);
        auto db = Database::open(m_dbPath);
        auto items = EvidenceStore(**db, QStringLiteral("tester")).items(m_ref);
        for (const auto &e : items.value())
            QVERIFY(e.item.originalName != QLatin1String("big.bin"));
    }

    void modelIsWellBehaved()
    {
        EvidenceListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        auto items = EvidenceStore(**db, QStringLiteral("tester")).items(m_ref);
        QVERIFY(items.ok());
        model.setItems(items.value());
        QCOMPARE(model.rowCount(), items->size());
        QCOMPARE(model.columnCount(), int(EvidenceListModel::ColumnCount));
        const QModelIndex name = model.index(0, EvidenceListModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("one.txt"));
        QCOMPARE(name.data(EvidenceListModel::Sha256Role).toString(), items->first().item.sha256);
        QCOMPARE(model.index(0, EvidenceListModel::Sha256Column).data(Qt::ToolTipRole).toString(),
            items->first().item.sha256);
        QCOMPARE(model.rowOfId(items->first().item.id), 0);
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    // A caseworker knows the photo by its name, not by the database's number for it.
    void redactedCopyNamesItsOriginal()
    {
        StoredEvidence original;
        original.item.id = 41;
        original.item.originalName = QStringLiteral("street-corner.jpg");
        StoredEvidence copy;
        copy.item.id = 42;
        copy.item.originalName = QStringLiteral("street-corner-redacted.jpg");
        copy.parentId = 41;
        EvidenceListModel model;
        model.setItems({original, copy});
        const QString label
            = model.index(model.rowOfId(42), EvidenceListModel::NameColumn).data().toString();
        QVERIFY2(label.contains(QStringLiteral("redacted copy of street-corner.jpg")),
            qPrintable(label));
        QVERIFY(!label.contains(QStringLiteral("41")));
        // With the original removed, the copy still says what it was made from.
        model.setItems({copy});
        QVERIFY(model.index(0, EvidenceListModel::NameColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("redacted copy of item 41")));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceJob)
#include "tst_evidencejob.moc"
