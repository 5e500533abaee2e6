// trustdesk-cli migrate --to URI: copies a database file with its evidence into an empty office
// server, checked, in one transaction (docs/office-mode.md, "Moving a laptop's database to the
// office server"). The file is only read.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "officemigration.h"
#include "storage/officekeys.h"
#include "storage/staffroles.h"
#include "terminalprompt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace td::cli {
namespace {

// The office key: made when the server has none (the passphrase of this person's wrap from
// --office-passphrase-file or asked twice), else unlocked with this person's passphrase.
int officeKey(CliContext &context, Database &target, const QString &file)
{
    OfficeKeys keys(target);
    const auto exists = keys.exists();
    if (!exists)
        return context.fail(exists.error());
    SecretText passphrase;
    KeyFailure failure;
    if (!exists.value()) {
        if (!KeySource::newPassphraseFrom(file, passphrase, failure,
                KeySource::officeKeyNoTerminal(QStringLiteral("--office-passphrase-file"))))
            return context.fail(failure);
        auto created = keys.create(passphrase.text(), currentActor());
        passphrase.wipe();
        if (!created)
            return context.fail(created.error());
        target.setOfficeKey(std::move(created.value()));
        context.err() << QCoreApplication::translate("trustdesk-cli",
            "The office key was made and wrapped for your login with the office "
            "passphrase. Add colleagues with `trustdesk-cli office-key add LOGIN`.")
                      << Qt::endl;
        return ExitOk;
    }
    if (!file.isEmpty()) {
        if (!KeySource::readFirstLine(file,
                QCoreApplication::translate("trustdesk-cli", "office passphrase file"), passphrase,
                failure))
            return context.fail(failure);
    } else if (!TerminalPrompt::available()
        || !TerminalPrompt::askHidden(
            QCoreApplication::translate("trustdesk-cli", "Office key passphrase: "), passphrase)) {
        return context.fail(KeyFailure {ExitWrongKey,
            QCoreApplication::translate("trustdesk-cli",
                "The server's office key needs your office passphrase: give "
                "--office-passphrase-file FILE or run migrate at a terminal.")});
    }
    auto key = keys.unlock(passphrase.text());
    passphrase.wipe();
    if (!key) {
        if (key.error().kind == ErrorKind::BadInput) {
            context.err() << key.error().message << Qt::endl;
            return ExitWrongKey;
        }
        return context.fail(key.error());
    }
    target.setOfficeKey(std::move(key.value()));
    return ExitOk;
}

void printSummary(CliContext &context, const MigrationReport &report, const QString &source,
    const QString &target, bool json)
{
    if (json) {
        QJsonObject tables;
        for (const auto &t : report.tables)
            tables.insert(t.table, t.rows);
        context.out() << QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("source"), source}, {QStringLiteral("target"), target},
                {QStringLiteral("tables"), tables},
                {QStringLiteral("search_rows"), report.searchRows},
                {QStringLiteral("evidence_items"), report.evidenceItems},
                {QStringLiteral("evidence_bytes"), report.evidenceBytes},
                {QStringLiteral("verified"),
                    true}}).toJson(QJsonDocument::Indented));
        return;
    }
    qint64 cases = 0;
    for (const auto &t : report.tables) {
        if (t.table == QLatin1String("cases"))
            cases = t.rows;
    }
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "Copied %n case(s) and %1 evidence item(s) (%2 bytes) to %3 and checked them: every table "
        "has the same rows, the audit chain holds and every item reads back with its SHA-256.",
        nullptr, int(cases))
                         .arg(report.evidenceItems)
                         .arg(report.evidenceBytes)
                         .arg(target)
                  << '\n'
                  << QCoreApplication::translate("trustdesk-cli",
                         "%1 was only read: keep it as it is until colleagues have worked on the "
                         "server for a while, then delete it with its evidence folder (or keep it "
                         "as a backup in a safe place).")
                         .arg(source)
                  << Qt::endl;
}

