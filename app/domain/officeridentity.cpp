#include "officeridentity.h"

#include <array>

namespace td::OfficerIdentity {
namespace {

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

QString badgeKey(const QString &badgeNumber)
{
    // Compatibility forms first, so full-width digits and letters (typed with a Chinese or
    // Japanese input method) read as their ASCII counterparts.
    // NFKC would turn "№" and "Nº" into a bare "No", which could not be told from a badge that
    // starts with the letters N and O.
    QString raw = badgeNumber;
    raw.replace(QChar(0x2116), QLatin1String("No."))
        .replace(QStringLiteral("N\u00BA"), QLatin1String("No."));
    const QString s = withoutSpaces(raw.normalized(QString::NormalizationForm_KC));
    static const std::array<QString, 3> kPrefixes {
        QStringLiteral("#"), QStringLiteral("NO."), QStringLiteral("N\u00B0")};
    QString upper;
    upper.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c == QLatin1Char('#'))
            continue; // "#123", "12#3": a caseworker never means the sign as part of the number
        if (c.isDigit() && c.digitValue() >= 0)
            upper.append(QChar(u'0' + c.digitValue())); // Arabic-Indic, Devanagari… digits
        else
            upper.append(c.toUpper());
    }
    // "No. 123", "No.#123", "N° 123".
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const auto &prefix : kPrefixes) {
            if (upper.startsWith(prefix) && upper.size() > prefix.size()) {
                upper.remove(0, prefix.size());
                stripped = true;
            }
        }
    }
    // Leading zeros of every number in the badge: "00123" and "123", "A-0012" and "A-12" are
    // one badge; a zero standing alone ("A-0") stays.
    QString out;
    out.reserve(upper.size());
    for (qsizetype i = 0; i < upper.size(); ++i) {
        const bool startsNumber = out.isEmpty() || !out.back().isDigit();
        if (upper.at(i) == QLatin1Char('0') && startsNumber && i + 1 < upper.size()
            && upper.at(i + 1).isDigit())
            continue;
        out.append(upper.at(i));
    }
    return out;
}

QString agencyKey(const QString &agency)
{
    return withoutSpaces(agency).toCaseFolded();
}

bool matches(
    const QString &badgeA, const QString &agencyA, const QString &badgeB, const QString &agencyB)
{
    const QString a = badgeKey(badgeA);
    if (a.isEmpty() || a != badgeKey(badgeB))
        return false;
    const QString agencyKeyA = agencyKey(agencyA);
    const QString agencyKeyB = agencyKey(agencyB);
    return agencyKeyA.isEmpty() || agencyKeyB.isEmpty() || agencyKeyA == agencyKeyB;
}

} // namespace td::OfficerIdentity
