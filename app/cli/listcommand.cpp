// trustdesk-cli list: every case (or those of one status), newest first; with --csv, the same
// list as a spreadsheet, and with --xlsx as an Excel workbook (docs/case-list-csv.md).
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "interchange/caselistcsv.h"
#include "interchange/caselistxlsx.h"
#include "storage/caserepository.h"
#include "summaryoutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace td::cli {
namespace {

// The policy --include asks for; nullopt after a usage message when a key is not a column a
// case list can carry.
std::optional<RedactionPolicy> csvPolicy(const QCommandLineParser &parser, QString &error)
{
    RedactionPolicy policy;
    const QStringList includable = CaseListCsv::includableKeys();
    for (const auto &key : parser.values(QStringLiteral("include"))) {
        if (!includable.contains(key) || !policy.includeKey(key)) {
            error = QCoreApplication::translate("trustdesk-cli",
                "\"%1\" is not a sensitive column of the case list. Use one of: %2.")
                        .arg(key, includable.join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    return policy;
}

int writeCsv(CliContext &context, CaseRepository &repository, Database &db, const CaseQuery &query,
    const RedactionPolicy &policy, const QString &path)
{
    CaseListCsv csv(db, repository);
    if (path.isEmpty()) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(Error {ErrorKind::Io, out.errorString()});
        if (auto n = csv.write(out, query, policy); !n)
            return context.fail(n.error());
        return ExitOk;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), out.errorString())});
    // Owner-only before a single byte of case data is written.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto n = csv.write(out, query, policy);
    if (!n) {
        out.cancelWriting();
        return context.fail(n.error());
    }
    if (!out.commit())
        return context.fail(Error {ErrorKind::Io,
            QCoreApplication::translate("trustdesk-cli", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), out.errorString())});
    context.err() << QCoreApplication::translate(
        "trustdesk-cli", "Exported %n case(s) to %1.", nullptr, int(n.value()))
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return ExitOk;
}

int writeXlsx(CliContext &context, CaseRepository &repository, Database &db, const CaseQuery &query,
    const RedactionPolicy &policy, const QString &path)
{
    auto n = CaseListXlsx(db, repository).write(path, query, policy);
    if (!n)
        return context.fail(n.error());
    context.err() << QCoreApplication::translate(
        "trustdesk-cli", "Exported %n case(s) to %1.", nullptr, int(n.value()))
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return ExitOk;
}

int runList(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "trustdesk-cli", "List cases, newest first: reference, status, opened date, client."));
    QStringList codes;
    for (const auto status : allCaseStatuses())
        codes.append(caseStatusCode(status));
    parser.addOption({QStringLiteral("status"),
        QCoreApplication::translate("trustdesk-cli", "only cases with this status (%1)")
            .arg(codes.join(QLatin1String(", "))),
        QStringLiteral("S")});
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli", "print JSON instead of one line a case")});
    parser.addOption({QStringLiteral("csv"),
        QCoreApplication::translate("trustdesk-cli",
            "write the list as CSV for a spreadsheet (UTF-8 with a byte-order mark); sensitive "
            "client columns are left out unless included; recorded in the audit log")});
    parser.addOption({QStringLiteral("xlsx"),
        QCoreApplication::translate("trustdesk-cli",
            "write the list as an Excel workbook (.xlsx) to the file given with --out; the same "
            "columns as --csv, recorded in the audit log")});
    parser.addOption({QStringLiteral("include"),
        QCoreApplication::translate("trustdesk-cli",
            "with --csv or --xlsx, deliberately add this sensitive client column (%1); repeatable, "
            "recorded in the audit log")
            .arg(CaseListCsv::includableKeys().join(QLatin1String(", "))),
        QStringLiteral("FIELD")});
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate("trustdesk-cli",
            "with --csv, write to FILE (owner-only) instead of standard output; "
            "with --xlsx, the file to write (required)"),
        QStringLiteral("FILE")});
    if (const int code = context.parse(parser, QStringLiteral("list"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "list takes no arguments."));

    CaseQuery query;
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = caseStatusFromCode(parser.value(QStringLiteral("status")));
        if (!query.status)
            return context.usage(parser,
                QCoreApplication::translate(
                    "trustdesk-cli", "Unknown status \"%1\". Use one of: %2.")
                    .arg(parser.value(QStringLiteral("status")), codes.join(QLatin1String(", "))));
    }
    const bool csv = parser.isSet(QStringLiteral("csv"));
    const bool xlsx = parser.isSet(QStringLiteral("xlsx"));
    if (int(csv) + int(xlsx) + int(parser.isSet(QStringLiteral("json"))) > 1)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "Choose one of --csv, --xlsx and --json."));
    if (!csv && !xlsx
        && (parser.isSet(QStringLiteral("include")) || parser.isSet(QStringLiteral("out"))))
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "--include and --out need --csv or --xlsx."));
    if (xlsx && parser.value(QStringLiteral("out")).isEmpty())
        return context.usage(parser,
            ::isatty(STDOUT_FILENO)
                ? QCoreApplication::translate("trustdesk-cli",
                    "An XLSX workbook is binary and is not written to a terminal. Give the file "
                    "to write with --out FILE.")
                : QCoreApplication::translate("trustdesk-cli",
                    "--xlsx writes a file, not standard output: give it with --out FILE."));
    QString problem;
    const auto policy
        = csv || xlsx ? csvPolicy(parser, problem) : std::optional(RedactionPolicy {});
    if (!policy)
        return context.usage(parser, problem);
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    if (xlsx)
        return writeXlsx(
            context, repository, *db, query, policy.value(), parser.value(QStringLiteral("out")));
    if (csv)
        return writeCsv(
            context, repository, *db, query, policy.value(), parser.value(QStringLiteral("out")));
    QList<CaseSummary> all;
    qint64 before = 0;
    constexpr int kPage = 5000;
    for (;;) {
        auto page = repository.page(query, before, kPage);
        if (!page)
            return context.fail(page.error());
        all.append(page.value());
        if (page->size() < kPage)
            break;
        before = page->constLast().id;
    }
    printSummaries(context.out(), all, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

const CommandRegistrar registrar(
    {"list", QT_TRANSLATE_NOOP("Command", "list cases, optionally of one status"), runList});

} // namespace
} // namespace td::cli
