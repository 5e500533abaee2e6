#include "models/caselistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestCaseListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Also run against PostgreSQL (the CTest copy labelled `postgres`, see test::TestDatabase).
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
    static constexpr int kCases = 450; // more than two pages

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        auto db = Database::open(m_location->target());
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

    void sortsByEveryColumnInSqlAcrossPages()
    {
        // Its own database: names differing only in case, anonymous clients, equal dates and
        // caseworkers (ties the id must break), so order and paging are both put to the test.
        QTemporaryDir dir;
        const test::TestDatabase location(dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        auto db = Database::open(location.target());
        QVERIFY(db.ok());
        CaseRepository repo(*db.value(), QStringLiteral("tester"));
        const QStringList names {QStringLiteral("ana Beispiel"), QStringLiteral("Ana Beispiel"),
            QStringLiteral("Bao Example"), QStringLiteral("Zoe Exemple"),
            QStringLiteral("Émile Exemple"), QStringLiteral("carlos Ejemplo")};
        const QStringList caseworkers {
            QString(), QStringLiteral("Dana Worker"), QStringLiteral("alex Worker")};
        QHash<QString, CaseSummary> expected; // by reference
        for (int i = 0; i < 430; ++i) {
            CaseFile c = test::minimalCase(names.at(i % names.size()));
            c.client.anonymous = i % 11 == 0;
            c.status = allCaseStatuses()[i % allCaseStatuses().size()];
            c.openedOn = QDate(2026, 1, 1).addDays(i % 17);
            c.incidents[0].date = QDate(2025, 6, 1).addDays((i * 7) % 23);
            c.assignedCaseworker = caseworkers.at(i % caseworkers.size());
            auto saved = repo.save(c);
            QVERIFY(saved.ok());
            CaseSummary s;
            s.id = saved.value().id;
            s.reference = saved.value().reference;
            s.status = c.status;
            s.clientAnonymous = c.client.anonymous;
            s.clientName = c.client.anonymous ? QString() : c.client.fullName.toLower();
            s.openedOn = c.openedOn;
            s.lastIncidentOn = c.incidents[0].date;
            s.assignedCaseworker = c.assignedCaseworker.toLower();
            expected.insert(s.reference, s);
        }
        auto key = [](const CaseSummary &s, int column) -> QVariant {
            switch (column) {
            case CaseListModel::ReferenceColumn:
                return s.reference;
            case CaseListModel::ClientColumn:
                return s.clientName; // SQLite's NOCASE folds ASCII only, as toLower does here
            case CaseListModel::StatusColumn:
                return int(std::find(allCaseStatuses().begin(), allCaseStatuses().end(), s.status)
                    - allCaseStatuses().begin());
            case CaseListModel::OpenedColumn:
                return s.openedOn;
            case CaseListModel::LastIncidentColumn:
                return s.lastIncidentOn;
            default:
                return s.assignedCaseworker;
            }
        };

        const bool onPostgres = test::TestDatabase::onPostgres();
        QCollator collator(QLocale(QLocale::English));
        collator.setCaseSensitivity(Qt::CaseInsensitive);

        CaseListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(&repo);
        for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                while (model.canFetchMore({}))
                    model.fetchMore({});
                QCOMPARE(model.rowCount(), expected.size());
                QList<CaseSummary> rows;
                for (int row = 0; row < model.rowCount(); ++row)
                    rows.append(expected.value(
                        model.index(row, 0).data(CaseListModel::ReferenceRole).toString()));
                QList<CaseSummary> sorted = rows;
                std::sort(
                    sorted.begin(), sorted.end(), [&](const CaseSummary &a, const CaseSummary &b) {
                        const QVariant ka = key(a, column);
                        const QVariant kb = key(b, column);
                        auto c = QVariant::compare(ka, kb);
                        // PostgreSQL's nocase is ICU's case-insensitive order (É with E).
                        if (column == CaseListModel::ClientColumn && onPostgres) {
                            const int r = collator.compare(ka.toString(), kb.toString());
                            c = r < 0   ? QPartialOrdering::Less
                                : r > 0 ? QPartialOrdering::Greater
                                        : QPartialOrdering::Equivalent;
                        }
                        if (c != QPartialOrdering::Equivalent)
                            return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                               : c == QPartialOrdering::Greater;
                        return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
                    });
                for (int row = 0; row < rows.size(); ++row)
                    QVERIFY2(rows.at(row).id == sorted.at(row).id,
                        qPrintable(QStringLiteral("column %1, order %2, row %3")
                                       .arg(column)
                                       .arg(int(order))
                                       .arg(row)));
            }
        }

        // A filter keeps the order; sort(-1) goes back to newest first.
        model.sort(CaseListModel::OpenedColumn, Qt::AscendingOrder);
        CaseQuery filed;
        filed.status = CaseStatus::Filed;
        model.setQuery(filed);
        QCOMPARE(model.query().sort, CaseSort::Opened);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(CaseListModel::StatusCodeRole)
                == QStringLiteral("filed"));
        model.sort(-1, Qt::AscendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(CaseListModel::IdRole).toLongLong();
            QVERIFY(id < previous);
            previous = id;
        }
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
