#pragma once

#include "clientfield.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace td {

/// The person a case is about; may be anonymous. Sensitive fields are listed in clientfield.h.
struct Client
{
    qint64 id = 0;
    bool anonymous = false;
    QString fullName;
    QString preferredName;
    QString
        preferredLanguage; ///< BCP 47-ish code as used by the guidance packs, e.g. "es", "zh_CN"
    bool interpreterNeeded = false;
    QString phone;
    QString email;
    QString address;
    QDate dateOfBirth;
    QString countryOfBirth;
    QString immigrationStatus;
    QString aNumber;
    bool consentToFile = false;
    QDate consentDate;
    QString notes;

    /// The name to show in lists: preferred name, full name, or "Anonymous client".
    QString displayName() const;
    /// Anonymous means anonymous: an anonymous client's names are never kept. Clears them and
    /// returns true when there was one to clear. Storage calls this before every write.
    bool dropNameIfAnonymous();
    /// A field's value as a QVariant (QString, bool or QDate), for generic code such as redaction.
    QVariant value(ClientField field) const;
    void setValue(ClientField field, const QVariant &value);

    friend bool operator==(const Client &, const Client &) = default;
};

} // namespace td
