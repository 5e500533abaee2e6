#pragma once

#include "stats/statisticstable.h"
#include "storage/databasesession.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace td::ui {

/// Export… of the Statistics window: asks where, then writes the table as it may leave the
/// office (PublishedStatistics: small counts suppressed, rare free-text labels unnamed) as CSV,
/// or as the statistics PDF when the name ends in .pdf, says what was suppressed, and records
/// the export in the audit log ("statistics.export", with the format, dimensions, threshold and
/// the number of hidden counts; no label, no count).
class StatisticsExport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsExport)

public:
    StatisticsExport(QWidget *parent, DatabaseSession session, QString actor);

    /// The path written, or empty when cancelled or failed (after saying why).
    QString run(const StatisticsTable &table, int threshold, StatisticsUnit chartUnit);

private:
    QWidget *m_parent;
    DatabaseSession m_session;
    QString m_actor;
};

} // namespace td::ui
