#include "redactionpolicy.h"

namespace td {

RedactionPolicy RedactionPolicy::includeEverything()
{
    RedactionPolicy policy;
    for (const auto &info : clientFields())
        policy.include(info.field);
    return policy;
}

void RedactionPolicy::include(ClientField field)
{
    m_included.insert(field);
}

bool RedactionPolicy::withholds(ClientField field) const
{
    return isSensitive(field) && !m_included.contains(field);
}

QList<ClientField> RedactionPolicy::withheldFields() const
{
    QList<ClientField> out;
    for (const auto &info : clientFields()) {
        if (withholds(info.field))
            out.append(info.field);
    }
    return out;
}

QList<ClientField> RedactionPolicy::includedSensitiveFields() const
{
    QList<ClientField> out;
    for (const auto &info : clientFields()) {
        if (info.sensitive && m_included.contains(info.field))
            out.append(info.field);
    }
    return out;
}

} // namespace td
