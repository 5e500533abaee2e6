#include "caselistcsv.h"

#include "csvwriter.h"

namespace td {
namespace {

class CsvSink final : public CaseListSink
{
public:
    explicit CsvSink(QIODevice &out)
        : m_csv(out)
    { }

    Status header(const QList<CaseListColumn> &columns) override
    {
        if (auto s = m_csv.begin(); !s)
            return s;
        QStringList headings;
        for (const auto &column : columns)
            headings.append(column.heading);
        return m_csv.writeRow(headings);
    }
    Status row(const QStringList &cells) override { return m_csv.writeRow(cells); }

private:
    CsvWriter m_csv;
};

} // namespace

CaseListCsv::CaseListCsv(Database &db, CaseRepository &repository)
    : m_table(db, repository)
{ }

Result<qsizetype> CaseListCsv::write(QIODevice &out, const CaseQuery &query,
    const RedactionPolicy &policy, Headers headers,
    const std::function<bool(qsizetype, qsizetype)> &progress)
{
    CsvSink sink(out);
    return m_table.write(sink, QStringLiteral("csv"), query, policy, headers, progress);
}

} // namespace td
