#include "fieldregistry.h"

#include "datelineedit.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace td::ui {

QWidget *FieldRegistry::wrap(QWidget *input, const QString &path)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *message = new QLabel(box);
    message->setObjectName(input->objectName() + QStringLiteral("MessageLabel"));
    message->setWordWrap(true);
    message->hide();
    layout->addWidget(message);
    m_entries.insert(path, Entry {input, message, m_nextOrder++});
    return box;
}

void FieldRegistry::unregisterPrefix(const QString &pathPrefix)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it.key().startsWith(pathPrefix))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

void FieldRegistry::markTouched(const QString &path)
{
    m_touched.insert(path);
}

QString FieldRegistry::pathOf(const QWidget *input) const
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->input == input)
            return it.key();
    }
    return {};
}

void FieldRegistry::show(const QList<FieldIssue> &issues, bool showAll)
{
    QHash<QString, const FieldIssue *> byPath;
    for (const auto &issue : issues) {
        // Errors win over warnings on the same field; the first message of each kind is enough.
        auto it = byPath.find(issue.path);
        if (it == byPath.end()
            || (it.value()->severity == FieldIssue::Severity::Warning
                && issue.severity == FieldIssue::Severity::Error))
            byPath.insert(issue.path, &issue);
    }
    m_firstError.clear();
    int firstOrder = INT_MAX;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &e = it.value();
        if (!e.message || !e.input)
            continue;
        const FieldIssue *issue = byPath.value(it.key(), nullptr);
        // A whole-row problem ("incidents[0].officers[1]") shows under the row's first field.
        if (!issue && it.key().endsWith(QLatin1String(".name")))
            issue = byPath.value(it.key().chopped(5), nullptr);
        const bool isError = issue && issue->severity == FieldIssue::Severity::Error;
        const bool visible = issue && (!isError || showAll || m_touched.contains(it.key()));
        e.message->setVisible(visible);
        e.input->setProperty("fieldState",
            visible ? (isError ? QStringLiteral("error") : QStringLiteral("warning")) : QString());
        e.input->setStyleSheet(visible ? (isError ? QStringLiteral("border: 1px solid #b3261e;")
                                                  : QStringLiteral("border: 1px solid #b06d00;"))
                                       : QString());
        if (visible) {
            e.message->setText(issue->message);
            e.message->setStyleSheet(
                isError ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #8a5a00;"));
            e.input->setAccessibleDescription(issue->message);
            if (isError && e.order < firstOrder) {
                firstOrder = e.order;
                m_firstError = it.key();
            }
        } else {
            e.input->setAccessibleDescription(QString());
        }
    }
}

QList<FieldIssue> FieldRegistry::inputIssues() const
{
    QList<FieldIssue> issues;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const auto *date = qobject_cast<const DateLineEdit *>(it->input.data());
        if (date && date->hasInvalidText())
            issues.append(FieldIssue {it.key(),
                date->kind() == DateLineEdit::Kind::Time
                    ? QCoreApplication::translate(
                        "FieldRegistry", "Not a time: type it as HH:MM, e.g. 14:30.")
                    //: %1 is a date in the interface language's style, e.g. 12/31/2026.
                    : QCoreApplication::translate("FieldRegistry", "Not a date: type it like %1.")
                          .arg(date->example()),
                FieldIssue::Severity::Error});
    }
    return issues;
}

QWidget *FieldRegistry::firstErrorInput() const
{
    const auto it = m_entries.constFind(m_firstError);
    return it == m_entries.cend() ? nullptr : it->input.data();
}

} // namespace td::ui
