#pragma once

#include <QString>

namespace td {

/// Someone who saw an incident, and what they said.
struct Witness
{
    qint64 id = 0;
    QString name;
    QString contact;
    QString statement;

    friend bool operator==(const Witness &, const Witness &) = default;
};

} // namespace td
