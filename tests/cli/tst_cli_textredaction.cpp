// Withheld values written into free text, end to end: a synthetic case whose narrative, statements,
// officer and evidence descriptions, filing and requested action carry the client's own A-number,
// phone, address, birth date and email in several forms and scripts. report and client-copy (read
// back with pdftotext), show and export must print none of them unless that kind is included, and
// list the phrases that may reveal immigration status on stderr, masking them on request.
#include "clirun.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Run = CliRun;

namespace {

CaseFile caseWithValuesInText()
{
    CaseFile c = sampleCase(QStringLiteral("Nguyễn Thị Lan"));
    // sampleCase(): A123-456-789, +1 617 555 0142, lan.example@example.org,
    // 12 Example Street, Dorchester, MA 02124, born 1988-07-14.
    Incident &inc = c.incidents[0];
    inc.narrative = QStringLiteral(
        "The officer asked Lan for her A-number; she said A 123 456 789 and he wrote down "
        "123-456-789. He called her phone, (617) 555-0142, and read her email "
        "LAN.EXAMPLE@example.org aloud. He asked whether she still lives at 12 Example St. and "
        "whether she was born on July 14, 1988 (7/14/1988). She told him she is undocumented.\n"
        "Chị nói số điện thoại của chị là 617.555.0142 và chị sinh ngày 14 tháng 7 năm 1988.");
    inc.officers[0].description = QStringLiteral("كتب الرقم ١٢٣-٤٥٦-٧٨٩ على ورقة");
    inc.witnesses[1].statement
        = QStringLiteral("她说她的电话是（６１７）５５５－０１４２，生日是1988年7月14日。");
    c.evidence[0].description = QStringLiteral("Photo of the letter to A123456789");
    c.complaints[0].channel = QStringLiteral("by phone from +1-617-555-0142");
    return c;
}

/// The runs of digits of `text` between letters, digits of every script as ASCII: "A 123 456 789"
/// gives "123456789", "(617) 555-0142" gives "6175550142".
QStringList digitRuns(const QString &text)
{
    QStringList runs;
    QString run;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit() && c.digitValue() >= 0) {
            run += QChar(u'0' + c.digitValue());
        } else if (c.isLetter()) {
            if (!run.isEmpty())
                runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

bool anyRunContains(const QString &text, const QString &digits)
{
    const QStringList runs = digitRuns(text);
    return std::any_of(
        runs.cbegin(), runs.cend(), [&](const QString &r) { return r.contains(digits); });
}

QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QString pdfText(const QString &path)
{
    const Run r = runProgram(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    return r.exitCode == 0 ? r.out : QString();
}

} // namespace

class TestCliTextRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("TRUSTDESK_CLI").isEmpty())
            QSKIP("TRUSTDESK_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_db = databasePath(m_dir);
        auto opened = Database::open(m_db);
        QVERIFY(opened);
        CaseRepository repository(**opened, QStringLiteral("tester"));
        auto saved = repository.save(caseWithValuesInText());
        QVERIFY(saved);
        m_ref = saved->reference;
    }

    /// What the text of an output says about each withheld kind.
    void checkWithheld(const QString &text, bool aNumberShown, bool phoneShown)
    {
        const QString flat = squeezed(text);
        QCOMPARE(anyRunContains(text, QStringLiteral("123456789")), aNumberShown);
        QCOMPARE(anyRunContains(text, QStringLiteral("5550142")), phoneShown);
        QVERIFY2(!flat.contains(QStringLiteral("lan.example@example.org"), Qt::CaseInsensitive),
            "email");
        QVERIFY2(!flat.contains(QStringLiteral("12ExampleSt"), Qt::CaseInsensitive), "address");
        for (const QString &date : {QStringLiteral("July14,1988"), QStringLiteral("7/14/1988"),
                 QStringLiteral("1988年7月14日"), QStringLiteral("14tháng7năm1988"),
                 QStringLiteral("1988-07-14")})
            QVERIFY2(!flat.contains(date), qPrintable(date));
        QVERIFY(!anyRunContains(text, QStringLiteral("7141988")));
    }

