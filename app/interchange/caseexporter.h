#pragma once

#include "common/result.h"
#include "domain/casetextredactor.h"
#include "domain/redactionpolicy.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <functional>

namespace td {

class CaseRepository;

/// Writes cases as a TrustDesk interchange file, one case at a time so a 100 000-case export
/// never holds the whole document in memory. Each exported case gets a "case.export" audit event
/// naming the sensitive fields (and witness details) that were deliberately included. Free text is
/// redacted by the same policy (CaseTextRedactor): a withheld value written in a narrative is
/// masked there too.
class CaseExporter
{
public:
    explicit CaseExporter(CaseRepository &repository);

    /// Every case id, oldest first (the order an export uses, so it is stable across databases).
    Result<QList<qint64>> allIds();
    /// The ids of the given references, in the given order; NotFound names the first unknown one.
    Result<QList<qint64>> idsFor(const QStringList &references);
    /// Called with each exported case's reference and what the scan of its free text found.
    using FindingsHandler
        = std::function<void(const QString &reference, const QList<TextFinding> &findings)>;
    void setFindingsHandler(FindingsHandler handler) { m_findings = std::move(handler); }

    /// Writes the file. `progress(done, total)` is called now and then, for progress bars.
    Status write(QIODevice &out, const QList<qint64> &ids, const RedactionPolicy &policy,
        const std::function<void(qsizetype, qsizetype)> &progress = {});

private:
    CaseRepository &m_repository;
    FindingsHandler m_findings;
};

} // namespace td
