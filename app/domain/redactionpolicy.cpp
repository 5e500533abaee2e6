#include "redactionpolicy.h"

namespace td {

RedactionPolicy RedactionPolicy::includeEverything()
{
    RedactionPolicy policy;
    for (const auto &info : clientFields())
        policy.include(info.field);
    for (const auto &info : sensitiveDetails())
        policy.include(info.detail);
    return policy;
}

void RedactionPolicy::include(ClientField field)
{
    m_included.insert(field);
}

void RedactionPolicy::include(SensitiveDetail detail)
{
    m_includedDetails.insert(detail);
}

bool RedactionPolicy::includeKey(const QString &key)
{
    if (const auto field = clientFieldFromKey(key); field && isSensitive(*field)) {
        include(*field);
        return true;
    }
    if (const auto detail = sensitiveDetailFromKey(key)) {
        include(*detail);
        return true;
    }
    return false;
}

bool RedactionPolicy::withholds(ClientField field) const
{
    return isSensitive(field) && !m_included.contains(field);
}

bool RedactionPolicy::withholds(SensitiveDetail detail) const
{
    return !m_includedDetails.contains(detail);
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

QList<SensitiveDetail> RedactionPolicy::withheldDetails() const
{
    QList<SensitiveDetail> out;
    for (const auto &info : sensitiveDetails()) {
        if (withholds(info.detail))
            out.append(info.detail);
    }
    return out;
}

QList<SensitiveDetail> RedactionPolicy::includedDetails() const
{
    QList<SensitiveDetail> out;
    for (const auto &info : sensitiveDetails()) {
        if (!withholds(info.detail))
            out.append(info.detail);
    }
    return out;
}

QStringList RedactionPolicy::sensitiveKeys()
{
    QStringList keys;
    for (const auto &info : clientFields()) {
        if (info.sensitive)
            keys.append(QString::fromLatin1(info.key));
    }
    for (const auto &info : sensitiveDetails())
        keys.append(QString::fromLatin1(info.key));
    return keys;
}

QStringList RedactionPolicy::withheldKeys() const
{
    QStringList keys;
    for (const ClientField field : withheldFields())
        keys.append(clientFieldKey(field));
    for (const SensitiveDetail detail : withheldDetails())
        keys.append(sensitiveDetailKey(detail));
    return keys;
}

QStringList RedactionPolicy::includedKeys() const
{
    QStringList keys;
    for (const ClientField field : includedSensitiveFields())
        keys.append(clientFieldKey(field));
    for (const SensitiveDetail detail : includedDetails())
        keys.append(sensitiveDetailKey(detail));
    return keys;
}

} // namespace td
