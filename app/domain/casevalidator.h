#pragma once

#include "casefile.h"

#include <QDate>
#include <QList>
#include <QString>

namespace td {

/// One problem with one field; `path` names it the way the JSON format does ("incidents[0].date").
struct FieldIssue
{
    enum class Severity
    {
        Error,
        Warning
    };
    QString path;
    QString message;
    Severity severity = Severity::Error;
};

/// Checks a case before it is stored. Errors block saving; warnings (phone, email format) do not.
class CaseValidator
{
public:
    explicit CaseValidator(QDate today = QDate::currentDate());

    QList<FieldIssue> validate(const CaseFile &caseFile) const;
    static bool hasErrors(const QList<FieldIssue> &issues);

private:
    void validateClient(const Client &client, QList<FieldIssue> &issues) const;
    void validateIncident(
        const Incident &incident, const QString &path, QList<FieldIssue> &issues) const;
    void checkNotFuture(const QDate &date, const QString &path, QList<FieldIssue> &issues) const;

    QDate m_today;
};

} // namespace td
