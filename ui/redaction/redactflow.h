#pragma once

#include "evidence/evidencestore.h"

#include <QCoreApplication>

class QWidget;

namespace td {
class Database;
}

namespace td::ui {

/// Redact… after the panel has read and checked the item: decodes the image upright, shows the
/// RedactDialog, and stores the copy (ImageRedactor) when the person saves. Returns the new item,
/// or std::nullopt-like empty id when the person cancelled; an error to show otherwise.
namespace RedactFlow {
struct Outcome
{
    qint64 copyId = 0; ///< 0: cancelled
    bool alreadyThere = false;
};
Result<Outcome> run(QWidget *parent, Database &db, const StoredEvidence &item,
    const QByteArray &content, const QString &actor);
} // namespace RedactFlow

} // namespace td::ui
