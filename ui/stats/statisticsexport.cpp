#include "statisticsexport.h"

#include "common/officeprofile.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "print/statisticsreport.h"
#include "stats/publishedstatistics.h"
#include "stats/statisticsauditdetail.h"
#include "stats/statisticscsv.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace td::ui {
namespace {

Status writeCsv(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {ErrorKind::Io,
            StatisticsExport::tr("%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace

StatisticsExport::StatisticsExport(QWidget *parent, DatabaseSession session, QString actor)
    : m_parent(parent)
    , m_session(std::move(session))
    , m_actor(std::move(actor))
{ }

QString StatisticsExport::run(const StatisticsTable &table, int threshold, StatisticsUnit chartUnit)
{
    QString by = statisticsDimensionCode(table.rowDimension);
    if (table.columnDimension)
        by += QLatin1Char('-') + statisticsDimensionCode(*table.columnDimension);
    const QString suggested = QStringLiteral("statistics-%1-%2.csv")
                                  .arg(by, QDate::currentDate().toString(Qt::ISODate));
    const QString path = FileDialog::saveStatistics(m_parent, QDir::homePath(), suggested);
    if (path.isEmpty())
        return {};
    const bool pdf
        = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const PublishedStatistics published(table, threshold);

    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    Status written;
    if (pdf) {
        StatisticsReportOptions options;
        options.office = OfficeProfile::current();
        options.chartUnit = chartUnit;
        auto result = StatisticsReport(published, options).writePdf(path);
        if (!result)
            written = result.error();
    } else {
        written = writeCsv(path, statisticsCsv(published));
    }
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(m_parent, tr("Export Statistics"), written.error().message);
        return {};
    }

    int primary = 0;
    int complementary = 0;
    for (const PublishedTable *t : {&published.cases, &published.incidents}) {
        primary += t->count(CountState::Primary);
        complementary += t->count(CountState::Complementary);
    }
    // The figures left the office: on the record, without a single count or label.
    const QString detail
        = statisticsAuditDetail(published, pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    Status audited;
    if (auto db = m_session.open(Database::OpenMode::ExistingOnly))
        audited
            = AuditLog(**db, m_actor).record(QLatin1String(kStatisticsExportAction), {}, detail);
    else
        audited = db.error();

    QString message = threshold > 1
        ? tr("Exported to %1. As for any published figures, no count below %2 is shown: "
             "%3 count(s) were hidden for being small and %4 more so that they cannot be worked "
             "out from the totals.")
              .arg(QDir::toNativeSeparators(path))
              .arg(threshold)
              .arg(primary)
              .arg(complementary)
        : tr("Exported to %1 with every count shown (no suppression).")
              .arg(QDir::toNativeSeparators(path));
    if (published.unnamedKeys() > 0)
        message += QLatin1Char(' ')
            + tr("%n rare agency or outcome name(s) are replaced by \"Other …\".", nullptr,
                published.unnamedKeys());
    if (!audited)
        message += QLatin1Char(' ')
            + tr("The export could not be recorded in the audit log: %1")
                  .arg(audited.error().message);
    MessageBox::information(m_parent, tr("Export Statistics"), message);
    return path;
}

} // namespace td::ui
