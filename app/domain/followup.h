#pragma once

#include <QDate>
#include <QString>

namespace td {

/// Something to do on a case by a date (ask for the tracking number, chase a review...).
struct FollowUp
{
    qint64 id = 0;
    QDate dueOn;
    bool done = false;
    QString note;

    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

} // namespace td
