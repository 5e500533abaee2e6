#pragma once

#include "common/result.h"
#include "storage/officerquery.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QLineEdit;

namespace td::ui {

class RowListEditor;

/// Tells the caseworker, as they type a badge number, that this officer already appears in
/// other cases: a note under the officer's row, and the same words as the badge field's
/// accessible description for screen readers. It never moves the focus. The lookup runs a short
/// while after the last keystroke, on the UI thread: it is one indexed query (under a
/// millisecond on 100 000 cases, BENCHMARKS.md).
class OfficerHint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerHint)

public:
    /// The cases, other than the one being edited, in which an officer with this badge number
    /// (and agency) appears.
    using Lookup = std::function<Result<QList<OfficerCase>>(
        const QString &badgeNumber, const QString &agency)>;

    OfficerHint(RowListEditor *officers, QLineEdit *agency, Lookup lookup, QObject *parent);

    /// Looks up every row now (after loading a case), instead of after the pause.
    void refresh();
    /// The note for these cases; empty when there are none.
    static QString text(const QList<OfficerCase> &cases);

    static constexpr int kDelayMs = 300;

private:
    RowListEditor *m_officers;
    QLineEdit *m_agency;
    Lookup m_lookup;
    QTimer m_timer;
};

} // namespace td::ui
