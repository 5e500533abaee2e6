// trustdesk-cli report and client-copy, end to end: the real executable on 30 demo cases, each PDF
// read back with poppler (pdftotext, pdffonts, pdfinfo).
//
// How the PDF text is compared (Qt's PDFs do not extract byte for byte):
// - Both sides are NFKC-normalised: pdftotext gives Arabic in presentation forms (ﻓ → ف), some
//   Chinese characters as Kangxi radicals (⽂ → 文) and ligatures (ﬁ → fi).
// - Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) are dropped, and for fact checks
//   all whitespace too, so line wrapping and table cells do not matter. The running header and
//   footer lines are removed first, so a sentence that crosses a page break still matches.
// - Latin, Cyrillic, Vietnamese and Chinese text must then match exactly.
// - Arabic is compared tolerantly: Qt draws lam-alef (لا, لإ, لأ, لآ) as one ligature glyph that
//   pdftotext cannot map back, so lam and every alef form are dropped from both sides; a run that
//   still does not match in order must match word by word. Punctuation next to an Arabic run is
//   trimmed from the Latin parts, as bidi may move it.
// - Withheld values must be absent as whole words (case-insensitive, whitespace collapsed): no
//   A-number, phone, email, address, date of birth, immigration status, country of birth or
//   witness contact unless --include'd. A withheld value that is also printed as another fact of
//   the same case (a witness whose fictional contact number equals the client's, one of them
//   included) cannot be told apart and is skipped.
#include "clirun.h"
#include "domain/clientfield.h"
#include "domain/violationcategory.h"
#include "guidance/guidancepackloader.h"
#include "print/reporthtml.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Run = CliRun;

namespace {

bool isBidiControl(char16_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

bool isArabic(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F)
        || (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF);
}

QString withoutBidiControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiControl(c.unicode()))
            out.append(c);
    }
    return out;
}

/// NFKC, no bidi controls, no whitespace: for fact checks.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : withoutBidiControls(text.normalized(QString::NormalizationForm_KC))) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

/// squeezed() without lam, the alef forms and tatweel (see the comment at the top).
QString arabicTolerant(const QString &text)
{
    static const QString dropped = QStringLiteral("\u0644\u0627\u0623\u0625\u0622\u0640");
    QString out;
    for (const QChar c : squeezed(text)) {
        if (!dropped.contains(c))
            out.append(c);
    }
    return out;
}

/// NFKC, no bidi controls, whitespace collapsed to single spaces: for withheld-value checks.
QString collapsed(const QString &text)
{
    return withoutBidiControls(text.normalized(QString::NormalizationForm_KC)).simplified();
}

/// The PDF's text without its running header and footer lines.
struct PdfText
{
    QString raw;
    QString squeezedText;
    QString arabicText;
    QString collapsedText;
};

bool pdfText(const QString &path, PdfText &text, QString &why)
{
    const Run r = runProgram(QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
            QStringLiteral("-")});
    if (r.exitCode != 0) {
        why = describe(r);
        return false;
    }
    text.raw = r.out;
    static const QRegularExpression header(
        QStringLiteral("^TD-\\d{4}-\\d{5} (Complaint submission · .*|Your complaint)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression footer(
        // The client copy dates its footer in the style of its language ("3/12/2026").
        QStringLiteral("^(Generated )?\\S+ Page \\d+ of \\d+$"),
        QRegularExpression::MultilineOption);
    QString body = r.out;
    body.replace(header, QString());
    body.replace(footer, QString());
    text.squeezedText = squeezed(body);
    text.arabicText = arabicTolerant(body);
    text.collapsedText = collapsed(body);
    return true;
}

