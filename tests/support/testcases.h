#pragma once

#include "domain/casefile.h"

namespace td {
class Database;
}

#include <QTemporaryDir>

namespace td::test {

/// A complete synthetic case touching every field, in several scripts. Fictional people only.
CaseFile sampleCase(const QString &clientName = QStringLiteral("Nguyễn Thị Lan"));
/// A minimal valid case.
CaseFile minimalCase(const QString &clientName);
/// The case with every stored id (its own, the client's, incidents', officers', witnesses',
/// evidence items', complaints', follow-ups') set to 0: for comparing a case with a copy
/// stored elsewhere.
CaseFile withoutIds(CaseFile c);
/// How many cases `db` holds (-1 when it cannot be read), straight from SQL.
qint64 countCases(Database &db);
/// A path for a new database inside `dir`.
QString databasePath(
    const QTemporaryDir &dir, const QString &name = QStringLiteral("cases.sqlite"));

} // namespace td::test
