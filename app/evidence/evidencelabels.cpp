// The evidence codes stored in the database stay English; these are their translated labels.
#include "evidencelabels.h"

#include <QCoreApplication>

namespace td::EvidenceLabels {

namespace {

struct Label
{
    const char *code;
    const char *text;
};

constexpr Label kSources[] = {
    {"client", QT_TRANSLATE_NOOP("EvidenceLabels", "Client")},
    {"witness", QT_TRANSLATE_NOOP("EvidenceLabels", "Witness")},
    {"officer", QT_TRANSLATE_NOOP("EvidenceLabels", "Officer")},
    {"other", QT_TRANSLATE_NOOP("EvidenceLabels", "Other")},
};

constexpr Label kCustodyActions[] = {
    {"import", QT_TRANSLATE_NOOP("EvidenceLabels", "Attached")},
    {"view", QT_TRANSLATE_NOOP("EvidenceLabels", "Viewed")},
    {"export", QT_TRANSLATE_NOOP("EvidenceLabels", "Exported")},
    {"verify", QT_TRANSLATE_NOOP("EvidenceLabels", "Verified")},
    {"remove", QT_TRANSLATE_NOOP("EvidenceLabels", "Removed")},
    {"edit", QT_TRANSLATE_NOOP("EvidenceLabels", "Details edited")},
};

template<std::size_t N> QString lookup(const Label (&labels)[N], const QString &code)
{
    for (const Label &label : labels) {
        if (code == QLatin1String(label.code))
            return QCoreApplication::translate("EvidenceLabels", label.text);
    }
    return code;
}

} // namespace

QString source(const QString &code)
{
    return lookup(kSources, code);
}

QString custodyAction(const QString &code)
{
    return lookup(kCustodyActions, code);
}

QString redactedCopyOf(qint64 parentId)
{
    return QCoreApplication::translate("EvidenceLabels", "redacted copy of item %1").arg(parentId);
}

QString redactedCopyOfFile(const QString &originalDisplayName)
{
    return QCoreApplication::translate("EvidenceLabels", "redacted copy of %1")
        .arg(originalDisplayName);
}

} // namespace td::EvidenceLabels
