#include "officeblock.h"

#include <QTextCursor>

namespace td::OfficeBlock {
namespace {

/// A phone number or an email address: Latin digits and letters that must not be reordered in a
/// right-to-left paragraph ("617-555-0142" would otherwise read "0142-555-617").
bool isLeftToRightValue(const OfficeProfile &office, const QString &line)
{
    const OfficeProfile p = office.normalized();
    return line == p.phone || line == p.email;
}

} // namespace

QString html(const OfficeProfile &office, const QString &label)
{
    const QStringList lines = office.contactLines();
    if (lines.isEmpty())
        return {};
    QStringList escaped;
    for (const QString &line : lines) {
        escaped.append(isLeftToRightValue(office, line)
                ? QStringLiteral("<span dir=\"ltr\">%1</span>").arg(line.toHtmlEscaped())
                : line.toHtmlEscaped());
    }
    return QStringLiteral(
        "<p dir=\"auto\" style=\"margin-top:10px;margin-bottom:3px\"><b>%1</b><br>"
        "%2</p>\n")
        .arg(label.toHtmlEscaped(), escaped.join(QStringLiteral("<br>")));
}

void insert(QTextCursor &cursor, const OfficeProfile &office, const QString &heading)
{
    const QStringList lines = office.contactLines();
    if (lines.isEmpty())
        return;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setFontPointSize(11);
    QTextCharFormat plain;
    plain.setFontPointSize(10);
    const auto block = [](const QString &text, bool leftToRight, int topMargin) {
        QTextBlockFormat f;
        const bool rtl = !leftToRight && text.isRightToLeft();
        f.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        f.setAlignment(Qt::AlignLeading);
        f.setTopMargin(topMargin);
        return f;
    };
    cursor.insertBlock(block(heading, false, 12), bold);
    cursor.insertText(heading);
    for (const QString &line : lines) {
        cursor.insertBlock(block(line, isLeftToRightValue(office, line), 0), plain);
        cursor.insertText(line);
    }
}

} // namespace td::OfficeBlock
