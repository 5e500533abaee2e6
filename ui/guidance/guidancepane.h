#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace td {
class GuidancePack;
}

namespace td::ui {

class GuidanceArticleView;

/// A language picker, the translation's review status and the article in that language: the
/// guidance browser shows one, or two side by side (the caseworker's and the client's language).
class GuidancePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidancePane)

public:
    /// `namePrefix` ("" or "second") keeps the children's objectNames unique per pane.
    explicit GuidancePane(const QString &namePrefix, QWidget *parent = nullptr);

    /// The pack must outlive the pane or be replaced before it goes.
    void setPack(const GuidancePack *pack);
    void setLanguage(const QString &code);
    QString language() const;
    void showArticle(const QString &articleId);
    QString articleId() const;
    GuidanceArticleView *view() const { return m_view; }

    /// A sentence about how far a translation can be trusted, in the interface language.
    static QString reviewStatusText(const QString &status);

signals:
    void languageChanged(const QString &code);
    /// The user picked a language in the combo box (not a change made by the program).
    void languagePicked(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    void updateReviewStatus();
    void updateCitations();
    void onLanguageActivated();

    const GuidancePack *m_pack = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_reviewLabel = nullptr;
    GuidanceArticleView *m_view = nullptr;
    QLabel *m_citationsLabel = nullptr; ///< the article's sources and when they were checked
};

} // namespace td::ui
