#include "textscanner.h"

#include "monthnames.h"
#include "statuslexicon.h"
#include "tokenmatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace td {
namespace {

/// A withheld number as a string of digits to find at token boundaries.
struct DigitForm
{
    QString digits;
    QString key;
    WithheldValue::Form form;
    bool wholeRun = false; ///< only as a number of its own (a local phone number without its area)
};

struct DateValue
{
    QDate date;
    QString key;
};

struct EmailValue
{
    QString folded;
    QString key;
};

/// Consecutive digit tokens separated only by what people put between digit groups: "+1 (617)
/// 555-0142", "123 456 789", "1990/03/04".
struct DigitRun
{
    QList<qsizetype> tokens;
    QString digits;
    QList<qsizetype> starts; ///< where each token's digits start in `digits`
};

bool isDigitSeparator(QStringView gap)
{
    if (gap.isEmpty() || gap.size() > 3)
        return false;
    for (const QChar c : gap) {
        if (!QStringView(u" -./()+_").contains(c))
            return false;
    }
    return true;
}

QList<DigitRun> digitRuns(const QString &folded, const QList<TextToken> &tokens)
{
    QList<DigitRun> runs;
    qsizetype previous = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TextToken &t = tokens.at(i);
        if (t.kind != TextToken::Kind::Digits) {
            previous = -1;
            continue;
        }
        const bool joins = previous == i - 1 && previous >= 0
            && isDigitSeparator(QStringView(folded).mid(
                tokens.at(previous).end, t.start - tokens.at(previous).end));
        if (!joins)
            runs.append(DigitRun {});
        DigitRun &run = runs.last();
        run.tokens.append(i);
        run.starts.append(run.digits.size());
        run.digits += t.key;
        previous = i;
    }
    return runs;
}

QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : foldForMatching(text)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    }
    return out;
}

/// The phone numbers in a field (it may hold two): runs of at least seven digits.
QStringList phoneNumbersIn(const QString &text)
{
    QStringList out;
    const QString folded = foldForMatching(text);
    const QList<TextToken> tokens = tokenize(folded);
    for (const DigitRun &run : digitRuns(folded, tokens)) {
        if (run.digits.size() < 7)
            continue;
        qsizetype p = tokens.at(run.tokens.constFirst()).start;
        while (p > 0 && QStringView(u" (").contains(folded.at(p - 1)))
            --p;
        const bool international = p > 0 && folded.at(p - 1) == QLatin1Char('+');
        out.append((international ? QStringLiteral("+") : QString()) + run.digits);
    }
    return out;
}

void addPhoneForms(const QString &number, const QString &key, QList<DigitForm> &out)
{
    const bool plus = number.startsWith(QLatin1Char('+'));
    const QString d = plus ? number.mid(1) : number;
    const auto add = [&](const QString &digits, bool wholeRun = false) {
        out.append(DigitForm {digits, key, WithheldValue::Form::Phone, wholeRun});
    };
    const bool northAmerican
        = (d.size() == 11 && d.startsWith(QLatin1Char('1'))) || (d.size() == 10 && !plus);
    if (northAmerican) {
        const QString core = d.right(10);
        add(core);
        add(QStringLiteral("1") + core);
        add(core.right(7), true);
        return;
    }
    add(d);
    if (plus) {
        add(QStringLiteral("00") + d);
        // The national form: without the country code (1 to 3 digits), with or without the 0.
        for (int cc = 1; cc <= 3; ++cc) {
            const QString national = d.mid(cc);
            if (national.size() >= 7) {
                add(national);
                add(QStringLiteral("0") + national);
            }
        }
    }
}

void addANumberForms(const QString &text, const QString &key, QList<DigitForm> &out)
{
    QString d = digitsOf(text);
    while (d.size() > 8 && d.startsWith(QLatin1Char('0')))
        d.remove(0, 1);
    if (d.size() < 6)
        return;
    out.append(DigitForm {d, key, WithheldValue::Form::ANumber});
    for (QString padded = d; padded.size() < 9;) {
        padded.prepend(QLatin1Char('0'));
        out.append(DigitForm {padded, key, WithheldValue::Form::ANumber});
    }
}

TokenPattern::Element element(const QStringList &keys, bool optional = false)
{
    return TokenPattern::Element {keys, optional, false};
}

QStringList foldedKeys(const QStringList &words)
{
    QStringList keys;
    for (const QString &w : words)
        keys += tokenKeys(w);
    keys.removeDuplicates();
    return keys;
}

