#include "guidancehandout.h"

#include "officeblock.h"
#include "pagedpdfwriter.h"
#include "scriptfonts.h"

#include <QCoreApplication>
#include <QDate>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace td::GuidanceHandout {
namespace {

QString reviewText(const GuidanceReview &review)
{
    return review.date.isValid()
        ? QStringLiteral("%1 (%2)").arg(review.status, review.date.toString(Qt::ISODate))
        : review.status;
}

} // namespace

QString resolvedMarkdown(
    const GuidancePack &pack, const QString &articleId, const QString &languageCode)
{
    QString text = pack.markdown(articleId, languageCode);
    static const QRegularExpression link(QStringLiteral("\\]\\((source|article):([^)\\s]*)\\)"));
    QString out;
    qsizetype last = 0;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        QString target = m.captured(0);
        if (m.captured(1) == QLatin1String("source")) {
            if (const auto *s = pack.source(m.captured(2)))
                target
                    = QStringLiteral("](") + s->url.toString(QUrl::FullyEncoded) + QLatin1Char(')');
        }
        out += target;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

Status build(const GuidancePack &pack, const QString &articleId, const QString &languageCode,
    QTextDocument &document)
{
    if (!pack.article(articleId))
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("GuidanceHandout", "There is no guidance article \"%1\".")
                .arg(articleId)};
    const GuidanceLanguage *language = pack.language(languageCode);
    if (!language)
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate(
                "GuidanceHandout", "The guidance is not available in \"%1\".")
                .arg(languageCode)};

    QFont font(ScriptFonts::familyFor(languageCode));
    font.setPointSizeF(11.0);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(language->direction);
    document.setDefaultTextOption(option);
    document.setMarkdown(
        resolvedMarkdown(pack, articleId, languageCode), QTextDocument::MarkdownDialectGitHub);

    // The article body follows the language; Markdown blocks would otherwise guess per paragraph.
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextBlockFormat f = b.blockFormat();
        f.setLayoutDirection(language->direction);
        c.setBlockFormat(f);
    }

    // Source titles and addresses are English and Latin: forced right-to-left, "[1]" would end up
    // at the far edge and URLs wrap oddly. Each line takes its direction from its own text.
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    // Who to ask about it: the office that handed it out.
    OfficeBlock::insert(cursor, OfficeProfile::current(),
        QCoreApplication::translate("GuidanceHandout", "Your legal-aid office"));
    QTextBlockFormat line;
    line.setLayoutDirection(Qt::LeftToRight);
    line.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    line.setTopMargin(2);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(12);
    QTextCharFormat plain;
    plain.setFontPointSize(9.5);
    // The heading is in the interface language: it sits over the list in its own direction.
    const QString sources = QCoreApplication::translate("GuidanceHandout", "Sources");
    QTextBlockFormat headingBlock = line;
    headingBlock.setTopMargin(12);
    if (sources.isRightToLeft()) {
        headingBlock.setLayoutDirection(Qt::RightToLeft);
        headingBlock.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    }
    cursor.insertBlock(headingBlock, heading);
    cursor.insertText(sources);
    for (const QString &citation : pack.citationLines(articleId)) {
        cursor.insertBlock(line, plain);
        cursor.insertText(citation);
    }
    if (const QDate checked = pack.article(articleId)->lastChecked; checked.isValid()) {
        cursor.insertBlock(line, plain);
        cursor.insertText(QCoreApplication::translate("GuidanceHandout", "Sources last checked: %1")
                              .arg(checked.toString(Qt::ISODate)));
    }
    // The review note: the language's own sentence in its direction, then the English parts
    // (interface-language status, pack details) in theirs.
    QString review = QCoreApplication::translate(
        "GuidanceHandout", "Language: %1 (%2). Translation status: %3.")
                         .arg(language->nativeName, language->name,
                             reviewText(pack.review(articleId, languageCode)));
    QStringList noteParts = language->reviewNote.split(QStringLiteral(" / "), Qt::SkipEmptyParts);
    const bool ownLine
        = noteParts.size() > 1 && noteParts.constFirst().isRightToLeft() != review.isRightToLeft();
    if (ownLine && noteParts.constFirst().isRightToLeft() != review.isRightToLeft()) {
        QTextBlockFormat native = line;
        native.setLayoutDirection(
            noteParts.constFirst().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        native.setAlignment(Qt::AlignLeading);
        native.setTopMargin(10);
        cursor.insertBlock(native, plain);
        cursor.insertText(noteParts.takeFirst().trimmed());
    }
    if (!noteParts.isEmpty())
        review += QLatin1Char(' ') + noteParts.join(QStringLiteral(" / ")).trimmed();
    review += QLatin1Char(' ')
        + QCoreApplication::translate("GuidanceHandout",
            "Guidance pack %1, version %2, last reviewed %3. This is general "
            "information, not legal advice.")
              .arg(pack.jurisdiction, pack.packVersion, pack.lastReviewed.toString(Qt::ISODate));
    QTextBlockFormat reviewBlock = line;
    reviewBlock.setLayoutDirection(review.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    reviewBlock.setAlignment(review.isRightToLeft() ? Qt::AlignRight | Qt::AlignAbsolute
                                                    : Qt::AlignLeft | Qt::AlignAbsolute);
    reviewBlock.setTopMargin(ownLine ? 2 : 10);
    cursor.insertBlock(reviewBlock, plain);
    cursor.insertText(review);
    return {};
}

namespace {

PagedPdfWriter::Page pageFor(const GuidancePack &pack, const QString &articleId,
    const QString &languageCode, QPageSize pageSize)
{
    PagedPdfWriter::Page page;
    page.size = pageSize;
    page.headerLeft = pack.jurisdiction;
    page.headerRight = pack.title(articleId, languageCode);
    page.footerLeft
        = QCoreApplication::translate("GuidanceHandout", "TrustDesk rights guidance · %1")
              .arg(QDate::currentDate().toString(Qt::ISODate));
    page.direction = pack.language(languageCode)->direction;
    page.fontFamily = ScriptFonts::familyFor(languageCode);
    return page;
}

} // namespace

Status writePdf(const GuidancePack &pack, const QString &articleId, const QString &languageCode,
    const QString &path, QPageSize pageSize)
{
    QTextDocument document;
    if (auto s = build(pack, articleId, languageCode, document); !s)
        return s;
    return PagedPdfWriter::writePdf(document, pageFor(pack, articleId, languageCode, pageSize),
        path, pack.title(articleId, languageCode));
}

Status print(const GuidancePack &pack, const QString &articleId, const QString &languageCode,
    QPagedPaintDevice &device)
{
    QTextDocument document;
    if (auto s = build(pack, articleId, languageCode, document); !s)
        return s;
    if (PagedPdfWriter::paint(document,
            pageFor(pack, articleId, languageCode, device.pageLayout().pageSize()), device)
        < 1)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("GuidanceHandout", "The handout could not be printed.")};
    return {};
}

} // namespace td::GuidanceHandout
