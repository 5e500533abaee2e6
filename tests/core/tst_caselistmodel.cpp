#include "models/caselistmodel.h"
#include "storage/casereader.h"
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
        QSet<qint64> riverCases; // the cases whose narrative has "riverbank"
        for (int i = 0; i < 430; ++i) {
            CaseFile c = test::minimalCase(names.at(i % names.size()));
            c.client.anonymous = i % 11 == 0;
            c.status = allCaseStatuses()[i % allCaseStatuses().size()];
            c.openedOn = QDate(2026, 1, 1).addDays(i % 17);
            c.incidents[0].date = QDate(2025, 6, 1).addDays((i * 7) % 23);
            c.assignedCaseworker = caseworkers.at(i % caseworkers.size());
            if (i % 2 == 0) // 215 cases, more than a page, for the search's pages below
                c.incidents[0].narrative = QStringLiteral("Stopped by the riverbank at night.");
            auto saved = repo.save(c);
            QVERIFY(saved.ok());
            if (i % 2 == 0)
                riverCases.insert(saved.value().id);
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

        // A search in every order, on PostgreSQL both ways of reading its pages (the matches
        // from the index, sorted; the cases walked in order, tested): the same rows as the whole
        // list's order keeps for the matching cases, page after page.
        {
            CaseReader fromIndex(*db.value());
            fromIndex.setSearchPages(CaseReader::SearchPages::FromIndex);
            CaseReader choosing(*db.value());
            CaseReader walking(*db.value());
            walking.setSearchPages(CaseReader::SearchPages::Walking);
            const QList<CaseSort> sorts {CaseSort::Newest, CaseSort::Reference, CaseSort::Client,
                CaseSort::Status, CaseSort::Opened, CaseSort::LastIncident, CaseSort::Caseworker};
            for (const CaseSort sort : sorts) {
                for (const bool descending : {false, true}) {
                    for (const std::optional<CaseStatus> status : {std::optional<CaseStatus>(),
                             std::optional<CaseStatus>(CaseStatus::Intake)}) {
                        CaseQuery all;
                        all.sort = sort;
                        all.descending = descending;
                        all.status = status;
                        CaseQuery river = all;
                        river.text = QStringLiteral("riverb");
                        const auto readAll = [&](CaseReader &reader, const CaseQuery &query) {
                            QList<qint64> ids;
                            QList<CaseSummary> rows;
                            for (;;) {
                                auto page = reader.pageAfter(
                                    query, rows.isEmpty() ? nullptr : &rows.constLast(), 40);
                                if (!page)
                                    return QList<qint64> {-1};
                                rows.append(page.value());
                                if (page->size() < 40)
                                    break;
                            }
                            for (const auto &r : std::as_const(rows))
                                ids.append(r.id);
                            return ids;
                        };
                        QList<qint64> expectedIds;
                        for (const qint64 id : readAll(walking, all)) {
                            if (riverCases.contains(id))
                                expectedIds.append(id);
                        }
                        const QString what = QStringLiteral("sort %1, descending %2, status %3")
                                                 .arg(int(sort))
                                                 .arg(descending)
                                                 .arg(status.has_value());
                        QVERIFY2(expectedIds.size() > (status ? 20 : 200), qPrintable(what));
                        QVERIFY2(readAll(fromIndex, river) == expectedIds, qPrintable(what));
                        QVERIFY2(readAll(walking, river) == expectedIds, qPrintable(what));
                        QVERIFY2(readAll(choosing, river) == expectedIds, qPrintable(what));
                    }
                }
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

    void countsOnlyUpToTheCapBeforeShowingTheList()
    {
        // The first page comes first; the total is counted up to the cap only, and "more than"
        // the cap until every page is fetched.
        CaseListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &CaseListModel::totalCountChanged);
        model.setCountCap(300);
        model.setRepository(m_repo.get());
        QCOMPARE(model.rowCount(), CaseListModel::pageSize());
        QCOMPARE(model.totalCount(), 300);
        QVERIFY(model.totalIsLowerBound());
        QCOMPARE(totals.constLast().at(0).toLongLong(), 300);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kCases);
        QCOMPARE(model.totalCount(), kCases);
        QVERIFY(!model.totalIsLowerBound());
        QCOMPARE(totals.constLast().at(0).toLongLong(), kCases);

        // Under the cap the count is exact; a single page is its own count.
        model.setCountCap(kCases);
        model.refresh();
        QCOMPARE(model.totalCount(), kCases);
        QVERIFY(!model.totalIsLowerBound());
        CaseQuery filed;
        filed.status = CaseStatus::Filed;
        model.setCountCap(1);
        model.setQuery(filed);
        QCOMPARE(model.rowCount(), (kCases + 2) / 3);
        QCOMPARE(model.totalCount(), (kCases + 2) / 3);
        QVERIFY(!model.totalIsLowerBound());

        // A search says only "more than its first page" until its count arrives.
        CaseQuery example;
        example.text = QStringLiteral("example");
        model.setCountCap(100'000);
        model.setQuery(example);
        QCOMPARE(model.rowCount(), CaseListModel::pageSize());
        QCOMPARE(model.totalCount(), CaseListModel::pageSize());
        QVERIFY(model.totalIsLowerBound());

        QCOMPARE(m_repo->countUpTo(filed, 10).value(), 10);
        QCOMPARE(m_repo->countUpTo(filed, 1000).value(), (kCases + 2) / 3);
        CaseQuery square;
        square.text = QStringLiteral("square");
        QCOMPARE(m_repo->countUpTo(square, 7).value(), 7);
        QCOMPARE(m_repo->countUpTo(square, 10'000).value(), kCases);
        square.status = CaseStatus::Filed;
        QCOMPARE(m_repo->countUpTo(square, 7).value(), 7);
        QCOMPARE(m_repo->countUpTo(square, 10'000).value(), (kCases + 2) / 3);
    }

    void theStatusCountOfASearchStopsAtTheCapOnlyOnAServer()
    {
        // The window's background count: a search on an office server is counted up to the cap
        // (its exact count costs the shared server seconds for a common word); a file counts
        // every match, and a list without search text is exact on both.
        CaseReader reader(*m_db);
        const bool server = m_db->dialect() == SqlDialect::Postgres;
        CaseQuery square;
        square.text = QStringLiteral("square");
        auto capped = reader.statusCount(square, 100);
        QVERIFY(capped.ok());
        QCOMPARE(capped->total, server ? 100 : kCases);
        QCOMPARE(capped->moreThan, server);
        auto within = reader.statusCount(square, kCases);
        QVERIFY(within.ok());
        QCOMPARE(within->total, kCases);
        QVERIFY(!within->moreThan);
        square.status = CaseStatus::Filed;
        auto filed = reader.statusCount(square, 100);
        QVERIFY(filed.ok());
        QCOMPARE(filed->total, server ? 100 : (kCases + 2) / 3);
        QCOMPARE(filed->moreThan, server);
        auto all = reader.statusCount(CaseQuery {}, 100);
        QVERIFY(all.ok());
        QCOMPARE(all->total, kCases);
        QVERIFY(!all->moreThan);
        CaseQuery none;
        none.text = QStringLiteral("nosuchwordanywhere");
        auto nothing = reader.statusCount(none, 100);
        QVERIFY(nothing.ok());
        QCOMPARE(nothing->total, 0);
        QVERIFY(!nothing->moreThan);
    }

    void theExactTotalArrivesAfterTheFirstPage()
    {
        // A background count stands in for the window's thread: the reset does not wait for
        // it, and its total replaces the capped one when it arrives, unless the query changed.
        struct Asked
        {
            CaseQuery query;
            std::function<void(qint64, bool)> done;
        };
        QList<Asked> asked;
        CaseListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &CaseListModel::totalCountChanged);
        model.setCountCap(100);
        model.setBackgroundCount(
            [&](const CaseQuery &query, std::function<void(qint64, bool)> done) {
                asked.append({query, std::move(done)});
            });
        model.setRepository(m_repo.get());
        QCOMPARE(model.rowCount(), CaseListModel::pageSize());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(model.totalCount(), 100);
        QVERIFY(model.totalIsLowerBound());
        asked.constLast().done(kCases, false);
        QCOMPARE(model.totalCount(), kCases);
        QVERIFY(!model.totalIsLowerBound());
        QCOMPARE(totals.constLast().at(0).toLongLong(), kCases);

        // A refresh (a colleague saved) keeps the exact total on show while it is recounted.
        model.refresh();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(model.totalCount(), kCases);
        QVERIFY(!model.totalIsLowerBound());
        asked.constLast().done(kCases + 1, false);
        QCOMPARE(model.totalCount(), kCases + 1);

        // Few matches: counted at once, nothing asked in the background.
        CaseQuery text;
        text.text = QStringLiteral("zebra-77");
        model.setQuery(text);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(model.totalCount(), 1);

        // Many: the search's count is asked for in the background only.
        text.text = QStringLiteral("square");
        model.setQuery(text);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.constLast().query.text, QStringLiteral("square"));
        QCOMPARE(model.rowCount(), CaseListModel::pageSize());
        QVERIFY(model.totalIsLowerBound());
        asked.constLast().done(kCases, false);
        QCOMPARE(model.totalCount(), kCases);
        QVERIFY(!model.totalIsLowerBound());

        // An office server counts a search only so far: "more than" that, also while a refresh
        // counts again, rather than "more than 200" for a moment on every colleague's save.
        model.refresh();
        QCOMPARE(asked.size(), 4);
        QCOMPARE(model.totalCount(), kCases);
        QVERIFY(!model.totalIsLowerBound());
        asked.constLast().done(300, true);
        QCOMPARE(model.totalCount(), 300);
        QVERIFY(model.totalIsLowerBound());
        model.refresh();
        QCOMPARE(asked.size(), 5);
        QCOMPARE(model.totalCount(), 300);
        QVERIFY(model.totalIsLowerBound());
        asked.constLast().done(kCases, false);
        QCOMPARE(model.totalCount(), kCases);
        QVERIFY(!model.totalIsLowerBound());

        // A count that arrives after the query changed is not this list's.
        model.setQuery(CaseQuery {});
        QCOMPARE(asked.size(), 6);
        const auto stale = asked.constLast().done;
        CaseQuery filed;
        filed.status = CaseStatus::Filed;
        model.setQuery(filed);
        stale(12345, false);
        QCOMPARE(model.totalCount(), (kCases + 2) / 3);
        QVERIFY(!model.totalIsLowerBound());
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