/// The written-out forms of a birth date: "March 4, 1990", "4 March 1990", "4 de marzo de 1990",
/// "4 марта 1990", "ngày 4 tháng 3 năm 1990", "1990年3月4日".
void addDatePatterns(const QDate &date, const QString &key, TokenMatcher &matcher)
{
    const QStringList days {
        QString::number(date.day()), QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'))};
    const QStringList months {QString::number(date.month()),
        QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))};
    const QStringList year {QString::number(date.year())};
    const QStringList names = foldedKeys(monthNames(date.month()));
    const QStringList ordinals {QStringLiteral("st"), QStringLiteral("nd"), QStringLiteral("rd"),
        QStringLiteral("th"), QStringLiteral("o"), QStringLiteral("a"), QStringLiteral("er"),
        QStringLiteral("º"), QStringLiteral("ª")};
    const QStringList connectors = foldedKeys({QStringLiteral("of"), QStringLiteral("de"),
        QStringLiteral("del"), QStringLiteral("di"), QStringLiteral("d")});
    const auto add = [&](QList<TokenPattern::Element> elements) {
        matcher.add(TokenPattern {
            std::move(elements), TokenPattern::Gaps::Dates, TextMatch::Kind::WithheldValue, key});
    };
    add({element(names), element(days), element(ordinals, true), element(year)});
    add({element(days), element(ordinals, true), element(connectors, true), element(names),
        element(connectors, true), element(year)});
    const QStringList ngay = foldedKeys({QStringLiteral("ngày")});
    const QStringList thang = foldedKeys({QStringLiteral("tháng")});
    const QStringList nam = foldedKeys({QStringLiteral("năm")});
    add({element(ngay), element(days), element(thang), element(months), element(nam, true),
        element(year)});
    add({element(days), element(thang), element(months), element(nam, true), element(year)});
    add({element(year), element({QStringLiteral("年")}), element(months),
        element({QStringLiteral("月")}), element(days),
        element({QStringLiteral("日"), QStringLiteral("号"), QStringLiteral("號")}, true)});
}

/// Street words written in full or short; an address matches either way.
QStringList streetAliases(const QString &key)
{
    static const QList<QStringList> groups {
        {QStringLiteral("street"), QStringLiteral("st"), QStringLiteral("str")},
        {QStringLiteral("avenue"), QStringLiteral("ave"), QStringLiteral("av")},
        {QStringLiteral("road"), QStringLiteral("rd")},
        {QStringLiteral("boulevard"), QStringLiteral("blvd")},
        {QStringLiteral("drive"), QStringLiteral("dr")},
        {QStringLiteral("lane"), QStringLiteral("ln")},
        {QStringLiteral("court"), QStringLiteral("ct")},
        {QStringLiteral("place"), QStringLiteral("pl")},
        {QStringLiteral("square"), QStringLiteral("sq")},
        {QStringLiteral("terrace"), QStringLiteral("ter")},
        {QStringLiteral("highway"), QStringLiteral("hwy")},
        {QStringLiteral("parkway"), QStringLiteral("pkwy")},
        {QStringLiteral("apartment"), QStringLiteral("apt"), QStringLiteral("unit")},
    };
    for (const QStringList &g : groups) {
        if (g.contains(key))
            return g;
    }
    return {key};
}

void addWordsPattern(const QStringList &keys, TokenPattern::Gaps gaps, TextMatch::Kind kind,
    const QString &key, TokenMatcher &matcher, bool aliases = false)
{
    if (keys.isEmpty())
        return;
    TokenPattern p;
    p.gaps = gaps;
    p.kind = kind;
    p.key = key;
    for (const QString &k : keys)
        p.elements.append(element(aliases ? streetAliases(k) : QStringList {k}));
    matcher.add(std::move(p));
}

void addAddressPatterns(const QString &address, const QString &key, TokenMatcher &matcher)
{
    const QStringList all = tokenKeys(address);
    addWordsPattern(
        all, TokenPattern::Gaps::Address, TextMatch::Kind::WithheldValue, key, matcher, true);
    // The street line alone ("12 Example Street"), when it says more than a number.
    static const QRegularExpression lineEnd(QStringLiteral("[,\\n;]"));
    const QString street = address.section(lineEnd, 0, 0);
    const QStringList streetKeys = tokenKeys(street);
    const bool hasWord = std::any_of(streetKeys.cbegin(), streetKeys.cend(),
        [](const QString &k) { return !k.isEmpty() && !k.at(0).isDigit(); });
    if (streetKeys.size() >= 2 && streetKeys.size() < all.size() && hasWord)
        addWordsPattern(streetKeys, TokenPattern::Gaps::Address, TextMatch::Kind::WithheldValue,
            key, matcher, true);
}

