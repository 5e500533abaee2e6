#include "questions.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace td::ui {

std::optional<int> Questions::s_next;
QString Questions::s_last;
QString Questions::s_lastDefault;

int Questions::ask(QWidget *parent, const QString &title, const QString &text,
    const QStringList &buttons, int defaultIndex, int escapeIndex)
{
    s_last = text;
    s_lastDefault = buttons.value(defaultIndex);
    if (s_next) {
        const int answer = *s_next;
        s_next.reset();
        return answer;
    }
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("questionMessageBox"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(text);
    QList<QPushButton *> added;
    for (int i = 0; i < buttons.size(); ++i) {
        const auto role = i == escapeIndex
            ? QMessageBox::RejectRole
            : (i == defaultIndex ? QMessageBox::AcceptRole : QMessageBox::ActionRole);
        added.append(box.addButton(buttons.at(i), role));
    }
    if (defaultIndex >= 0 && defaultIndex < added.size())
        box.setDefaultButton(added.at(defaultIndex));
    if (escapeIndex >= 0 && escapeIndex < added.size())
        box.setEscapeButton(added.at(escapeIndex));
    box.exec();
    const int chosen = int(added.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    return chosen < 0 ? escapeIndex : chosen;
}

void Questions::setNextAnswer(int index)
{
    s_next = index;
}

void Questions::clearNextAnswer()
{
    s_next.reset();
}

QString Questions::lastQuestion()
{
    return s_last;
}

QString Questions::lastDefaultButton()
{
    return s_lastDefault;
}

bool Questions::hasPendingAnswer()
{
    return s_next.has_value();
}

} // namespace td::ui
