// The complaint submission and the client copy: golden HTML for fixed synthetic cases, redaction
// (no withheld client value or witness contact anywhere, the withheld kinds named), scripts,
// citations, exhibit images, and the record of generated reports.
//
// Golden files live in tests/core/golden/. After an intended change to the document, regenerate
// them with TRUSTDESK_UPDATE_GOLDEN=1 (see tests/core/golden/README.md) and review the diff.
#include "demo/demogenerator.h"
#include "domain/clientfield.h"
#include "guidance/guidancepackloader.h"
#include "print/clientcopy.h"
#include "print/complaintreport.h"
#include "print/guidancehandout.h"
#include "print/printimage.h"
#include "print/reporthtml.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/generatedreportlog.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTimeZone>

using namespace td;

namespace {

const QDate kGenerated(2026, 3, 6);

QString goldenDir()
{
    const QString source = qEnvironmentVariable("TRUSTDESK_SOURCE_DIR");
    return source.isEmpty() ? QString()
                            : QDir(source).filePath(QStringLiteral("tests/core/golden"));
}

/// Compares `actual` with golden file `name`; with TRUSTDESK_UPDATE_GOLDEN=1 rewrites it instead.
bool matchesGolden(const QString &name, const QString &actual, QString &why)
{
    const QString path = QDir(goldenDir()).filePath(name);
    if (qEnvironmentVariableIntValue("TRUSTDESK_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            why = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        out.write(actual.toUtf8());
        qInfo("golden file updated: %s", qPrintable(path));
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        why = QStringLiteral(
            "missing golden file %1 (run with TRUSTDESK_UPDATE_GOLDEN=1 to create it)")
                  .arg(path);
        return false;
    }
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == actual)
        return true;
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QString el = e.value(i);
        const QString al = a.value(i);
        if (el != al) {
            why = QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                      .arg(name)
                      .arg(i + 1)
                      .arg(el, al);
            break;
        }
    }
    return false;
}

CaseFile fixedCase()
{
    CaseFile c = test::sampleCase();
    c.id = 42;
    c.reference = QStringLiteral("TD-2026-00042");
    return c;
}

/// The sample case with a Chinese (Traditional) client and a second incident.
CaseFile chineseCase()
{
    CaseFile c = test::sampleCase(QStringLiteral("陳美玲"));
    c.id = 43;
    c.reference = QStringLiteral("TD-2026-00043");
    c.client.preferredName = QStringLiteral("Mei-ling");
    c.client.preferredLanguage = QStringLiteral("zh_TW");
    c.client.countryOfBirth = QStringLiteral("Taiwan");
    Incident second;
    second.date = QDate(2026, 3, 1);
    second.location = QStringLiteral("Example Station platform, Chinatown");
    second.policeDistrict = QStringLiteral("A-1");
    second.agency = QStringLiteral("MBTA Transit Police");
    second.violations = {QStringLiteral("civil_detainer")};
    second.narrative
        = QStringLiteral("The client was held for two hours.\nAn officer said ICE was on the way.");
    second.officers = {Officer {0, QStringLiteral("Sgt. Example Ortiz"),
        QStringLiteral("MBTA 4410"), QStringLiteral("Transit patrol"), QString()}};
    c.incidents.append(second);
    return c;
}

std::optional<GuidancePack> builtInPack()
{
    auto pack = GuidancePackLoader::loadBuiltIn();
    if (!pack)
        return std::nullopt;
    return pack.value();
}

/// A fictional number (555-01xx) that only a witness's contact holds.
const QString kWitnessPhone = QStringLiteral("+1 617 555 0199");

/// The sample case whose second witness can be reached by phone.
CaseFile caseWithWitnessPhone()
{
    CaseFile c = fixedCase();
    c.incidents[0].witnesses[1].contact = kWitnessPhone;
    return c;
}

/// Every sensitive value of the sample client, in the forms a report could print it.
QStringList sensitiveValues(const Client &c)
{
    return {c.phone, c.email, c.address, ReportHtml::documentDate(c.dateOfBirth), c.countryOfBirth,
        c.immigrationStatus, c.aNumber};
}

/// What checkExhibitRows found.
struct ExhibitRows
{
    QString error; ///< empty when every row lies on one page, right below the header if moved
    int rows = 0;
    int pages = 0; ///< pages the table covers
    int moved = 0; ///< rows that start a page
};

