#pragma once

#include <QDate>
#include <QString>

namespace td {

/// A complaint as filed with an oversight body, and how to track it.
struct ComplaintSubmission
{
    qint64 id = 0;
    QString filedWith;
    QDate filedOn;
    QString channel; ///< e.g. "online portal", "in person", "mail"
    QString trackingNumber;
    QString status;

    friend bool operator==(const ComplaintSubmission &, const ComplaintSubmission &) = default;
};

} // namespace td