/// Whether `fact` is in the PDF text, by the rules at the top of this file.
bool containsFact(const PdfText &pdf, const QString &fact)
{
    if (fact.trimmed().isEmpty())
        return true;
    // Split into Arabic runs (with the spaces inside them) and the rest.
    QStringList arabicRuns;
    QStringList otherParts;
    QString current;
    bool inArabic = false;
    for (const QChar c : fact) {
        const bool arabic = isArabic(c) || (inArabic && c.isSpace());
        if (arabic != inArabic && !current.isEmpty()) {
            (inArabic ? arabicRuns : otherParts).append(current);
            current.clear();
        }
        inArabic = arabic;
        current.append(c);
    }
    if (!current.isEmpty())
        (inArabic ? arabicRuns : otherParts).append(current);

    for (QString part : otherParts) {
        if (!arabicRuns.isEmpty()) { // bidi may move punctuation around an Arabic run
            static const QRegularExpression edges(QStringLiteral("^[\\W_]+|[\\W_]+$"),
                QRegularExpression::UseUnicodePropertiesOption);
            part.remove(edges);
        }
        const QString s = squeezed(part);
        if (!s.isEmpty() && !pdf.squeezedText.contains(s))
            return false;
    }
    for (const QString &run : arabicRuns) {
        const QString s = arabicTolerant(run);
        if (s.isEmpty() || pdf.arabicText.contains(s))
            continue;
        for (const QString &word : run.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString w = arabicTolerant(word);
            if (!w.isEmpty() && !pdf.arabicText.contains(w))
                return false;
        }
    }
    return true;
}

bool containsWholeValue(const PdfText &pdf, const QString &value)
{
    const QString v = collapsed(value);
    if (v.isEmpty())
        return false;
    const QRegularExpression re(
        QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(v)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(pdf.collapsedText).hasMatch();
}

QStringList sentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+"));
    return text.split(boundary, Qt::SkipEmptyParts);
}

/// Every fact the complaint must carry, as entered: witness contacts only when included.
QStringList factsOf(const CaseFile &c, bool identityShown, bool witnessContacts)
{
    QStringList facts {c.reference};
    if (identityShown) {
        facts << c.client.fullName << c.client.preferredName;
    }
    for (const Incident &inc : c.incidents) {
        facts << ReportHtml::documentDate(inc.date) << inc.location << inc.policeDistrict
              << inc.agency;
        if (inc.time.isValid())
            facts << inc.time.toString(QStringLiteral("HH:mm"));
        for (const Officer &o : inc.officers)
            facts << o.name << o.badgeNumber.trimmed() << o.unit << o.description;
        for (const Witness &w : inc.witnesses) {
            facts << w.name << w.statement;
            if (witnessContacts)
                facts << w.contact;
        }
        facts << sentences(inc.narrative);
        for (const QString &code : inc.violations) {
            if (const auto *category = findViolationCategory(code))
                facts << QString::fromUtf8(category->title);
        }
    }
    for (const EvidenceItem &e : c.evidence)
        facts << e.description << e.sha256.left(32) << e.sha256.mid(32);
    return facts;
}

struct Withheld
{
    ClientField field;
    QString value;
};

/// The witnesses' contacts of a case, as entered (empty ones left out).
QStringList witnessContactsOf(const CaseFile &c)
{
    QStringList out;
    for (const Incident &inc : c.incidents) {
        for (const Witness &w : inc.witnesses) {
            if (!w.contact.trimmed().isEmpty())
                out.append(w.contact);
        }
    }
    return out;
}

QList<Withheld> sensitiveValues(const Client &c)
{
    QList<Withheld> out;
    for (const auto &info : clientFields()) {
        if (!info.sensitive)
            continue;
        const QVariant v = c.value(info.field);
        const QString text
            = v.typeId() == QMetaType::QDate ? ReportHtml::documentDate(v.toDate()) : v.toString();
        if (!text.trimmed().isEmpty())
            out.append({info.field, text});
    }
    return out;
}

