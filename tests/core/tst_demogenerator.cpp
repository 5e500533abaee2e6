#include "demo/demogenerator.h"
#include "domain/casevalidator.h"
#include "domain/violationcategory.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace td;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString cliPath()
{
    const QString fromEnvironment = qEnvironmentVariable("TRUSTDESK_CLI");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/trustdesk-cli");
}

CliRun runCli(const QStringList &args)
{
    QProcess process;
    process.start(cliPath(), args);
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString issuesText(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const auto &issue : issues)
        lines.append(issue.path + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameCases()
    {
        const auto a = DemoGenerator(42).generate(200);
        const auto b = DemoGenerator(42).generate(200);
        QCOMPARE(a.size(), 200);
        QVERIFY(a == b);

        // Batches continue the same sequence, so the CLI's batching does not change the data.
        DemoGenerator batched(42);
        auto c = batched.generate(70);
        c.append(batched.generate(130));
        QVERIFY(a == c);
        QCOMPARE(batched.produced(), std::uint64_t {200});
    }

    void differentSeedGivesDifferentCases()
    {
        const auto a = DemoGenerator(1).generate(50);
        const auto b = DemoGenerator(2).generate(50);
        int same = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            same += a.at(i) == b.at(i) ? 1 : 0;
        QCOMPARE(same, 0);
    }

    void everyCaseValidates()
    {
        // Against today (what the repository uses) and against the fixed base date: every date a
        // case records is on or before the base date, so the cases stay valid whenever they are
        // made.
        const CaseValidator today;
        const CaseValidator atBase(DemoGenerator::defaultBaseDate());
        const auto cases = DemoGenerator(7).generate(2000);
        for (const auto &c : cases) {
            const auto issues = atBase.validate(c);
            QVERIFY2(issues.isEmpty(),
                qPrintable(c.client.displayName() + QLatin1Char('\n') + issuesText(issues)));
            QVERIFY2(
                !CaseValidator::hasErrors(today.validate(c)), qPrintable(c.client.displayName()));
            QVERIFY(c.reference.isEmpty());
            QCOMPARE(c.id, 0);
            QCOMPARE(c.client.id, 0);
            QVERIFY(!c.incidents.isEmpty() && c.incidents.size() <= 2);
            QVERIFY(c.openedOn >= DemoGenerator::defaultBaseDate().addYears(-3));
            QCOMPARE(c.closedOn.isValid(), c.status == CaseStatus::Closed);
            if (c.status < CaseStatus::Filed)
                QVERIFY(c.complaints.isEmpty());
            if (!c.complaints.isEmpty())
                QVERIFY(c.client.consentToFile);
        }
    }

    void sensitiveFieldsLookRight()
    {
        static const QRegularExpression phone(QStringLiteral("^(617|857|781)-555-01[0-9]{2}$"));
        static const QRegularExpression aNumber(QStringLiteral("^A[0-9]{9}$"));
        static const QRegularExpression email(QStringLiteral("^[a-z0-9.]+@example\\.org$"));
        static const QStringList districts {QStringLiteral("A-1"), QStringLiteral("A-7"),
            QStringLiteral("B-2"), QStringLiteral("B-3"), QStringLiteral("C-6"),
            QStringLiteral("C-11"), QStringLiteral("D-4"), QStringLiteral("D-14"),
            QStringLiteral("E-5"), QStringLiteral("E-13"), QStringLiteral("E-18")};
        int withANumber = 0;
        int withAddress = 0;
        for (const auto &c : DemoGenerator(3).generate(500)) {
            const Client &cl = c.client;
            if (!cl.phone.isEmpty())
                QVERIFY2(phone.match(cl.phone).hasMatch(), qPrintable(cl.phone));
            if (!cl.email.isEmpty())
                QVERIFY2(email.match(cl.email).hasMatch(), qPrintable(cl.email));
            if (!cl.aNumber.isEmpty()) {
                QVERIFY2(aNumber.match(cl.aNumber).hasMatch(), qPrintable(cl.aNumber));
                ++withANumber;
            }
            if (!cl.address.isEmpty()) {
                QVERIFY2(cl.address.contains(QLatin1String(", MA 02")), qPrintable(cl.address));
                ++withAddress;
            }
            if (cl.anonymous)
                QVERIFY(cl.fullName.isEmpty() && cl.address.isEmpty() && cl.aNumber.isEmpty());
            for (const auto &incident : c.incidents) {
                QVERIFY2(districts.contains(incident.policeDistrict),
                    qPrintable(incident.policeDistrict));
                QVERIFY(!incident.location.isEmpty());
                QVERIFY(!incident.agency.isEmpty());
                QVERIFY(incident.narrative.size() > 100);
                QVERIFY(!incident.violations.isEmpty() && incident.violations.size() <= 2);
                for (const auto &w : incident.witnesses) {
                    if (w.contact.contains(QLatin1String("555")))
                        QVERIFY2(phone.match(w.contact).hasMatch(), qPrintable(w.contact));
                }
            }
        }
        QVERIFY(withANumber > 100);
        QVERIFY(withAddress > 100);
    }

    void variety()
    {
        const auto cases = DemoGenerator(11).generate(500);
        std::set<QChar::Script> scripts;
        QSet<QString> languages;
        std::set<CaseStatus> statuses;
        QSet<QString> violations;
        std::set<qsizetype> officerCounts;
        std::set<qsizetype> witnessCounts;
        int anonymous = 0;
        int interpreter = 0;
        int accented = 0;
        int closedWithComplaint = 0;
        int followUpsDone = 0;
        int followUpsOpen = 0;
        bool simplified = false;
        bool traditional = false;
        for (const auto &c : cases) {
            statuses.insert(c.status);
            languages.insert(c.client.preferredLanguage);
            anonymous += c.client.anonymous ? 1 : 0;
            interpreter += c.client.interpreterNeeded ? 1 : 0;
            for (const QChar ch : c.client.fullName) {
                if (ch.isLetter())
                    scripts.insert(ch.script());
                if (ch.decompositionTag() == QChar::Canonical)
                    ++accented;
            }
            simplified = simplified || c.client.fullName.contains(QStringLiteral("陈"))
                || c.client.fullName.contains(QStringLiteral("张"));
            traditional = traditional || c.client.fullName.contains(QStringLiteral("陳"))
                || c.client.fullName.contains(QStringLiteral("張"));
            for (const auto &incident : c.incidents) {
                officerCounts.insert(incident.officers.size());
                witnessCounts.insert(incident.witnesses.size());
                for (const auto &v : incident.violations)
                    violations.insert(v);
            }
            closedWithComplaint
                += c.status == CaseStatus::Closed && !c.complaints.isEmpty() ? 1 : 0;
            for (const auto &f : c.followUps)
                ++(f.done ? followUpsDone : followUpsOpen);
        }
        for (const auto script :
            {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Arabic, QChar::Script_Cyrillic})
            QVERIFY2(scripts.count(script), qPrintable(QString::number(script)));
        QVERIFY(simplified);
        QVERIFY(traditional);
        QVERIFY(accented > 50);
        for (const char *code :
            {"en", "es", "ht", "pt", "kea", "zh_CN", "zh_TW", "vi", "ar", "ru", "so"})
            QVERIFY2(languages.contains(QString::fromLatin1(code)), code);
        for (const auto status : allCaseStatuses())
            QVERIFY2(statuses.count(status), qPrintable(caseStatusCode(status)));
        for (const auto &category : violationCategories())
            QVERIFY2(violations.contains(category.codeString()), category.code);
        QCOMPARE(officerCounts, (std::set<qsizetype> {0, 1, 2, 3, 4}));
        QCOMPARE(witnessCounts, (std::set<qsizetype> {0, 1, 2, 3}));
        QVERIFY(anonymous > 10 && anonymous < 150);
        QVERIFY(interpreter > 100);
        QVERIFY(closedWithComplaint > 10);
        QVERIFY(followUpsDone > 10 && followUpsOpen > 10);
    }

    void storesAndLoadsUnchanged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(test::databasePath(dir));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        CaseRepository repository(*db.value(), QStringLiteral("tester"));
        const auto cases = DemoGenerator(5).generate(300);
        auto references = repository.insertAll(cases, QStringLiteral("case.demo"));
        QVERIFY2(
            references.ok(), qPrintable(references.ok() ? QString() : references.error().message));
        QCOMPARE(references->size(), 300);
        for (qsizetype i = 0; i < cases.size(); i += 37) {
            auto loaded = repository.loadByReference(references->at(i));
            QVERIFY(loaded.ok());
            CaseFile expected = cases.at(i);
            expected.reference = references->at(i);
            QCOMPARE(test::withoutIds(loaded.value()), expected);
        }
    }

    void cliAddsCases()
    {
        if (!QFileInfo::exists(cliPath()))
            QSKIP("trustdesk-cli is not built");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = test::databasePath(dir, QStringLiteral("first.sqlite"));
        const QString second = test::databasePath(dir, QStringLiteral("second.sqlite"));

        const CliRun demo = runCli({QStringLiteral("--db"), first, QStringLiteral("demo"),
            QStringLiteral("--unencrypted"), QStringLiteral("--cases"), QStringLiteral("300"),
            QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains("300"), demo.out.constData());
        // Not a terminal: no progress on stderr.
        QVERIFY2(demo.err.isEmpty(), demo.err.constData());

        const CliRun list = runCli(
            {QStringLiteral("--db"), first, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(list.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.array().size(), 300);

        // The same seed gives the same database contents, down to the references.
        QCOMPARE(runCli({QStringLiteral("--db"), second, QStringLiteral("demo"),
                            QStringLiteral("--unencrypted"), QStringLiteral("--cases"),
                            QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
            0);
        const CliRun secondList = runCli(
            {QStringLiteral("--db"), second, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(secondList.out, list.out);
    }

    void cliRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("zero") << QStringList {QStringLiteral("--cases"), QStringLiteral("0")};
        QTest::newRow("negative") << QStringList {QStringLiteral("--cases=-5")};
        QTest::newRow("not a number")
            << QStringList {QStringLiteral("--cases"), QStringLiteral("abc")};
        QTest::newRow("missing") << QStringList {};
        QTest::newRow("bad seed") << QStringList {QStringLiteral("--cases"), QStringLiteral("3"),
            QStringLiteral("--seed"), QStringLiteral("x")};
        QTest::newRow("positional") << QStringList {
            QStringLiteral("--cases"), QStringLiteral("3"), QStringLiteral("extra")};
    }

    void cliRejectsBadArguments()
    {
        if (!QFileInfo::exists(cliPath()))
            QSKIP("trustdesk-cli is not built");
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = test::databasePath(dir);
        const CliRun run
            = runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("demo")} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY2(!QFileInfo::exists(path), "a usage error must not create the database");
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
