// trustdesk-cli demo: fill a database with fictional cases for demos, screenshots and benchmarks.
#include "clicontext.h"
#include "common/appinfo.h"
#include "demo/demogenerator.h"
#include "exitcode.h"
#include "storage/caserepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace td::cli {
namespace {

// Large enough that the per-transaction cost (BEGIN IMMEDIATE, fsync on commit) disappears,
// small enough that progress moves and memory stays flat.
constexpr int kBatchSize = 2000;

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

int runDemo(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Add fictional demo cases to the database (created when missing). "
        "The same seed always gives the same cases."));
    parser.addOption({QStringLiteral("cases"),
        QCoreApplication::translate("trustdesk-cli", "how many cases to add (required)"),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate("trustdesk-cli", "random seed (default 1)"),
        QStringLiteral("S"), QStringLiteral("1")});
    CliContext::addNewVaultOptions(parser);
    if (const int code = context.parse(parser, QStringLiteral("demo"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "demo takes no arguments."));
    if (!parser.isSet(QStringLiteral("cases")))
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "demo needs --cases N."));
    bool ok = false;
    const int count = parser.value(QStringLiteral("cases")).toInt(&ok);
    if (!ok || count <= 0)
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "--cases needs a positive whole number."));
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "--seed needs a whole number of zero or more."));

    Database *db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    DemoGenerator generator(seed);
    const bool showProgress = stderrIsTerminal();
    int added = 0;
    while (added < count) {
        const int batchSize = std::min(kBatchSize, count - added);
        auto inserted
            = repository.insertAll(generator.generate(batchSize), QStringLiteral("case.demo"));
        if (!inserted) {
            if (showProgress)
                context.err() << '\n';
            if (added > 0)
                context.err() << QCoreApplication::translate(
                    "trustdesk-cli", "%n demo case(s) were added before the error.", nullptr, added)
                              << '\n';
            return context.fail(inserted.error());
        }
        added += batchSize;
        if (showProgress) {
            context.err() << '\r'
                          << QCoreApplication::translate(
                                 "trustdesk-cli", "Adding demo cases: %1 of %2")
                                 .arg(added)
                                 .arg(count);
            context.err().flush();
        }
    }
    if (showProgress)
        context.err() << Qt::endl;
    context.out() << QCoreApplication::translate("trustdesk-cli", "Added %n demo case(s).", nullptr,
        added) << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar({"demo",
    QT_TRANSLATE_NOOP("Command", "add fictional demo cases (for demos and benchmarks)"), runDemo});

} // namespace
} // namespace td::cli
