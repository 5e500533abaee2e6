#pragma once

#include "officer.h"
#include "witness.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace td {

/// One event the complaint is about: when and where, who was involved, what happened.
struct Incident
{
    qint64 id = 0;
    QDate date; ///< required
    QTime time; ///< optional: invalid when unknown
    QString location;
    QString policeDistrict;
    QString agency;
    QStringList violations; ///< ViolationCategory codes
    QString narrative;
    QList<Officer> officers;
    QList<Witness> witnesses;

    friend bool operator==(const Incident &, const Incident &) = default;
};

} // namespace td
