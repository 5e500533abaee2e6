// Statistics counts (docs/statistics.md) checked against an independent count: demo cases are
// stored, exported as TrustDesk JSON, and the JSON is counted here in C++ with the documented
// rules — none of StatisticsQuery's SQL — then compared cell by cell, totals included.
#include "demo/demogenerator.h"
#include "domain/redactionpolicy.h"
#include "interchange/caseexporter.h"
#include "stats/suppression.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/statisticsquery.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace td;

Q_DECLARE_METATYPE(td::StatisticsFilter)

namespace {

/// Sets of case references and incidents ("REF#index") per key, counted from the JSON.
struct Counted
{
    QSet<QString> cases;
    QSet<QString> incidents;
};

/// The keys of one incident of `c` under `dimension`, by the documented rules.
QStringList keysOf(StatisticsDimension dimension, const QJsonObject &c, const QJsonObject &incident)
{
    const QString date = incident.value(QLatin1String("date")).toString();
    switch (dimension) {
    case StatisticsDimension::Category: {
        QStringList keys;
        for (const auto &v : incident.value(QLatin1String("violations")).toArray())
            keys.append(v.toString());
        return keys.isEmpty() ? QStringList {QString()} : keys;
    }
    case StatisticsDimension::Month:
        return {date.left(7)};
    case StatisticsDimension::Quarter:
        return {date.left(4) + QStringLiteral("-Q")
            + QString::number((date.mid(5, 2).toInt() + 2) / 3)};
    case StatisticsDimension::District:
        return {incident.value(QLatin1String("police_district")).toString().trimmed().toUpper()};
    case StatisticsDimension::Agency:
        return {incident.value(QLatin1String("agency")).toString().simplified().toLower()};
    case StatisticsDimension::Status:
        return {c.value(QLatin1String("status")).toString()};
    case StatisticsDimension::Outcome: {
        // The latest submission: by filing date (none counts as earliest), then list position.
        const QJsonArray complaints = c.value(QLatin1String("complaints")).toArray();
        if (complaints.isEmpty())
            return {QLatin1String(StatisticsKeys::kNotFiled)};
        qsizetype latest = 0;
        for (qsizetype i = 1; i < complaints.size(); ++i) {
            const QString filed
                = complaints.at(i).toObject().value(QLatin1String("filed_on")).toString();
            const QString best
                = complaints.at(latest).toObject().value(QLatin1String("filed_on")).toString();
            if (filed >= best)
                latest = i;
        }
        return {complaints.at(latest)
                    .toObject()
                    .value(QLatin1String("status"))
                    .toString()
                    .simplified()
                    .toLower()};
    }
    }
    return {};
}

struct Independent
{
    std::map<QString, std::map<QString, Counted>> cells;
    std::map<QString, Counted> rows;
    std::map<QString, Counted> columns;
    Counted total;
};

Independent countJson(const QJsonArray &cases, const StatisticsFilter &filter,
    StatisticsDimension rows, std::optional<StatisticsDimension> columns)
{
    Independent out;
    for (const auto &value : cases) {
        const QJsonObject c = value.toObject();
        const QString reference = c.value(QLatin1String("reference")).toString();
        const auto status = caseStatusFromCode(c.value(QLatin1String("status")).toString());
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(*status))
            continue;
        if (!filter.caseworker.trimmed().isEmpty()
            && c.value(QLatin1String("assigned_caseworker")).toString().trimmed().toLower()
                != filter.caseworker.trimmed().toLower())
            continue;
        const QJsonArray incidents = c.value(QLatin1String("incidents")).toArray();
        for (qsizetype i = 0; i < incidents.size(); ++i) {
            const QJsonObject incident = incidents.at(i).toObject();
            const QDate date
                = QDate::fromString(incident.value(QLatin1String("date")).toString(), Qt::ISODate);
            if ((filter.from.isValid() && date < filter.from)
                || (filter.to.isValid() && date > filter.to))
                continue;
            const QString id = reference + QLatin1Char('#') + QString::number(i);
            const auto add = [&](Counted &counted) {
                counted.cases.insert(reference);
                counted.incidents.insert(id);
            };
            add(out.total);
            const QStringList rowKeys = keysOf(rows, c, incident);
            const QStringList columnKeys = columns ? keysOf(*columns, c, incident) : QStringList {};
            for (const auto &r : rowKeys) {
                add(out.rows[r]);
                for (const auto &k : columnKeys)
                    add(out.cells[r][k]);
            }
            for (const auto &k : columnKeys)
                add(out.columns[k]);
        }
    }
    return out;
}

