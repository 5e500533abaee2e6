#pragma once

#include <QString>
#include <QStringList>

namespace td {

struct CaseFile;

/// The body a complaint submission is addressed to: BPD Internal Affairs, OPAT, the state's POST
/// Commission, or another body whose name the caseworker types.
class ComplaintRecipient
{
public:
    enum class Kind
    {
        BpdInternalAffairs,
        AccountabilityOffice,
        PostCommission,
        Other
    };

    ComplaintRecipient() = default;
    explicit ComplaintRecipient(Kind kind, QString otherName = {});
    /// "bpd-iad", "accountability" and "post" name the built-in bodies; any other text is another
    /// body's name.
    static ComplaintRecipient fromKey(const QString &keyOrName);
    /// The body to suggest for a case: the POST Commission when the incidents name agencies and
    /// none of them is the Boston Police (MBTA Transit Police, State Police…), else BPD Internal
    /// Affairs.
    static ComplaintRecipient suggestedFor(const CaseFile &caseFile);

    Kind kind() const { return m_kind; }
    /// "bpd-iad", "accountability", "post", or the other body's name as typed (what the log
    /// records).
    QString key() const;
    /// The name printed in the "To" line.
    QString displayName() const;
    /// The lines printed under the name: only what the gathered sources give (for the POST
    /// Commission its complaint site; no postal address is known to us), empty for the others.
    QStringList addressLines() const;
    /// False for Other with an empty name.
    bool isValid() const;

private:
    Kind m_kind = Kind::BpdInternalAffairs;
    QString m_otherName;
};

} // namespace td
