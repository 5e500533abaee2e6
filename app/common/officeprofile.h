#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace td {

/// The legal-aid office this installation works for: how a client reaches it (printed on client
/// copies and handouts) and the time zone times are shown in. Kept in the Settings.
struct OfficeProfile
{
    QString name;
    QString address; ///< may span lines
    QString phone;
    QString email;
    QByteArray timeZoneId; ///< IANA id ("America/New_York"); empty: the computer's zone

    /// Longest single-line field kept; the address keeps up to four lines of it.
    static constexpr int kMaxLength = 200;

    bool isEmpty() const;
    /// Lines trimmed, whitespace collapsed, fields cut to kMaxLength, an unknown zone dropped.
    OfficeProfile normalized() const;
    /// The office's time zone (the computer's when none is set or it is unknown).
    QTimeZone timeZone() const;
    /// The block printed on documents: name, address lines, phone, email (empty ones left out).
    QStringList contactLines() const;

    /// The office of this process: the one installed, else the one in the user's Settings (read
    /// once).
    static OfficeProfile current();
    /// Makes `office` the one this process uses (the app at start and after Preferences).
    static void install(const OfficeProfile &office);
};

} // namespace td