StatisticsCount countOf(const Counted &counted)
{
    return {counted.cases.size(), counted.incidents.size()};
}

/// Every case of `db` as the TrustDesk JSON export writes it.
QJsonArray exportAll(Database &db)
{
    CaseRepository repository(db, QStringLiteral("test"));
    CaseExporter exporter(repository);
    auto ids = exporter.allIds();
    if (!ids)
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.write(buffer, ids.value(), RedactionPolicy()))
        return {};
    return QJsonDocument::fromJson(buffer.data()).object().value(QLatin1String("cases")).toArray();
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QVERIFY(m_dir.isValid());
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        auto db = Database::open(m_location->target());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db.value());
        CaseRepository repository(*m_db, QStringLiteral("test"));
        QList<CaseFile> cases = DemoGenerator(7).generate(800);
        // Spellings the grouping must fold together, and what has no key at all.
        CaseFile odd = test::minimalCase(QStringLiteral("Ana Ejemplo"));
        Incident incident;
        incident.date = QDate(2025, 3, 14);
        incident.agency = QStringLiteral("  boston   POLICE department\t");
        incident.policeDistrict = QStringLiteral(" c-11 ");
        odd.incidents = {incident};
        ComplaintSubmission first;
        first.filedWith = QStringLiteral("BPD Internal Affairs");
        first.filedOn = QDate(2025, 4, 1);
        first.status = QStringLiteral("Sustained");
        ComplaintSubmission second = first;
        second.filedOn = QDate(2025, 5, 2);
        second.status = QStringLiteral("  under   INVESTIGATION ");
        odd.complaints = {second, first};
        cases.append(odd);
        CaseFile none = test::minimalCase(QStringLiteral("Bo Ejemplo"));
        none.incidents.clear();
        cases.append(none);
        auto inserted = repository.insertAll(cases, QStringLiteral("case.demo"));
        QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().message));

        m_cases = exportAll(*m_db);
        QCOMPARE(m_cases.size(), cases.size());

        // Demo data alone spells every agency and outcome one way: StatisticsQuery then groups
        // the raw text, a path of its own to check.
        m_plainLocation = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_plainLocation->error().isEmpty(), qPrintable(m_plainLocation->error()));
        auto plain = Database::open(m_plainLocation->target());
        QVERIFY(plain.ok());
        m_plainDb = std::move(plain.value());
        CaseRepository plainRepository(*m_plainDb, QStringLiteral("test"));
        QVERIFY(
            plainRepository.insertAll(DemoGenerator(11).generate(300), QStringLiteral("case.demo"))
                .ok());
        m_plainCases = exportAll(*m_plainDb);
        QCOMPARE(m_plainCases.size(), 300);
    }

    void countsMatchAnIndependentCount_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns"); // -1: one dimension
        QTest::addColumn<StatisticsFilter>("filter");
        QTest::addColumn<bool>("plain"); // the database whose spellings are all alike
        const StatisticsFilter all;
        StatisticsFilter period;
        period.from = QDate(2024, 4, 1);
        period.to = QDate(2025, 9, 30);
        StatisticsFilter narrow = period;
        narrow.statuses = {CaseStatus::Filed, CaseStatus::Closed};
        StatisticsFilter anyone;
        anyone.caseworker = QStringLiteral("  ");
        StatisticsFilter mine;
        mine.caseworker
            = QStringLiteral(" %1 ").arg(m_cases.at(0)
                                             .toObject()
                                             .value(QLatin1String("assigned_caseworker"))
                                             .toString()
                                             .toUpper());
        for (const auto d : allStatisticsDimensions()) {
            const QByteArray name = statisticsDimensionCode(d).toUtf8();
            QTest::newRow(name.constData()) << int(d) << -1 << all << false;
            QTest::newRow((name + " in a period").constData()) << int(d) << -1 << period << false;
            QTest::newRow((name + " filed or closed").constData())
                << int(d) << -1 << narrow << false;
        }
        using D = StatisticsDimension;
        const std::pair<D, D> pairs[]
            = {{D::Category, D::Month}, {D::District, D::Status}, {D::Agency, D::Outcome},
                {D::Quarter, D::Category}, {D::Outcome, D::District}, {D::Category, D::Agency}};
        for (const auto &[r, c] : pairs) {
            const QByteArray name
                = (statisticsDimensionCode(r) + QLatin1Char('x') + statisticsDimensionCode(c))
                      .toUtf8();
            QTest::newRow(name.constData()) << int(r) << int(c) << all << false;
            QTest::newRow((name + " filed or closed").constData())
                << int(r) << int(c) << narrow << false;
        }
        QTest::newRow("caseworker blank") << int(D::Status) << -1 << anyone << false;
        for (const auto &[r, c] : {std::pair {D::Agency, -1}, std::pair {D::Outcome, -1},
                 std::pair {D::Agency, int(D::Outcome)}, std::pair {D::Category, int(D::Agency)},
                 std::pair {D::Outcome, int(D::Status)}}) {
            const QByteArray name
                = "plain " + statisticsDimensionCode(r).toUtf8() + ' ' + QByteArray::number(c);
            QTest::newRow(name.constData()) << int(r) << c << all << true;
            QTest::newRow((name + " filed or closed").constData()) << int(r) << c << narrow << true;
        }
        QTest::newRow("one caseworker") << int(D::Category) << int(D::Status) << mine << false;
    }

    void countsMatchAnIndependentCount()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(StatisticsFilter, filter);
        QFETCH(bool, plain);
        Database &db = plain ? *m_plainDb : *m_db;
        const QJsonArray &json = plain ? m_plainCases : m_cases;
        const auto rowDimension = static_cast<StatisticsDimension>(rows);
        const std::optional<StatisticsDimension> columnDimension
            = columns < 0 ? std::nullopt : std::optional(static_cast<StatisticsDimension>(columns));
        StatisticsQuery query(db);
        auto table = query.table(filter, rowDimension, columnDimension);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
        const Independent expected = countJson(json, filter, rowDimension, columnDimension);

        // The portable GROUP BY statements (PostgreSQL's path) give the same table as the
        // single ordered pass SQLite uses.
        StatisticsQuery portableQuery(db);
        portableQuery.setPortableOnly(true);
        auto portable = portableQuery.table(filter, rowDimension, columnDimension);
        QVERIFY(portable.ok());
        QCOMPARE(portable->rows, table->rows);
        QCOMPARE(portable->columns, table->columns);
        QCOMPARE(portable->cells, table->cells);
        QCOMPARE(portable->rowTotals, table->rowTotals);
        QCOMPARE(portable->columnTotals, table->columnTotals);
        QCOMPARE(portable->total, table->total);

        QCOMPARE(table->total, countOf(expected.total));
        QVERIFY(table->total.cases > 0);
        QStringList rowKeys;
        for (const auto &k : table->rows)
            rowKeys.append(k.key);
        for (const auto &[key, counted] : expected.rows)
            QVERIFY2(rowKeys.contains(key), qPrintable(QStringLiteral("row %1 missing").arg(key)));
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            const QString key = table->rows.at(r).key;
            const auto it = expected.rows.find(key);
            const StatisticsCount want
                = it == expected.rows.end() ? StatisticsCount {} : countOf(it->second);
            QCOMPARE(table->rowTotals.at(r), want);
            if (!columnDimension)
                QCOMPARE(table->cell(r), want);
        }
        if (!columnDimension)
            return;
        QStringList columnKeys;
        for (const auto &k : table->columns)
            columnKeys.append(k.key);
        for (const auto &[key, counted] : expected.columns)
            QVERIFY2(
                columnKeys.contains(key), qPrintable(QStringLiteral("column %1 missing").arg(key)));
        for (qsizetype c = 0; c < table->columns.size(); ++c) {
            const auto it = expected.columns.find(table->columns.at(c).key);
            QCOMPARE(table->columnTotals.at(c),
                it == expected.columns.end() ? StatisticsCount {} : countOf(it->second));
        }
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            for (qsizetype c = 0; c < table->columns.size(); ++c) {
                StatisticsCount want;
                const auto line = expected.cells.find(table->rows.at(r).key);
                if (line != expected.cells.end()) {
                    const auto it = line->second.find(table->columns.at(c).key);
                    if (it != line->second.end())
                        want = countOf(it->second);
                }
                QCOMPARE(table->cell(r, c), want);
            }
        }
    }

    void spellingsAreGroupedAndLabelled()
    {
        StatisticsQuery query(*m_db);
        auto agencies = query.table({}, StatisticsDimension::Agency);
        QVERIFY(agencies.ok());
        int bpd = 0;
        for (const auto &row : agencies->rows) {
            if (row.key == QLatin1String("boston police department")) {
                ++bpd;
                QCOMPARE(row.label, QStringLiteral("Boston Police Department")); // most common
            }
        }
        QCOMPARE(bpd, 1);
        auto districts = query.table({}, StatisticsDimension::District);
        QVERIFY(districts.ok());
        bool dorchester = false;
        for (const auto &row : districts->rows)
            dorchester = dorchester || row.label == QStringLiteral("C-11 \u2014 Dorchester");
        QVERIFY(dorchester);
        auto outcomes = query.table({}, StatisticsDimension::Outcome);
        QVERIFY(outcomes.ok());
        QCOMPARE(outcomes->rows.first().key, QLatin1String(StatisticsKeys::kNotFiled));
        QStringList keys;
        for (const auto &row : outcomes->rows)
            keys.append(row.key);
        QVERIFY(keys.contains(QStringLiteral("under investigation")));
    }

    void casesInACellAreTheOnesCounted()
    {
        StatisticsQuery query(*m_db);
        StatisticsFilter filter;
        filter.from = QDate(2024, 1, 1);
        auto table
            = query.table(filter, StatisticsDimension::Category, StatisticsDimension::Quarter);
        QVERIFY(table.ok());
        const Independent expected = countJson(
            m_cases, filter, StatisticsDimension::Category, StatisticsDimension::Quarter);
        int checked = 0;
        for (qsizetype r = 0; r < table->rows.size() && checked < 12; ++r) {
            for (qsizetype c = 0; c < table->columns.size() && checked < 12; c += 2) {
                auto cases = query.casesIn(filter, StatisticsDimension::Category,
                    table->rows.at(r).key, StatisticsDimension::Quarter, table->columns.at(c).key);
                QVERIFY(cases.ok());
                QCOMPARE(cases->size(), table->cell(r, c).cases);
                QSet<QString> references;
                for (const auto &one : cases.value())
                    references.insert(one.reference);
                const auto line = expected.cells.find(table->rows.at(r).key);
                const QSet<QString> want = line == expected.cells.end() ? QSet<QString> {}
                    : line->second.count(table->columns.at(c).key)
                    ? line->second.at(table->columns.at(c).key).cases
                    : QSet<QString> {};
                QCOMPARE(references, want);
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void publishedTablesHideSmallCounts()
    {
        StatisticsQuery query(*m_db);
        auto table = query.table({}, StatisticsDimension::District, StatisticsDimension::Outcome);
        QVERIFY(table.ok());
        const PublishedTable published
            = Suppression(11).apply(table.value(), StatisticsUnit::Cases);
        QVERIFY(published.overlapping); // a case's incidents can be in two districts
        QVERIFY(published.count(CountState::Primary) > 0);
        for (const auto &cell : published.cells) {
            if (cell.value >= 1 && cell.value < 11)
                QVERIFY(!cell.published());
        }
    }

private:
    QTemporaryDir m_dir;
    // A file, or (the `_postgres` run) a server database; they outlive the connections below.
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<test::TestDatabase> m_plainLocation;
    std::unique_ptr<Database> m_db;
    QJsonArray m_cases;
    std::unique_ptr<Database> m_plainDb;
    QJsonArray m_plainCases;
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
