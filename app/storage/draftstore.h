#pragma once

#include "common/result.h"
#include "domain/casefile.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

/// An unsaved intake form: what was typed, kept so a crash or a killed laptop loses nothing.
struct Draft
{
    QString id; ///< file-name-safe identifier, stable while the form is open
    qint64 caseId = 0; ///< the case being edited, 0 for a new case
    qint64 baseRevision = 0; ///< the case's revision when editing began; 0 when not known
    QDateTime savedAt; ///< UTC
    CaseFile caseFile;
};

/// Drafts live beside the database in an owner-only folder (<database>.drafts/), one JSON file
/// each, written atomically. They hold the same sensitive data as the database, so they get the
/// same protection, and they are deleted as soon as the form is saved or discarded.
class DraftStore
{
public:
    explicit DraftStore(const QString &databasePath);

    QString folder() const { return m_folder; }
    Status save(const Draft &draft);
    /// Every draft that can be read, newest first. Unreadable files are skipped, never deleted.
    QList<Draft> list() const;
    Status remove(const QString &id);
    static QString newId();

private:
    QString pathFor(const QString &id) const;

    QString m_folder;
};

} // namespace td
