#pragma once

#include <QString>

#include <optional>
#include <span>

namespace td {

/// A sensitive fact about someone other than the client (the client's own are ClientFields). Like
/// a sensitive client field it is withheld from anything leaving the app unless deliberately
/// included: a complaint goes to the police department itself, and a witness can be as exposed to
/// immigration enforcement as the client.
enum class SensitiveDetail
{
    WitnessContact, ///< a witness's phone, address or email (Witness::contact)
};

/// Static facts about a sensitive detail: its key and label.
struct SensitiveDetailInfo
{
    SensitiveDetail detail;
    const char *key; ///< snake_case key, e.g. "witness_contact": in withheld_fields and --include
    const char *label; ///< untranslated; translate with
                       ///< QCoreApplication::translate("SensitiveDetail", label)
};

std::span<const SensitiveDetailInfo> sensitiveDetails();
QString sensitiveDetailLabel(SensitiveDetail detail);
QString sensitiveDetailKey(SensitiveDetail detail);
/// The detail named by a key ("witness_contact"), if any.
std::optional<SensitiveDetail> sensitiveDetailFromKey(const QString &key);

} // namespace td
