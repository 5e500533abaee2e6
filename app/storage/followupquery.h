#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace td {

class Database;

/// A follow-up that is not done yet, with enough of its case to show and open it.
struct DueFollowUp
{
    qint64 caseId = 0;
    QString reference;
    QString clientName;
    QDate dueOn;
    QString note;
    bool overdue = false;
};

/// The follow-ups a caseworker must act on: overdue ones and those due in the coming days.
class FollowUpQuery
{
public:
    explicit FollowUpQuery(Database &db);

    /// Open follow-ups due on or before today + daysAhead, oldest first.
    Result<QList<DueFollowUp>> due(const QDate &today, int daysAhead = 7, int limit = 500);

private:
    Database &m_db;
};

} // namespace td
