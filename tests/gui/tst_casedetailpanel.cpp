// The read-only case view: sensitive client fields and witness contacts stay hidden until the
// caseworker ticks "Show sensitive fields", which is audited by kind; another case hides them
// again.
#include "cases/casedetailpanel.h"
#include "domain/redactionpolicy.h"
#include "print/casedetailhtml.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace td;
using namespace td::ui;

namespace {

/// A fictional number (555-01xx) that only a witness's contact holds.
const QString kWitnessPhone = QStringLiteral("+1 617 555 0199");

} // namespace

class TestCaseDetailPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void witnessContactsHiddenUntilShown()
    {
        QTemporaryDir dir;
        test::TestDatabase location(dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        auto db = Database::open(location.target());
        QVERIFY(db.ok());
        CaseRepository repository(**db, QStringLiteral("tester"));
        CaseFile c = test::sampleCase();
        c.incidents[0].witnesses[1].contact = kWitnessPhone;
        auto saved = repository.save(c);
        QVERIFY(saved.ok());
        auto other = repository.save(test::minimalCase(QStringLiteral("Other Example")));
        QVERIFY(other.ok());

        CaseDetailPanel panel;
        panel.setRepository(&repository);
        panel.showCase(saved->id);
        auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("caseDetailTextBrowser"));
        auto *show = panel.findChild<QCheckBox *>(QStringLiteral("showSensitiveCheckBox"));
        QVERIFY(browser && show);
        QVERIFY(show->toolTip().contains(QLatin1String("witnesses' contact details")));

        QString text = browser->toPlainText();
        QVERIFY(!text.contains(kWitnessPhone));
        QVERIFY(!text.contains(QStringLiteral("via the client")));
        QVERIFY(!text.contains(c.client.aNumber));
        // The witnesses and what they said are there; only the contact is hidden.
        QVERIFY(text.contains(
            QStringLiteral("王小明 · Hidden (sensitive) · Heard the question about ICE.")));

        show->setChecked(true);
        text = browser->toPlainText();
        QVERIFY(text.contains(kWitnessPhone));
        QVERIFY(text.contains(QStringLiteral("via the client")));
        QVERIFY(text.contains(c.client.aNumber));
        auto events = repository.audit().events(saved->reference);
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("case.view_sensitive"));
        QVERIFY(events->constFirst().detail.endsWith(QStringLiteral("a_number, witness_contact")));
        QVERIFY(!events->constFirst().detail.contains(kWitnessPhone));

        // Another case, then back: hidden again until asked for again.
        panel.showCase(other->id);
        panel.showCase(saved->id);
        QVERIFY(!show->isChecked());
        QVERIFY(!browser->toPlainText().contains(kWitnessPhone));
    }

    void namesNotCodes()
    {
        QTemporaryDir dir;
        test::TestDatabase location(dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        auto db = Database::open(location.target());
        QVERIFY(db.ok());
        CaseRepository repository(**db, QStringLiteral("tester"));
        CaseFile c = test::sampleCase();
        c.client.preferredLanguage = QStringLiteral("vi");
        c.incidents[0].policeDistrict = QStringLiteral("C-11");
        auto saved = repository.save(c);
        QVERIFY(saved.ok());

        CaseDetailPanel panel;
        panel.setRepository(&repository);
        panel.showCase(saved->id);
        auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("caseDetailTextBrowser"));
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        // The language by its names, the district with its neighbourhood; no bare codes.
        QVERIFY2(text.contains(QStringLiteral("Vietnamese (Tiếng Việt)")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("(vi)")));
        QVERIFY2(text.contains(QStringLiteral("C-11 \u2014 Dorchester")), qPrintable(text));
    }

    void rightToLeftPutsEveryLabelOnTheRight()
    {
        // Arabic: the label on the right, its value beside it on its left, both aligned to the
        // right edge, whatever script the value is in.
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QString html = caseDetailHtml(test::sampleCase(), RedactionPolicy());
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        const QStringList rows = html.split(QStringLiteral("<tr>")).mid(1);
        QVERIFY(rows.size() > 10);
        for (const QString &row : rows) {
            QVERIFY2(row.indexOf(QLatin1String("<td")) < row.indexOf(QLatin1String("<th")),
                qPrintable(row));
            QVERIFY2(!row.contains(QLatin1String("align=\"left\"")), qPrintable(row));
        }
        const QString ltr = caseDetailHtml(test::sampleCase(), RedactionPolicy());
        const QString first = ltr.split(QStringLiteral("<tr>")).at(1);
        QVERIFY(first.indexOf(QLatin1String("<th")) < first.indexOf(QLatin1String("<td")));
    }
};

QTEST_MAIN(TestCaseDetailPanel)
#include "tst_casedetailpanel.moc"
