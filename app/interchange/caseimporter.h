#pragma once

#include "common/result.h"
#include "domain/casefile.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace td {

class CaseRepository;

/// A TrustDesk interchange file, read and checked but not stored yet.
struct ParsedCaseFile
{
    QList<CaseFile> cases;
    QStringList withheldFields; ///< sensitive keys the exporting office left out ("a_number",
                                ///< "witness_contact")
    /// Cases whose client is anonymous yet came with a name ("cases[2] (TD-2026-00007)"): the
    /// name is dropped, never stored (an anonymous client has no name in TrustDesk).
    QStringList droppedAnonymousNames;
};

/// What an import stored.
struct ImportSummary
{
    QStringList references;
    QStringList withheldFields;
    QStringList droppedAnonymousNames; ///< as in ParsedCaseFile
};

/// Reads TrustDesk interchange files all-or-nothing: the whole file is parsed and every case
/// validated before anything is written, and one bad case rejects the file with a message
/// naming the case and the field. Cases are then inserted in one transaction.
class CaseImporter
{
public:
    explicit CaseImporter(CaseRepository &repository);

    /// Parses and validates without touching the database (except to look for taken references).
    Result<ParsedCaseFile> check(const QByteArray &bytes);
    Result<ImportSummary> importBytes(const QByteArray &bytes);
    Result<ImportSummary> importFile(const QString &path);

    /// The parse and validation step alone, for tools that have no database (and fuzzers).
    static Result<ParsedCaseFile> parse(const QByteArray &bytes);

private:
    CaseRepository &m_repository;
};

} // namespace td
