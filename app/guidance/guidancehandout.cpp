#include "guidancehandout.h"

#include "reports/pagedpdfwriter.h"
#include "reports/scriptfonts.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace td::GuidanceHandout {

QString resolvedMarkdown(const GuidancePack &pack, const QString &articleId, const QString &languageCode)
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
                target = QStringLiteral("](") + s->url.toString(QUrl::FullyEncoded) + QLatin1Char(')');
        }
        out += target;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

Status build(const GuidancePack &pack, const QString &articleId, const QString &languageCode, QTextDocument &document)
{
    if (!pack.article(articleId))
        return Error{ErrorKind::NotFound, QCoreApplication::translate("GuidanceHandout", "There is no guidance article \"%1\".").arg(articleId)};
    const GuidanceLanguage *language = pack.language(languageCode);
    if (!language)
        return Error{ErrorKind::NotFound, QCoreApplication::translate("GuidanceHandout", "The guidance is not available in \"%1\".").arg(languageCode)};

    QFont font(ScriptFonts::familyFor(languageCode));
    font.setPointSizeF(11.0);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(language->direction);
    document.setDefaultTextOption(option);
    document.setMarkdown(resolvedMarkdown(pack, articleId, languageCode), QTextDocument::MarkdownDialectGitHub);

    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setLayoutDirection(language->direction);
    block.setTopMargin(12);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(12);
    QTextCharFormat plain;
    plain.setFontPointSize(9.5);
    cursor.insertBlock(block, heading);
    cursor.insertText(QCoreApplication::translate("GuidanceHandout", "Sources"));
    block.setTopMargin(2);
    for (const auto &s : pack.sources) {
        cursor.insertBlock(block, plain);
        cursor.insertText(QStringLiteral("[%1] %2 — %3").arg(s.id, s.title, s.url.toString()));
    }
    cursor.insertBlock(block, plain);
    block.setTopMargin(10);
    cursor.setBlockFormat(block);
    QString review = QCoreApplication::translate("GuidanceHandout", "Language: %1 (%2). Translation status: %3.")
                         .arg(language->nativeName, language->name, language->reviewStatus);
    if (!language->reviewNote.isEmpty())
        review += QLatin1Char(' ') + language->reviewNote;
    review += QLatin1Char(' ')
              + QCoreApplication::translate("GuidanceHandout", "Guidance pack %1, version %2, last reviewed %3. This is general "
                                                               "information, not legal advice.")
                    .arg(pack.jurisdiction, pack.packVersion, pack.lastReviewed.toString(Qt::ISODate));
    cursor.insertText(review);

    // Markdown blocks carry their own (automatic) direction; make the whole handout follow the language.
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextBlockFormat f = b.blockFormat();
        f.setLayoutDirection(language->direction);
        c.setBlockFormat(f);
    }
    return {};
}

Status writePdf(const GuidancePack &pack, const QString &articleId, const QString &languageCode, const QString &path,
                QPageSize pageSize)
{
    QTextDocument document;
    if (auto s = build(pack, articleId, languageCode, document); !s)
        return s;
    PagedPdfWriter::Page page;
    page.size = pageSize;
    page.headerLeft = pack.jurisdiction;
    page.headerRight = pack.title(articleId, languageCode);
    page.footerLeft = QCoreApplication::translate("GuidanceHandout", "TrustDesk rights guidance · %1").arg(QDate::currentDate().toString(Qt::ISODate));
    page.direction = pack.language(languageCode)->direction;
    page.fontFamily = ScriptFonts::familyFor(languageCode);
    return PagedPdfWriter::writePdf(document, page, path, pack.title(articleId, languageCode));
}

} // namespace td::GuidanceHandout
