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
/// How many cases `db` holds (-1 when it cannot be read), straight from SQL.
qint64 countCases(Database &db);
/// A path for a new database inside `dir`.
QString databasePath(
    const QTemporaryDir &dir, const QString &name = QStringLiteral("cases.sqlite"));

} // namespace td::test
