#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace td {

class Database;

/// An existing client who may be the person being entered.
struct ClientMatch
{
    qint64 clientId = 0;
    QString displayName;
    bool nameMatches = false; ///< same name, ignoring case and accents
    bool phoneMatches = false; ///< same phone digits (the number itself is never shown)
    QStringList caseReferences;
};

/// Finds existing clients with the same name (accent- and case-insensitive) or phone number, so
/// intake can link a new case to a client already known instead of creating a duplicate.
class ClientMatcher
{
public:
    explicit ClientMatcher(Database &db);

    Result<QList<ClientMatch>> find(
        const QString &fullName, const QString &phone, qint64 excludeClientId = 0, int limit = 10);

    /// The digits that identify a phone number: its last ten, so "+1 (617) 555-0142" and
    /// "617.555.0142" match. Empty when there are fewer than seven digits.
    static QString phoneKey(const QString &phone);

private:
    Database &m_db;
};

} // namespace td
