#pragma once

#include "evidence/evidencestore.h"
#include "storage/databasesession.h"

#include <QCoreApplication>

class QWidget;

namespace td::ui {

/// Redact… after the panel has read and checked the item: decodes the image upright, shows the
/// RedactDialog, whose Save stores the copy (ImageRedactor) in the background (RedactJob, on a
/// connection of its own from `session`: a file, a vault or an office server). Returns the new
/// item, or an empty id when the person cancelled; an error to show otherwise.
namespace RedactFlow {
struct Outcome
{
    qint64 copyId = 0; ///< 0: cancelled
    bool alreadyThere = false;
};
Result<Outcome> run(QWidget *parent, const DatabaseSession &session, const StoredEvidence &item,
    const QByteArray &content, const QString &actor);
} // namespace RedactFlow

} // namespace td::ui
