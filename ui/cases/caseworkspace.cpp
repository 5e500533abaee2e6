#include "caseworkspace.h"

#include "caselistpage.h"
#include "common/appinfo.h"
#include "common/displayformat.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "evidence/evidencestore.h"
#include "evidence/redactedorder.h"
#include "guidance/guidancepackloader.h"
#include "guidance/guidancepackstore.h"
#include "intake/caseeditor.h"
#include "print/evidencethumbnails.h"
#include "reports/complaintreportdialog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasesession.h"
#include "storage/draftstore.h"
#include "storage/generatedreportlog.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>

#include <memory>

namespace td::ui {

CaseWorkspace::CaseWorkspace(QWidget *parent)
    : QStackedWidget(parent)
    , m_list(new CaseListPage(this))
    , m_newCase(new QAction(this))
    , m_editCase(new QAction(this))
    , m_deleteCase(new QAction(this))
    , m_complaintReport(new QAction(this))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    addWidget(m_list);
    m_newCase->setObjectName(QStringLiteral("newCaseAction"));
    m_newCase->setShortcut(QKeySequence::New);
    m_editCase->setObjectName(QStringLiteral("editCaseAction"));
    m_editCase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteCase->setObjectName(QStringLiteral("deleteCaseAction"));
    m_complaintReport->setObjectName(QStringLiteral("complaintReportAction"));
    m_complaintReport->setShortcut(QKeySequence::Print);
    connect(m_complaintReport, &QAction::triggered, this, &CaseWorkspace::prepareComplaintReport);
    connect(m_newCase, &QAction::triggered, this, &CaseWorkspace::newCase);
    connect(m_editCase, &QAction::triggered, this, [this] {
        if (const qint64 id = m_list->currentCaseId(); id > 0)
            editCase(id);
    });
    connect(m_deleteCase, &QAction::triggered, this, &CaseWorkspace::deleteCurrentCase);
    connect(m_list, &CaseListPage::caseActivated, this, &CaseWorkspace::editCase);
    connect(this, &QStackedWidget::currentChanged, this, &CaseWorkspace::updateActions);
    // Edit, Delete and Report act on the selected case: without one they are disabled, not
    // silently doing nothing.
    connect(m_list, &CaseListPage::currentCaseChanged, this, &CaseWorkspace::updateActions);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_list->setContextActions({m_newCase, m_editCase, m_deleteCase, separator, m_complaintReport});
    m_list->addFirstStepAction(m_newCase);
    retranslate();
    updateActions();
}

void CaseWorkspace::setDatabase(Database *database, CaseRepository *repository)
{
    closeEditor();
    m_database = database;
    m_repository = repository;
    m_list->setCountSession(database ? DatabaseSession::of(*database) : DatabaseSession());
    m_list->setRepository(repository);
    updateActions();
}

CaseEditor *CaseWorkspace::openEditor()
{
    if (!m_database || !m_repository)
        return nullptr;
    if (!m_editor) {
        m_editor = new CaseEditor(*m_database, *m_repository, this);
        addWidget(m_editor);
        connect(m_editor, &CaseEditor::saved, this, [this](qint64 id) {
            m_list->refresh();
            m_list->selectCase(id);
            updateActions(); // a new case can be reported on once saved
            emit casesChanged();
        });
        connect(m_editor, &CaseEditor::closeRequested, this, &CaseWorkspace::closeEditor);
        connect(m_editor, &CaseEditor::guidanceRequested, this, &CaseWorkspace::guidanceRequested);
    }
    setCurrentWidget(m_editor);
    return m_editor;
}

void CaseWorkspace::closeEditor()
{
    if (!m_editor)
        return;
    const qint64 id = m_editor->caseId();
    removeWidget(m_editor);
    m_editor->deleteLater();
    m_editor = nullptr;
    setCurrentWidget(m_list);
    if (id > 0)
        m_list->selectCase(id);
    m_list->setFocus();
    updateActions();
}

bool CaseWorkspace::confirmCloseEditor()
{
    if (!m_editor)
        return true;
    setCurrentWidget(m_editor);
    if (!m_editor->confirmClose())
        return false;
    const QPointer<CaseEditor> editor = m_editor;
    closeEditor();
    // Gone now, not at the next turn of the event loop: what follows (another database, an
    // encryption) may run inside a dialog's own loop, where a deferred delete waits, and the
    // editor's evidence panel holds a connection to the file. Never called from the editor itself.
    delete editor.data();
    return true;
}

void CaseWorkspace::newCase()
{
    if (m_editor && !confirmCloseEditor())
        return;
    if (CaseEditor *editor = openEditor())
        editor->newCase();
}

void CaseWorkspace::editCase(qint64 id)
{
    if (id <= 0)
        return;
    if (m_editor && m_editor->caseId() == id) {
        setCurrentWidget(m_editor);
        return;
    }
    if (m_editor && !confirmCloseEditor())
        return;
    CaseEditor *editor = openEditor();
    if (editor && !editor->editCase(id)) {
        closeEditor();
        emit errorOccurred(tr("The case could not be opened."));
    }
}

void CaseWorkspace::resumeDraft(const Draft &draft)
{
    if (m_editor && !confirmCloseEditor())
        return;
    if (CaseEditor *editor = openEditor())
        editor->restoreDraft(draft);
}

void CaseWorkspace::setLocked(bool locked)
{
    m_locked = locked;
    updateActions();
}

void CaseWorkspace::releaseForLock()
{
    if (m_editor) {
        // Deleted now, not later: its evidence panel holds a connection and the drafts key. The
        // window calls this only from its outermost event loop, so no frame of the editor is
        // still on the stack.
        removeWidget(m_editor);
        delete m_editor;
        m_editor = nullptr;
    }
    setCurrentWidget(m_list);
    setDatabase(nullptr, nullptr);
}

