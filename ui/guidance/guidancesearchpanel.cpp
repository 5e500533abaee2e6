#include "guidancesearchpanel.h"

#include "guidance/guidancepack.h"
#include "guidance/guidancesearch.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace td::ui {

GuidanceSearchPanel::GuidanceSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_lineEdit(new QLineEdit(this))
    , m_allLanguages(new QCheckBox(this))
    , m_countLabel(new QLabel(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("guidanceSearchPanelWidget"));
    m_lineEdit->setObjectName(QStringLiteral("guidanceSearchLineEdit"));
    m_allLanguages->setObjectName(QStringLiteral("allLanguagesCheckBox"));
    m_countLabel->setObjectName(QStringLiteral("searchResultCountLabel"));
    m_results->setObjectName(QStringLiteral("searchResultsListWidget"));
    m_lineEdit->setClearButtonEnabled(true);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->hide();
    m_countLabel->hide();

    auto *options = new QHBoxLayout;
    options->addWidget(m_allLanguages);
    options->addStretch(1);
    options->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit);
    layout->addLayout(options);
    layout->addWidget(m_results, 1);

    // A pack has a few hundred short texts: searching on every keystroke is instant.
    connect(m_lineEdit, &QLineEdit::textChanged, this, &GuidanceSearchPanel::runSearch);
    connect(m_allLanguages, &QCheckBox::toggled, this, &GuidanceSearchPanel::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, &GuidanceSearchPanel::activate);
    connect(m_results, &QListWidget::itemClicked, this, &GuidanceSearchPanel::activate);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            activate(m_results->item(0));
    });
    retranslate();
}

void GuidanceSearchPanel::retranslate()
{
    m_lineEdit->setPlaceholderText(tr("Search the guidance…"));
    m_allLanguages->setText(tr("&All languages"));
    m_allLanguages->setToolTip(tr("Search every translation instead of only the language shown"));
    runSearch();
}

void GuidanceSearchPanel::setPack(const GuidancePack *pack)
{
    m_pack = pack;
    runSearch();
}

void GuidanceSearchPanel::setLanguage(const QString &languageCode)
{
    if (languageCode == m_languageCode)
        return;
    m_languageCode = languageCode;
    if (!m_allLanguages->isChecked())
        runSearch();
}

void GuidanceSearchPanel::focusSearch()
{
    m_lineEdit->setFocus(Qt::ShortcutFocusReason);
    m_lineEdit->selectAll();
}

void GuidanceSearchPanel::runSearch()
{
    m_results->clear();
    const QString query = m_lineEdit->text().trimmed();
    const bool searching = m_pack && !query.isEmpty();
    m_results->setVisible(searching);
    m_countLabel->setVisible(searching);
    // Without results the panel is just a search box: it must not take space from the article list.
    setSizePolicy(
        QSizePolicy::Preferred, searching ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    if (!searching)
        return;
    const QString scope = m_allLanguages->isChecked() ? QString() : m_languageCode;
    const QList<GuidanceHit> hits = GuidanceSearch::search(*m_pack, query, scope);
    for (const GuidanceHit &hit : hits) {
        const GuidanceLanguage *language = m_pack->language(hit.languageCode);
        const QString languageName = language ? language->nativeName : hit.languageCode;
        auto *item = new QListWidgetItem(m_results);
        item->setText(tr("%1 · %2").arg(hit.title, languageName) + QLatin1Char('\n') + hit.snippet);
        item->setToolTip(hit.snippet);
        item->setData(ArticleIdRole, hit.articleId);
        item->setData(LanguageRole, hit.languageCode);
        if (language && language->direction == Qt::RightToLeft)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_countLabel->setText(tr("%n result(s)", nullptr, int(hits.size())));
}

void GuidanceSearchPanel::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    emit hitActivated(item->data(ArticleIdRole).toString(), item->data(LanguageRole).toString(),
        GuidanceSearch::highlightTerms(m_lineEdit->text()));
}

void GuidanceSearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace td::ui
