#include "violationcategory.h"

#include <QCoreApplication>

#include <array>

namespace td {
namespace {

// The first three come from the Boston guidance's "Common Violations"; codes must never change.
constexpr std::array kCategories {
    ViolationCategory {"pii_sharing",
        QT_TRANSLATE_NOOP("ViolationCategory", "Sharing personal information without lawful basis"),
        QT_TRANSLATE_NOOP("ViolationCategory",
            "Police shared personally identifiable information (such as a name, "
            "address or immigration details) with immigration enforcement without "
            "a lawful basis.")},
    ViolationCategory {"civil_detainer",
        QT_TRANSLATE_NOOP(
            "ViolationCategory", "Honoring a civil immigration detainer without legal authority"),
        QT_TRANSLATE_NOOP("ViolationCategory",
            "Police held a person, or arranged a hand-over, because of a civil "
            "immigration detainer request, without legal authority or contrary "
            "to policy.")},
    ViolationCategory {"immigration_questioning",
        QT_TRANSLATE_NOOP(
            "ViolationCategory", "Questioning or detention solely on immigration suspicion"),
        QT_TRANSLATE_NOOP("ViolationCategory",
            "Police questioned, stopped or held a person only because they "
            "suspected something about the person's immigration status.")},
    ViolationCategory {"other", QT_TRANSLATE_NOOP("ViolationCategory", "Other"),
        QT_TRANSLATE_NOOP("ViolationCategory",
            "Other conduct related to cooperation with immigration enforcement; "
            "describe it in the narrative.")},
};

} // namespace

QString ViolationCategory::translatedTitle() const
{
    return QCoreApplication::translate("ViolationCategory", title);
}

QString ViolationCategory::translatedDescription() const
{
    return QCoreApplication::translate("ViolationCategory", description);
}

std::span<const ViolationCategory> violationCategories()
{
    return kCategories;
}

const ViolationCategory *findViolationCategory(const QString &code)
{
    for (const auto &c : kCategories) {
        if (code == QLatin1String(c.code))
            return &c;
    }
    return nullptr;
}

} // namespace td
