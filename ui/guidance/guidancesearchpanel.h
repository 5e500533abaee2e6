#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace td {
class GuidancePack;
}

namespace td::ui {

/// Full-text search over a guidance pack, in the reading language or all of them; a result opens
/// its article with the words found marked.
class GuidanceSearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidanceSearchPanel)

public:
    static constexpr int ArticleIdRole = Qt::UserRole;
    static constexpr int LanguageRole = Qt::UserRole + 1;

    explicit GuidanceSearchPanel(QWidget *parent = nullptr);

    /// The pack must outlive the panel or be replaced before it goes.
    void setPack(const GuidancePack *pack);
    /// The language "this language" means.
    void setLanguage(const QString &languageCode);
    void focusSearch();
    QLineEdit *lineEdit() const { return m_lineEdit; }

signals:
    void hitActivated(
        const QString &articleId, const QString &languageCode, const QStringList &terms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void activate(QListWidgetItem *item);

    const GuidancePack *m_pack = nullptr;
    QString m_languageCode;
    QLineEdit *m_lineEdit = nullptr;
    QCheckBox *m_allLanguages = nullptr;
    QLabel *m_countLabel = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace td::ui
