#pragma once

#include "clientfield.h"
#include "sensitivedetail.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace td {

/// Decides which sensitive facts leave the app: the client's sensitive fields and sensitive
/// details about other people (a witness's contact). They are withheld unless a person deliberately
/// includes them; every report and export asks this one class. The same goes for those facts where
/// a caseworker wrote them into free text (see CaseTextRedactor).
class RedactionPolicy
{
public:
    /// Withholds every sensitive field and detail.
    RedactionPolicy() = default;
    /// Includes everything (a deliberate, audited choice, e.g. a full export for another office).
    static RedactionPolicy includeEverything();

    void include(ClientField field);
    void include(SensitiveDetail detail);
    /// Includes what a key names ("a_number", "witness_contact"); false when it names nothing
    /// sensitive.
    bool includeKey(const QString &key);

    bool withholds(ClientField field) const;
    bool withholds(SensitiveDetail detail) const;
    /// The sensitive fields this policy withholds, in the domain's order.
    QList<ClientField> withheldFields() const;
    /// The sensitive fields deliberately included, in the domain's order.
    QList<ClientField> includedSensitiveFields() const;
    /// The details about other people this policy withholds, in the domain's order.
    QList<SensitiveDetail> withheldDetails() const;
    /// The details about other people deliberately included, in the domain's order.
    QList<SensitiveDetail> includedDetails() const;

    /// Every sensitive key: the client's fields ("phone" … "a_number"), then other people's
    /// details ("witness_contact"). What --include accepts and withheld_fields may list.
    static QStringList sensitiveKeys();
    /// The keys of what this policy withholds, in sensitiveKeys() order.
    QStringList withheldKeys() const;
    /// The keys of what was deliberately included, in sensitiveKeys() order (for the audit log).
    QStringList includedKeys() const;

    /// Whether phrases that reveal immigration status (the status lexicon) are masked in free text
    /// too. Off by default: they are shown to the caseworker, who decides. Withheld values found in
    /// free text are always masked with their field.
    bool masksStatusPhrases() const { return m_maskStatusPhrases; }
    void setMaskStatusPhrases(bool mask) { m_maskStatusPhrases = mask; }

private:
    QSet<ClientField> m_included;
    QSet<SensitiveDetail> m_includedDetails;
    bool m_maskStatusPhrases = false;
};

} // namespace td
