#include "guidancearticlelist.h"

#include "guidance/guidancepack.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

namespace td::ui {
namespace {

/// Indents articles under their section headings (on the reading side) and spaces the sections.
class SectionIndentDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem o(option);
        if (isArticle(index)) {
            if (o.direction == Qt::RightToLeft)
                o.rect.setRight(o.rect.right() - indent(o));
            else
                o.rect.setLeft(o.rect.left() + indent(o));
        } else if (index.row() > 0) {
            o.rect.setTop(o.rect.top() + gap(o));
        }
        QStyledItemDelegate::paint(painter, o, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!isArticle(index) && index.row() > 0)
            size.rheight() += gap(option);
        return size;
    }

private:
    static bool isArticle(const QModelIndex &index)
    {
        return !index.data(GuidanceArticleList::ArticleIdRole).toString().isEmpty();
    }
    static int indent(const QStyleOptionViewItem &o)
    {
        return o.fontMetrics.averageCharWidth() * 2;
    }
    static int gap(const QStyleOptionViewItem &o) { return o.fontMetrics.height() / 2; }
};

} // namespace

GuidanceArticleList::GuidanceArticleList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(
        Qt::ScrollBarAlwaysOff); // long titles elide; the tooltip has them whole
    setItemDelegate(new SectionIndentDelegate(this));
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(ArticleIdRole).toString().isEmpty())
            emit articleSelected(item->data(ArticleIdRole).toString());
    });
}

QString GuidanceArticleList::sectionTitle(const QString &section)
{
    if (section == QLatin1String("overview"))
        return tr("Overview");
    if (section == QLatin1String("law"))
        return tr("The law");
    if (section == QLatin1String("policy"))
        return tr("Policy");
    if (section == QLatin1String("action"))
        return tr("What to do");
    if (section == QLatin1String("violations"))
        return tr("Violations");
    if (section == QLatin1String("faq"))
        return tr("Questions");
    if (section == QLatin1String("summary"))
        return tr("Summary");
    if (section == QLatin1String("help"))
        return tr("Help");
    // A pack from disk may name its own sections.
    QString title = section;
    title.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

void GuidanceArticleList::setPack(const GuidancePack *pack, const QString &languageCode)
{
    m_pack = pack;
    m_languageCode = languageCode;
    rebuild();
}

void GuidanceArticleList::setLanguage(const QString &languageCode)
{
    if (languageCode == m_languageCode)
        return;
    m_languageCode = languageCode;
    rebuild();
}

void GuidanceArticleList::rebuild()
{
    const QString current
        = currentItem() ? currentItem()->data(ArticleIdRole).toString() : QString();
    const QSignalBlocker blocker(this);
    clear();
    if (!m_pack)
        return;
    // Sections in the order their first article appears; articles keep reading order within them.
    QStringList sections;
    for (const auto &a : m_pack->articles) {
        if (!sections.contains(a.section))
            sections.append(a.section);
    }
    for (const QString &section : std::as_const(sections)) {
        auto *heading = new QListWidgetItem(sectionTitle(section), this);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const auto &a : m_pack->articles) {
            if (a.section != section)
                continue;
            const QString title = m_pack->title(a.id, m_languageCode);
            auto *item = new QListWidgetItem(title, this);
            item->setData(ArticleIdRole, a.id);
            item->setToolTip(title);
        }
    }
    setCurrentArticle(current);
}

void GuidanceArticleList::setCurrentArticle(const QString &articleId)
{
    const QSignalBlocker blocker(this);
    for (int row = 0; row < count(); ++row) {
        if (!articleId.isEmpty() && item(row)->data(ArticleIdRole).toString() == articleId) {
            setCurrentRow(row);
            scrollToItem(item(row));
            return;
        }
    }
    setCurrentRow(-1);
}

void GuidanceArticleList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QListWidget::changeEvent(event);
}

} // namespace td::ui