QString pdfPageSize(const QString &path)
{
    const Run r = runProgram(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression size(
        QStringLiteral("^Page size:\\s+(.*)$"), QRegularExpression::MultilineOption);
    return size.match(r.out).captured(1).trimmed();
}

/// pdffonts: the font names, or an empty list (with `why`) when one is not embedded.
QStringList embeddedFonts(const QString &path, QString &why)
{
    const Run r = runProgram(QStringLiteral("pdffonts"), {path});
    QStringList names;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
        if (columns.size() < 6 || columns.at(columns.size() - 5) != QLatin1String("yes")) {
            why = QStringLiteral("not embedded: %1").arg(lines.at(i));
            return {};
        }
        names.append(columns.constFirst());
    }
    return names;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

bool hasScript(const QString &text, bool (*test)(char32_t))
{
    for (const char32_t c : text.toUcs4()) {
        if (test(c))
            return true;
    }
    return false;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

bool isArabicCode(char32_t c)
{
    return c >= 0x0600 && c <= 0x06FF;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("TRUSTDESK_CLI").isEmpty())
            QSKIP("TRUSTDESK_CLI is not set (run through ctest)");
        for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed");
        }
        QVERIFY(m_dir.isValid());
        // No guidance update the person running the tests installed changes the documents.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
        const Run demo = runCliOn(m_db,
            {QStringLiteral("demo"), QStringLiteral("--unencrypted"), QStringLiteral("--cases"),
                QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("5")});
        EXPECT_EXIT(demo, 0);

        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        CaseRepository repository(*db.value(), QStringLiteral("tester"));
        auto page = repository.page(CaseQuery {}, 0, 100);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 30);
        for (const CaseSummary &s : page.value()) {
            auto loaded = repository.load(s.id);
            QVERIFY(loaded.ok());
            m_cases.append(loaded.value());
        }
        // The demo must exercise what this test is about.
        bool arabic = false;
        bool han = false;
        for (const CaseFile &c : m_cases) {
            QString names = c.client.fullName;
            for (const Incident &inc : c.incidents) {
                for (const Witness &w : inc.witnesses)
                    names += w.name;
            }
            arabic = arabic || hasScript(names, isArabicCode);
            han = han || hasScript(names, isHan);
        }
        QVERIFY(arabic);
        QVERIFY(han);
        writeReports(); // QVERIFY in a helper returns from the helper only
        if (QTest::currentTestFailed())
            return;
    }

    void reportsCarryEveryFactAndNoWithheldValue()
    {
        int skippedCollisions = 0;
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            const CaseFile &c = m_cases.at(i);
            const bool letter = i % 2 == 1;
            const QSet<ClientField> included = m_expectedIncluded.value(c.reference);
            const bool contactsIncluded = m_contactsIncluded.contains(c.reference);
            PdfText pdf;
            QString why;
            QVERIFY2(pdfText(pdfPath(c, QStringLiteral("report")), pdf, why), qPrintable(why));
            QVERIFY2(pdf.raw.contains(c.reference), qPrintable(c.reference));

            QStringList printed;
            for (const QString &fact : factsOf(c, !c.client.anonymous, contactsIncluded)) {
                QVERIFY2(containsFact(pdf, fact),
                    qPrintable(QStringLiteral("%1: fact missing from the PDF: \"%2\"")
                                   .arg(c.reference, fact)));
                printed.append(collapsed(fact));
            }
            for (const Withheld &w : sensitiveValues(c.client)) {
                const bool shouldShow = included.contains(w.field);
                if (shouldShow) {
                    QVERIFY2(containsWholeValue(pdf, w.value),
                        qPrintable(QStringLiteral("%1: included %2 missing")
                                       .arg(c.reference, clientFieldKey(w.field))));
                    printed.append(collapsed(w.value)); // a withheld contact may repeat it
                    continue;
                }
                if (printed.contains(collapsed(w.value), Qt::CaseInsensitive)) {
                    ++skippedCollisions;
                    continue;
                }
                QVERIFY2(!containsWholeValue(pdf, w.value),
                    qPrintable(QStringLiteral("%1: withheld %2 is in the PDF: \"%3\"")
                                   .arg(c.reference, clientFieldKey(w.field), w.value)));
            }
            for (const QString &contact : witnessContactsOf(c)) {
                if (contactsIncluded) {
                    QVERIFY2(containsWholeValue(pdf, contact),
                        qPrintable(QStringLiteral("%1: included witness contact missing: \"%2\"")
                                       .arg(c.reference, contact)));
                    continue;
                }
                if (printed.contains(collapsed(contact), Qt::CaseInsensitive)) {
                    ++skippedCollisions;
                    continue;
                }
                QVERIFY2(!containsWholeValue(pdf, contact),
                    qPrintable(QStringLiteral("%1: withheld witness contact is in the PDF: \"%2\"")
                                   .arg(c.reference, contact)));
            }
            // The kinds withheld are named (labels only).
            if (included.size() < 7)
                QVERIFY2(pdf.collapsedText.contains(QStringLiteral("Information withheld.")),
                    qPrintable(c.reference));
            // Named among the kinds withheld exactly when a contact was left out.
            static const QRegularExpression withheldKinds(
                QStringLiteral("leaves out these kinds of information: (.*?)\\. The filer"));
            const QString kinds = withheldKinds.match(pdf.collapsedText).captured(1);
            const bool contactsWithheld = !contactsIncluded && !witnessContactsOf(c).isEmpty();
            QVERIFY2(kinds.contains(QStringLiteral("Witness contact details")) == contactsWithheld,
                qPrintable(QStringLiteral("%1: withheld kinds \"%2\"").arg(c.reference, kinds)));
            if (contactsWithheld)
                m_sawWithheldContact = true;
            else if (contactsIncluded && !witnessContactsOf(c).isEmpty())
                m_sawIncludedContact = true;

            QVERIFY2(embeddedFonts(pdfPath(c, QStringLiteral("report")), why).size() > 0,
                qPrintable(why));
            const QString size = pdfPageSize(pdfPath(c, QStringLiteral("report")));
            QVERIFY2(size.startsWith(
                         letter ? QLatin1String("612 x 792 pts") : QLatin1String("595 x 842 pts")),
                qPrintable(size));
        }
        if (skippedCollisions > 0)
            qInfo("%d withheld value(s) were also printed as another fact of their case (shared "
                  "fictional numbers)",
                skippedCollisions);
        // The demo must exercise both sides of the witness contact choice.
        QVERIFY(m_sawWithheldContact);
        QVERIFY(m_sawIncludedContact);
    }

    void fontsForEveryScriptAreEmbedded()
    {
        bool sawArabic = false;
        bool sawHan = false;
        for (const CaseFile &c : m_cases) {
            const QString path = pdfPath(c, QStringLiteral("report"));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            PdfText pdf;
            QString why;
            QVERIFY(pdfText(path, pdf, why));
            const QStringList fonts = embeddedFonts(path, why);
            QVERIFY2(!fonts.isEmpty(), qPrintable(why));
            QVERIFY2(fonts.join(QLatin1Char(' ')).contains(QLatin1String("NotoSans-Regular")),
                qPrintable(fonts.join(QLatin1Char(' '))));
            if (hasScript(pdf.squeezedText, isArabicCode)) {
                sawArabic = true;
                QVERIFY2(fonts.join(QLatin1Char(' ')).contains(QLatin1String("NotoNaskhArabic")),
                    qPrintable(c.reference));
            }
            if (hasScript(pdf.squeezedText, isHan)) {
                sawHan = true;
                // Chinese in the Chinese cut (SC or TC), never the Japanese one.
                QVERIFY2(
                    fonts.join(QLatin1Char(' '))
                        .contains(QRegularExpression(QStringLiteral("NotoSansCJK(sc|tc|SC|TC)"))),
                    qPrintable(fonts.join(QLatin1Char(' '))));
                QVERIFY2(!fonts.join(QLatin1Char(' ')).contains(QLatin1String("CJKjp")),
                    qPrintable(fonts.join(QLatin1Char(' '))));
            }
        }
        QVERIFY(sawArabic);
        QVERIFY(sawHan);
    }

    void eachReportIsRecordedWithoutValues()
    {
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT c.reference, r.kind, r.sha256, r.paper, "
                                      "r.included_fields, r.generated_at, r.recipient"
                                      " FROM generated_reports r JOIN cases c ON c.id = r.case_id "
                                      "WHERE r.kind = 'complaint'")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString reference = q.value(0).toString();
            const CaseFile *c = caseFor(reference);
            QVERIFY(c);
            QCOMPARE(q.value(2).toString(), sha256Of(pdfPath(*c, QStringLiteral("report"))));
            QVERIFY(q.value(3).toString() == QLatin1String("a4")
                || q.value(3).toString() == QLatin1String("letter"));
            QStringList expected;
            for (const auto &info : clientFields()) {
                if (info.sensitive && m_expectedIncluded.value(reference).contains(info.field))
                    expected.append(QString::fromLatin1(info.key));
            }
            if (m_contactsIncluded.contains(reference))
                expected.append(QStringLiteral("witness_contact"));
            QCOMPARE(q.value(4).toString(), expected.join(QLatin1Char(',')));
            QVERIFY(q.value(5).toString().endsWith(QLatin1Char('Z')));
            QVERIFY(q.value(6).toString() == QLatin1String("bpd-iad")
                || q.value(6).toString() == QLatin1String("accountability"));
        }
        QCOMPARE(rows, m_cases.size());

        QVERIFY(q.exec(QStringLiteral(
            "SELECT case_reference, detail FROM audit_events WHERE action = 'report.generate'")));
        int events = 0;
        while (q.next()) {
            ++events;
            const CaseFile *c = caseFor(q.value(0).toString());
            QVERIFY(c);
            const QString detail = q.value(1).toString();
            for (const Withheld &w : sensitiveValues(c->client))
                QVERIFY2(!detail.contains(w.value), qPrintable(detail));
            for (const QString &contact : witnessContactsOf(*c))
                QVERIFY2(!detail.contains(contact), qPrintable(detail));
            QVERIFY2(!c->client.fullName.isEmpty() ? !detail.contains(c->client.fullName) : true,
                qPrintable(detail));
        }
        QCOMPARE(events, m_cases.size());
    }

    void clientCopies()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        int written = 0;
        QSet<QString> languages;
        for (const CaseFile &c : m_cases) {
            const QString path = pdfPath(c, QStringLiteral("copy"));
            const Run r = runCliOn(
                m_db, {QStringLiteral("client-copy"), c.reference, QStringLiteral("--out"), path});
            EXPECT_EXIT(r, 0);
            ++written;
            const QString language = pack->bestLanguageFor(c.client.preferredLanguage.isEmpty()
                    ? QStringLiteral("en")
                    : c.client.preferredLanguage);
            languages.insert(language);
            QVERIFY2(r.out.contains(QStringLiteral("(%1)").arg(language)), qPrintable(describe(r)));

            PdfText pdf;
            QString why;
            QVERIFY2(pdfText(path, pdf, why), qPrintable(why));
            QVERIFY(pdf.raw.contains(c.reference));
            // The next steps are the pack's own, in the client's language.
            QVERIFY2(containsFact(pdf, pack->title(QStringLiteral("how-to"), language)),
                qPrintable(c.reference + QLatin1Char(' ') + language));
            const QString steps = pack->markdown(QStringLiteral("how-to"), language);
            static const QRegularExpression stepLine(
                QStringLiteral("^4\\.\\s+\\*\\*(.+?)\\*\\*"), QRegularExpression::MultilineOption);
            const QString step4 = stepLine.match(steps).captured(1);
            QVERIFY(!step4.isEmpty());
            QVERIFY2(containsFact(pdf, step4),
                qPrintable(QStringLiteral("%1 %2: \"%3\"").arg(c.reference, language, step4)));
            for (const ComplaintSubmission &s : c.complaints)
                QVERIFY2(containsFact(pdf, s.trackingNumber), qPrintable(s.trackingNumber));
            // A client copy names nobody and nothing sensitive.
            if (!c.client.fullName.isEmpty())
                QVERIFY2(!containsWholeValue(pdf, c.client.fullName), qPrintable(c.reference));
            for (const Withheld &w : sensitiveValues(c.client))
                QVERIFY2(!containsWholeValue(pdf, w.value),
                    qPrintable(QStringLiteral("%1: %2").arg(c.reference, w.value)));
            for (const QString &contact : witnessContactsOf(c))
                QVERIFY2(!containsWholeValue(pdf, contact),
                    qPrintable(QStringLiteral("%1: %2").arg(c.reference, contact)));
            const QStringList fonts = embeddedFonts(path, why);
            QVERIFY2(!fonts.isEmpty(), qPrintable(why));
            if (language == QLatin1String("ar"))
                QVERIFY(fonts.join(QLatin1Char(' ')).contains(QLatin1String("NotoNaskhArabic")));
            if (language.startsWith(QLatin1String("zh")))
                QVERIFY(
                    fonts.join(QLatin1Char(' '))
                        .contains(QRegularExpression(QStringLiteral("NotoSansCJK(sc|tc|SC|TC)"))));
        }
        QVERIFY(languages.size() >= 5);

        // --lang overrides the client's language.
        const CaseFile &first = m_cases.constFirst();
        const QString path = m_dir.filePath(QStringLiteral("copy-ar.pdf"));
        const Run r = runCliOn(m_db,
            {QStringLiteral("client-copy"), first.reference, QStringLiteral("--out"), path,
                QStringLiteral("--lang"), QStringLiteral("ar")});
        EXPECT_EXIT(r, 0);
        PdfText pdf;
        QString why;
        QVERIFY(pdfText(path, pdf, why));
        QVERIFY(containsFact(pdf, pack->title(QStringLiteral("how-to"), QStringLiteral("ar"))));

        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM audit_events WHERE action = 'report.client_copy'"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), written + 1);
    }

    void clientCopyIsWhollyInTheChosenLanguage_data()
    {
        // The title as each translation gives it (translations/trustdesk_*.ts, context ClientCopy).
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Su queja");
        QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("Sua queixa");
        QTest::newRow("ht") << QStringLiteral("ht") << QStringLiteral("Plent ou");
        QTest::newRow("kea") << QStringLiteral("kea") << QStringLiteral("Bu keixa");
        QTest::newRow("vi") << QStringLiteral("vi") << QStringLiteral("Khiếu nại của quý vị");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("您的投诉");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("您的投訴");
        QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("شكواك");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Ваша жалоба");
        QTest::newRow("so") << QStringLiteral("so") << QStringLiteral("Cabashadaada");
    }
    void clientCopyIsWhollyInTheChosenLanguage()
    {
        // `client-copy --lang vi` printed English labels around Vietnamese next steps: the print
        // program carried no translations. Now its labels are the app's, in every language.
        QFETCH(QString, language);
        QFETCH(QString, title);
        const CaseFile &c = m_cases.constFirst();
        const QString path = m_dir.filePath(QStringLiteral("copy-lang-%1.pdf").arg(language));
        const Run r = runCliOn(m_db,
            {QStringLiteral("client-copy"), c.reference, QStringLiteral("--out"), path,
                QStringLiteral("--lang"), language});
        EXPECT_EXIT(r, 0);
        PdfText pdf;
        QString why;
        QVERIFY2(pdfText(path, pdf, why), qPrintable(why));
        QVERIFY2(containsFact(pdf, title), qPrintable(pdf.raw.left(600)));
        for (const QString &english : {QStringLiteral("Your complaint"),
                 QStringLiteral("Case reference:"), QStringLiteral("Date of the incident:")})
            QVERIFY2(!pdf.raw.contains(english), qPrintable(language + QLatin1Char(' ') + english));
    }

    void exhibitPhotosArePrescaled()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
            QSKIP("pdfimages (poppler-utils) is not installed");
        const CaseFile &c = m_cases.constLast();
        QStringList files;
        for (int i = 0; i < 2; ++i) {
            QImage photo(4000, 3000, QImage::Format_RGB32);
            photo.fill(QColor(40 + 60 * i, 90, 140));
            files.append(m_dir.filePath(QStringLiteral("photo-%1.jpg").arg(i)));
            QVERIFY(photo.save(files.constLast(), "jpeg"));
        }
        EXPECT_EXIT(runCliOn(m_db, QStringList {QStringLiteral("attach"), c.reference} + files), 0);
        const QString path = m_dir.filePath(QStringLiteral("photos.pdf"));
        EXPECT_EXIT(
            runCliOn(m_db, {QStringLiteral("report"), c.reference, QStringLiteral("--out"), path}),
            0);
        const Run images = runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        EXPECT_EXIT(images, 0);
        const QStringList rows = images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QCOMPARE(rows.size(), 2);
        for (const QString &row : rows) {
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // page num type width height …: never the 4000 × 3000 original.
            QVERIFY2(columns.size() > 4 && columns.at(3).toInt() <= 1200
                    && columns.at(4).toInt() <= 1200,
                qPrintable(row));
        }
        PdfText pdf;
        QString why;
        QVERIFY(pdfText(path, pdf, why));
        QVERIFY(pdf.collapsedText.contains(QStringLiteral("image/jpeg")));
    }

    // Without --paper: Letter on a new install, else the paper last chosen in the app (its
    // settings file), as the window does.
    void paperDefaultsToLetterThenTheAppsChoice()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QByteArray before = qgetenv("XDG_CONFIG_HOME");
        const bool hadBefore = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        const auto restore = qScopeGuard([&] {
            if (hadBefore)
                qputenv("XDG_CONFIG_HOME", before);
            else
                qunsetenv("XDG_CONFIG_HOME");
        });
        const CaseFile &c = m_cases.constFirst();
        const QString out = m_dir.filePath(QStringLiteral("default-paper.pdf"));
        const QStringList args {
            QStringLiteral("report"), c.reference, QStringLiteral("--out"), out};
        const Run fresh = runCliOn(m_db, args);
        EXPECT_EXIT(fresh, 0);
        QVERIFY2(pdfPageSize(out).startsWith(QLatin1String("612 x 792 pts")),
            qPrintable(pdfPageSize(out)));

        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("trustdesk.org"))));
        QVERIFY(test::writeFile(config.filePath(QStringLiteral("trustdesk.org/TrustDesk.conf")),
            "[print]\npaper=a4\n"));
        QVERIFY(QFile::remove(out));
        const Run chosen = runCliOn(m_db, args);
        EXPECT_EXIT(chosen, 0);
        QVERIFY2(pdfPageSize(out).startsWith(QLatin1String("595 x 842 pts")),
            qPrintable(pdfPageSize(out)));
        // --paper still decides.
        QVERIFY(QFile::remove(out));
        EXPECT_EXIT(runCliOn(m_db,
                        args + QStringList {QStringLiteral("--paper"), QStringLiteral("letter")}),
            0);
        QVERIFY(pdfPageSize(out).startsWith(QLatin1String("612 x 792 pts")));
    }

    void usageAndErrors()
    {
        const QString ref = m_cases.constFirst().reference;
        const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("report"), ref}), 1);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("report"), QStringLiteral("--out"), out}), 1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("report"), ref, QStringLiteral("--out"), out,
                            QStringLiteral("--paper"), QStringLiteral("a5")}),
            1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("report"), ref, QStringLiteral("--out"), out,
                            QStringLiteral("--include"), QStringLiteral("full_name")}),
            1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("report"), ref, QStringLiteral("--out"), out,
                            QStringLiteral("--to"), QStringLiteral(" ")}),
            1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("report"), ref, QStringLiteral("--out"), out,
                            QStringLiteral("--filer"), QStringLiteral("police")}),
            1);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("report"), QStringLiteral("TD-1999-99999"),
                            QStringLiteral("--out"), out}),
            2);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("report"), ref, QStringLiteral("--out"),
                            m_dir.filePath(QStringLiteral("missing/dir/x.pdf"))}),
            2);
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("client-copy"), ref, QStringLiteral("--out"), out,
                            QStringLiteral("--lang"), QStringLiteral("xx")}),
            2);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("client-copy"), ref}), 1);
        QVERIFY(!QFile::exists(out));

        // Another body by name, and an anonymous filing that names nobody.
        const CaseFile *named = nullptr;
        for (const CaseFile &c : m_cases) {
            if (!c.client.anonymous && !c.client.fullName.isEmpty()) {
                named = &c;
                break;
            }
        }
        QVERIFY(named);
        const Run r = runCliOn(m_db,
            {QStringLiteral("report"), named->reference, QStringLiteral("--out"), out,
                QStringLiteral("--to"), QStringLiteral("Example Oversight Board"),
                QStringLiteral("--filer"), QStringLiteral("anonymous")});
        EXPECT_EXIT(r, 0);
        PdfText pdf;
        QString why;
        QVERIFY(pdfText(out, pdf, why));
        QVERIFY(pdf.collapsedText.contains(QStringLiteral("Example Oversight Board")));
        QVERIFY2(
            !containsWholeValue(pdf, named->client.fullName), qPrintable(named->client.fullName));
        QVERIFY(!pdf.collapsedText.contains(named->assignedCaseworker));
    }

    // Runs last: eachReportIsRecordedWithoutValues counts the reports made before it.
    void reportToThePostCommission()
    {
        const CaseFile *withRule = nullptr;
        for (const CaseFile &c : m_cases) {
            for (const Incident &incident : c.incidents) {
                if (incident.violations.contains(QStringLiteral("civil_detainer")))
                    withRule = &c;
            }
        }
        QVERIFY(withRule);
        const QString out = m_dir.filePath(QStringLiteral("post.pdf"));
        const Run r = runCliOn(m_db,
            {QStringLiteral("report"), withRule->reference, QStringLiteral("--out"), out,
                QStringLiteral("--to"), QStringLiteral("post")});
        EXPECT_EXIT(r, 0);
        PdfText pdf;
        QString why;
        QVERIFY2(pdfText(out, pdf, why), qPrintable(why));
        for (const auto *text : {"Massachusetts Peace Officer Standards and Training (POST) "
                                 "Commission",
                 "policecomplaints.mass.gov",
                 "Rule: Boston Trust Act, City of Boston Code §11-1.9."})
            QVERIFY2(pdf.collapsedText.contains(QString::fromUtf8(text)), text);
        QVERIFY(!pdf.collapsedText.contains(QStringLiteral("Policy:")));
        const Run audit = runCliOn(
            m_db, {QStringLiteral("audit"), QStringLiteral("--case"), withRule->reference});
        EXPECT_EXIT(audit, 0);
        QVERIFY2(audit.out.contains(QStringLiteral("recipient: post")), qPrintable(audit.out));
    }