/// Checks, on a laid-out document, that each row of the exhibit table has all its text on one page,
/// and that a row starting a page starts right below the repeated header (no gap).
ExhibitRows checkExhibitRows(QTextDocument &document, const QString &where)
{
    ExhibitRows out;
    QTextTable *table = nullptr;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *t = qobject_cast<QTextTable *>(frame);
        if (t && t->rows() > 1 && t->columns() >= 2
            && t->cellAt(0, 1).firstCursorPosition().block().text() == QLatin1String("Exhibit"))
            table = t;
    }
    if (!table) {
        out.error = QStringLiteral("%1: no exhibit table").arg(where);
        return out;
    }
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const auto extent = [&](int row) {
        qreal top = 1e12;
        qreal bottom = -1e12;
        for (int col = 0; col < table->columns(); ++col) {
            const QTextTableCell cell = table->cellAt(row, col);
            const QTextBlock last = cell.lastCursorPosition().block();
            for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                const QRectF rect = layout->blockBoundingRect(b);
                top = std::min(top, rect.top());
                bottom = std::max(bottom, rect.bottom());
                if (b == last)
                    break;
            }
        }
        return std::pair {top, bottom};
    };
    const auto [headerTop, headerBottom] = extent(0);
    const qreal headerHeight = headerBottom - headerTop;
    int firstPage = -1;
    int lastPage = -1;
    int previousPage = -1;
    for (int row = 1; row < table->rows(); ++row) {
        const auto [top, bottom] = extent(row);
        const int topPage = int(top / pageHeight);
        const int bottomPage = int((bottom - 1.0) / pageHeight);
        const QString text = table->cellAt(row, 1).firstCursorPosition().block().text().left(20);
        if (topPage != bottomPage) {
            out.error = QStringLiteral("%1: \"%2\" (row %3) runs from page %4 onto page %5")
                            .arg(where, text)
                            .arg(row)
                            .arg(topPage + 1)
                            .arg(bottomPage + 1);
            return out;
        }
        if (previousPage >= 0 && topPage != previousPage) {
            ++out.moved;
            // Below the repeated header (room for it above), with no gap between the two.
            const qreal offset = top - topPage * pageHeight;
            if (offset < headerHeight || offset > 3 * headerHeight) {
                out.error = QStringLiteral("%1: \"%2\" starts %3 units down its page (header %4)")
                                .arg(where, text)
                                .arg(offset)
                                .arg(headerHeight);
                return out;
            }
        }
        firstPage = firstPage < 0 ? topPage : firstPage;
        lastPage = topPage;
        previousPage = topPage;
        ++out.rows;
    }
    out.pages = lastPage - firstPage + 1;
    return out;
}

QString plainText(const ComplaintReport &report)
{
    QTextDocument document;
    report.build(document);
    return document.toPlainText();
}

} // namespace

class TestComplaintReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QVERIFY2(!goldenDir().isEmpty(), "TRUSTDESK_SOURCE_DIR is not set (run through ctest)");
        // Not the office in this computer's settings: photo times in the test's zone (TZ=UTC).
        OfficeProfile::install(OfficeProfile {});
        m_pack = builtInPack();
        QVERIFY(m_pack.has_value());
    }

    void goldenDefault()
    {
        ComplaintReportOptions options;
        options.organisation = QStringLiteral("Example Legal Aid Office");
        options.generatedOn = kGenerated;
        const ComplaintReport report(fixedCase(), &*m_pack, options);
        QString why;
        QVERIFY2(matchesGolden(QStringLiteral("complaint_default.html"), report.html(), why),
            qPrintable(why));
    }

    void goldenClientFilesWithIncludedFields()
    {
        ComplaintReportOptions options;
        options.recipient = ComplaintRecipient(ComplaintRecipient::Kind::AccountabilityOffice);
        options.filer = ComplaintFiler::Client;
        options.policy.include(ClientField::Phone);
        options.policy.include(ClientField::ANumber);
        options.paper = QPageSize(QPageSize::Letter);
        options.generatedOn = kGenerated;
        const ComplaintReport report(chineseCase(), &*m_pack, options);
        QString why;
        QVERIFY2(
            matchesGolden(QStringLiteral("complaint_client_included.html"), report.html(), why),
            qPrintable(why));
        QCOMPARE(report.includedFieldKeys(),
            (QStringList {QStringLiteral("phone"), QStringLiteral("a_number")}));
    }

    void goldenAnonymousWithPhoto()
    {
        ComplaintReportOptions options;
        options.recipient
            = ComplaintRecipient::fromKey(QStringLiteral("Example County Oversight Board"));
        options.filer = ComplaintFiler::Anonymous;
        options.requestedAction
            = QStringLiteral("Review the stop & tell us <what> policy applies.");
        options.generatedOn = kGenerated;
        options.exhibitImage = [](const EvidenceItem &, int maxEdge) {
            return QImage(maxEdge, maxEdge * 3 / 4, QImage::Format_RGB32);
        };
        const ComplaintReport report(fixedCase(), &*m_pack, options);
        QString why;
        QVERIFY2(
            matchesGolden(QStringLiteral("complaint_anonymous_photo.html"), report.html(), why),
            qPrintable(why));
    }

    void goldenClientCopySummary_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
    }
    void goldenClientCopySummary()
    {
        QFETCH(QString, language);
        ClientCopyOptions options;
        options.languageCode = language;
        options.generatedOn = kGenerated;
        options.office.emplace(); // not the office in this computer's settings
        const ClientCopy copy(fixedCase(), *m_pack, options);
        QCOMPARE(copy.language(), language);
        QString why;
        QVERIFY2(matchesGolden(
                     QStringLiteral("clientcopy_%1.html").arg(language), copy.summaryHtml(), why),
            qPrintable(why));
    }

    void clientCopyNamesTheOffice()
    {
        ClientCopyOptions options;
        options.generatedOn = kGenerated;
        // emplace(), not assignment: GCC 12 at -O2 with the sanitizers takes the optional's move
        // assignment for a read of uninitialised members (-Wmaybe-uninitialized).
        options.office.emplace(OfficeProfile {QStringLiteral("Harbor Legal Aid (fictional)"),
            QStringLiteral("12 Example Street\nBoston, MA 02101"), QStringLiteral("617-555-0142"),
            QStringLiteral("help@example.org"), {}});
        const QString html = ClientCopy(fixedCase(), *m_pack, options).summaryHtml();
        QVERIFY(html.contains(QStringLiteral("Your legal-aid office:")));
        for (const QString &line : options.office->contactLines())
            QVERIFY2(html.contains(line.toHtmlEscaped()), qPrintable(line));
        // The phone number keeps its order in a right-to-left copy.
        QVERIFY(html.contains(QStringLiteral("<span dir=\"ltr\">617-555-0142</span>")));

        options.office.emplace();
        QVERIFY(!ClientCopy(fixedCase(), *m_pack, options)
                     .summaryHtml()
                     .contains(QStringLiteral("Your legal-aid office:")));
    }

    void handoutNamesTheOffice()
    {
        OfficeProfile::install(OfficeProfile {QStringLiteral("Harbor Legal Aid (fictional)"), {},
            QStringLiteral("617-555-0142"), {}, {}});
        QTextDocument document;
        QVERIFY(GuidanceHandout::build(
            *m_pack, ClientCopy::howToArticleId(), QStringLiteral("es"), document)
                    .ok());
        const QString text = document.toPlainText();
        OfficeProfile::install(OfficeProfile {});
        QVERIFY(text.contains(QStringLiteral("Your legal-aid office")));
        QVERIFY(text.contains(QStringLiteral("Harbor Legal Aid (fictional)")));
        QVERIFY(text.contains(QStringLiteral("617-555-0142")));
    }

    // Each exhibit says when it was made in the office's zone, named, and by whose clock, in
    // English a reader takes in at once.
    void exhibitsSayWhereTheirTimeCameFrom()
    {
        CaseFile c = fixedCase();
        const EvidenceItem photo = c.evidence.constFirst();
        c.evidence.clear();
        const struct
        {
            CaptureOrigin origin;
            const char *mediaType;
        } items[]
            = {{CaptureOrigin::Camera, "image/jpeg"}, {CaptureOrigin::FileModified, "image/png"},
                {CaptureOrigin::FileModified, "application/pdf"},
                {CaptureOrigin::Caseworker, "image/jpeg"}, {CaptureOrigin::Unknown, "video/mp4"}};
        for (const auto &item : items) {
            EvidenceItem e = photo;
            e.capturedOrigin = item.origin;
            e.mediaType = QString::fromLatin1(item.mediaType);
            // 3 Dec 2026, 19:05 UTC is 14:05 in Boston (EST).
            e.capturedAt = QDateTime(QDate(2026, 12, 3), QTime(19, 5), QTimeZone::utc());
            c.evidence.append(e);
        }
        OfficeProfile::install(
            OfficeProfile {{}, {}, {}, {}, QByteArrayLiteral("America/New_York")});
        ComplaintReportOptions options;
        options.generatedOn = kGenerated;
        const ComplaintReport report(c, &*m_pack, options);
        const QString text = plainText(report);
        OfficeProfile::install(OfficeProfile {});
        // The date's style is the document language's; what is checked here is the rest.
        const QString when = ReportHtml::documentDateTime(
            c.evidence.at(0).capturedAt, QTimeZone("America/New_York"));
        QVERIFY2(when.endsWith(QLatin1String("05 PM EST")), qPrintable(when));
        for (const QString &expected : {QStringLiteral("Photo taken %1 (camera clock)"),
                 QStringLiteral("File last changed %1 (not necessarily when the photo was taken)"),
                 QStringLiteral("File last changed %1 (not necessarily when it was made)"),
                 QStringLiteral("Photo taken %1 (as entered by the caseworker)"),
                 QStringLiteral("Dated %1 (source of the time not recorded)")})
            QVERIFY2(text.contains(expected.arg(when)), qPrintable(expected.arg(when)));
        QVERIFY(!text.contains(QStringLiteral("UTC")));
        QVERIFY(!text.contains(QStringLiteral("Taken:")));
    }

    void withheldValuesNeverAppear()
    {
        const CaseFile c = fixedCase();
        ComplaintReportOptions options;
        options.generatedOn = kGenerated;
        const ComplaintReport report(c, &*m_pack, options);
        const QString html = report.html();
        const QString text = plainText(report);
        for (const QString &value : sensitiveValues(c.client)) {
            QVERIFY2(!html.contains(value, Qt::CaseInsensitive), qPrintable(value));
            QVERIFY2(!text.contains(value, Qt::CaseInsensitive), qPrintable(value));
        }
        // The kinds withheld are named, every one of them.
        QVERIFY(text.contains(QStringLiteral("Information withheld.")));
        for (const ClientField field : RedactionPolicy().withheldFields())
            QVERIFY2(text.contains(clientFieldLabel(field)), qPrintable(clientFieldLabel(field)));
        // Internal notes are not part of a complaint.
        QVERIFY(!text.contains(c.client.notes));
    }

    void includedValuesAppear()
    {
        const CaseFile c = caseWithWitnessPhone();
        ComplaintReportOptions options;
        options.policy = RedactionPolicy::includeEverything();
        const ComplaintReport report(c, &*m_pack, options);
        const QString text = plainText(report);
        for (const QString &value : sensitiveValues(c.client))
            QVERIFY2(text.contains(value), qPrintable(value));
        QVERIFY(text.contains(kWitnessPhone));
        QCOMPARE(report.includedFieldKeys(), RedactionPolicy::sensitiveKeys());
        QVERIFY(!text.contains(QStringLiteral("Information withheld.")));
        QVERIFY(text.contains(QStringLiteral("Included at the filer's deliberate choice")));
    }

    void witnessContactsAreWithheldByDefault()
    {
        const CaseFile c = caseWithWitnessPhone();
        ComplaintReportOptions options;
        options.generatedOn = kGenerated;
        const ComplaintReport report(c, &*m_pack, options);
        const QString html = report.html();
        const QString text = plainText(report);
        for (const QString &contact : {kWitnessPhone, QStringLiteral("via the client")}) {
            QVERIFY2(!html.contains(contact), qPrintable(contact));
            QVERIFY2(!text.contains(contact), qPrintable(contact));
        }
        // The cells say so, and the kind is named among the withheld ones, by kind only.
        QCOMPARE(html.count(QStringLiteral("<span style=\"color:#666\">Withheld</span>")), 2);
        QCOMPARE(
            report.withheldDetails(), QList<SensitiveDetail> {SensitiveDetail::WitnessContact});
        QVERIFY(text.contains(QStringLiteral("To protect the complainant and the witnesses")));
        QVERIFY(text.contains(sensitiveDetailLabel(SensitiveDetail::WitnessContact)));
        QVERIFY(report.includedFieldKeys().isEmpty());
        // The rest of what a witness said still reaches the investigator.
        QVERIFY(text.contains(QStringLiteral("王小明")));
        QVERIFY(text.contains(QStringLiteral("Heard the question about ICE.")));
    }

    void includedWitnessContactsAppear()
    {
        const CaseFile c = caseWithWitnessPhone();
        ComplaintReportOptions options;
        options.policy.include(SensitiveDetail::WitnessContact);
        const ComplaintReport report(c, &*m_pack, options);
        const QString text = plainText(report);
        QVERIFY(text.contains(kWitnessPhone));
        QVERIFY(text.contains(QStringLiteral("via the client")));
        QVERIFY(!report.html().contains(QStringLiteral(">Withheld<")));
        QVERIFY(report.withheldDetails().isEmpty());
        QVERIFY(text.contains(
            QStringLiteral("Included at the filer's deliberate choice: Witness contact details.")));
        QCOMPARE(report.includedFieldKeys(), QStringList {QStringLiteral("witness_contact")});
        // Including a witness's contact includes nothing of the client's.
        for (const QString &value : sensitiveValues(c.client))
            QVERIFY2(!text.contains(value), qPrintable(value));
        QVERIFY(text.contains(QStringLiteral("To protect the complainant, this document")));
    }

    void noWitnessContactNothingToWithhold()
    {
        CaseFile c = fixedCase();
        for (Witness &w : c.incidents[0].witnesses)
            w.contact.clear();
        const ComplaintReport report(c, &*m_pack, ComplaintReportOptions {});
        QVERIFY(report.withheldDetails().isEmpty());
        const QString text = plainText(report);
        QVERIFY(!text.contains(sensitiveDetailLabel(SensitiveDetail::WitnessContact)));
        QVERIFY(text.contains(QStringLiteral("To protect the complainant, this document")));
    }

    void onlyTheIncludedFieldAppears()
    {
        const CaseFile c = caseWithWitnessPhone();
        ComplaintReportOptions options;
        options.policy.include(ClientField::ANumber);
        const QString text = plainText(ComplaintReport(c, &*m_pack, options));
        QVERIFY(text.contains(c.client.aNumber));
        QVERIFY(!text.contains(c.client.phone));
        QVERIFY(!text.contains(c.client.immigrationStatus));
        QVERIFY(!text.contains(kWitnessPhone));
    }

    void anonymousFilingNamesNobody()
    {
        const CaseFile c = fixedCase();
        ComplaintReportOptions options;
        options.filer = ComplaintFiler::Anonymous;
        const ComplaintReport report(c, &*m_pack, options);
        const QString text = plainText(report);
        QVERIFY(!text.contains(c.client.fullName));
        QVERIFY(!text.contains(c.assignedCaseworker));
        QVERIFY(report.withheldFields().contains(ClientField::FullName));
        QVERIFY(text.contains(clientFieldLabel(ClientField::FullName)));
    }

    void freeTextFollowsTheWithheldStatement()
    {
        CaseFile c = fixedCase();
        c.incidents[0].narrative = QStringLiteral("%1 gave her number %2 and said she is "
                                                  "undocumented.")
                                       .arg(c.client.fullName, c.client.aNumber);
        ComplaintReportOptions options;
        options.filer = ComplaintFiler::Anonymous;
        options.requestedAction
            = QStringLiteral("Do not call %1; write to the filer.").arg(c.client.phone);
        const ComplaintReport report(c, &*m_pack, options);
        const QString text = plainText(report);
        // Withheld in its field, withheld in the text: the name too, for an anonymous filing.
        QVERIFY(!text.contains(c.client.fullName));
        QVERIFY(!text.contains(c.client.aNumber));
        QVERIFY(!text.contains(c.client.phone));
        QVERIFY(text.contains(QStringLiteral("Do not call [withheld]; write to the filer.")));
        // A status phrase is the filer's to mask; left as written, the statement says so.
        QVERIFY(text.contains(QStringLiteral("undocumented")));
        QVERIFY(report.statusPhrasesLeft());
        QVERIFY(text.contains(QStringLiteral("touch on immigration status")));
        QCOMPARE(c.incidents[0].narrative.count(c.client.fullName), 1); // the case is untouched

        options.policy.setMaskStatusPhrases(true);
        options.filer = ComplaintFiler::Client;
        const QString masked = plainText(ComplaintReport(c, &*m_pack, options));
        QVERIFY(!masked.contains(QStringLiteral("undocumented")));
        QVERIFY(!masked.contains(QStringLiteral("touch on immigration status")));
        QVERIFY(masked.contains(c.client.fullName + QStringLiteral(" gave her number [withheld]")));
    }

    void scriptsAndFactsArePresent()
    {
        const CaseFile c = fixedCase();
        const ComplaintReport report(c, &*m_pack, ComplaintReportOptions {});
        const QString html = report.html();
        const QString text = plainText(report);
        for (const QString &name : {QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("محمد الفرضي"),
                 QStringLiteral("王小明")}) {
            QVERIFY2(html.contains(name), qPrintable(name));
            QVERIFY2(text.contains(name), qPrintable(name));
        }
        QVERIFY(text.contains(QStringLiteral("BPD-0042")));
        QVERIFY(text.contains(QStringLiteral("7731-x"))); // exactly as entered (outer spaces aside)
        QVERIFY(text.contains(c.incidents.constFirst().narrative));
        QVERIFY(text.contains(c.evidence.constFirst().sha256.left(32)));
        // Values carry dir="auto", so an Arabic name reads right to left inside the page.
        QVERIFY(html.contains(QStringLiteral("<td dir=\"auto\" valign=\"top\">محمد الفرضي</td>")));
        // Fonts for every script, the Simplified cut first for a client who is not Taiwanese.
        QVERIFY(html.contains(QStringLiteral(
            "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans CJK SC', 'Noto Sans CJK TC'")));
        QVERIFY(ComplaintReport(chineseCase(), &*m_pack, {})
                    .html()
                    .contains(QStringLiteral("'Noto Sans CJK TC', 'Noto Sans CJK SC'")));
    }

    void allegationsCiteThePack()
    {
        const QString text
            = plainText(ComplaintReport(fixedCase(), &*m_pack, ComplaintReportOptions {}));
        QVERIFY(text.contains(
            QStringLiteral("Questioning or detention solely on immigration suspicion")));
        QVERIFY(text.contains(QStringLiteral("Sharing personal information without lawful basis")));
        // Each allegation cites the rule it concerns, with the rule's source, and the guidance
        // article only as a secondary reference; the app's own article is no "policy".
        QVERIFY2(
            text.contains(QStringLiteral("Rule: Boston Trust Act, City of Boston Code §11-1.9.")),
            qPrintable(text));
        QVERIFY(text.contains(m_pack->source(QStringLiteral("4"))->url.toString()));
        QVERIFY(text.contains(QStringLiteral("It applies to: Boston Police Department.")));
        QVERIFY(text.contains(
            QStringLiteral("See also the guidance “%1”")
                .arg(m_pack->title(QStringLiteral("trust-act"), QStringLiteral("en")))));
        QVERIFY(text.indexOf(QLatin1String("Rule: ")) < text.indexOf(QLatin1String("See also")));
        QVERIFY(!text.contains(QStringLiteral("Policy:")));
        // A category no rule covers cites its guidance article, named as guidance.
        CaseFile other = fixedCase();
        other.incidents[0].violations = {QStringLiteral("other")};
        const QString otherText = plainText(ComplaintReport(other, &*m_pack, {}));
        QVERIFY(!otherText.contains(QStringLiteral("Rule: ")));
        QVERIFY2(otherText.contains(QStringLiteral("Guidance: “%1”")
                                        .arg(m_pack->title(QStringLiteral("common-violations"),
                                            QStringLiteral("en")))),
            qPrintable(otherText));
        // Without a pack the allegations still print, without citations.
        const QString bare = plainText(ComplaintReport(fixedCase(), nullptr, {}));
        QVERIFY(
            !bare.contains(QStringLiteral("Rule:")) && !bare.contains(QStringLiteral("Guidance:")));
    }

    void valuesAreEscaped()
    {
        CaseFile c = fixedCase();
        c.client.fullName = QStringLiteral("<b>Eve</b> & \"Co\"");
        c.incidents[0].narrative = QStringLiteral("<script>alert(1)</script> & <img src=x>");
        c.incidents[0].officers[0].badgeNumber = QStringLiteral("<1234>");
        const QString html = ComplaintReport(c, &*m_pack, {}).html();
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<img src=x>")));
        QVERIFY(!html.contains(QStringLiteral("<b>Eve</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;")));
        QVERIFY(html.contains(QStringLiteral("&lt;1234&gt;")));
    }

    void draftWithoutConsent()
    {
        CaseFile c = fixedCase();
        QVERIFY(!plainText(ComplaintReport(c, &*m_pack, {})).contains(QStringLiteral("DRAFT")));
        c.client.consentToFile = false;
        QVERIFY(plainText(ComplaintReport(c, &*m_pack, {})).startsWith(QStringLiteral("DRAFT")));
    }

    void recipients()
    {
        QCOMPARE(ComplaintRecipient::fromKey(QStringLiteral("bpd-iad")).kind(),
            ComplaintRecipient::Kind::BpdInternalAffairs);
        QCOMPARE(ComplaintRecipient::fromKey(QStringLiteral("Accountability")).kind(),
            ComplaintRecipient::Kind::AccountabilityOffice);
        const auto other = ComplaintRecipient::fromKey(QStringLiteral("  Example Board "));
        QCOMPARE(other.kind(), ComplaintRecipient::Kind::Other);
        QCOMPARE(other.displayName(), QStringLiteral("Example Board"));
        QCOMPARE(other.key(), QStringLiteral("Example Board"));
        QVERIFY(!ComplaintRecipient::fromKey(QStringLiteral(" ")).isValid());
        // The POST Commission: a third built-in body, with only the address the sources give.
        const auto post = ComplaintRecipient::fromKey(QStringLiteral("POST"));
        QCOMPARE(post.kind(), ComplaintRecipient::Kind::PostCommission);
        QCOMPARE(post.key(), QStringLiteral("post"));
        QCOMPARE(post.displayName(),
            QStringLiteral("Massachusetts Peace Officer Standards and Training (POST) Commission"));
        QCOMPARE(post.addressLines(),
            (QStringList {
                QStringLiteral("Complaints about any certified officer in the Commonwealth"),
                QStringLiteral("policecomplaints.mass.gov")}));
        QVERIFY(ComplaintRecipient(ComplaintRecipient::Kind::BpdInternalAffairs)
                    .addressLines()
                    .isEmpty());
        ComplaintReportOptions options;
        options.recipient = post;
        const QString text = plainText(ComplaintReport(fixedCase(), &*m_pack, options));
        QVERIFY2(
            text.contains(post.displayName() + QLatin1Char('\n')
                + QStringLiteral("Complaints about any certified officer in the Commonwealth")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("policecomplaints.mass.gov")));
    }

    void suggestedRecipientFollowsTheAgency()
    {
        CaseFile c = fixedCase(); // Boston Police Department
        QCOMPARE(ComplaintRecipient::suggestedFor(c).kind(),
            ComplaintRecipient::Kind::BpdInternalAffairs);
        for (const auto *agency : {"MBTA Transit Police", "Massachusetts State Police"}) {
            for (Incident &incident : c.incidents)
                incident.agency = QString::fromLatin1(agency);
            QCOMPARE(ComplaintRecipient::suggestedFor(c).kind(),
                ComplaintRecipient::Kind::PostCommission);
        }
        // One incident with the BPD keeps Internal Affairs; no agency named suggests nothing new.
        c.incidents[0].agency = QStringLiteral("Boston Police Department, with ICE ERO present");
        QCOMPARE(ComplaintRecipient::suggestedFor(c).kind(),
            ComplaintRecipient::Kind::BpdInternalAffairs);
        for (Incident &incident : c.incidents)
            incident.agency.clear();
        QCOMPARE(ComplaintRecipient::suggestedFor(c).kind(),
            ComplaintRecipient::Kind::BpdInternalAffairs);
    }

    void exhibitImagesArePrescaled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.jpg"));
        QImage big(4000, 3000, QImage::Format_RGB32);
        big.fill(QColor(90, 120, 150));
        QVERIFY(QImageWriter(path, "jpeg").write(big));
        // A 12 MP JPEG decodes straight at 1/4 (1000 × 750), within the 1200 px cap.
        const QImage scaled = PrintImage::readScaled(path, 1200);
        QCOMPARE(scaled.size(), QSize(1000, 750));
        QCOMPARE(PrintImage::decodeSize(QSize(4000, 3000), 1200, "png"), QSize(1200, 900));
        QCOMPARE(PrintImage::decodeSize(QSize(3000, 2000), 1200, "jpeg"), QSize(750, 500));
        QCOMPARE(PrintImage::decodeSize(QSize(9000, 100), 1200, "jpeg"), QSize(1125, 13));
        QCOMPARE(PrintImage::decodeSize(QSize(1000, 750), 1200, "jpeg"), QSize(1000, 750));
        QVERIFY(PrintImage::readScaled(dir.filePath(QStringLiteral("missing.jpg")), 1200).isNull());

        int calls = 0;
        ComplaintReportOptions options;
        options.exhibitImage = [&](const EvidenceItem &item, int maxEdge) {
            ++calls;
            return item.mediaType.startsWith(QLatin1String("image/"))
                ? PrintImage::readScaled(path, maxEdge)
                : QImage();
        };
        const ComplaintReport report(fixedCase(), &*m_pack, options);
        QTextDocument document;
        report.build(document);
        QCOMPARE(calls, 1);
        const QImage resource
            = document
                  .resource(QTextDocument::ImageResource, QUrl(QStringLiteral("exhibit-image:1")))
                  .value<QImage>();
        QCOMPARE(resource.size(), QSize(1000, 750));
    }

    void pagedLayoutKeepsEveryBlock()
    {
        // Moving a heading to the next page must leave every later block laid out: Qt re-lays out
        // only part of a document after a format change, and a block left without a layout never
        // prints (the declaration vanished from some complaints).
        DemoGenerator demo(3);
        int moved = 0;
        for (const CaseFile &c : demo.generate(40)) {
            const ComplaintReport report(c, &*m_pack, ComplaintReportOptions {});
            QTextDocument document;
            report.build(document);
            QBuffer pdf;
            QVERIFY(pdf.open(QIODevice::WriteOnly));
            QPdfWriter writer(&pdf);
            writer.setResolution(300);
            QVERIFY(PagedPdfWriter::paint(document, report.page(), writer) > 0);
            for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
                if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    ++moved;
                if (!b.text().trimmed().isEmpty())
                    QVERIFY2(document.documentLayout()->blockBoundingRect(b).height() > 0,
                        qPrintable(QStringLiteral("not laid out: \"%1\"").arg(b.text().left(40))));
            }
        }
        QVERIFY(moved > 0); // the cases exercised a moved heading
    }

    void declarationKeepsItsSignatureLines()
    {
        // A declaration split from its signature lines (the printed name alone on the last page)
        // reads as an unsigned complaint: a short section starts a page of its own instead.
        const EvidenceItem photo = fixedCase().evidence.constFirst();
        DemoGenerator demo(5);
        int moved = 0;
        for (CaseFile c : demo.generate(30)) {
            for (int i = 0; i < 2; ++i) {
                EvidenceItem e = photo;
                e.id = i + 1;
                c.evidence.append(e);
            }
            for (const QPageSize &paper :
                {QPageSize(QPageSize::Letter), QPageSize(QPageSize::A4)}) {
                ComplaintReportOptions options;
                options.paper = paper;
                options.exhibitImage = [](const EvidenceItem &, int maxEdge) {
                    QImage image(maxEdge, maxEdge * 3 / 4, QImage::Format_RGB32);
                    image.fill(Qt::darkCyan);
                    return image;
                };
                const ComplaintReport report(c, &*m_pack, options);
                QTextDocument document;
                report.build(document);
                QBuffer pdf;
                QVERIFY(pdf.open(QIODevice::WriteOnly));
                QPdfWriter writer(&pdf);
                writer.setResolution(300);
                QVERIFY(PagedPdfWriter::paint(document, report.page(), writer) > 0);
                const qreal pageHeight = document.pageSize().height();
                int declarationPage = -1;
                int namePage = -1;
                for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
                    const int page
                        = int(document.documentLayout()->blockBoundingRect(b).top() / pageHeight);
                    if (b.blockFormat().headingLevel() > 0
                        && b.text().endsWith(QLatin1String("Declaration"))) {
                        declarationPage = page;
                        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                            ++moved;
                    }
                    if (b.text() == QLatin1String("Name (printed)"))
                        namePage = page;
                }
                QVERIFY(declarationPage >= 0);
                QVERIFY2(namePage == declarationPage,
                    qPrintable(QStringLiteral("%1 on %2: declaration on page %3, name on %4")
                                   .arg(c.reference, paper.name())
                                   .arg(declarationPage + 1)
                                   .arg(namePage + 1)));
            }
        }
        QVERIFY(moved > 0); // the cases exercised a moved declaration
    }

    void exhibitRowsNeverSplit()
    {
        // An exhibit's description on one page and its fingerprint on the next is easy to misread,
        // or to lose when the pages are separated: each row of the exhibit table stays on one
        // page, the next page starting with the table's header again.
        CaseFile c = fixedCase();
        const EvidenceItem photo = c.evidence.constFirst();
        c.evidence.clear();
        for (int i = 0; i < 24; ++i) {
            EvidenceItem e = photo;
            e.id = i + 1;
            e.sha256 = QStringLiteral("%1").arg(i + 1, 64, 10, QLatin1Char('0'));
            e.description = QStringLiteral("Exhibit text %1. ").arg(i + 1)
                + QStringLiteral("A synthetic description of what the file shows, long enough to "
                                 "wrap over several lines of the exhibit column. ")
                      .repeated(1 + i % 4);
            c.evidence.append(e);
        }
        int rowsChecked = 0;
        int movedRows = 0;
        // Letter without photos, A4 with them (rows of other heights, another foot of the page).
        for (const bool photos : {false, true}) {
            const QPageSize paper(photos ? QPageSize::A4 : QPageSize::Letter);
            {
                ComplaintReportOptions options;
                options.paper = paper;
                if (photos)
                    options.exhibitImage = [](const EvidenceItem &item, int maxEdge) {
                        QImage image(
                            maxEdge, maxEdge * (item.id % 2 ? 3 : 1) / 4, QImage::Format_RGB32);
                        image.fill(Qt::darkCyan);
                        return image;
                    };
                const ComplaintReport report(c, &*m_pack, options);
                QTextDocument document;
                report.build(document);
                // Twice, as a print preview does when the paper changes: the second layout starts
                // from the document's own breaks.
                for (int pass = 0; pass < 2; ++pass) {
                    QBuffer pdf;
                    QVERIFY(pdf.open(QIODevice::WriteOnly));
                    QPdfWriter writer(&pdf);
                    writer.setResolution(300);
                    QVERIFY(PagedPdfWriter::paint(document, report.page(), writer) > 0);
                    const QString where
                        = QStringLiteral("%1%2, pass %3")
                              .arg(
                                  paper.name(), photos ? QStringLiteral(" with photos") : QString())
                              .arg(pass + 1);
                    const auto checked = checkExhibitRows(document, where);
                    QVERIFY2(checked.error.isEmpty(), qPrintable(checked.error));
                    QVERIFY2(checked.pages > 1, qPrintable(where)); // the table crossed pages
                    rowsChecked += checked.rows;
                    movedRows += checked.moved;
                }
            }
        }
        QCOMPARE(rowsChecked, 4 * 24);
        QVERIFY(movedRows > 0); // some row was moved to the next page
    }

    void pdfIsWrittenWithItsHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        ComplaintReportOptions options;
        options.paper = QPageSize(QPageSize::Letter);
        const ComplaintReport report(fixedCase(), &*m_pack, options);
        auto sha = report.writePdf(path);
        QVERIFY2(sha.ok(), sha.ok() ? "" : qPrintable(sha.error().message));
        QCOMPARE(sha->size(), 64);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const GeneratedReport record = report.record(sha.value());
        QCOMPARE(record.paper, QStringLiteral("letter"));
        QCOMPARE(record.kind, QStringLiteral("complaint"));
        QCOMPARE(record.recipient, QStringLiteral("bpd-iad"));
        QCOMPARE(record.caseId, qint64(42));
    }

    void clientCopyFollowsThePack()
    {
        CaseFile c = caseWithWitnessPhone();
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar"),
                 QStringLiteral("zh_CN"), QStringLiteral("vi")}) {
            ClientCopyOptions options;
            options.languageCode = language;
            const ClientCopy copy(c, *m_pack, options);
            QTextDocument document;
            copy.build(document);
            const QString text = document.toPlainText();
            // The steps are the pack's own numbered list, nothing invented around them.
            const QString steps = copy.nextStepsMarkdown();
            QCOMPARE(steps.count(QLatin1Char('\n')), 3);
            QVERIFY2(
                m_pack->markdown(ClientCopy::howToArticleId(), language)
                    .contains(
                        steps.section(QLatin1Char('\n'), 3, 3).section(QStringLiteral("[["), 0, 0)),
                qPrintable(language));
            QVERIFY(text.contains(m_pack->title(ClientCopy::howToArticleId(), language)));
            QVERIFY(text.contains(
                QStringLiteral("IAD-2026-0191"))); // the tracking number from the case
            QVERIFY(text.contains(c.reference));
            QVERIFY(!text.contains(c.client.fullName));
            for (const QString &value : sensitiveValues(c.client))
                QVERIFY2(!text.contains(value), qPrintable(value));
            QVERIFY(!text.contains(kWitnessPhone)); // the client's copy names no witness at all
            QCOMPARE(copy.direction(),
                language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            // The pack's steps read in the language's direction; untranslated (English) labels in
            // English's.
            const QTextBlock title
                = document.find(m_pack->title(ClientCopy::howToArticleId(), language)).block();
            QCOMPARE(title.blockFormat().layoutDirection(), copy.direction());
            QCOMPARE(title.next().next().blockFormat().layoutDirection(), copy.direction());
            QCOMPARE(document.begin().blockFormat().layoutDirection(), Qt::LeftToRight);
        }
    }

    void clientCopyLanguageFallback()
    {
        CaseFile c = fixedCase();
        c.client.preferredLanguage = QStringLiteral("pt_BR");
        QCOMPARE(ClientCopy(c, *m_pack, {}).language(), QStringLiteral("pt"));
        c.client.preferredLanguage = QStringLiteral("zh_HK");
        QCOMPARE(ClientCopy(c, *m_pack, {}).language(), QStringLiteral("zh_TW"));
        c.client.preferredLanguage = QStringLiteral("xx");
        QCOMPARE(ClientCopy(c, *m_pack, {}).language(), QStringLiteral("en"));
        c.client.preferredLanguage.clear();
        QCOMPARE(ClientCopy(c, *m_pack, {}).language(), QStringLiteral("en"));
        // Nothing filed yet: the body it will go to, and a line to write the tracking number on.
        c.complaints.clear();
        ClientCopyOptions options;
        options.recipient = ComplaintRecipient(ComplaintRecipient::Kind::AccountabilityOffice);
        const QString html = ClientCopy(c, *m_pack, options).summaryHtml();
        QVERIFY(html.contains(options.recipient.displayName()));
        QVERIFY(html.contains(QStringLiteral("Tracking number:</b> ______")));
    }

    void generatedReportsAreRecorded()
    {
        QTemporaryDir dir;
        test::TestDatabase location(dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        auto db = Database::open(location.target());
        QVERIFY(db.ok());
        CaseRepository repository(*db.value(), QStringLiteral("tester"));
        CaseFile withPhone = test::sampleCase();
        withPhone.incidents[0].witnesses[1].contact = kWitnessPhone;
        auto saved = repository.save(withPhone);
        QVERIFY(saved.ok());

        ComplaintReportOptions options;
        options.policy.include(ClientField::ANumber);
        options.policy.include(SensitiveDetail::WitnessContact);
        const ComplaintReport report(saved.value(), &*m_pack, options);
        GeneratedReportLog log(*db.value(), repository.audit());
        auto recorded = log.record(report.record(QString(64, QLatin1Char('a'))), saved->reference);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
        QVERIFY(recorded->id > 0);
        auto copy = log.record(
            ClientCopy(saved.value(), *m_pack, {}).record(QString(64, QLatin1Char('b'))),
            saved->reference);
        QVERIFY(copy.ok());

        auto listed = log.forCase(saved->id);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        const GeneratedReport &first = listed->constFirst();
        QCOMPARE(first.kind, QStringLiteral("complaint"));
        QCOMPARE(first.includedFields,
            (QStringList {QStringLiteral("a_number"), QStringLiteral("witness_contact")}));
        QCOMPARE(first.paper, QStringLiteral("letter")); // the default paper of a US office
        QCOMPARE(first.sha256, QString(64, QLatin1Char('a')));
        QVERIFY(first.generatedAt.isValid());
        QCOMPARE(first.generatedAt.offsetFromUtc(), 0);
        QCOMPARE(listed->at(1).kind, QStringLiteral("client_copy"));
        QCOMPARE(listed->at(1).includedFields, QStringList());
        QCOMPARE(listed->at(1).language, QStringLiteral("vi"));

        auto events = repository.audit().events(saved->reference);
        QVERIFY(events.ok());
        bool sawGenerate = false;
        for (const auto &e : events.value()) {
            if (e.action == QLatin1String("report.generate")) {
                sawGenerate = true;
                QVERIFY(e.detail.contains(QStringLiteral("included: a_number, witness_contact")));
                QVERIFY(!e.detail.contains(kWitnessPhone));
                QVERIFY(e.detail.contains(QStringLiteral("recipient: bpd-iad")));
            }
            for (const QString &value : sensitiveValues(saved->client))
                QVERIFY2(!e.detail.contains(value), qPrintable(e.detail));
        }
        QVERIFY(sawGenerate);
    }

private:
    std::optional<GuidancePack> m_pack;
};

QTEST_MAIN(TestComplaintReport)
#include "tst_complaintreport.moc"
