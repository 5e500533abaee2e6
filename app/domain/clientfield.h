#pragma once

#include <QString>

#include <optional>
#include <span>

namespace td {

/// Every client field, so reports, exports and forms can reason about them one by one.
enum class ClientField
{
    Anonymous,
    FullName,
    PreferredName,
    PreferredLanguage,
    InterpreterNeeded,
    Phone,
    Email,
    Address,
    DateOfBirth,
    CountryOfBirth,
    ImmigrationStatus,
    ANumber,
    ConsentToFile,
    ConsentDate,
    Notes,
};

/// Static facts about a client field: its interchange key, label and whether it can endanger a
/// client.
struct ClientFieldInfo
{
    ClientField field;
    const char *key; ///< snake_case key in the interchange JSON, e.g. "a_number"
    const char *label; ///< untranslated label; translate with
                       ///< QCoreApplication::translate("ClientField", label)
    bool sensitive; ///< withheld from anything leaving the app unless deliberately included
};

std::span<const ClientFieldInfo> clientFields();
const ClientFieldInfo &clientFieldInfo(ClientField field);
bool isSensitive(ClientField field);
QString clientFieldLabel(ClientField field);
QString clientFieldKey(ClientField field);
/// The field named by an interchange key ("a_number"), if any.
std::optional<ClientField> clientFieldFromKey(const QString &key);

} // namespace td
