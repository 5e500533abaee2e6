#pragma once

#include "clientfield.h"

#include <QList>
#include <QSet>

namespace td {

/// Decides which client fields leave the app. Sensitive fields are withheld unless a person
/// deliberately includes them; every report and export asks this one class.
class RedactionPolicy
{
public:
    /// Withholds every sensitive field.
    RedactionPolicy() = default;
    /// Includes every field (a deliberate, audited choice, e.g. a full export for another office).
    static RedactionPolicy includeEverything();

    void include(ClientField field);
    bool withholds(ClientField field) const;
    /// The sensitive fields this policy withholds, in the domain's order.
    QList<ClientField> withheldFields() const;
    /// The sensitive fields deliberately included, in the domain's order.
    QList<ClientField> includedSensitiveFields() const;

private:
    QSet<ClientField> m_included;
};

} // namespace td
