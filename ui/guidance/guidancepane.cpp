#include "guidancepane.h"

#include "guidance/guidancepack.h"
#include "guidancearticleview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace td::ui {
namespace {

QString childName(const QString &prefix, const char *name)
{
    QString n = QString::fromLatin1(name);
    if (prefix.isEmpty())
        return n;
    n[0] = n[0].toUpper();
    return prefix + n;
}

} // namespace

GuidancePane::GuidancePane(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_reviewLabel(new QLabel(this))
    , m_view(new GuidanceArticleView(this))
    , m_citationsLabel(new QLabel(this))
{
    setObjectName(childName(namePrefix, "guidancePaneWidget"));
    m_languageLabel->setObjectName(childName(namePrefix, "languageLabel"));
    m_languageCombo->setObjectName(childName(namePrefix, "languageComboBox"));
    m_reviewLabel->setObjectName(childName(namePrefix, "reviewStatusLabel"));
    m_view->setObjectName(childName(namePrefix, "articleTextBrowser"));
    m_citationsLabel->setObjectName(childName(namePrefix, "citationsLabel"));
    m_citationsLabel->setWordWrap(true);
    m_citationsLabel->setTextFormat(Qt::RichText);
    m_citationsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reviewLabel->setWordWrap(true);
    m_reviewLabel->setTextFormat(Qt::RichText);
    m_reviewLabel->setFrameShape(QFrame::StyledPanel);
    m_reviewLabel->setMargin(4);
    m_reviewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_languageCombo);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_reviewLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_citationsLabel);

    connect(
        m_languageCombo, &QComboBox::currentIndexChanged, this, &GuidancePane::onLanguageActivated);
    connect(
        m_languageCombo, &QComboBox::activated, this, [this] { emit languagePicked(language()); });
    m_languageLabel->setText(tr("&Language:"));
}

void GuidancePane::setPack(const GuidancePack *pack)
{
    m_pack = pack;
    fillLanguages();
}

void GuidancePane::fillLanguages()
{
    const QString previous = language();
    const QSignalBlocker blocker(m_languageCombo);
    m_languageCombo->clear();
    if (!m_pack)
        return;
    for (const auto &l : m_pack->languages) {
        // The native name lets a client find their own language; the English name helps the
        // caseworker.
        const QString text
            = l.nativeName == l.name ? l.nativeName : tr("%1 (%2)").arg(l.nativeName, l.name);
        m_languageCombo->addItem(text, l.code);
    }
    int index = m_languageCombo->findData(previous);
    if (index < 0)
        index = m_languageCombo->findData(m_pack->sourceLanguage);
    m_languageCombo->setCurrentIndex(std::max(index, 0));
}

void GuidancePane::setLanguage(const QString &code)
{
    const int index = m_languageCombo->findData(code);
    if (index >= 0)
        m_languageCombo->setCurrentIndex(index); // re-renders through onLanguageActivated
}

QString GuidancePane::language() const
{
    return m_languageCombo->currentData().toString();
}

QString GuidancePane::articleId() const
{
    return m_view->articleId();
}

void GuidancePane::showArticle(const QString &articleId)
{
    if (!m_pack)
        return;
    m_view->showArticle(*m_pack, articleId, language());
    updateReviewStatus();
}

void GuidancePane::onLanguageActivated()
{
    if (!m_view->articleId().isEmpty())
        showArticle(m_view->articleId());
    else
        updateReviewStatus();
    emit languageChanged(language());
}

QString GuidancePane::reviewStatusText(const QString &status)
{
    if (status == QLatin1String("source"))
        return tr("Original text, in the language the guidance was written in.");
    if (status == QLatin1String("reviewed"))
        return tr("Translation reviewed by a native speaker.");
    return tr("Machine-assisted translation, not yet reviewed by a native speaker.");
}

void GuidancePane::updateReviewStatus()
{
    const GuidanceLanguage *l = m_pack ? m_pack->language(language()) : nullptr;
    if (!l) {
        m_reviewLabel->clear();
        m_citationsLabel->clear();
        return;
    }
    // This article's own review in this language, where the pack gives one.
    const GuidanceReview review = m_pack->review(articleId(), l->code);
    QString status = reviewStatusText(review.status);
    if (review.date.isValid())
        status = tr("%1 (%2)").arg(status, review.date.toString(Qt::ISODate));
    if (const GuidanceLanguage *source = m_pack->language(m_pack->sourceLanguage);
        source && l->code != source->code)
        status += QLatin1Char(' ') + tr("The %1 text is authoritative.").arg(source->name);
    QString text
        = QStringLiteral("<p style=\"margin:0\"><b>%1</b></p>").arg(status.toHtmlEscaped());
    // The pack's note speaks to the reader in their language, then (after " / ") in English: one
    // line each, each in its own direction, so an Arabic note does not scramble the English one.
    for (const QString &part : l->reviewNote.split(QStringLiteral(" / "), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        text += QStringLiteral("<p style=\"margin:0\" dir=\"%1\">%2</p>")
                    .arg(trimmed.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                        trimmed.toHtmlEscaped());
    }
    m_reviewLabel->setText(text);
    updateCitations();
}

void GuidancePane::updateCitations()
{
    const GuidanceArticle *article = m_pack ? m_pack->article(articleId()) : nullptr;
    if (!article) {
        m_citationsLabel->clear();
        return;
    }
    // Source titles and addresses are English: they read left to right whatever the language.
    QString text = QStringLiteral("<p dir=\"ltr\" style=\"margin:0\"><b>%1</b></p>")
                       .arg(tr("Sources").toHtmlEscaped());
    for (const QString &line : m_pack->citationLines(article->id))
        text
            += QStringLiteral("<p dir=\"ltr\" style=\"margin:0\">%1</p>").arg(line.toHtmlEscaped());
    if (article->lastChecked.isValid())
        text += QStringLiteral("<p style=\"margin:0\"><i>%1</i></p>")
                    .arg(tr("Sources last checked: %1")
                             .arg(article->lastChecked.toString(Qt::ISODate))
                             .toHtmlEscaped());
    m_citationsLabel->setText(text);
}

void GuidancePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_languageLabel->setText(tr("&Language:"));
        fillLanguages();
        updateReviewStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace td::ui