int runMigrate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Copy the database file given with --db, with its evidence, into an empty office "
        "server (--to URI), then check the copy. The file is only read. An encrypted file opens "
        "with its passphrase as usual (--passphrase-file…). The evidence on the server is "
        "encrypted with the office key: when the server has none, it is made and wrapped with "
        "your office passphrase (--office-passphrase-file or asked twice); otherwise that "
        "passphrase unlocks it. Nothing is kept on the server unless everything copied and "
        "checked."));
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate(
            "trustdesk-cli", "the office server, a postgresql:// URI (required)"),
        QStringLiteral("URI"));
    const QCommandLineOption officeFile(QStringLiteral("office-passphrase-file"),
        QCoreApplication::translate("trustdesk-cli",
            "your passphrase for the office key, the first line of FILE (not the file's "
            "passphrase)"),
        QStringLiteral("FILE"));
    parser.addOption(to);
    parser.addOption(officeFile);
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli", "print a summary as JSON")});
    if (const int code = context.parse(parser, QStringLiteral("migrate"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "migrate takes no arguments."));
    const QString uri = parser.value(to);
    if (uri.isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "migrate needs --to URI."));
    if (Database::isServerUri(context.databasePath()))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "migrate copies a database file: give --db the file and --to the server.")});
    if (!Database::isServerUri(uri))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "trustdesk-cli", "--to needs an office server's postgresql:// URI.")});

    Database *source = context.database(Database::OpenMode::ReadOnly);
    if (!source)
        return context.openFailed();
    if (source->schemaVersion() != Database::latestSchemaVersion())
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "The database file is at schema version %1, this version of TrustDesk at %2: open "
                "it "
                "once with the app or change it with trustdesk-cli to upgrade it, then migrate.")
                .arg(source->schemaVersion())
                .arg(Database::latestSchemaVersion())});

    auto opened = Database::open(uri, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return context.fail(opened.error());
    Database &target = *opened.value();
    const auto tables = OfficeTransfer::tables(target);
    if (!tables)
        return context.fail(tables.error());
    const auto used = OfficeTransfer::firstNonEmpty(target, tables.value());
    if (!used)
        return context.fail(used.error());
    if (!used->isEmpty())
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "The office server already holds data (table \"%1\" has rows): migrate copies only "
                "into an empty office database. Nothing was changed.")
                .arg(used.value())});
    if (auto admin = StaffRoles(target).requireAdmin(
            QCoreApplication::translate("trustdesk-cli", "Migrating into the office database"));
        !admin)
        return context.fail(admin.error());
    if (const int code = officeKey(context, target, parser.value(officeFile)); code != ExitOk)
        return code;

    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    const auto report = migrateToOffice(*source, target, tables.value(),
        [&context, showProgress](const QString &phase, qint64 done, qint64 total) {
            if (!showProgress)
                return;
            QString line;
            if (phase == QLatin1String("evidence"))
                line = QCoreApplication::translate("trustdesk-cli", "Evidence: %1 of %2 bytes")
                           .arg(done)
                           .arg(total);
            else if (phase == QLatin1String("checking"))
                line = QCoreApplication::translate("trustdesk-cli", "Checking the copy: %1 of %2")
                           .arg(done)
                           .arg(total);
            else // a table's name, as in the JSON summary
                line = QCoreApplication::translate("trustdesk-cli", "Copying %1: %2 of %3 rows")
                           .arg(phase)
                           .arg(done)
                           .arg(total);
            context.err() << '\r' << line << "        ";
            context.err().flush();
        });
    if (showProgress)
        context.err() << Qt::endl;
    if (!report)
        return context.fail(report.error());
    printSummary(context, report.value(), context.databasePath(), target.path(),
        parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

const CommandRegistrar registrar({"migrate",
    QT_TRANSLATE_NOOP("Command", "copy a database file with its evidence into an office server"),
    runMigrate});

} // namespace
} // namespace td::cli