private:
    QString pdfPath(const CaseFile &c, const QString &kind) const
    {
        return m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(c.reference, kind));
    }
    const CaseFile *caseFor(const QString &reference) const
    {
        for (const CaseFile &c : m_cases) {
            if (c.reference == reference)
                return &c;
        }
        return nullptr;
    }

    /// Writes every case's complaint report once, for all the tests that read them: each test
    /// then runs alone. Every third goes to OPAT, every other on Letter, some include values.
    void writeReports()
    {
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            const CaseFile &c = m_cases.at(i);
            const bool letter = i % 2 == 1;
            QSet<ClientField> included;
            bool contactsIncluded = false;
            QStringList args {QStringLiteral("report"), c.reference, QStringLiteral("--out"),
                pdfPath(c, QStringLiteral("report"))};
            args << QStringLiteral("--paper")
                 << (letter ? QStringLiteral("letter") : QStringLiteral("a4"));
            if (i % 3 == 1)
                args << QStringLiteral("--to") << QStringLiteral("accountability");
            if (i % 5 == 0) {
                args << QStringLiteral("--include") << QStringLiteral("a_number")
                     << QStringLiteral("--include") << QStringLiteral("phone");
                included << ClientField::ANumber << ClientField::Phone;
            } else if (i % 7 == 3) {
                args << QStringLiteral("--include-sensitive");
                for (const auto &info : clientFields())
                    included << info.field;
                contactsIncluded = true;
            } else if (i % 5 == 2) {
                args << QStringLiteral("--include") << QStringLiteral("witness_contact");
                contactsIncluded = true;
            }
            const Run r = runCliOn(m_db, args);
            EXPECT_EXIT(r, 0);
            // stderr is for what the caseworker must know (a missing consent); without
            // XDG_RUNTIME_DIR, as under cron, Qt's notice about it must not be there too.
            QVERIFY2(!r.err.contains(QLatin1String("XDG_RUNTIME_DIR")), qPrintable(describe(r)));
            QVERIFY(r.out.contains(
                QStringLiteral("SHA-256: %1").arg(sha256Of(pdfPath(c, QStringLiteral("report"))))));
            m_expectedIncluded.insert(c.reference, included);
            if (contactsIncluded)
                m_contactsIncluded.insert(c.reference);
        }
    }

    QTemporaryDir m_dir;
    QString m_db;
    QList<CaseFile> m_cases;
    QHash<QString, QSet<ClientField>> m_expectedIncluded;
    QSet<QString> m_contactsIncluded; ///< references whose report included the witness contacts
    bool m_sawWithheldContact = false;
    bool m_sawIncludedContact = false;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