void CaseWorkspace::offerDraftRestore()
{
    if (!m_database || m_locked)
        return;
    QStringList setAside;
    const QList<Draft> drafts = DraftStore(*m_database).list(DraftStore::Live::Skip, &setAside);
    if (!setAside.isEmpty()) {
        // Never restored as garbage: a draft that does not open was changed or damaged on disk.
        MessageBox::warning(this, tr("Unsaved Draft Damaged"),
            tr("%n unsaved draft(s) could not be opened: the file was changed or damaged on disk, "
               "so it was not restored. It was kept aside in %1.",
                nullptr, int(setAside.size()))
                .arg(QDir::toNativeSeparators(QFileInfo(setAside.first()).absolutePath())));
    }
    for (const Draft &draft : drafts) {
        const QString who = draft.caseFile.client.displayName();
        const QString when = displayDateTime(draft.savedAt);
        const QString text = draft.caseId > 0
            ? tr("TrustDesk closed before your changes to %1 (%2) were saved. The draft is from "
                 "%3.\n\nRestore it?")
                  .arg(draft.caseFile.reference.isEmpty() ? tr("a case") : draft.caseFile.reference,
                      who, when)
            : tr("TrustDesk closed before a new case for %1 was saved. The draft is from "
                 "%2.\n\nRestore it?")
                  .arg(who, when);
        const int answer = Questions::ask(this, tr("Restore Unsaved Draft"), text,
            {tr("&Restore"), tr("&Discard"), tr("&Later")}, 0, 2);
        // The window locked while asking: no further question names a client over the lock.
        if (m_locked || !m_database)
            return;
        if (answer == 0) {
            if (CaseEditor *editor = openEditor())
                editor->restoreDraft(draft);
            return; // one editor at a time; other drafts are offered next time
        }
        if (answer == 1)
            (void)DraftStore(*m_database).remove(draft.id);
    }
}

void CaseWorkspace::deleteCurrentCase()
{
    const qint64 id = m_list->currentCaseId();
    if (id <= 0 || !m_repository)
        return;
    auto loaded = m_repository->load(id);
    if (!loaded) {
        emit errorOccurred(loaded.error().message);
        return;
    }
    const int answer = Questions::ask(this, tr("Delete Case"),
        tr("Delete %1 (%2) and everything recorded in it? This cannot be undone; the audit log "
           "keeps a record that it was deleted.")
            .arg(loaded->reference, loaded->client.displayName()),
        {tr("&Delete"), tr("&Cancel")}, 1, 1);
    if (answer != 0)
        return;
    if (auto s = m_repository->remove(id); !s) {
        emit errorOccurred(s.error().message);
        return;
    }
    m_list->refresh();
    emit casesChanged();
}

void CaseWorkspace::prepareComplaintReport()
{
    const qint64 id = m_editor ? m_editor->caseId() : m_list->currentCaseId();
    if (id <= 0 || !m_repository || !m_database)
        return;
    if (m_editor && m_editor->hasUnsavedChanges()) {
        emit errorOccurred(tr("Save the case first: the report is made from what is stored."));
        return;
    }
    auto loaded = m_repository->load(id);
    if (!loaded) {
        emit errorOccurred(loaded.error().message);
        return;
    }
    auto pack = GuidancePackStore().loadCurrent(); // the built-in pack or a newer installed one
    if (!pack) {
        emit errorOccurred(pack.error().message);
        return;
    }
    Database *db = m_database;
    CaseRepository *repository = m_repository;
    const QString reference = loaded->reference;
    ComplaintReportDialog dialog(
        loaded.value(), &pack.value(),
        [db, repository, reference](const GeneratedReport &report) -> Status {
            auto recorded = GeneratedReportLog(*db, repository->audit()).record(report, reference);
            return recorded ? Status() : Status(recorded.error());
        },
        this);
    dialog.setSettings(m_settings);
    dialog.setViewRecorder([repository, reference](const QStringList &included) {
        return repository->recordEach(QStringLiteral("case.view_sensitive"), {reference},
            QStringLiteral("included: %1; complaint preview")
                .arg(included.join(QLatin1String(", "))));
    });
    // Exhibit photos come from the evidence store beside the database, decoded at print size.
    auto thumbnails = std::make_shared<EvidenceThumbnails>(*db);
    dialog.setExhibitImageProvider([thumbnails](const EvidenceItem &item, int maxEdge) {
        return thumbnails->thumbnail(item.sha256, QSize(maxEdge, maxEdge));
    });
    // Redacted copies are offered first, and their originals not pictured.
    if (const auto items = EvidenceStore(*db, currentActor()).items(loaded->reference); items)
        dialog.setRedactedCopies(redactedCopyParents(items.value()));
    dialog.exec();
}

void CaseWorkspace::updateActions()
{
    const bool usable = m_repository && !m_locked;
    const bool listing = currentWidget() == m_list && usable;
    const bool selected = listing && m_list->currentCaseId() > 0;
    const bool editingStored = m_editor && currentWidget() == m_editor && m_editor->caseId() > 0;
    m_newCase->setEnabled(usable);
    m_editCase->setEnabled(selected);
    m_deleteCase->setEnabled(selected);
    m_complaintReport->setEnabled(usable && (selected || editingStored));
}

void CaseWorkspace::retranslate()
{
    m_newCase->setText(tr("&New Case"));
    m_editCase->setText(tr("&Edit Case"));
    m_deleteCase->setText(tr("&Delete Case…"));
    m_complaintReport->setText(tr("Complaint &Report…"));
}

void CaseWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

} // namespace td::ui
