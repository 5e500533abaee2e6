#include "clisamples.h"

#include "clirun.h"
#include "domain/clientfield.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace td::test {

QStringList sensitiveKeys()
{
    QStringList keys;
    for (const auto &info : clientFields()) {
        if (info.sensitive)
            keys.append(QString::fromLatin1(info.key));
    }
    return keys;
}

QStringList withheldKeys()
{
    return sensitiveKeys() + QStringList {QStringLiteral("witness_contact")};
}

QString witnessPhone()
{
    return QStringLiteral("+1 617 555 0199");
}

CaseFile sampleWithWitnessPhone()
{
    CaseFile c = test::sampleCase();
    c.incidents[0].witnesses[1].contact = witnessPhone();
    return c;
}

QStringList sensitiveSampleValues()
{
    const Client c = test::sampleCase().client;
    return {c.phone, c.email, c.address, c.dateOfBirth.toString(Qt::ISODate), c.countryOfBirth,
        c.immigrationStatus, c.aNumber};
}

QStringList witnessContacts()
{
    return {QStringLiteral("via the client"), witnessPhone()};
}

bool hasJargon(const QString &message)
{
    static const QRegularExpression jargon(
        QStringLiteral("\\bSQL\\b|sqlite3_|SQLITE_|QSQLITE|PRAGMA|no such table|"
                       "disk image is malformed|file is not a database|Driver|Unable to"),
        QRegularExpression::CaseInsensitiveOption);
    return jargon.match(message).hasMatch();
}

QJsonValue setAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = head.toInt();
        a.replace(i, setAt(a.at(i), path, value));
        return a;
    }
    QJsonObject o = root.toObject();
    o.insert(head, setAt(o.value(head), path, value));
    return o;
}

QJsonValue valueAt(QJsonValue root, const QStringList &path)
{
    for (const auto &step : path)
        root = root.isArray() ? root.toArray().at(step.toInt()) : root.toObject().value(step);
    return root;
}

QStringList nonEmptyLines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString CliSource::fill(const QString &target)
{
    database = target;
    {
        auto opened = Database::open(database);
        if (!opened)
            return opened.error().message;
        CaseRepository repository(**opened, QStringLiteral("tester"));

        auto sample = repository.save(sampleWithWitnessPhone());
        if (!sample)
            return sample.error().message;
        refSample = sample->reference;

        CaseFile filed = minimalCase(QStringLiteral("Omar Example"));
        filed.status = CaseStatus::Filed;
        auto savedFiled = repository.save(filed);
        if (!savedFiled)
            return savedFiled.error().message;
        refFiled = savedFiled->reference;

        CaseFile intake = minimalCase(QStringLiteral("Chen Example"));
        intake.status = CaseStatus::Intake;
        intake.incidents[0].narrative = QStringLiteral("Asked for papers at the bus stop.");
        auto savedIntake = repository.save(intake);
        if (!savedIntake)
            return savedIntake.error().message;
        refIntake = savedIntake->reference;
    }
    return {};
}

QString CliSource::create(const QString &folder, const QString &target)
{
    if (qEnvironmentVariableIsEmpty("TRUSTDESK_CLI")
        || !QFileInfo(qEnvironmentVariable("TRUSTDESK_CLI")).isExecutable())
        return QStringLiteral("TRUSTDESK_CLI must name the trustdesk-cli executable");
    const QDir dir(folder);
    if (const QString error
        = fill(target.isEmpty() ? dir.filePath(QStringLiteral("source.sqlite")) : target);
        !error.isEmpty())
        return error;

    // A valid file for import, made by the CLI itself from a one-case database.
    const QString oneCase = dir.filePath(QStringLiteral("one-case.sqlite"));
    {
        auto opened = Database::open(oneCase);
        if (!opened)
            return opened.error().message;
        CaseRepository repository(**opened, QStringLiteral("tester"));
        CaseFile c = minimalCase(QStringLiteral("Import Example"));
        c.reference = QStringLiteral("TD-2025-00077");
        if (auto saved = repository.save(c); !saved)
            return saved.error().message;
    }
    importFile = dir.filePath(QStringLiteral("one-case.json"));
    const CliRun exported
        = runCliOn(oneCase, {QStringLiteral("export"), QStringLiteral("--out"), importFile});
    if (exported.exitCode != 0)
        return describe(exported);
    return {};
}

} // namespace td::test
