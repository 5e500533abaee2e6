#pragma once

#include <QString>

namespace td {

/// Recognises one officer across cases the way a caseworker compares notes: by badge number and
/// agency, ignoring how the badge happened to be written down.
///
/// An officer is identified by (badgeKey, agencyKey). An empty badge key never matches anything:
/// an officer without a badge number cannot be recognised. When the agency is unknown (empty) on
/// one side, matches() still pairs the two on the badge alone: the intake hint is a lead for the
/// caseworker to check, and a badge typed before the agency should already find it. Two different
/// known agencies never match. The roster (OfficerQuery::roster) groups on both keys as they are,
/// so an officer recorded once without an agency is listed on a row of its own ("agency unknown")
/// rather than guessed into one agency's count.
namespace OfficerIdentity {

/// "  # 00123 ", "No. 123", "no.0123" and "１２３" all give "123"; "a-12b" gives "A-12B". Spaces,
/// "#", a leading "No." (or "Nº", "№"), and the leading zeros of each number go ("A-0012" is
/// "A-12"); digits of any script become ASCII and letters upper case. Other punctuation stays:
/// "A-12" and "A12" are different badges.
/// Returns an empty string when nothing is left.
QString badgeKey(const QString &badgeNumber);
/// The agency compared without regard to case or whitespace ("Boston  police Department" and
/// "boston police department" are one agency).
QString agencyKey(const QString &agency);
/// Whether two records name the same officer (see above for an empty agency).
bool matches(
    const QString &badgeA, const QString &agencyA, const QString &badgeB, const QString &agencyB);

} // namespace OfficerIdentity
} // namespace td
