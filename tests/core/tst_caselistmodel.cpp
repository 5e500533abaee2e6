#include "models/caselistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestCaseListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
    static constexpr int kCases = 450; // more than two pages

private slots:
    void initTestCase()
    {
        auto db = Database::open(test::databasePath(m_dir));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_repo = std::make_unique<CaseRepository>(*m_db, QStringLiteral("tester"));
        QList<CaseFile> cases;
        for (int i = 0; i < kCases; ++i) {
            CaseFile c = test::minimalCase(QStringLiteral("Client Example %1").arg(i));
            c.status = i % 3 == 0 ? CaseStatus::Filed : CaseStatus::Intake;
            if (i == 7)
                c.incidents[0].narrative
                    = QStringLiteral("The officer with badge Zebra-77 asked about papers.");
            cases.append(c);
        }
        QVERIFY(m_repo->insertAll(cases, QStringLiteral("case.create")).ok());
    }

    void fetchesLazilyPageByPage()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &CaseListModel::totalCountChanged);
        model.setRepository(m_repo.get());
        QCOMPARE(model.totalCount(), kCases);
        QCOMPARE(totals.constLast().at(0).toLongLong(), kCases);
        QCOMPARE(model.rowCount(), CaseListModel::pageSize());
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kCases);
        // Newest first, with no gaps or repeats across page boundaries.
        QSet<qint64> ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(CaseListModel::IdRole).toLongLong();
            QVERIFY(id < previous);
            previous = id;
            ids.insert(id);
        }
        QCOMPARE(ids.size(), kCases);
        QCOMPARE(model.index(0, CaseListModel::ClientColumn).data().toString(),
            QStringLiteral("Client Example %1").arg(kCases - 1));
        QVERIFY(model.index(0, CaseListModel::ReferenceColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("TD-2026-")));
        QCOMPARE(model.index(0, CaseListModel::OpenedColumn).data().toString().right(4),
            QStringLiteral("2026"));
    }

    void filtersByStatusAndText()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(m_repo.get());
        CaseQuery filed;
        filed.status = CaseStatus::Filed;
        model.setQuery(filed);
        QCOMPARE(model.totalCount(), (kCases + 2) / 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(CaseListModel::StatusCodeRole).toString(),
                QStringLiteral("filed"));

        CaseQuery text;
        text.text = QStringLiteral("zebra-77");
        model.setQuery(text);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaseListModel::ClientColumn).data().toString(),
            QStringLiteral("Client Example 7"));
        QVERIFY(!model.canFetchMore({}));

        text.text = QStringLiteral("nothing-matches-this");
        model.setQuery(text);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }

    void noRepositoryMeansEmpty()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setRepository(m_repo.get());
        QVERIFY(model.rowCount() > 0);
        model.setRepository(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(CaseListModel::ReferenceColumn, Qt::Horizontal).toString(),
            QStringLiteral("Reference"));
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
