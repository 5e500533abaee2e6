#include "redactionoptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace td::cli::RedactionOptions {

void add(QCommandLineParser &parser)
{
    const QString keys = RedactionPolicy::sensitiveKeys().join(QLatin1String(", "));
    parser.addOption({QStringLiteral("include"),
        QCoreApplication::translate("trustdesk-cli",
            "deliberately include this sensitive client field or witness detail (%1); repeatable, "
            "recorded in the audit log")
            .arg(keys),
        QStringLiteral("FIELD")});
    parser.addOption({QStringLiteral("include-sensitive"),
        QCoreApplication::translate("trustdesk-cli",
            "deliberately include every sensitive client field and witness contact details "
            "(recorded in the audit log)")});
}

std::optional<RedactionPolicy> policy(const QCommandLineParser &parser, QString &error)
{
    if (parser.isSet(QStringLiteral("include-sensitive")))
        return RedactionPolicy::includeEverything();
    RedactionPolicy result;
    for (const auto &key : parser.values(QStringLiteral("include"))) {
        if (!result.includeKey(key)) {
            error = QCoreApplication::translate("trustdesk-cli",
                "\"%1\" is not a sensitive client field or witness detail. Use one of: %2.")
                        .arg(key, RedactionPolicy::sensitiveKeys().join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    return result;
}

} // namespace td::cli::RedactionOptions