bool isEmailChar(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"._%+-").contains(c);
}

} // namespace

struct TextScanner::Patterns
{
    TokenMatcher words;
    QList<DigitForm> numbers;
    QList<DateValue> dates;
    QList<EmailValue> emails;
    const StatusLexicon *lexicon = nullptr;
};

TextScanner::TextScanner(const QList<WithheldValue> &values, const StatusLexicon *lexicon)
    : m_patterns(std::make_unique<Patterns>())
{
    Patterns &p = *m_patterns;
    for (const WithheldValue &v : values) {
        switch (v.form) {
        case WithheldValue::Form::ANumber:
            addANumberForms(v.text, v.key, p.numbers);
            break;
        case WithheldValue::Form::Phone:
            for (const QString &number : phoneNumbersIn(v.text))
                addPhoneForms(number, v.key, p.numbers);
            break;
        case WithheldValue::Form::Email:
            if (const QString e = foldForMatching(v.text.trimmed()); e.contains(QLatin1Char('@')))
                p.emails.append(EmailValue {e, v.key});
            break;
        case WithheldValue::Form::Address:
            addAddressPatterns(v.text, v.key, p.words);
            break;
        case WithheldValue::Form::Date:
            if (v.date.isValid()) {
                p.dates.append(DateValue {v.date, v.key});
                addDatePatterns(v.date, v.key, p.words);
            }
            break;
        case WithheldValue::Form::Phrase:
            if (v.text.trimmed().size() >= 3)
                addWordsPattern(tokenKeys(v.text), TokenPattern::Gaps::Words,
                    TextMatch::Kind::WithheldValue, v.key, p.words);
            break;
        }
    }
    p.lexicon = lexicon;
}

TextScanner::~TextScanner() = default;
TextScanner::TextScanner(TextScanner &&) noexcept = default;
TextScanner &TextScanner::operator=(TextScanner &&) noexcept = default;

