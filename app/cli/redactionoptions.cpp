#include "redactionoptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace td::cli::RedactionOptions {

void add(QCommandLineParser &parser)
{
    const QString keys = RedactionPolicy::sensitiveKeys().join(QLatin1String(", "));
    parser.addOption({QStringLiteral("include"),
        QCoreApplication::translate("trustdesk-cli",
            "deliberately include this sensitive client field or witness detail (%1), in its field "
            "and where the free text mentions it; repeatable, recorded in the audit log")
            .arg(keys),
        QStringLiteral("FIELD")});
    parser.addOption({QStringLiteral("include-sensitive"),
        QCoreApplication::translate("trustdesk-cli",
            "deliberately include every sensitive client field and witness contact details "
            "(recorded in the audit log)")});
    addMaskStatusPhrases(parser);
}

void addMaskStatusPhrases(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("mask-status-phrases"),
        QCoreApplication::translate("trustdesk-cli",
            "also mask, as [withheld], the phrases in the free text that may reveal immigration "
            "status (listed on standard error either way)")});
}

bool masksStatusPhrases(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("mask-status-phrases"));
}

std::optional<RedactionPolicy> policy(const QCommandLineParser &parser, QString &error)
{
    RedactionPolicy result;
    if (parser.isSet(QStringLiteral("include-sensitive"))) {
        result = RedactionPolicy::includeEverything();
    } else {
        for (const auto &key : parser.values(QStringLiteral("include"))) {
            if (!result.includeKey(key)) {
                error = QCoreApplication::translate("trustdesk-cli",
                    "\"%1\" is not a sensitive client field or witness detail. Use one of: %2.")
                            .arg(key, RedactionPolicy::sensitiveKeys().join(QLatin1String(", ")));
                return std::nullopt;
            }
        }
    }
    result.setMaskStatusPhrases(masksStatusPhrases(parser));
    return result;
}

void printFindings(QTextStream &err, const QString &reference, const QList<TextFinding> &findings)
{
    qsizetype values = 0;
    QList<TextFinding> phrases;
    for (const TextFinding &f : findings) {
        if (f.kind == TextMatch::Kind::WithheldValue)
            ++values;
        else
            phrases.append(f);
    }
    if (values > 0)
        err << QCoreApplication::translate("trustdesk-cli",
            "%1: %n withheld value(s) found in the free text and masked.", nullptr, int(values))
                   .arg(reference)
            << '\n';
    if (phrases.isEmpty()) {
        err.flush();
        return;
    }
    const bool masked = phrases.constFirst().masked;
    err << (masked ? QCoreApplication::translate("trustdesk-cli",
                "%1: %n phrase(s) that may reveal immigration status, masked:", nullptr,
                int(phrases.size()))
                   : QCoreApplication::translate("trustdesk-cli",
                       "%1: %n phrase(s) that may reveal immigration status, left as written "
                       "(--mask-status-phrases masks them):",
                       nullptr, int(phrases.size())))
               .arg(reference)
        << '\n';
    for (const TextFinding &f : std::as_const(phrases))
        err << QCoreApplication::translate("trustdesk-cli", "  %1: \"%2\" in: %3")
                   .arg(f.field, f.phrase, f.context)
            << '\n';
    err.flush();
}

} // namespace td::cli::RedactionOptions
