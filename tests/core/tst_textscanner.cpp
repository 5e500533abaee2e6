// TextScanner: a case's withheld values found in free text in the forms people write them, in
// Latin, Vietnamese, Arabic (Arabic-Indic digits) and Chinese (full-width digits, Chinese
// punctuation) text; the status lexicon in every language; no hit on numbers and dates that are
// not the client's.
#include "domain/casetextredactor.h"
#include "domain/statuslexicon.h"
#include "domain/textscanner.h"
#include "domain/texttokens.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace td;

namespace {

QList<WithheldValue> clientValues()
{
    using F = WithheldValue::Form;
    return {
        {QStringLiteral("a_number"), F::ANumber, QStringLiteral("A123-456-789"), {}},
        {QStringLiteral("phone"), F::Phone, QStringLiteral("+1 617 555 0142"), {}},
        {QStringLiteral("email"), F::Email, QStringLiteral("lan.example@example.org"), {}},
        {QStringLiteral("address"), F::Address,
            QStringLiteral("12 Example Street, Dorchester, MA 02124"), {}},
        {QStringLiteral("date_of_birth"), F::Date, {}, QDate(1988, 7, 14)},
        {QStringLiteral("immigration_status"), F::Phrase,
            QStringLiteral("Pending asylum application"), {}},
        {QStringLiteral("country_of_birth"), F::Phrase, QStringLiteral("Việt Nam"), {}},
    };
}

const TextScanner &valueScanner()
{
    static const TextScanner scanner(clientValues(), nullptr);
    return scanner;
}

QString masked(const TextScanner &scanner, const QString &text)
{
    return TextScanner::mask(text, scanner.scan(text));
}

const QString W = QStringLiteral("[withheld]");

} // namespace

class TestTextScanner : public QObject
{
    Q_OBJECT

private slots:
    void foldingKeepsPositions()
    {
        const QString text = QStringLiteral("Ａ１２３－４５６　٦١٧ ۱۲ Tiếng Việt 、。（）");
        const QString folded = foldForMatching(text);
        QCOMPARE(folded.size(), text.size());
        QCOMPARE(folded, QStringLiteral("a123-456 617 12 tieng viet ,.()"));
        QCOMPARE(tokenKeys(QStringLiteral("她1988年7月")),
            (QStringList {QStringLiteral("她"), QStringLiteral("1988"), QStringLiteral("年"),
                QStringLiteral("7"), QStringLiteral("月")}));
    }

