#pragma once

#include <QString>

namespace td {

/// The body a complaint submission is addressed to: one of Boston's two, or another body whose
/// name the caseworker types.
class ComplaintRecipient
{
public:
    enum class Kind
    {
        BpdInternalAffairs,
        AccountabilityOffice,
        Other
    };

    ComplaintRecipient() = default;
    explicit ComplaintRecipient(Kind kind, QString otherName = {});
    /// "bpd-iad" and "accountability" name the built-in bodies; any other text is another body's
    /// name.
    static ComplaintRecipient fromKey(const QString &keyOrName);

    Kind kind() const { return m_kind; }
    /// "bpd-iad", "accountability", or the other body's name as typed (what the log records).
    QString key() const;
    /// The name printed in the "To" line.
    QString displayName() const;
    /// False for Other with an empty name.
    bool isValid() const;

private:
    Kind m_kind = Kind::BpdInternalAffairs;
    QString m_otherName;
};

} // namespace td
