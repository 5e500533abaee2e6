#include "redactionoptions.h"

#include "domain/clientfield.h"

#include <QCoreApplication>
#include <QStringList>

namespace td::cli::RedactionOptions {
namespace {

QStringList sensitiveKeys()
{
    QStringList keys;
    for (const auto &info : clientFields()) {
        if (info.sensitive)
            keys.append(QString::fromLatin1(info.key));
    }
    return keys;
}

} // namespace

void add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("include"),
                      QCoreApplication::translate("trustdesk-cli", "deliberately include this sensitive client field (%1); repeatable, recorded in the audit log")
                          .arg(sensitiveKeys().join(QLatin1String(", "))),
                      QStringLiteral("FIELD")});
    parser.addOption({QStringLiteral("include-sensitive"),
                      QCoreApplication::translate("trustdesk-cli", "deliberately include every sensitive client field (recorded in the audit log)")});
}

std::optional<RedactionPolicy> policy(const QCommandLineParser &parser, QString &error)
{
    if (parser.isSet(QStringLiteral("include-sensitive")))
        return RedactionPolicy::includeEverything();
    RedactionPolicy result;
    for (const auto &key : parser.values(QStringLiteral("include"))) {
        const auto field = clientFieldFromKey(key);
        if (!field || !isSensitive(*field)) {
            error = QCoreApplication::translate("trustdesk-cli", "\"%1\" is not a sensitive client field. Use one of: %2.")
                        .arg(key, sensitiveKeys().join(QLatin1String(", ")));
            return std::nullopt;
        }
        result.include(*field);
    }
    return result;
}

} // namespace td::cli::RedactionOptions
