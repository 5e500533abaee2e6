#include "guidancearticleview.h"

#include "guidance/guidancepack.h"
#include "print/scriptfonts.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

#include <algorithm>

namespace td::ui {

GuidanceArticleView::GuidanceArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    // Links are ours to interpret: source:N and article:ID are not addresses QTextBrowser knows.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(12);
}

void GuidanceArticleView::showArticle(
    const GuidancePack &pack, const QString &articleId, const QString &languageCode)
{
    m_articleId = articleId;
    m_languageCode = languageCode;
    const GuidanceLanguage *language = pack.language(languageCode);
    const Qt::LayoutDirection direction = language ? language->direction : Qt::LeftToRight;

    // The widget's direction puts the scroll bar on the reading side; the document's and each
    // block's direction lay the text out, since Markdown blocks would otherwise guess per
    // paragraph.
    setLayoutDirection(direction);
    QTextDocument *doc = document();
    QFont font = this->font();
    font.setFamilies({ScriptFonts::familyFor(languageCode), font.family()});
    font.setPointSizeF(font.pointSizeF() * 1.15);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(direction);
    doc->setDefaultTextOption(option);
    doc->setMarkdown(pack.markdown(articleId, languageCode), QTextDocument::MarkdownDialectGitHub);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        f.setLayoutDirection(direction);
        QTextCursor(b).setBlockFormat(f);
    }
    annotateLinks(pack);
    moveCursor(QTextCursor::Start);
    m_terms.clear();
    applyHighlights();
}

void GuidanceArticleView::annotateLinks(const GuidancePack &pack)
{
    QTextDocument *doc = document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor())
                continue;
            const QUrl url(format.anchorHref());
            QString tip;
            if (url.scheme() == QLatin1String("source")) {
                if (const GuidanceSource *s = pack.source(url.path()))
                    tip = tr("Source %1: %2\n%3").arg(s->id, s->title, s->url.toString());
            } else if (url.scheme() == QLatin1String("article")) {
                tip = tr("Go to “%1”").arg(pack.title(url.path(), m_languageCode));
            } else {
                tip = url.toString();
            }
            QTextCursor c(doc);
            c.setPosition(fragment.position());
            c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat tipFormat;
            tipFormat.setToolTip(tip);
            c.mergeCharFormat(tipFormat);
        }
    }
}

void GuidanceArticleView::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    applyHighlights();
    const auto selections = extraSelections();
    if (!selections.isEmpty()) {
        QTextCursor c = selections.constFirst().cursor;
        c.clearSelection();
        setTextCursor(c);
        ensureCursorVisible();
    }
}

void GuidanceArticleView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat mark;
    mark.setBackground(QColor(255, 221, 87));
    mark.setForeground(Qt::black);
    for (const QString &term : std::as_const(m_terms)) {
        if (term.isEmpty())
            continue;
        for (QTextCursor c = document()->find(term); !c.isNull(); c = document()->find(term, c))
            selections.append(QTextEdit::ExtraSelection {c, mark});
    }
    std::sort(selections.begin(), selections.end(), [](const auto &a, const auto &b) {
        return a.cursor.selectionStart() < b.cursor.selectionStart();
    });
    setExtraSelections(selections);
}

QRect GuidanceArticleView::linkRect(const QString &href) const
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor c(document());
            c.setPosition(fragment.position() + fragment.length() / 2);
            return cursorRect(c);
        }
    }
    return {};
}

} // namespace td::ui
