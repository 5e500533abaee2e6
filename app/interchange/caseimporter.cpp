#include "caseimporter.h"

#include "casejson.h"
#include "domain/casevalidator.h"
#include "domain/clientfield.h"
#include "domain/sensitivedetail.h"
#include "interchangeformat.h"
#include "jsonreader.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace td {
namespace {

constexpr qsizetype kMaxListedProblems = 20;

Error rejected(const QStringList &problems)
{
    QStringList shown = problems.mid(0, kMaxListedProblems);
    if (problems.size() > kMaxListedProblems)
        shown.append(QCoreApplication::translate("CaseImporter", "… and %n more problem(s).",
            nullptr, int(problems.size() - kMaxListedProblems)));
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate(
            "CaseImporter", "The file was not imported; nothing was added:\n  %1")
            .arg(shown.join(QLatin1String("\n  ")))};
}

/// Line and column (both from 1) of a byte offset, so a JSON syntax error can be found in an
/// editor.
QPair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

QString caseLabel(qsizetype index, const CaseFile &c)
{
    return c.reference.isEmpty() ? QStringLiteral("cases[%1]").arg(index)
                                 : QStringLiteral("cases[%1] (%2)").arg(index).arg(c.reference);
}

} // namespace

CaseImporter::CaseImporter(CaseRepository &repository)
    : m_repository(repository)
{ }

Result<ParsedCaseFile> CaseImporter::parse(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "CaseImporter", "The file is empty: it holds no TrustDesk cases.")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "CaseImporter", "The file is not valid JSON (line %1, column %2: %3).")
                .arg(line)
                .arg(column)
                .arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("CaseImporter",
                "This is not a TrustDesk case file: it must be a JSON object with \"format\": "
                "\"trustdesk-cases\".")};

    QStringList problems;
    JsonReader top(doc.object(), QString(), problems);
    const QString format = top.string("format");
    if (format != InterchangeFormat::name())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("CaseImporter",
                "This is not a TrustDesk case file: its \"format\" must be \"trustdesk-cases\".")};
    const qint64 version = top.integer("version");
    if (!problems.isEmpty() || version < 1)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "CaseImporter", "The file's \"version\" must be a whole number from 1.")};
    if (version > InterchangeFormat::version())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("CaseImporter",
                "The file was made by a newer TrustDesk (format version %1); this version reads "
                "version %2. Update TrustDesk to import it.")
                .arg(version)
                .arg(InterchangeFormat::version())};

    ParsedCaseFile parsed;
    const QJsonArray withheld = top.array("withheld_fields");
    for (qsizetype i = 0; i < withheld.size(); ++i) {
        const QString key = withheld.at(i).toString();
        const auto field = clientFieldFromKey(key);
        // Version 1 files withheld client fields only; a witness's contact joined in version 2.
        const bool known
            = (field && isSensitive(*field)) || (version >= 2 && sensitiveDetailFromKey(key));
        if (!withheld.at(i).isString() || !known)
            problems.append(
                QStringLiteral("withheld_fields[%1]: %2")
                    .arg(i)
                    .arg(QCoreApplication::translate("CaseImporter", "is not a sensitive field.")));
        else
            parsed.withheldFields.append(key);
    }
    if (!doc.object().value(QLatin1String("cases")).isArray())
        problems.append(QStringLiteral("cases: %1")
                            .arg(QCoreApplication::translate(
                                "CaseImporter", "is required and must be a list.")));
    const QJsonArray cases = top.array("cases");
    top.finish();

    const CaseValidator validator;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (!cases.at(i).isObject()) {
            problems.append(
                QStringLiteral("cases[%1]: %2")
                    .arg(i)
                    .arg(QCoreApplication::translate("CaseImporter", "must be an object.")));
            continue;
        }
        QStringList caseProblems;
        CaseFile c = CaseJson::read(cases.at(i).toObject(), QString(), caseProblems);
        if (caseProblems.isEmpty()) {
            for (const auto &issue : validator.validate(c)) {
                if (issue.severity == FieldIssue::Severity::Error)
                    caseProblems.append(QStringLiteral("%1: %2").arg(issue.path, issue.message));
            }
        }
        if (!c.reference.isEmpty()) {
            if (const auto it = seen.constFind(c.reference); it != seen.constEnd())
                caseProblems.append(QStringLiteral("reference: %1")
                                        .arg(QCoreApplication::translate(
                                            "CaseImporter", "repeats the reference of cases[%1].")
                                                 .arg(it.value())));
            else
                seen.insert(c.reference, i);
        }
        const QString label = caseLabel(i, c);
        for (const auto &p : std::as_const(caseProblems))
            problems.append(QStringLiteral("%1: %2").arg(label, p));
        // Dropped rather than refused: files exported before schema 8 carry such names, and
        // refusing would make them impossible to import at all.
        if (c.client.dropNameIfAnonymous())
            parsed.droppedAnonymousNames.append(label);
        parsed.cases.append(std::move(c));
    }
    if (!problems.isEmpty())
        return rejected(problems);
    return parsed;
}

Result<ParsedCaseFile> CaseImporter::check(const QByteArray &bytes)
{
    auto parsed = parse(bytes);
    if (!parsed)
        return parsed;
    QStringList references;
    for (const auto &c : std::as_const(parsed->cases)) {
        if (!c.reference.isEmpty())
            references.append(c.reference);
    }
    auto taken = m_repository.existingReferences(references);
    if (!taken)
        return taken.error();
    if (!taken->isEmpty()) {
        QStringList problems;
        for (qsizetype i = 0; i < parsed->cases.size(); ++i) {
            if (taken->contains(parsed->cases.at(i).reference))
                problems.append(QStringLiteral("%1: reference: %2")
                                    .arg(caseLabel(i, parsed->cases.at(i)),
                                        QCoreApplication::translate("CaseImporter",
                                            "is already used by a case in this database.")));
        }
        return rejected(problems);
    }
    return parsed;
}

Result<ImportSummary> CaseImporter::importBytes(const QByteArray &bytes)
{
    auto parsed = check(bytes);
    if (!parsed)
        return parsed.error();
    auto references
        = m_repository.insertAll(std::move(parsed->cases), QStringLiteral("case.import"));
    if (!references)
        return Error {references.error().kind,
            QCoreApplication::translate(
                "CaseImporter", "The file was not imported; nothing was added: %1")
                .arg(references.error().message)};
    return ImportSummary {
        references.value(), parsed->withheldFields, parsed->droppedAnonymousNames};
}

Result<ImportSummary> CaseImporter::importFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "CaseImporter", "%1 is a folder, not a TrustDesk case file.")
                .arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("CaseImporter", "Cannot read %1: %2")
                .arg(shown, file.errorString())};
    if (file.size() > InterchangeFormat::maxFileSize())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "CaseImporter", "%1 is larger than 1 GiB: split it into several files.")
                .arg(shown)};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("CaseImporter", "Cannot read %1: %2")
                .arg(shown, file.errorString())};
    return importBytes(bytes);
}

} // namespace td
