#include "generatedreportlog.h"

#include "auditlog.h"
#include "database.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td {

GeneratedReportLog::GeneratedReportLog(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{ }

QString GeneratedReportLog::auditDetail(const GeneratedReport &report)
{
    return QStringLiteral(
        "kind: %1; recipient: %2; paper: %3; language: %4; included: %5; sha256: %6")
        .arg(report.kind, report.recipient, report.paper, report.language,
            report.includedFields.isEmpty() ? QStringLiteral("none")
                                            : report.includedFields.join(QLatin1String(", ")),
            report.sha256);
}

Result<GeneratedReport> GeneratedReportLog::record(
    GeneratedReport report, const QString &caseReference)
{
    const QString what
        = QCoreApplication::translate("GeneratedReportLog", "Recording the generated report");
    if (!report.generatedAt.isValid())
        report.generatedAt = QDateTime::currentDateTimeUtc();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(m_db.connection());
    // RETURNING keeps this portable to PostgreSQL (no lastInsertId); SQLite has it since 3.35.
    q.prepare(QStringLiteral(
        "INSERT INTO generated_reports (case_id, kind, generated_at, recipient, included_fields,"
        " sha256, paper, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(report.caseId);
    q.addBindValue(report.kind);
    q.addBindValue(SqlValues::dateTime(report.generatedAt));
    q.addBindValue(SqlValues::text(report.recipient));
    q.addBindValue(SqlValues::text(report.includedFields.join(QLatin1Char(','))));
    q.addBindValue(report.sha256);
    q.addBindValue(report.paper);
    q.addBindValue(SqlValues::text(report.language));
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), what);
    report.id = q.value(0).toLongLong();
    q.finish();
    const QString action = report.kind == QLatin1String("client_copy")
        ? QStringLiteral("report.client_copy")
        : QStringLiteral("report.generate");
    if (auto s = m_audit.record(action, caseReference, auditDetail(report)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<QList<GeneratedReport>> GeneratedReportLog::forCase(qint64 caseId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, case_id, kind, generated_at, recipient, included_fields, "
                             "sha256, paper, language"
                             " FROM generated_reports WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q.lastError(),
            QCoreApplication::translate("GeneratedReportLog", "Reading the generated reports"));
    QList<GeneratedReport> out;
    while (q.next()) {
        GeneratedReport r;
        r.id = q.value(0).toLongLong();
        r.caseId = q.value(1).toLongLong();
        r.kind = q.value(2).toString();
        r.generatedAt = SqlValues::toDateTime(q.value(3));
        r.recipient = q.value(4).toString();
        const QString fields = q.value(5).toString();
        r.includedFields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
        r.sha256 = q.value(6).toString();
        r.paper = q.value(7).toString();
        r.language = q.value(8).toString();
        out.append(r);
    }
    return out;
}

} // namespace td
