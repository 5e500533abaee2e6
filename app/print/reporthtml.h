#pragma once

#include <QDate>
#include <QDateTime>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace td {

/// Small builders for the HTML subset QTextDocument understands, shared by the printed reports.
/// Every function that takes a value escapes it; values are marked dir="auto" so a name in Arabic
/// reads right to left inside a left-to-right page.
namespace ReportHtml {
QString esc(const QString &text);
/// A value as escaped HTML, line breaks kept.
QString value(const QString &text);
/// One paragraph per line of `text`, each dir="auto".
QString paragraphs(const QString &text, const QString &style = {});
/// A two-column row: a label and a value (escaped), or a dash when the value is empty.
QString row(const QString &label, const QString &text);
/// A two-column row whose value is HTML built by the caller.
QString rawRow(const QString &label, const QString &html);
/// A numbered section heading.
QString heading(int number, const QString &text);
/// A CSS font-family list: Latin (also Vietnamese and Cyrillic), Arabic, then both Chinese cuts,
/// Traditional first when `preferTraditional`. Qt falls back along the list per character.
QStringList fontFamilies(const QString &primary, bool preferTraditional);
QString cssFamilies(const QStringList &families);
/// ISO 8601: for technical lines (a guidance pack's review date beside its version).
QString isoDate(const QDate &date);
/// A date in a document, in the style of the document's language with a four-digit year
/// ("12/3/2026" in US English, the complaint's language; "3/12/2026" in Spanish).
QString documentDate(const QDate &date, const QString &language = QStringLiteral("en"));
/// A moment in a document: documentDate, the time, and the zone's abbreviation ("EST").
QString documentDateTime(
    const QDateTime &moment, const QTimeZone &zone, const QString &language = QStringLiteral("en"));
/// "letter" for US Letter, "a4" otherwise (what the log records).
QString paperKey(const QPageSize &paper);
} // namespace ReportHtml

} // namespace td
