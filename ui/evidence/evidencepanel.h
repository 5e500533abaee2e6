#pragma once

#include "storage/databasesession.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTableWidget;
class QThread;

namespace td {
class Database;
class EvidenceJob;
class EvidenceListModel;
} // namespace td

namespace td::ui {

class EvidenceDetailsDialog;
class EvidencePreviewDialog;
class EvidenceThumbnailProxy;

/// A case's evidence: a list with thumbnails, the selected item's details and chain of custody,
/// and the actions Attach Files… (or drag-and-drop), Open, Edit Details… (F2), Redact… (images),
/// Remove… and Verify; all but Attach and Verify are also on the list's context menu. Attaching,
/// verifying and checking a file before it opens run in a background job with its own database
/// connection, behind a progress dialog with Cancel.
///
/// Embed it anywhere and call setCase(databasePath, caseReference) when the case changes.
class EvidencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)

public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    ~EvidencePanel() override;

    /// Shows this case's evidence (an empty reference clears the panel).
    void setCase(const QString &databasePath, const QString &caseReference);
    /// The same for any database, a vault included: its connection is opened with the key.
    void setCase(const DatabaseSession &session, const QString &caseReference);
    QString caseReference() const { return m_caseReference; }
    /// Re-reads the list (e.g. after the case changed elsewhere).
    void reload();
    /// Starts attaching `paths` in the background (what the button and a drop do).
    void attachFiles(const QStringList &paths);
    void verifyStore();
    bool isBusy() const { return m_job != nullptr; }

    EvidenceListModel *model() const { return m_model; }
    /// The message shown for the last finished job or error.
    QString statusText() const;

signals:
    /// Evidence was attached, edited or removed: the case's other views may want to refresh.
    void evidenceChanged(const QString &caseReference);
    /// A background job ended; `messages` are one line each for people.
    void jobFinished(bool ok, const QStringList &messages);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseFiles();
    void openSelected();
    void editSelected();
    void removeSelected();
    void redactSelected();
    void showSelection();
    void updateActions();
    void retranslate();
    void startJob(EvidenceJob *job, const QString &title);
    void jobDone(bool ok, const QStringList &messages);
    void stopJob();
    void showStatus(const QString &text, bool problem);
    qint64 selectedId() const;
    bool ensureDatabase();
    bool refuseWithoutOfficeKey();

    QString m_databasePath;
    DatabaseSession m_session;
    QString m_caseReference;
    std::unique_ptr<Database> m_db;

    EvidenceListModel *m_model = nullptr;
    EvidenceThumbnailProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QLabel *m_custodyLabel = nullptr;
    QTableWidget *m_custody = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_redactButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_redactAction = nullptr;
    std::unique_ptr<EvidenceJob> m_job;
    std::unique_ptr<QThread> m_thread;
    QPointer<QProgressDialog> m_progress;
    QPointer<EvidencePreviewDialog> m_preview;
    QPointer<EvidenceDetailsDialog> m_detailsDialog;
};

} // namespace td::ui
