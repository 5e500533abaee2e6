#pragma once

#include "domain/casevalidator.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>

class QLabel;
class QWidget;

namespace td::ui {

/// Connects validation paths ("incidents[0].date") to the widgets that edit them, so problems
/// show inline under the field, never in a pop-up.
class FieldRegistry
{
public:
    /// Wraps `input` with a message line below it and registers it under `path`.
    QWidget *wrap(QWidget *input, const QString &path);
    void unregisterPrefix(const QString &pathPrefix);
    void markTouched(const QString &path);
    /// Shows issues: errors for touched fields (or all when `showAll`), warnings always.
    void show(const QList<FieldIssue> &issues, bool showAll);
    /// The first input showing an error, in registration order, or null.
    QWidget *firstErrorInput() const;
    QString pathOf(const QWidget *input) const;
    /// Problems the domain cannot see because the text never became a value (an impossible date).
    QList<FieldIssue> inputIssues() const;

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
        int order = 0;
    };
    QHash<QString, Entry> m_entries;
    QSet<QString> m_touched;
    QString m_firstError;
    int m_nextOrder = 0;
};

} // namespace td::ui
