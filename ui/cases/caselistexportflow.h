#pragma once

#include "storage/casequery.h"
#include "storage/databasesession.h"

#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace td::ui {

/// File › Export Case List…: asks which sensitive columns to add (CaseListExportDialog), where
/// to save and as what (FileDialog: CSV or XLSX by file type), writes the file in a background
/// job behind a window-modal progress dialog with Cancel, and names the file when done. The lock
/// cancels it like any dialog.
class CaseListExportFlow
{
public:
    CaseListExportFlow(QWidget *parent, DatabaseSession session, QString actor);

    /// Exports the cases `query` selects (`caseCount` of them, for the dialog's wording).
    /// Returns the path written, or an empty string when cancelled or failed (already said).
    QString run(const CaseQuery &query, qint64 caseCount);

    /// Test seam: called with the progress dialog after each progress step (the dialog then
    /// shows at once); it may cancel. Empty to stop.
    static void setProgressSeam(std::function<void(QProgressDialog &)> seam);

private:
    QWidget *m_parent;
    DatabaseSession m_session;
    QString m_actor;
    static std::function<void(QProgressDialog &)> s_progressSeam;
};

} // namespace td::ui
