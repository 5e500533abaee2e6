#include "buttonlabelstyle.h"

#include <QApplication>
#include <QScopedValueRollback>
#include <QStyleFactory>
#include <QStyleOptionButton>

namespace td::ui {

ButtonLabelStyle::ButtonLabelStyle(QStyle *base)
    : QProxyStyle(base)
{ }

void ButtonLabelStyle::installOnApplication()
{
    if (qobject_cast<ButtonLabelStyle *>(QApplication::style()))
        return;
    const QString name = QApplication::style()->name();
    if (name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0
        && name.compare(QLatin1String("windows"), Qt::CaseInsensitive) != 0)
        return;
    // A new instance of the same style: QApplication owns and deletes the one it made.
    QApplication::setStyle(new ButtonLabelStyle(QStyleFactory::create(name)));
}

void ButtonLabelStyle::drawControl(ControlElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    // The label's text rectangle and alignment are already visual (left of the icon, aligned
    // right) only in this case; everywhere else alignments stay logical.
    const bool visual = element == CE_PushButtonLabel && button && !button->icon.isNull()
        && !button->text.isEmpty() && button->direction == Qt::RightToLeft;
    const QScopedValueRollback absolute(m_absoluteText, visual);
    QProxyStyle::drawControl(element, option, painter, widget);
}

void ButtonLabelStyle::drawItemText(QPainter *painter, const QRect &rect, int flags,
    const QPalette &palette, bool enabled, const QString &text, QPalette::ColorRole textRole) const
{
    QProxyStyle::drawItemText(painter, rect, m_absoluteText ? flags | Qt::AlignAbsolute : flags,
        palette, enabled, text, textRole);
}

} // namespace td::ui
