#pragma once

#include "domain/casefile.h"
#include "storage/draftstore.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLockFile;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace td {
struct CaseConflict;
class CaseRepository;
class Database;
} // namespace td

namespace td::ui {

class ClientForm;
class DateLineEdit;
class EvidencePanel;
class FieldRegistry;
class FormUndo;
class IncidentForm;
class RowListEditor;

/// Intake: create or edit one case. Validation shows inline as the caseworker types; what is
/// typed is saved as a draft every few seconds and on every focus change, so a crash or a
/// killed laptop loses nothing; Ctrl+S saves, Esc closes (asking only when there are changes).
class CaseEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseEditor)

public:
    CaseEditor(Database &database, CaseRepository &repository, QWidget *parent = nullptr);
    ~CaseEditor() override;

    void newCase();
    /// Loads a stored case; false (with the message shown) if it cannot be read.
    bool editCase(qint64 id);
    /// Continues an unsaved draft left by a crash.
    void restoreDraft(const Draft &draft);

    CaseFile currentCase() const;
    bool hasUnsavedChanges() const;
    qint64 caseId() const { return m_original.id; }
    /// Saves; false when validation or storage refused (the reason is shown in the form). When
    /// the case was saved elsewhere since it was opened, says who changed which sections when and
    /// asks: keep editing, keep mine (overwrite, audited as such), or take theirs (this version
    /// stays as a draft). When the office server went away, offers to reconnect and retry.
    bool save();
    /// Another window or program changed the database: tells the caseworker when it was this
    /// case, before they save over it. What is typed stays as it is.
    void noticeExternalChange();
    /// The stored revision this editor started from (0 for a new case).
    qint64 storedRevision() const { return m_storedRevision; }
    /// Asks before discarding unsaved changes; true when the editor may close.
    bool confirmClose();
    /// Writes the draft now if anything changed since the last one.
    void saveDraftNow();
    void setDraftInterval(int milliseconds);
    QString draftId() const { return m_draftId; }
    QUndoStack *undoStack() const { return m_undoStack; }

signals:
    void saved(qint64 caseId);
    /// The caseworker is done with this editor (saved or discarded).
    void closeRequested();
    void guidanceRequested(const QString &categoryCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const CaseFile &caseFile);
    void setIncidents(const QList<Incident> &incidents);
    IncidentForm *addIncidentForm(const Incident &incident);
    void removeCurrentIncident();
    void onChanged();
    void validateNow();
    void checkDuplicates(const QString &fullName, const QString &phone);
    void linkClient(qint64 clientId,
        QStringList references); // by value: the match list is cleared while linking
    void retranslate();
    void showMessage(const QString &text, bool error);
    void discardDraft();
    bool saveAt(std::optional<qint64> expectedRevision, const QString &auditDetail = {});
    void setDraftId(const QString &id);
    bool resolveConflict(const QString &message, const CaseConflict &conflict);
    /// The office server went away during a save: offers to reconnect and save again.
    bool retryAfterReconnect(std::optional<qint64> expectedRevision, const QString &auditDetail);
    /// Writes the audit entry for revealing these sensitive fields of the client.
    Status recordReveal(const QStringList &keys);

    Database &m_database;
    CaseRepository &m_repository;
    DraftStore m_drafts;
    CaseFile m_original;
    QStringList m_linkedReferences; ///< the cases of a client linked to this new case
    QString m_draftId;
    std::unique_ptr<QLockFile> m_draftLock;
    bool m_structureChanged = false;
    bool m_loading = false;
    bool m_showAllIssues = false;
    bool m_validationMessageShown = false; ///< m_message asks to fix fields; cleared once fixed
    quint64 m_revision = 0;
    qint64 m_storedRevision = 0; ///< the stored case's revision this form is based on
    quint64 m_draftRevision = 0;

    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<FieldRegistry> m_registry;
    FormUndo *m_undo = nullptr;
    QLabel *m_titleLabel = nullptr;
    QComboBox *m_status = nullptr;
    DateLineEdit *m_openedOn = nullptr;
    DateLineEdit *m_closedOn = nullptr;
    QLineEdit *m_caseworker = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
    QTabWidget *m_tabs = nullptr;
    ClientForm *m_client = nullptr;
    QTabWidget *m_incidentTabs = nullptr;
    QPushButton *m_addIncident = nullptr;
    QPushButton *m_removeIncident = nullptr;
    QList<IncidentForm *> m_incidents;
    RowListEditor *m_complaints = nullptr;
    RowListEditor *m_followUps = nullptr;
    EvidencePanel *m_evidence = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QTimer *m_validateTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
};

} // namespace td::ui