    void masksWithheldValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &text, const QString &expected) {
            QTest::newRow(name) << text << expected;
        };
        // A-number
        row("a-number with dashes", QStringLiteral("Her number is A-123-456-789."),
            QStringLiteral("Her number is %1.").arg(W));
        row("a-number as stored", QStringLiteral("A123-456-789"), W);
        row("a-number plain", QStringLiteral("(A123456789)"), QStringLiteral("(%1)").arg(W));
        row("a-number spaces, no A", QStringLiteral("file 123 456 789 now"),
            QStringLiteral("file %1 now").arg(W));
        row("a-number dashes, no A", QStringLiteral("123-456-789"), W);
        row("a-number A#", QStringLiteral("A# 123456789"), W);
        // Phone
        row("phone parentheses", QStringLiteral("call (617) 555-0142 today"),
            QStringLiteral("call %1 today").arg(W));
        row("phone dots", QStringLiteral("617.555.0142"), W);
        row("phone +1 spaces", QStringLiteral("Tel: +1 617 555 0142."),
            QStringLiteral("Tel: %1.").arg(W));
        row("phone +1 dashes", QStringLiteral("+1-617-555-0142"), W);
        row("phone digits only", QStringLiteral("6175550142"), W);
        row("phone 1 and parentheses", QStringLiteral("1 (617) 555 0142"), W);
        row("phone local part alone", QStringLiteral("her cell, 555-0142, rang"),
            QStringLiteral("her cell, %1, rang").arg(W));
        row("two phones in a list", QStringLiteral("617 555 0199 617 555 0142"),
            QStringLiteral("617 555 0199 %1").arg(W));
        // Email
        row("email any case", QStringLiteral("write to LAN.Example@Example.org."),
            QStringLiteral("write to %1.").arg(W));
        // Address and its street line
        row("address whole",
            QStringLiteral("She lives at 12 Example Street, Dorchester, MA 02124 with her son."),
            QStringLiteral("She lives at %1 with her son.").arg(W));
        row("address street line, short form", QStringLiteral("at 12 example st. in Dorchester"),
            QStringLiteral("at %1. in Dorchester").arg(W));
        row("address spacing and case", QStringLiteral("12  EXAMPLE\nSTREET"), W);
        // Birth date
        row("date ISO", QStringLiteral("born 1988-07-14."), QStringLiteral("born %1.").arg(W));
        row("date US", QStringLiteral("DOB 7/14/1988"), QStringLiteral("DOB %1").arg(W));
        row("date US short", QStringLiteral("DOB 07/14/88"), QStringLiteral("DOB %1").arg(W));
        row("date day first dots", QStringLiteral("geb. 14.7.1988"),
            QStringLiteral("geb. %1").arg(W));
        row("date day first slashes", QStringLiteral("14/07/1988"), W);
        row("date compact", QStringLiteral("19880714"), W);
        row("date month day year", QStringLiteral("born July 14, 1988 in"),
            QStringLiteral("born %1 in").arg(W));
        row("date abbreviated ordinal", QStringLiteral("Jul. 14th 1988"), W);
        row("date day month year", QStringLiteral("born 14 July 1988."),
            QStringLiteral("born %1.").arg(W));
        row("date Spanish", QStringLiteral("nació el 14 de julio de 1988"),
            QStringLiteral("nació el %1").arg(W));
        row("date Portuguese", QStringLiteral("nasceu em 14 de julho de 1988"),
            QStringLiteral("nasceu em %1").arg(W));
        row("date Russian", QStringLiteral("родилась 14 июля 1988 г."),
            QStringLiteral("родилась %1 г.").arg(W));
        row("date Somali", QStringLiteral("dhashay 14 Luuliyo 1988"),
            QStringLiteral("dhashay %1").arg(W));
        // Vietnamese, Arabic, Chinese
        row("Vietnamese date and country",
            QStringLiteral("Chị Lan sinh ngày 14 tháng 7 năm 1988 tại Việt Nam."),
            QStringLiteral("Chị Lan sinh %1 tại %1.").arg(W));
        row("Vietnamese without accents",
            QStringLiteral("sinh ngay 14 thang 07 nam 1988 tai viet nam"),
            QStringLiteral("sinh %1 tai %1").arg(W));
        row("Vietnamese phone", QStringLiteral("Số điện thoại của chị là 617-555-0142."),
            QStringLiteral("Số điện thoại của chị là %1.").arg(W));
        row("Arabic-Indic phone", QStringLiteral("رقم الهاتف ٦١٧-٥٥٥-٠١٤٢ للعميلة"),
            QStringLiteral("رقم الهاتف %1 للعميلة").arg(W));
        row("Arabic-Indic phone in bidi marks",
            QStringLiteral("الهاتف \u2066٦١٧\u200F-\u200E٥٥٥-٠١٤٢\u2069 فقط"),
            QStringLiteral("الهاتف \u2066%1\u2069 فقط").arg(W));
        row("Eastern Arabic-Indic A-number", QStringLiteral("الرقم ۱۲۳۴۵۶۷۸۹ في الملف"),
            QStringLiteral("الرقم %1 في الملف").arg(W));
        row("Arabic date", QStringLiteral("ولدت في ١٤ يوليو ١٩٨٨ في"),
            QStringLiteral("ولدت في %1 في").arg(W));
        row("Arabic date numeric", QStringLiteral("تاريخ الميلاد ١٩٨٨/٠٧/١٤"),
            QStringLiteral("تاريخ الميلاد %1").arg(W));
        row("Chinese full-width phone", QStringLiteral("电话：（６１７）５５５－０１４２。"),
            QStringLiteral("电话：%1。").arg(W));
        row("Chinese date", QStringLiteral("她1988年7月14日出生，"),
            QStringLiteral("她%1出生，").arg(W));
        row("Chinese full-width A-number between commas",
            QStringLiteral("外国人登记号码、Ａ１２３４５６７８９、已记录"),
            QStringLiteral("外国人登记号码、%1、已记录").arg(W));
        row("Chinese ideographic space", QStringLiteral("号码１２３　４５６　７８９。"),
            QStringLiteral("号码%1。").arg(W));
        // Stored phrases
        row("immigration status value", QStringLiteral("Her pending asylum application was filed."),
            QStringLiteral("Her %1 was filed.").arg(W));
    }

    void masksWithheldValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(masked(valueScanner(), text), expected);
    }

    void leavesOtherNumbersAndDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("badge and references") << QStringLiteral(
            "Officer badge 4567-123, case TD-2026-00042, tracking IAD-2026-0191.");
        QTest::newRow("another phone") << QStringLiteral("The desk number is (617) 555-0199.");
        QTest::newRow("same local number, other area") << QStringLiteral("212 555 0142");
        QTest::newRow("another A-number") << QStringLiteral("A-987-654-321");
        QTest::newRow("a longer number holding the digits") << QStringLiteral("acct 91234567890");
        QTest::newRow("the digits inside a group") << QStringLiteral("0123456789");
        QTest::newRow("incident date") << QStringLiteral("On 2026-02-27 at 14:30, and 7/14/2020.");
        QTest::newRow("same day, another year")
            << QStringLiteral("July 14, 2020; 14 July 2020; 14.07.2020; 2020年7月14日");
        QTest::newRow("birth year alone") << QStringLiteral("born in 1988");
        QTest::newRow("another street") << QStringLiteral("12 Other Street, Dorchester");
        QTest::newRow("another email") << QStringLiteral("lan.example@example.org.uk");
        QTest::newRow("Arabic-Indic other number") << QStringLiteral("رقم الشارة ٤٥٦٧");
        QTest::newRow("Chinese other date") << QStringLiteral("２０２６年２月２７日，警察");
    }

    void leavesOtherNumbersAndDates()
    {
        QFETCH(QString, text);
        QCOMPARE(valueScanner().scan(text), QList<TextMatch> {});
    }

    void reportsSpansOnTheOriginalText()
    {
        const QString text
            = QStringLiteral("电话：（６１７）５５５－０１４２，邮箱 LAN.example@example.org");
        const QList<TextMatch> matches = valueScanner().scan(text);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(text.mid(matches.at(0).start, matches.at(0).length),
            QStringLiteral("（６１７）５５５－０１４２"));
        QCOMPARE(matches.at(0).key, QStringLiteral("phone"));
        QCOMPARE(matches.at(0).kind, TextMatch::Kind::WithheldValue);
        QCOMPARE(matches.at(1).key, QStringLiteral("email"));
    }

    void internationalPhone()
    {
        const TextScanner scanner({{QStringLiteral("phone"), WithheldValue::Form::Phone,
                                      QStringLiteral("+84 90 123 4567"), {}}},
            nullptr);
        QCOMPARE(masked(scanner, QStringLiteral("gọi 090 123 4567 hoặc +84 901234567")),
            QStringLiteral("gọi %1 hoặc %1").arg(W));
        QCOMPARE(masked(scanner, QStringLiteral("0084 90 123 4567")), W);
    }

    void lexiconFindsStatusPhrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("language");
        const auto row = [](const char *name, const QString &text, const QString &phrase,
                             const char *language) {
            QTest::newRow(name) << text << phrase << QString::fromLatin1(language);
        };
        row("English, any case", QStringLiteral("She is UNDOCUMENTED and afraid."),
            QStringLiteral("UNDOCUMENTED"), "en");
        row("English, line break", QStringLiteral("his visa\nexpired in May"),
            QStringLiteral("visa\nexpired"), "en");
        row("Spanish", QStringLiteral("Ella está sin papeles."), QStringLiteral("sin papeles"),
            "es");
        row("Spanish, no accent", QStringLiteral("tiene orden de deportacion"),
            QStringLiteral("orden de deportacion"), "es");
        row("Portuguese", QStringLiteral("Ela está sem documentos."),
            QStringLiteral("sem documentos"), "pt");
        row("Haitian Creole", QStringLiteral("Li san papye."), QStringLiteral("san papye"), "ht");
        row("Kabuverdianu", QStringLiteral("El sta sen dokumentu."),
            QStringLiteral("sen dokumentu"), "kea");
        row("Vietnamese", QStringLiteral("Anh ấy không có giấy tờ nên sợ."),
            QStringLiteral("không có giấy tờ"), "vi");
        row("Vietnamese, no accents", QStringLiteral("anh ay khong co giay to"),
            QStringLiteral("khong co giay to"), "vi");
        row("Chinese, longest phrase", QStringLiteral("他是无证移民。"), QStringLiteral("无证移民"),
            "zh_CN");
        row("Chinese, traditional", QStringLiteral("她沒有身份，很害怕"),
            QStringLiteral("沒有身份"), "zh_TW");
        row("Arabic with conjunction", QStringLiteral("جاء وبدون أوراق"),
            QStringLiteral("وبدون أوراق"), "ar");
        row("Arabic, alef forms", QStringLiteral("لديه امر ترحيل"), QStringLiteral("امر ترحيل"),
            "ar");
        row("Russian, inflected", QStringLiteral("Он находится здесь нелегально."),
            QStringLiteral("нелегально"), "ru");
        row("Somali", QStringLiteral("Waa qaxooti."), QStringLiteral("qaxooti"), "so");
    }

    void lexiconFindsStatusPhrases()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(QString, language);
        const TextScanner scanner({}, &StatusLexicon::builtIn());
        const QList<TextMatch> matches = scanner.scan(text);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.at(0).kind, TextMatch::Kind::StatusPhrase);
        QCOMPARE(text.mid(matches.at(0).start, matches.at(0).length), phrase);
        QCOMPARE(matches.at(0).key, language);
    }

    void lexiconNeedsWholeWords()
    {
        const TextScanner scanner({}, &StatusLexicon::builtIn());
        for (const QString &text :
            {QStringLiteral("The officer asked about her immigration status."),
                QStringLiteral("ICE agents waited; he was illegally detained."),
                QStringLiteral("Follow the steps at https://example.org/tpsx"),
                QStringLiteral("她的身份证被拍照了。"), QStringLiteral("asylums of stone")}) {
            QVERIFY2(scanner.scan(text).isEmpty(), qPrintable(text));
        }
    }

    void builtInLexiconSpeaksEveryLanguage()
    {
        const QStringList languages = StatusLexicon::builtIn().languages();
        for (const char *code :
            {"en", "es", "ht", "pt", "kea", "zh_CN", "zh_TW", "vi", "ar", "ru", "so"})
            QVERIFY2(languages.contains(QString::fromLatin1(code)), code);
    }

    void valueWinsOverPhrase()
    {
        const TextScanner scanner(clientValues(), &StatusLexicon::builtIn());
        const QString text = QStringLiteral("her pending asylum application; also undocumented");
        const QList<TextMatch> matches = scanner.scan(text);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).kind, TextMatch::Kind::WithheldValue);
        QCOMPARE(matches.at(1).kind, TextMatch::Kind::StatusPhrase);
    }

    void caseRedactorMasksEveryFreeTextField()
    {
        CaseFile c;
        c.client.fullName = QStringLiteral("Nguyễn Thị Lan");
        c.client.aNumber = QStringLiteral("A123-456-789");
        c.client.phone = QStringLiteral("617-555-0142");
        Incident inc;
        inc.narrative
            = QStringLiteral("Her A-number 123 456 789 was read out. She is undocumented.");
        inc.location = QStringLiteral("Outside, phone 6175550142");
        inc.officers = {Officer {0, QStringLiteral("Officer X"), QStringLiteral("4567"), QString(),
            QStringLiteral("wrote down A123456789")}};
        inc.witnesses = {Witness {0, QStringLiteral("Rosa"), QStringLiteral("rosa@example.org"),
            QStringLiteral("She said call rosa@example.org or 617 555 0142")}};
        c.incidents = {inc};
        c.evidence = {EvidenceItem {}};
        c.evidence[0].description = QStringLiteral("Letter to A123456789");
        c.followUps = {FollowUp {0, QDate(2026, 1, 1), false, QStringLiteral("Call 617.555.0142")}};
        const CaseFile stored = c;

        const RedactedCase r = CaseTextRedactor(c, RedactionPolicy()).apply();
        QCOMPARE(c, stored); // never changes the case itself
        const Incident &out = r.caseFile.incidents.at(0);
        QCOMPARE(out.narrative,
            QStringLiteral("Her A-number %1 was read out. She is undocumented.").arg(W));
        QCOMPARE(out.location, QStringLiteral("Outside, phone %1").arg(W));
        QCOMPARE(out.officers.at(0).description, QStringLiteral("wrote down %1").arg(W));
        QCOMPARE(out.witnesses.at(0).statement, QStringLiteral("She said call %1 or %1").arg(W));
        QCOMPARE(r.caseFile.evidence.at(0).description, QStringLiteral("Letter to %1").arg(W));
        QCOMPARE(r.caseFile.followUps.at(0).note, QStringLiteral("Call %1").arg(W));
        QCOMPARE(r.maskedValues(), 7);
        QVERIFY(r.statusPhrasesLeft());
        const QList<TextFinding> phrases = r.statusPhrases();
        QCOMPARE(phrases.size(), 1);
        QCOMPARE(phrases.at(0).phrase, QStringLiteral("undocumented"));
        QCOMPARE(phrases.at(0).field, QStringLiteral("Incident 1, narrative"));
        QVERIFY(phrases.at(0).context.contains(QStringLiteral("She is undocumented.")));
        QVERIFY(!phrases.at(0).context.contains(QStringLiteral("123"))); // values stay masked

        RedactionPolicy includeANumber;
        includeANumber.include(ClientField::ANumber);
        includeANumber.setMaskStatusPhrases(true);
        const RedactedCase included = CaseTextRedactor(c, includeANumber).apply();
        QCOMPARE(included.caseFile.incidents.at(0).narrative,
            QStringLiteral("Her A-number 123 456 789 was read out. She is %1.").arg(W));
        QCOMPARE(
            included.caseFile.incidents.at(0).location, QStringLiteral("Outside, phone %1").arg(W));
        QVERIFY(!included.statusPhrasesLeft());
    }

    void statusValueShortFormAndNonAnswers()
    {
        CaseFile c;
        c.client.immigrationStatus = QStringLiteral("Temporary Protected Status (TPS)");
        c.client.countryOfBirth = QStringLiteral("Unknown");
        Incident inc;
        inc.narrative = QStringLiteral("She has TPS. The officer's unit is unknown.");
        c.incidents = {inc};
        const RedactedCase r = CaseTextRedactor(c, RedactionPolicy()).apply();
        QCOMPARE(r.caseFile.incidents.at(0).narrative,
            QStringLiteral("She has %1. The officer's unit is unknown.").arg(W));

        c.client.immigrationStatus = QStringLiteral("Not disclosed");
        c.incidents[0].narrative = QStringLiteral("The reason was not disclosed.");
        QCOMPARE(CaseTextRedactor(c, RedactionPolicy()).apply().caseFile.incidents.at(0).narrative,
            c.incidents[0].narrative);
    }

    void anonymousFilingMasksTheName()
    {
        CaseFile c;
        c.client.fullName = QStringLiteral("Nguyễn Thị Lan");
        Incident inc;
        inc.narrative
            = QStringLiteral("Ms. Nguyen said that Lan was scared. Officer Nguyễn Văn A arrived.");
        c.incidents = {inc};
        const RedactedCase r
            = CaseTextRedactor(c, RedactionPolicy(), {ClientField::FullName}).apply();
        QCOMPARE(r.caseFile.incidents.at(0).narrative,
            QStringLiteral("Ms. %1 said that %1 was scared. Officer %1 Văn A arrived.").arg(W));
    }

    void anyTextGivesSpansInsideIt()
    {
        // Digits, separators, marks, surrogate pairs, lone surrogates and the values' own pieces,
        // shuffled: every span must lie inside the text and masking must keep the rest.
        const QString alphabet
            = QStringLiteral("0123456789١٢٣۴۵６７ "
                             "-./()+#,、。（）\n\u0301\u0640\u200E\u2066aAlnstxy@.年月日ệđأ无证")
            + QString::fromUcs4(U"\U00020000") + QChar(0xD800) + QChar(0xDC00);
        const QStringList pieces {QStringLiteral("123"), QStringLiteral("456"),
            QStringLiteral("789"), QStringLiteral("617"), QStringLiteral("555"),
            QStringLiteral("0142"), QStringLiteral("July 14"), QStringLiteral("1988"),
            QStringLiteral("12 Example St"), QStringLiteral("lan.example@example.org"),
            QStringLiteral("undocumented"), QStringLiteral("بدون أوراق")};
        const TextScanner scanner(clientValues(), &StatusLexicon::builtIn());
        QRandomGenerator random(15);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int parts = random.bounded(40);
            for (int i = 0; i < parts; ++i) {
                if (random.bounded(4) == 0)
                    text += pieces.at(random.bounded(pieces.size()));
                else
                    text += alphabet.at(random.bounded(alphabet.size()));
            }
            const QList<TextMatch> matches = scanner.scan(text);
            qsizetype previousEnd = 0;
            for (const TextMatch &m : matches) {
                QVERIFY(m.length > 0);
                QVERIFY(m.start >= 0 && m.start + m.length <= text.size());
                if (m.kind == TextMatch::Kind::WithheldValue) {
                    QVERIFY(m.start >= previousEnd); // values never overlap
                    previousEnd = m.start + m.length;
                }
            }
            const QString masked = TextScanner::mask(text, matches);
            if (matches.isEmpty())
                QCOMPARE(masked, text);
        }
    }

    void longNarrativeScansQuickly()
    {
        // Measured once for the record (docs/redaction.md); a correctness check, not a timing test.
        QString text;
        const QString sentence = QStringLiteral(
            "The officer stopped her near 45 Fictional Ave at 14:30 and asked for papers; badge "
            "4567-123. ");
        while (text.size() < 10000)
            text += sentence;
        text += QStringLiteral("She is undocumented; call 617-555-0142.");
        (void)StatusLexicon::builtIn(); // loaded once per process
        QElapsedTimer timer;
        timer.start();
        const TextScanner scanner(clientValues(), &StatusLexicon::builtIn());
        const qint64 built = timer.nsecsElapsed();
        timer.restart();
        const QList<TextMatch> matches = scanner.scan(text);
        const qint64 ns = timer.nsecsElapsed();
        qInfo("patterns for one case: %.3f ms; scan of %lld characters: %.2f ms",
            double(built) / 1e6, qlonglong(text.size()), double(ns) / 1e6);
        QCOMPARE(matches.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextScanner)
#include "tst_textscanner.moc"
