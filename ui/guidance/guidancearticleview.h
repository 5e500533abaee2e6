#pragma once

#include <QStringList>
#include <QTextBrowser>

namespace td {
class GuidancePack;
}

namespace td::ui {

/// One guidance article in one language, rendered from its Markdown by Qt, laid out in the
/// language's direction and font, with source citations explained in tooltips.
class GuidanceArticleView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidanceArticleView)

public:
    explicit GuidanceArticleView(QWidget *parent = nullptr);

    /// Shows an article; the view keeps no reference to the pack.
    void showArticle(
        const GuidancePack &pack, const QString &articleId, const QString &languageCode);
    QString articleId() const { return m_articleId; }
    QString languageCode() const { return m_languageCode; }

    /// Marks every occurrence of the terms (case-insensitive) and scrolls to the first one.
    void setHighlightTerms(const QStringList &terms);
    QStringList highlightTerms() const { return m_terms; }

    /// Where a link's text sits in the viewport, for tests and keyboard users; invalid if absent.
    QRect linkRect(const QString &href) const;

private:
    void annotateLinks(const GuidancePack &pack);
    void applyHighlights();

    QString m_articleId;
    QString m_languageCode;
    QStringList m_terms;
};

} // namespace td::ui
