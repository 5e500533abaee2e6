#include "paperoption.h"

#include "common/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace td::cli {

QCommandLineOption paperOption(const QString &when)
{
    const QString sizes = QCoreApplication::translate(
        "trustdesk-cli", "a4 or letter (default: the paper last chosen in the app, else letter)");
    return {QStringLiteral("paper"),
        when.isEmpty() ? sizes : QStringLiteral("%1: %2").arg(when, sizes), QStringLiteral("SIZE")};
}

std::optional<QPageSize> paperFrom(const QCommandLineParser &parser)
{
    const QString paper = parser.isSet(QStringLiteral("paper"))
        ? parser.value(QStringLiteral("paper")).toLower()
        : Settings().paper();
    if (paper == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (paper == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    return std::nullopt;
}

} // namespace td::cli
