#include "clientfield.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace td {
namespace {

// The single place that decides which client facts are sensitive: immigration status, A-number,
// country of birth, address, date of birth, phone and email can each expose a client to
// enforcement.
constexpr std::array kFields {
    ClientFieldInfo {
        ClientField::Anonymous, "anonymous", QT_TRANSLATE_NOOP("ClientField", "Anonymous"), false},
    ClientFieldInfo {
        ClientField::FullName, "full_name", QT_TRANSLATE_NOOP("ClientField", "Full name"), false},
    ClientFieldInfo {ClientField::PreferredName, "preferred_name",
        QT_TRANSLATE_NOOP("ClientField", "Preferred name"), false},
    ClientFieldInfo {ClientField::PreferredLanguage, "preferred_language",
        QT_TRANSLATE_NOOP("ClientField", "Preferred language"), false},
    ClientFieldInfo {ClientField::InterpreterNeeded, "interpreter_needed",
        QT_TRANSLATE_NOOP("ClientField", "Interpreter needed"), false},
    ClientFieldInfo {ClientField::Phone, "phone", QT_TRANSLATE_NOOP("ClientField", "Phone"), true},
    ClientFieldInfo {ClientField::Email, "email", QT_TRANSLATE_NOOP("ClientField", "Email"), true},
    ClientFieldInfo {
        ClientField::Address, "address", QT_TRANSLATE_NOOP("ClientField", "Address"), true},
    ClientFieldInfo {ClientField::DateOfBirth, "date_of_birth",
        QT_TRANSLATE_NOOP("ClientField", "Date of birth"), true},
    ClientFieldInfo {ClientField::CountryOfBirth, "country_of_birth",
        QT_TRANSLATE_NOOP("ClientField", "Country of birth"), true},
    ClientFieldInfo {ClientField::ImmigrationStatus, "immigration_status",
        QT_TRANSLATE_NOOP("ClientField", "Immigration status"), true},
    ClientFieldInfo {
        ClientField::ANumber, "a_number", QT_TRANSLATE_NOOP("ClientField", "A-number"), true},
    ClientFieldInfo {ClientField::ConsentToFile, "consent_to_file",
        QT_TRANSLATE_NOOP("ClientField", "Consent to file"), false},
    ClientFieldInfo {ClientField::ConsentDate, "consent_date",
        QT_TRANSLATE_NOOP("ClientField", "Consent date"), false},
    ClientFieldInfo {ClientField::Notes, "notes", QT_TRANSLATE_NOOP("ClientField", "Notes"), false},
};

} // namespace

std::span<const ClientFieldInfo> clientFields()
{
    return kFields;
}

const ClientFieldInfo &clientFieldInfo(ClientField field)
{
    for (const auto &info : kFields) {
        if (info.field == field)
            return info;
    }
    Q_UNREACHABLE();
}

bool isSensitive(ClientField field)
{
    return clientFieldInfo(field).sensitive;
}

QString clientFieldLabel(ClientField field)
{
    return QCoreApplication::translate("ClientField", clientFieldInfo(field).label);
}

QString clientFieldKey(ClientField field)
{
    return QString::fromLatin1(clientFieldInfo(field).key);
}

std::optional<ClientField> clientFieldFromKey(const QString &key)
{
    for (const auto &info : kFields) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

} // namespace td