    void reportWithholdsValuesInText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const Run r = runCliOn(m_db,
            {QStringLiteral("report"), m_ref, QStringLiteral("--out"), pdf,
                QStringLiteral("--request"),
                QStringLiteral("Please reach the client at 617.555.0142 only through us.")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Sensitive fields included: none")),
            qPrintable(describe(r)));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        checkWithheld(text, false, false);
        QVERIFY2(r.err.contains(QStringLiteral("withheld value(s) found in the free text")),
            qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("Incident 1, narrative: \"undocumented\"")),
            qPrintable(describe(r)));
        QVERIFY(!anyRunContains(r.err, QStringLiteral("123456789")));
        QVERIFY(squeezed(text).contains(QStringLiteral("[withheld]")));
        // Left as written, and the statement about what is withheld says so.
        QVERIFY(text.contains(QStringLiteral("undocumented")));
        QVERIFY(squeezed(text).contains(
            QStringLiteral("Wordsintheaccountsbelowthattouchonimmigrationstatus")));
    }

    void reportIncludesWhatIsIncluded()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("included.pdf"));
        const Run r = runCliOn(m_db,
            {QStringLiteral("report"), m_ref, QStringLiteral("--out"), pdf,
                QStringLiteral("--include"), QStringLiteral("a_number"),
                QStringLiteral("--mask-status-phrases")});
        EXPECT_EXIT(r, 0);
        QVERIFY(r.out.contains(QStringLiteral("Sensitive fields included: a_number")));
        const QString text = pdfText(pdf);
        checkWithheld(text, true, false);
        QVERIFY2(
            r.err.contains(QStringLiteral("immigration status, masked:")), qPrintable(describe(r)));
        QVERIFY(squeezed(text).contains(QStringLiteral("A123456789")));
        QVERIFY(!text.contains(QStringLiteral("undocumented")));
        QVERIFY(!squeezed(text).contains(
            QStringLiteral("Wordsintheaccountsbelowthattouchonimmigrationstatus")));
    }

    void eachIncludedKindAndOnlyItIsPrinted()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        // What each kind looks like in the narrative once it is printed.
        const QList<std::pair<QString, QString>> kinds {
            {QStringLiteral("a_number"), QStringLiteral("wrotedown123-456-789")},
            {QStringLiteral("phone"), QStringLiteral("(617)555-0142")},
            {QStringLiteral("email"), QStringLiteral("LAN.EXAMPLE@example.org")},
            {QStringLiteral("address"), QStringLiteral("livesat12ExampleSt.")},
            {QStringLiteral("date_of_birth"), QStringLiteral("July14,1988(7/14/1988)")},
        };
        for (const auto &[included, shown] : kinds) {
            const QString pdf = m_dir.filePath(QStringLiteral("include-%1.pdf").arg(included));
            const Run r = runCliOn(m_db,
                {QStringLiteral("report"), m_ref, QStringLiteral("--out"), pdf,
                    QStringLiteral("--include"), included});
            EXPECT_EXIT(r, 0);
            const QString text = squeezed(pdfText(pdf));
            for (const auto &[kind, form] : kinds)
                QVERIFY2(text.contains(form) == (kind == included),
                    qPrintable(QStringLiteral("--include %1: %2").arg(included, kind)));
        }
    }

    void clientCopyWithholdsValuesInText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("copy.pdf"));
        const Run r = runCliOn(m_db,
            {QStringLiteral("client-copy"), m_ref, QStringLiteral("--out"), pdf,
                QStringLiteral("--lang"), QStringLiteral("en")});
        EXPECT_EXIT(r, 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("by phone from")));
        checkWithheld(text, false, false);
    }

    void showWithholdsValuesInText()
    {
        const Run r = runCliOn(m_db, {QStringLiteral("show"), m_ref});
        EXPECT_EXIT(r, 0);
        checkWithheld(r.out, false, false);
        QVERIFY(
            r.out.contains(QStringLiteral("she said [withheld] and he wrote down [withheld].")));
        QVERIFY(r.err.contains(QStringLiteral("undocumented")));

        const Run included = runCliOn(m_db,
            {QStringLiteral("show"), m_ref, QStringLiteral("--include"), QStringLiteral("phone")});
        EXPECT_EXIT(included, 0);
        checkWithheld(included.out, false, true);
        QVERIFY(included.out.contains(QStringLiteral("(617) 555-0142")));

        const Run json = runCliOn(m_db, {QStringLiteral("show"), m_ref, QStringLiteral("--json")});
        EXPECT_EXIT(json, 0);
        checkWithheld(json.out, false, false);
    }

    void exportWithholdsValuesInText()
    {
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        const Run r = runCliOn(m_db,
            {QStringLiteral("export"), m_ref, QStringLiteral("--out"), out,
                QStringLiteral("--mask-status-phrases")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("immigration status, masked:")), qPrintable(describe(r)));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString json = QString::fromUtf8(file.readAll());
        checkWithheld(json, false, false);
        QVERIFY(!json.contains(QStringLiteral("undocumented")));
        const QJsonObject c
            = QJsonDocument::fromJson(json.toUtf8())[QStringLiteral("cases")][0].toObject();
        QVERIFY(c[QStringLiteral("incidents")][0][QStringLiteral("narrative")].toString().contains(
            QStringLiteral("[withheld]")));

        // Everything included: the text leaves as stored.
        const Run all = runCliOn(m_db,
            {QStringLiteral("export"), m_ref, QStringLiteral("--out"), out,
                QStringLiteral("--include-sensitive")});
        EXPECT_EXIT(all, 0);
        QFile again(out);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QString full = QString::fromUtf8(again.readAll());
        QVERIFY(full.contains(QStringLiteral("A 123 456 789")));
        QVERIFY(full.contains(QStringLiteral("undocumented")));
    }

    void exportListsTheFirstCasesThenCounts()
    {
        const QString db = m_dir.filePath(QStringLiteral("many.sqlite"));
        {
            auto opened = Database::open(db);
            QVERIFY(opened);
            CaseRepository repository(**opened, QStringLiteral("tester"));
            for (int i = 0; i < 23; ++i)
                QVERIFY(repository.save(caseWithValuesInText()));
        }
        const Run r = runCliOn(db,
            {QStringLiteral("export"), QStringLiteral("--out"),
                m_dir.filePath(QStringLiteral("many.json"))});
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.err.count(QStringLiteral("withheld value(s) found in the free text")), 20);
        QVERIFY2(r.err.contains(QStringLiteral("… and 3 more case(s)")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Exported 23 case(s)")));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_ref;
};

QTEST_GUILESS_MAIN(TestCliTextRedaction)
#include "tst_cli_textredaction.moc"
