#pragma once

#include <QString>

namespace td {

/// A police officer involved in an incident. The badge number is kept exactly as entered.
struct Officer
{
    qint64 id = 0;
    QString name;
    QString badgeNumber;
    QString unit;
    QString description;

    friend bool operator==(const Officer &, const Officer &) = default;
};

} // namespace td