namespace {

/// Widens a number's span to what belongs to it: "+1 (617)…", "(617)…", "A-123…", "A 123…".
qsizetype numberStart(const QString &folded, qsizetype start, WithheldValue::Form form)
{
    qsizetype p = start;
    if (form == WithheldValue::Form::Phone) {
        while (p > 0 && start - p < 3 && QStringView(u" (+").contains(folded.at(p - 1)))
            --p;
        while (p < start && folded.at(p) == QLatin1Char(' '))
            ++p;
        return p;
    }
    while (p > 0 && start - p < 3 && QStringView(u" -#:.").contains(folded.at(p - 1)))
        --p;
    if (p > 0 && folded.at(p - 1) == QLatin1Char('a') && (p < 2 || !folded.at(p - 2).isLetter()))
        return p - 1;
    return start;
}

void findNumbers(const QString &folded, const QList<TextToken> &tokens,
    const QList<DigitForm> &forms, const QList<DateValue> &dates, QList<TextMatch> &out)
{
    if (forms.isEmpty() && dates.isEmpty())
        return;
    for (const DigitRun &run : digitRuns(folded, tokens)) {
        const auto tokenAt = [&](qsizetype digitStart) { return run.starts.indexOf(digitStart); };
        for (const DigitForm &f : forms) {
            for (qsizetype at = run.digits.indexOf(f.digits); at >= 0;
                 at = run.digits.indexOf(f.digits, at + 1)) {
                const qsizetype first = tokenAt(at);
                const qsizetype end = at + f.digits.size();
                const qsizetype last
                    = end == run.digits.size() ? run.tokens.size() - 1 : tokenAt(end) - 1;
                if (first < 0 || last < 0 || (last + 1 < run.tokens.size() && tokenAt(end) < 0))
                    continue;
                if (f.wholeRun && (first != 0 || last != run.tokens.size() - 1))
                    continue;
                const qsizetype s
                    = numberStart(folded, tokens.at(run.tokens.at(first)).start, f.form);
                out.append(TextMatch {s, tokens.at(run.tokens.at(last)).end - s,
                    TextMatch::Kind::WithheldValue, f.key});
            }
        }
        // Numeric dates: year-month-day, month/day/year and day.month.year, two- or four-digit
        // years; and 19900304.
        for (const DateValue &d : dates) {
            const auto is = [&](qsizetype i, int value, int minLen, int maxLen) {
                const QString &k = tokens.at(run.tokens.at(i)).key;
                return k.size() >= minLen && k.size() <= maxLen && k.toInt() == value;
            };
            const int y = d.date.year();
            const int m = d.date.month();
            const int dd = d.date.day();
            for (qsizetype i = 0; i < run.tokens.size(); ++i) {
                qsizetype last = -1;
                if (tokens.at(run.tokens.at(i)).key == d.date.toString(QStringLiteral("yyyyMMdd")))
                    last = i;
                else if (i + 2 < run.tokens.size()
                    && ((is(i, y, 4, 4) && is(i + 1, m, 1, 2) && is(i + 2, dd, 1, 2))
                        || (is(i, m, 1, 2) && is(i + 1, dd, 1, 2)
                            && (is(i + 2, y, 4, 4) || is(i + 2, y % 100, 2, 2)))
                        || (is(i, dd, 1, 2) && is(i + 1, m, 1, 2)
                            && (is(i + 2, y, 4, 4) || is(i + 2, y % 100, 2, 2)))))
                    last = i + 2;
                if (last < 0)
                    continue;
                const qsizetype s = tokens.at(run.tokens.at(i)).start;
                out.append(TextMatch {s, tokens.at(run.tokens.at(last)).end - s,
                    TextMatch::Kind::WithheldValue, d.key});
            }
        }
    }
}

void findEmails(const QString &folded, const QList<EmailValue> &emails, QList<TextMatch> &out)
{
    for (const EmailValue &e : emails) {
        for (qsizetype at = folded.indexOf(e.folded); at >= 0;
             at = folded.indexOf(e.folded, at + 1)) {
            const qsizetype end = at + e.folded.size();
            const bool before = at == 0 || !isEmailChar(folded.at(at - 1));
            // A full stop after an address ends the sentence, unless more of an address follows.
            const bool after = end == folded.size()
                || (!isEmailChar(folded.at(end))
                    || (folded.at(end) == QLatin1Char('.')
                        && (end + 1 == folded.size() || !folded.at(end + 1).isLetterOrNumber())));
            if (before && after)
                out.append(TextMatch {at, e.folded.size(), TextMatch::Kind::WithheldValue, e.key});
        }
    }
}

/// Sorted by start; overlapping matches of one kind merged; a phrase inside a value dropped.
QList<TextMatch> resolve(QList<TextMatch> found)
{
    std::sort(found.begin(), found.end(), [](const TextMatch &a, const TextMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<TextMatch> values;
    QList<TextMatch> phrases;
    for (const TextMatch &m : std::as_const(found)) {
        QList<TextMatch> &list = m.kind == TextMatch::Kind::WithheldValue ? values : phrases;
        if (!list.isEmpty() && m.start < list.last().start + list.last().length) {
            TextMatch &last = list.last();
            last.length = std::max(last.start + last.length, m.start + m.length) - last.start;
        } else {
            list.append(m);
        }
    }
    QList<TextMatch> out = values;
    for (const TextMatch &p : std::as_const(phrases)) {
        const bool inValue = std::any_of(values.cbegin(), values.cend(), [&](const TextMatch &v) {
            return p.start < v.start + v.length && v.start < p.start + p.length;
        });
        if (!inValue)
            out.append(p);
    }
    std::sort(out.begin(), out.end(),
        [](const TextMatch &a, const TextMatch &b) { return a.start < b.start; });
    return out;
}

} // namespace

QList<TextMatch> TextScanner::scan(const QString &text) const
{
    if (text.isEmpty())
        return {};
    const QString folded = foldForMatching(text);
    const QList<TextToken> tokens = tokenize(folded);
    QList<TextMatch> found;
    findNumbers(folded, tokens, m_patterns->numbers, m_patterns->dates, found);
    findEmails(folded, m_patterns->emails, found);
    m_patterns->words.find(folded, tokens, found);
    if (m_patterns->lexicon)
        m_patterns->lexicon->matcher().find(folded, tokens, found);
    return resolve(std::move(found));
}

QString TextScanner::maskText()
{
    return QCoreApplication::translate("TextScanner", "[withheld]");
}

QString TextScanner::mask(const QString &text, const QList<TextMatch> &matches)
{
    if (matches.isEmpty())
        return text;
    QList<TextMatch> sorted = matches;
    std::sort(sorted.begin(), sorted.end(),
        [](const TextMatch &a, const TextMatch &b) { return a.start < b.start; });
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    for (const TextMatch &m : std::as_const(sorted)) {
        if (m.start < done) { // overlaps the previous mask: extend it
            done = std::max(done, m.start + m.length);
            continue;
        }
        out += QStringView(text).mid(done, m.start - done);
        out += maskText();
        done = m.start + m.length;
    }
    out += QStringView(text).mid(done);
    return out;
}

} // namespace td
