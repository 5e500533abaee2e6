#include "client.h"

#include <QCoreApplication>

namespace td {

QString Client::displayName() const
{
    if (anonymous)
        return QCoreApplication::translate("Client", "Anonymous client");
    if (!fullName.isEmpty())
        return fullName;
    return preferredName;
}

bool Client::dropNameIfAnonymous()
{
    if (!anonymous || (fullName.isEmpty() && preferredName.isEmpty()))
        return false;
    fullName.clear();
    preferredName.clear();
    return true;
}

QVariant Client::value(ClientField field) const
{
    switch (field) {
    case ClientField::Anonymous:
        return anonymous;
    case ClientField::FullName:
        return fullName;
    case ClientField::PreferredName:
        return preferredName;
    case ClientField::PreferredLanguage:
        return preferredLanguage;
    case ClientField::InterpreterNeeded:
        return interpreterNeeded;
    case ClientField::Phone:
        return phone;
    case ClientField::Email:
        return email;
    case ClientField::Address:
        return address;
    case ClientField::DateOfBirth:
        return dateOfBirth;
    case ClientField::CountryOfBirth:
        return countryOfBirth;
    case ClientField::ImmigrationStatus:
        return immigrationStatus;
    case ClientField::ANumber:
        return aNumber;
    case ClientField::ConsentToFile:
        return consentToFile;
    case ClientField::ConsentDate:
        return consentDate;
    case ClientField::Notes:
        return notes;
    }
    return {};
}

void Client::setValue(ClientField field, const QVariant &value)
{
    switch (field) {
    case ClientField::Anonymous:
        anonymous = value.toBool();
        break;
    case ClientField::FullName:
        fullName = value.toString();
        break;
    case ClientField::PreferredName:
        preferredName = value.toString();
        break;
    case ClientField::PreferredLanguage:
        preferredLanguage = value.toString();
        break;
    case ClientField::InterpreterNeeded:
        interpreterNeeded = value.toBool();
        break;
    case ClientField::Phone:
        phone = value.toString();
        break;
    case ClientField::Email:
        email = value.toString();
        break;
    case ClientField::Address:
        address = value.toString();
        break;
    case ClientField::DateOfBirth:
        dateOfBirth = value.toDate();
        break;
    case ClientField::CountryOfBirth:
        countryOfBirth = value.toString();
        break;
    case ClientField::ImmigrationStatus:
        immigrationStatus = value.toString();
        break;
    case ClientField::ANumber:
        aNumber = value.toString();
        break;
    case ClientField::ConsentToFile:
        consentToFile = value.toBool();
        break;
    case ClientField::ConsentDate:
        consentDate = value.toDate();
        break;
    case ClientField::Notes:
        notes = value.toString();
        break;
    }
}

} // namespace td
