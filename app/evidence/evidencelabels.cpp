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

QString capturedOrigin(CaptureOrigin origin)
{
    switch (origin) {
    case CaptureOrigin::Camera:
        return QCoreApplication::translate("EvidenceLabels", "camera clock");
    case CaptureOrigin::FileModified:
        return QCoreApplication::translate("EvidenceLabels", "time the file was last changed");
    case CaptureOrigin::Caseworker:
        return QCoreApplication::translate("EvidenceLabels", "entered by the caseworker");
    case CaptureOrigin::Unknown:
        break;
    }
    return QCoreApplication::translate("EvidenceLabels", "source of the time not recorded");
}

QString capturedOriginShort(CaptureOrigin origin)
{
    switch (origin) {
    case CaptureOrigin::Camera:
        return QCoreApplication::translate("EvidenceLabels", "camera clock");
    case CaptureOrigin::FileModified:
        //: A time that is only when the evidence file was last modified, in a narrow table cell.
        return QCoreApplication::translate("EvidenceLabels", "file changed");
    case CaptureOrigin::Caseworker:
        //: A time a caseworker typed in, in a narrow table cell.
        return QCoreApplication::translate("EvidenceLabels", "entered");
    case CaptureOrigin::Unknown:
        break;
    }
    return {};
}

QString capturedSentence(const QString &when, CaptureOrigin origin, const QString &mediaType)
{
    const bool photo = mediaType.startsWith(QLatin1String("image/"));
    switch (origin) {
    case CaptureOrigin::Camera:
        return photo
            ? QCoreApplication::translate("EvidenceLabels", "Photo taken %1 (camera clock)")
                  .arg(when)
            : QCoreApplication::translate("EvidenceLabels", "Recorded %1 (device clock)").arg(when);
    case CaptureOrigin::FileModified:
        return photo ? QCoreApplication::translate("EvidenceLabels",
                   "File last changed %1 (not necessarily when the photo was taken)")
                           .arg(when)
                     : QCoreApplication::translate("EvidenceLabels",
                         "File last changed %1 (not necessarily when it was made)")
                           .arg(when);
    case CaptureOrigin::Caseworker:
        return photo ? QCoreApplication::translate(
                   "EvidenceLabels", "Photo taken %1 (as entered by the caseworker)")
                           .arg(when)
                     : QCoreApplication::translate(
                         "EvidenceLabels", "Made %1 (as entered by the caseworker)")
                           .arg(when);
    case CaptureOrigin::Unknown:
        break;
    }
    return QCoreApplication::translate(
        "EvidenceLabels", "Dated %1 (source of the time not recorded)")
        .arg(when);
}

} // namespace td::EvidenceLabels
