#include "reporthtml.h"

#include "common/displayformat.h"

#include <QDate>

namespace td::ReportHtml {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString value(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString paragraphs(const QString &text, const QString &style)
{
    QString html;
    const QString styleAttribute
        = style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p dir=\"auto\"%1>%2</p>\n")
                    .arg(styleAttribute, esc(line.trimmed()));
    }
    return html;
}

QString row(const QString &label, const QString &text)
{
    return rawRow(label,
        text.trimmed().isEmpty() ? QStringLiteral("<span style=\"color:#777\">—</span>")
                                 : QStringLiteral("<span dir=\"auto\">%1</span>").arg(value(text)));
}

QString rawRow(const QString &label, const QString &html)
{
    // The value cell carries dir="auto" too: QTextDocument takes a block's direction from the cell.
    return QStringLiteral("<tr><td width=\"30%\" valign=\"top\" style=\"color:#444\">%1</td><td "
                          "dir=\"auto\" valign=\"top\">%2</td></tr>\n")
        .arg(esc(label), html);
}

QString heading(int number, const QString &text)
{
    return QStringLiteral(
        "<h2 style=\"font-size:12.5pt;margin-top:14px;margin-bottom:4px\">%1. %2</h2>\n")
        .arg(number)
        .arg(esc(text));
}

QStringList fontFamilies(const QString &primary, bool preferTraditional)
{
    QStringList families {
        primary, QStringLiteral("Noto Sans"), QStringLiteral("Noto Naskh Arabic")};
    if (preferTraditional)
        families << QStringLiteral("Noto Sans CJK TC") << QStringLiteral("Noto Sans CJK SC");
    else
        families << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("Noto Sans CJK TC");
    families.removeDuplicates();
    return families;
}

QString cssFamilies(const QStringList &families)
{
    QStringList quoted;
    for (const auto &f : families)
        quoted.append(QLatin1Char('\'') + f + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

namespace {

QLocale documentLocale(const QString &language)
{
    const QLocale locale(language);
    return locale.language() == QLocale::C || locale.language() == QLocale::English
        ? QLocale(QLocale::English, QLocale::UnitedStates) // Boston
        : locale;
}

} // namespace

QString documentDate(const QDate &date, const QString &language)
{
    return displayDate(date, documentLocale(language));
}

QString documentDateTime(const QDateTime &moment, const QTimeZone &zone, const QString &language)
{
    if (!moment.isValid())
        return {};
    const QDateTime there = moment.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
    return QStringLiteral("%1 %2 %3")
        .arg(documentDate(there.date(), language),
            documentLocale(language).toString(there.time(), QLocale::ShortFormat),
            there.timeZoneAbbreviation());
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString paperKey(const QPageSize &paper)
{
    return paper.id() == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

} // namespace td::ReportHtml
