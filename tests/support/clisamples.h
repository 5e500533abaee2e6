#pragma once

// What the command-line tests share: the withheld values of the sample case, a three-case
// database to run commands on, and small checks of what the CLI prints.

#include "domain/casefile.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace td::test {

/// The client keys that are withheld unless deliberately included, in clientFields() order.
QStringList sensitiveKeys();
/// What withheld_fields lists by default: the sensitive client keys, then witness_contact.
QStringList withheldKeys();

/// A fictional number (555-01xx) that only a witness's contact holds.
QString witnessPhone();
/// sampleCase() with a second witness who can be reached by phone.
CaseFile sampleWithWitnessPhone();
/// The values of sampleCase() that must never leave the app unless deliberately included.
QStringList sensitiveSampleValues();
/// The witness contacts of sampleWithWitnessPhone(), withheld unless deliberately included.
QStringList witnessContacts();

/// Database-layer words a caseworker should never have to read.
bool hasJargon(const QString &message);
QStringList nonEmptyLines(const QString &text);

/// Replaces the value at a path like {"cases", "1", "opened_on"}.
QJsonValue setAt(const QJsonValue &root, QStringList path, const QJsonValue &value);
QJsonValue valueAt(QJsonValue root, const QStringList &path);

/// A plaintext database of three cases written in-process, and a valid TrustDesk JSON file of
/// one other case exported by the CLI itself: what most CLI tests run their commands on.
struct CliSource
{
    QString database; ///< sampleWithWitnessPhone() (status evidence), one filed, one at intake
    QString importFile; ///< one case, TD-2025-00077
    QString refSample;
    QString refFiled;
    QString refIntake;

    /// Writes both into `folder` (the database into `target` instead when one is given: a file
    /// path or a PostgreSQL URI); returns what went wrong, or an empty string.
    QString create(const QString &folder, const QString &target = {});
    /// Writes the three cases into the database at `target` and sets the references.
    QString fill(const QString &target);
};

} // namespace td::test
