#pragma once

#include <QListWidget>

namespace td {
class GuidancePack;
}

namespace td::ui {

/// The articles of a guidance pack under their section headings, titled in the reading language.
class GuidanceArticleList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidanceArticleList)

public:
    static constexpr int ArticleIdRole = Qt::UserRole;

    explicit GuidanceArticleList(QWidget *parent = nullptr);

    /// The pack must outlive the list or be replaced before it goes.
    void setPack(const GuidancePack *pack, const QString &languageCode);
    void setLanguage(const QString &languageCode);
    /// Selects the article's row without emitting articleSelected.
    void setCurrentArticle(const QString &articleId);
    /// A section key from the manifest ("policy") as a heading in the interface language.
    static QString sectionTitle(const QString &section);

signals:
    void articleSelected(const QString &articleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    const GuidancePack *m_pack = nullptr;
    QString m_languageCode;
};

} // namespace td::ui
