#pragma once

#include "guidance/guidancepack.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QSplitter;
class QUrl;

namespace td::ui {

class GuidanceArticleList;
class GuidancePane;
class GuidanceSearchPanel;

/// The rights guidance reader: articles by section, search across translations, the same article
/// side by side in two languages, and handouts (print or PDF) in the client's language.
class GuidanceBrowser final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidanceBrowser)

public:
    explicit GuidanceBrowser(QWidget *parent = nullptr);
    ~GuidanceBrowser() override;

    /// Shows the browser belonging to `parent`, creating it the first time; one per parent.
    static GuidanceBrowser *showFor(QWidget *parent);

    const GuidancePack &pack() const { return m_pack; }
    QString currentArticleId() const { return m_articleId; }
    /// Shows an article in the current language(s), remembering the previous one for Back.
    void showArticle(const QString &articleId);
    void setLanguage(const QString &languageCode);
    QString language() const;
    /// Reads a pack from a folder; a pack with any problem is refused and the current one stays.
    bool loadPack(const QString &folder);
    void useBuiltInPack();

    void goBack();
    void goForward();
    void setSideBySide(bool on);
    void printArticle();
    void saveArticleAsPdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Actions;

    void createActions();
    void retranslate();
    void setPack(GuidancePack pack);
    void display(const QString &articleId);
    void openLink(const QUrl &url);
    void hoverLink(const QUrl &url);
    void openSearchHit(
        const QString &articleId, const QString &languageCode, const QStringList &terms);
    void chooseFolder();
    void updateActions();
    void updateCategoryLabel();
    QString defaultSecondLanguage() const;
    void followMainLanguage(const QString &code);

    GuidancePack m_pack;
    QString m_articleId;
    QStringList m_back;
    QStringList m_forward;
    bool m_secondPicked
        = false; ///< the user chose the second pane's language; stop choosing for them

    GuidanceSearchPanel *m_search = nullptr;
    GuidanceArticleList *m_list = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QSplitter *m_panes = nullptr;
    GuidancePane *m_main = nullptr;
    GuidancePane *m_second = nullptr;
    QLabel *m_packLabel = nullptr;
    std::unique_ptr<Actions> m_actions;
};

} // namespace td::ui
