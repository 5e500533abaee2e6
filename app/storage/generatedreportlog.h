#pragma once

#include "common/result.h"
#include "domain/generatedreport.h"

#include <QList>
#include <QString>

namespace td {

class AuditLog;
class Database;

/// Remembers every report generated from a case (table generated_reports) together with its
/// audit event, in one transaction: the case shows what left the office, the audit log who did it.
class GeneratedReportLog
{
public:
    GeneratedReportLog(Database &db, AuditLog &audit);

    /// Stores `report` (its id is assigned) and records the audit event "report.generate" naming
    /// the kind, recipient, paper and included field keys. `caseReference` labels the audit event.
    Result<GeneratedReport> record(GeneratedReport report, const QString &caseReference);
    /// The reports generated from a case, oldest first.
    Result<QList<GeneratedReport>> forCase(qint64 caseId);

    /// The audit detail for a report: keys and names only, never client data.
    static QString auditDetail(const GeneratedReport &report);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace td
