#pragma once

#include <QDateTime>
#include <QString>

namespace td {

/// One line of the audit log: who did what, when, to which case. Never holds a client's personal
/// data.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor;
    QString action; ///< stable code, e.g. "case.create", "case.export"
    QString caseReference; ///< empty when not about one case
    QString detail; ///< field names, counts, file names: never field values
};

} // namespace td
