#include "caseeditor.h"

#include "clientform.h"
#include "common/caseworkerprofile.h"
#include "common/displayformat.h"
#include "datelineedit.h"
#include "dialogs/questions.h"
#include "domain/casevalidator.h"
#include "evidence/evidencepanel.h"
#include "fieldregistry.h"
#include "focusscrollarea.h"
#include "formundo.h"
#include "incidentform.h"
#include "officerhint.h"
#include "rowlisteditor.h"
#include "sensitivemask.h"
#include "storage/caserepository.h"
#include "storage/clientmatcher.h"
#include "storage/database.h"
#include "storage/databasesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {
namespace {

constexpr int kValidateDelayMs = 300;
constexpr int kDraftIntervalMs = 3000;

QScrollArea *scrolled(QWidget *content)
{
    return new FocusScrollArea(content);
}

} // namespace

CaseEditor::CaseEditor(Database &database, CaseRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_repository(repository)
    , m_drafts(database)
    , m_draftId(DraftStore::newId())
    , m_draftLock(m_drafts.holdLive(m_draftId))
    , m_undoStack(new QUndoStack(this))
    , m_registry(std::make_unique<FieldRegistry>())
    , m_undo(new FormUndo(m_undoStack, this))
    , m_titleLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_openedOn(new DateLineEdit(DateLineEdit::Kind::Date, this))
    , m_closedOn(new DateLineEdit(DateLineEdit::Kind::Date, this))
    , m_caseworker(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_incidentTabs(new QTabWidget)
    , m_addIncident(new QPushButton)
    , m_removeIncident(new QPushButton)
    , m_message(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_undoButton(new QPushButton(this))
    , m_redoButton(new QPushButton(this))
    , m_validateTimer(new QTimer(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("caseEditor"));
    m_titleLabel->setObjectName(QStringLiteral("caseTitleLabel"));
    m_status->setObjectName(QStringLiteral("caseStatusComboBox"));
    m_openedOn->setObjectName(QStringLiteral("openedOnLineEdit"));
    m_closedOn->setObjectName(QStringLiteral("closedOnLineEdit"));
    m_caseworker->setObjectName(QStringLiteral("assignedCaseworkerLineEdit"));
    m_tabs->setObjectName(QStringLiteral("caseEditorTabWidget"));
    m_incidentTabs->setObjectName(QStringLiteral("incidentTabWidget"));
    m_addIncident->setObjectName(QStringLiteral("addIncidentPushButton"));
    m_removeIncident->setObjectName(QStringLiteral("removeIncidentPushButton"));
    m_message->setObjectName(QStringLiteral("editorMessageLabel"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    m_undoButton->setObjectName(QStringLiteral("undoPushButton"));
    m_redoButton->setObjectName(QStringLiteral("redoPushButton"));
    for (QPushButton *b :
        {m_addIncident, m_removeIncident, m_saveButton, m_closeButton, m_undoButton, m_redoButton})
        b->setAutoDefault(false);
    m_message->setWordWrap(true);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftIntervalMs);
    for (const auto status : allCaseStatuses())
        m_status->addItem(QString(), caseStatusCode(status));

    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setBold(true);
    m_titleLabel->setFont(title);

    // Case facts in one row above the tabs.
    auto *caseRow = new QHBoxLayout;
    auto addLabelled = [&](const char *label, QWidget *field, const QString &path, int stretch) {
        auto *l = new QLabel(this);
        l->setBuddy(field);
        m_labels.append({l, label});
        caseRow->addWidget(l);
        caseRow->addWidget(path.isEmpty() ? field : m_registry->wrap(field, path), stretch);
    };
    addLabelled(QT_TRANSLATE_NOOP("CaseEditor", "St&atus"), m_status, QString(), 0);
    addLabelled(
        QT_TRANSLATE_NOOP("CaseEditor", "&Opened"), m_openedOn, QStringLiteral("opened_on"), 0);
    addLabelled(
        QT_TRANSLATE_NOOP("CaseEditor", "&Closed"), m_closedOn, QStringLiteral("closed_on"), 0);
    addLabelled(QT_TRANSLATE_NOOP("CaseEditor", "Case&worker"), m_caseworker, QString(), 1);

    // Tab 1: the client.
    m_client = new ClientForm(*m_registry, *m_undo);
    m_tabs->addTab(scrolled(m_client), QString());

    // Tab 2: incidents, one sub-tab each.
    auto *incidentsPage = new QWidget;
    auto *incidentsLayout = new QVBoxLayout(incidentsPage);
    auto *incidentButtons = new QHBoxLayout;
    incidentButtons->addWidget(m_addIncident);
    incidentButtons->addWidget(m_removeIncident);
    incidentButtons->addStretch(1);
    incidentsLayout->addLayout(incidentButtons);
    incidentsLayout->addWidget(m_incidentTabs, 1);
    m_tabs->addTab(incidentsPage, QString());

    // Tab 3: complaints filed and follow-ups.
    auto *filingPage = new QWidget;
    auto *filingLayout = new QVBoxLayout(filingPage);
    auto *complaintsBox = new QGroupBox(filingPage);
    complaintsBox->setObjectName(QStringLiteral("complaintsGroupBox"));
    auto *complaintsLayout = new QVBoxLayout(complaintsBox);
    m_complaints = new RowListEditor(QStringLiteral("complaint"), QStringLiteral("complaints"),
        {{QStringLiteral("filed_with"), QT_TRANSLATE_NOOP("RowListEditor", "Filed with"),
             RowListEditor::Field::Type::Text, 3},
            {QStringLiteral("filed_on"), QT_TRANSLATE_NOOP("RowListEditor", "Date"),
                RowListEditor::Field::Type::Date, 1},
            {QStringLiteral("channel"), QT_TRANSLATE_NOOP("RowListEditor", "Channel"),
                RowListEditor::Field::Type::Text, 2},
            {QStringLiteral("tracking_number"),
                QT_TRANSLATE_NOOP("RowListEditor", "Tracking number"),
                RowListEditor::Field::Type::Text, 2},
            {QStringLiteral("status"), QT_TRANSLATE_NOOP("RowListEditor", "Status"),
                RowListEditor::Field::Type::Text, 2}},
        QT_TRANSLATE_NOOP("RowListEditor", "Add co&mplaint"),
        QT_TRANSLATE_NOOP("RowListEditor", "Complaint"), *m_registry, *m_undo, complaintsBox);
    complaintsLayout->addWidget(m_complaints);
    auto *followUpsBox = new QGroupBox(filingPage);
    followUpsBox->setObjectName(QStringLiteral("followUpsGroupBox"));
    auto *followUpsLayout = new QVBoxLayout(followUpsBox);
    m_followUps = new RowListEditor(QStringLiteral("followUp"), QStringLiteral("follow_ups"),
        {{QStringLiteral("due_on"), QT_TRANSLATE_NOOP("RowListEditor", "Due"),
             RowListEditor::Field::Type::Date, 1},
            {QStringLiteral("done"), QT_TRANSLATE_NOOP("RowListEditor", "Done"),
                RowListEditor::Field::Type::Check, 0},
            {QStringLiteral("note"), QT_TRANSLATE_NOOP("RowListEditor", "What to do"),
                RowListEditor::Field::Type::Text, 6}},
        QT_TRANSLATE_NOOP("RowListEditor", "Add follow-up"),
        QT_TRANSLATE_NOOP("RowListEditor", "Follow-up"), *m_registry, *m_undo, followUpsBox);
    followUpsLayout->addWidget(m_followUps);
    filingLayout->addWidget(complaintsBox);
    filingLayout->addWidget(followUpsBox);
    filingLayout->addStretch(1);
    m_tabs->addTab(scrolled(filingPage), QString());

    // Tab 4: evidence, kept in the store beside the database; available once the case is saved.
    m_evidence = new EvidencePanel;
    m_tabs->addTab(m_evidence, QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(caseRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Tab goes as the form reads: the case line, the tabs, then the buttons left to right.
    setTabOrder(m_status, m_openedOn);
    setTabOrder(m_openedOn, m_closedOn);
    setTabOrder(m_closedOn, m_caseworker);
    setTabOrder(m_caseworker, m_tabs);
    setTabOrder(m_undoButton, m_redoButton);
    setTabOrder(m_redoButton, m_closeButton);
    setTabOrder(m_closeButton, m_saveButton);

    // Keyboard: Ctrl+S saves, Esc closes, Ctrl+Z / Ctrl+Shift+Z undo and redo across the form.
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveCaseAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closeEditorAction"));
    m_closeAction->setShortcut(Qt::Key_Escape);
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    QAction *revealAll = m_client->revealAllAction();
    for (QAction *a : {m_saveAction, m_closeAction, m_undoAction, m_redoAction, revealAll}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_saveAction, &QAction::triggered, this, &CaseEditor::save);
    // Revealing from anywhere in the editor shows the client tab, where the values appear.
    connect(revealAll, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    m_client->sensitiveMask()->setRecorder(
        [this](const QStringList &keys) { return recordReveal(keys); });
    connect(m_client->sensitiveMask(), &SensitiveMask::revealFailed, this,
        [this](const QString &message) { showMessage(tr("Not revealed: %1").arg(message), true); });
    connect(m_saveButton, &QPushButton::clicked, this, &CaseEditor::save);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        // Esc meant for an open drop-down (or completer) list closes that list, not the case.
        if (QWidget *popup = QApplication::activePopupWidget()) {
            popup->close();
            return;
        }
        if (confirmClose())
            emit closeRequested();
    });
    connect(m_closeButton, &QPushButton::clicked, m_closeAction, &QAction::trigger);
    connect(m_undoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoButton, &QPushButton::setEnabled);
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);

    m_undo->watch(m_status);
    m_undo->watch(m_openedOn);
    m_undo->watch(m_closedOn);
    m_undo->watch(m_caseworker);
    connect(m_undo, &FormUndo::fieldChanged, this, [this](QWidget *field) {
        m_registry->markTouched(m_registry->pathOf(field));
        onChanged();
    });
    for (QLineEdit *e :
        {static_cast<QLineEdit *>(m_openedOn), static_cast<QLineEdit *>(m_closedOn), m_caseworker})
        connect(e, &QLineEdit::textChanged, this, &CaseEditor::onChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseEditor::onChanged);
    connect(m_client, &ClientForm::changed, this, &CaseEditor::onChanged);
    connect(m_complaints, &RowListEditor::changed, this, [this] {
        m_structureChanged = !m_loading || m_structureChanged;
        onChanged();
    });
    connect(m_followUps, &RowListEditor::changed, this, [this] {
        m_structureChanged = !m_loading || m_structureChanged;
        onChanged();
    });
    connect(m_client, &ClientForm::duplicateCheckRequested, this, &CaseEditor::checkDuplicates);
    connect(m_client, &ClientForm::linkRequested, this,
        [this](const ClientMatch &match) { linkClient(match.clientId, match.caseReferences); });
    connect(m_addIncident, &QPushButton::clicked, this, [this] {
        IncidentForm *form = addIncidentForm(Incident {});
        m_structureChanged = true;
        m_incidentTabs->setCurrentIndex(m_incidentTabs->count() - 1);
        form->firstField()->setFocus(Qt::OtherFocusReason);
        onChanged();
    });
    connect(m_removeIncident, &QPushButton::clicked, this, &CaseEditor::removeCurrentIncident);
    connect(m_validateTimer, &QTimer::timeout, this, &CaseEditor::validateNow);
    connect(m_draftTimer, &QTimer::timeout, this, &CaseEditor::saveDraftNow);
    // Leaving a field is a natural moment to keep what was typed.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && isAncestorOf(old))
            saveDraftNow();
    });
    retranslate();
}

CaseEditor::~CaseEditor()
{
    // Forms unregister their fields from the registry as they go: destroy them while it exists.
    delete m_tabs;
    m_tabs = nullptr;
}

void CaseEditor::newCase()
{
    CaseFile c;
    c.openedOn = QDate::currentDate();
    c.assignedCaseworker = CaseworkerProfile::current().name;
    c.incidents.append(Incident {});
    load(c);
    m_client->firstField()->setFocus(Qt::OtherFocusReason);
}

bool CaseEditor::editCase(qint64 id)
{
    auto loaded = m_repository.loadWithRevision(id);
    if (!loaded) {
        showMessage(loaded.error().message, true);
        return false;
    }
    load(loaded->first);
    m_storedRevision = loaded->second;
    m_client->firstField()->setFocus(Qt::OtherFocusReason);
    return true;
}

void CaseEditor::restoreDraft(const Draft &draft)
{
    CaseFile base;
    CaseFile restored = draft.caseFile;
    qint64 storedRevision = 0;
    if (draft.caseId > 0) {
        auto stored = m_repository.loadWithRevision(draft.caseId);
        // The id alone is not enough: after a restore from a backup, or in another database, the
        // same number can be another person's case. Only the same reference is the same case.
        const bool sameCase = stored
            && (draft.caseFile.reference.isEmpty()
                || stored->first.reference == draft.caseFile.reference);
        if (sameCase) {
            base = stored->first;
            // A draft written before revisions were kept is taken to start from the case as it
            // is now; otherwise a save after the restore sees any change made since the crash.
            storedRevision = draft.baseRevision > 0 ? draft.baseRevision : stored->second;
        } else {
            showMessage(tr("The case this draft belongs to no longer exists; the draft will be "
                           "saved as a new case."),
                true);
            // Nor is its client link: save the person as typed, never over whoever has that id now.
            restored.client.id = 0;
        }
    }
    restored.id = base.id;
    restored.reference = base.reference;
    restored.evidence = base.evidence; // evidence is managed by the evidence store, never by drafts
    load(restored);
    m_original = base;
    m_storedRevision = storedRevision;
    setDraftId(draft.id);
    m_structureChanged = true; // the draft differs from what is stored until it is saved
    m_revision = m_draftRevision = 1;
    showMessage(tr("Restored the unsaved draft from %1. Save it to keep it.")
                    .arg(displayDateTime(draft.savedAt)),
        false);
}

void CaseEditor::load(const CaseFile &c)
{
    m_loading = true;
    m_undo->setSuspended(true);
    m_original = c;
    m_linkedReferences.clear();
    m_status->setCurrentIndex(qMax(0, m_status->findData(caseStatusCode(c.status))));
    m_openedOn->setDate(c.openedOn);
    m_closedOn->setDate(c.closedOn);
    m_caseworker->setText(c.assignedCaseworker);
    m_client->setClient(c.client);
    setIncidents(c.incidents);
    QList<QVariantMap> complaints;
    for (const auto &s : c.complaints)
        complaints.append({{QStringLiteral("filed_with"), s.filedWith},
            {QStringLiteral("filed_on"), s.filedOn}, {QStringLiteral("channel"), s.channel},
            {QStringLiteral("tracking_number"), s.trackingNumber},
            {QStringLiteral("status"), s.status}});
    m_complaints->setRows(complaints);
    QList<QVariantMap> followUps;
    for (const auto &f : c.followUps)
        followUps.append({{QStringLiteral("due_on"), f.dueOn}, {QStringLiteral("done"), f.done},
            {QStringLiteral("note"), f.note}});
    m_followUps->setRows(followUps);
    m_undo->setSuspended(false);
    m_undoStack->clear();
    m_undoStack->setClean();
    m_structureChanged = false;
    m_showAllIssues = false;
    m_revision = m_draftRevision = 0;
    m_loading = false;
    m_tabs->setCurrentIndex(0);
    m_evidence->setCase(DatabaseSession::of(m_database), c.id > 0 ? c.reference : QString());
    m_tabs->setTabEnabled(3, c.id > 0);
    retranslate();
    m_registry->show({}, false);
    m_message->clear();
}

void CaseEditor::setIncidents(const QList<Incident> &incidents)
{
    while (m_incidentTabs->count() > 0) {
        QWidget *page = m_incidentTabs->widget(0);
        m_incidentTabs->removeTab(0);
        delete page;
    }
    m_incidents.clear();
    for (const auto &inc : incidents)
        addIncidentForm(inc);
}

IncidentForm *CaseEditor::addIncidentForm(const Incident &incident)
{
    auto *form = new IncidentForm(int(m_incidents.size()), *m_registry, *m_undo);
    form->witnessMask()->setRecorder(
        [this](const QStringList &keys) { return recordReveal(keys); });
    connect(form->witnessMask(), &SensitiveMask::revealFailed, this,
        [this](const QString &message) { showMessage(tr("Not revealed: %1").arg(message), true); });
    const bool wasSuspended = m_loading;
    if (!wasSuspended)
        m_undo->setSuspended(true);
    form->setIncident(incident);
    if (!wasSuspended)
        m_undo->setSuspended(false);
    // Repeat officers: the other cases this badge number appears in, read from the database the
    // editor saves to; the case being edited does not count (caseId() is 0 for a new one).
    auto *hint = new OfficerHint(
        form->officersEditor(), form->agencyLineEdit(),
        [this](const QString &badge, const QString &agency) {
            return OfficerQuery(m_database).casesWith(badge, agency, caseId());
        },
        form);
    hint->refresh();
    m_incidents.append(form);
    m_incidentTabs->addTab(scrolled(form), tr("Incident %1").arg(m_incidents.size()));
    form->orderTabs();
    connect(form, &IncidentForm::changed, this, [this] {
        if (!m_loading)
            onChanged();
    });
    connect(form, &IncidentForm::guidanceRequested, this, &CaseEditor::guidanceRequested);
    m_removeIncident->setEnabled(m_incidents.size() > 1);
    return form;
}

void CaseEditor::removeCurrentIncident()
{
    const int index = m_incidentTabs->currentIndex();
    if (index < 0 || m_incidents.size() <= 1)
        return;
    const int answer = Questions::ask(this, tr("Remove Incident"),
        tr("Remove incident %1 and everything entered for it?").arg(index + 1),
        {tr("Remove"), tr("Keep")}, 1, 1);
    if (answer != 0)
        return;
    QList<Incident> incidents;
    for (int i = 0; i < m_incidents.size(); ++i) {
        if (i != index)
            incidents.append(m_incidents.at(i)->incident());
    }
    m_loading = true;
    setIncidents(incidents);
    m_loading = false;
    m_incidentTabs->setCurrentIndex(qMin(index, int(m_incidents.size()) - 1));
    m_structureChanged = true;
    onChanged();
}

CaseFile CaseEditor::currentCase() const
{
    CaseFile c = m_original;
    c.status = caseStatusFromCode(m_status->currentData().toString()).value_or(CaseStatus::Intake);
    c.openedOn = m_openedOn->date();
    c.closedOn = m_closedOn->date();
    c.assignedCaseworker = m_caseworker->text().trimmed();
    c.client = m_client->client();
    c.incidents.clear();
    for (const auto *form : m_incidents)
        c.incidents.append(form->incident());
    c.complaints.clear();
    for (const auto &row : m_complaints->rows()) {
        c.complaints.append(
            ComplaintSubmission {0, row.value(QStringLiteral("filed_with")).toString().trimmed(),
                row.value(QStringLiteral("filed_on")).toDate(),
                row.value(QStringLiteral("channel")).toString().trimmed(),
                row.value(QStringLiteral("tracking_number")).toString().trimmed(),
                row.value(QStringLiteral("status")).toString().trimmed()});
    }
    c.followUps.clear();
    for (const auto &row : m_followUps->rows()) {
        c.followUps.append(FollowUp {0, row.value(QStringLiteral("due_on")).toDate(),
            row.value(QStringLiteral("done")).toBool(),
            row.value(QStringLiteral("note")).toString().trimmed()});
    }
    return c;
}

bool CaseEditor::hasUnsavedChanges() const
{
    return !m_undoStack->isClean() || m_structureChanged;
}

void CaseEditor::onChanged()
{
    if (m_loading)
        return;
    ++m_revision;
    m_validateTimer->start();
    if (!m_draftTimer->isActive())
        m_draftTimer->start();
}

void CaseEditor::validateNow()
{
    QList<FieldIssue> issues = CaseValidator().validate(currentCase());
    issues.append(m_registry->inputIssues());
    m_registry->show(issues, m_showAllIssues);
    // The "fix the fields in red" line goes once nothing is red any more.
    if (m_validationMessageShown && !CaseValidator::hasErrors(issues))
        showMessage(QString(), false);
}

bool CaseEditor::save()
{
    return saveAt(m_original.id > 0 ? std::optional<qint64>(m_storedRevision) : std::nullopt);
}

bool CaseEditor::saveAt(std::optional<qint64> expectedRevision, const QString &auditDetail)
{
    m_validateTimer->stop();
    m_showAllIssues = true;
    const CaseFile c = currentCase();
    QList<FieldIssue> issues = CaseValidator().validate(c);
    issues.append(m_registry->inputIssues());
    m_registry->show(issues, true);
    if (CaseValidator::hasErrors(issues)) {
        if (QWidget *first = m_registry->firstErrorInput()) {
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (m_tabs->widget(i)->isAncestorOf(first))
                    m_tabs->setCurrentIndex(i);
            }
            for (int i = 0; i < m_incidentTabs->count(); ++i) {
                if (m_incidentTabs->widget(i)->isAncestorOf(first))
                    m_incidentTabs->setCurrentIndex(i);
            }
            first->setFocus(Qt::OtherFocusReason);
        }
        QStringList unplaced;
        for (const auto &issue : std::as_const(issues)) {
            if (issue.severity == FieldIssue::Severity::Error && !m_registry->firstErrorInput())
                unplaced.append(issue.message);
        }
        showMessage(unplaced.isEmpty() ? tr("Not saved yet: please fix the fields marked in red.")
                                       : unplaced.join(QLatin1Char('\n')),
            true);
        m_validationMessageShown = true;
        return false;
    }
    auto stored = m_repository.save(c, expectedRevision, auditDetail);
    if (!stored && stored.error().kind == ErrorKind::Conflict && m_repository.lastConflict())
        return resolveConflict(stored.error().message, *m_repository.lastConflict());
    if (!stored && m_database.isConnectionLost())
        return retryAfterReconnect(expectedRevision, auditDetail);
    if (!stored) {
        showMessage(
            tr("Not saved: %1 Your entries are kept in a draft.").arg(stored.error().message),
            true);
        saveDraftNow();
        return false;
    }
    const qint64 id = stored->id;
    const QString reference = stored->reference;
    m_original = stored.value();
    m_storedRevision = m_repository.lastSavedRevision();
    m_linkedReferences.clear();
    // Now linked to its stored id, and its sensitive values masked again.
    m_undo->setSuspended(true);
    m_client->setClient(m_original.client);
    m_undo->setSuspended(false);
    m_undoStack->setClean();
    m_structureChanged = false;
    discardDraft();
    setDraftId(DraftStore::newId());
    m_evidence->setCase(DatabaseSession::of(m_database), reference);
    m_tabs->setTabEnabled(3, true);
    retranslate();
    showMessage(tr("Saved %1.").arg(reference), false);
    emit saved(id);
    return true;
}

bool CaseEditor::resolveConflict(const QString &message, const CaseConflict &conflict)
{
    saveDraftNow(); // whatever is chosen, what was typed is safe until then
    // What the other save changed: the stored case against the one this form was loaded from.
    const QStringList sections = conflict.sectionsChangedSince(m_original);
    const QString changed = sections.isEmpty()
        ? tr("no field you can see (the same values were saved again)")
        : sections.join(tr(", ", "list separator"));
    const int answer = Questions::ask(this, tr("Case Changed Elsewhere"),
        tr("%1\n\nChanged since you opened it: %2.\n\nKeep your version (it replaces theirs, and "
           "the audit log records that you overwrote it), take theirs (your version is kept as a "
           "draft), or go back to editing?")
            .arg(message, changed),
        {tr("&Keep Editing"), tr("Keep &Mine"), tr("Take &Theirs")}, 0, 0);
    if (answer == 1) {
        const QString who = conflict.changedBy.isEmpty() ? tr("someone else") : conflict.changedBy;
        // Not translated: the audit log is the office's record, in one language.
        return saveAt(conflict.revision,
            QStringLiteral("overwrote revision %1 by %2").arg(conflict.revision).arg(who));
    }
    if (answer == 2) {
        const QString who = conflict.changedBy.isEmpty() ? tr("someone else") : conflict.changedBy;
        const bool typed = hasUnsavedChanges();
        if (typed && m_revision != m_draftRevision) {
            showMessage(tr("Their version was not loaded: yours could not be kept as a draft, so "
                           "it stays here."),
                true);
            return false;
        }
        // Their version replaces the form; this one stays on disk as a draft of its own (no longer
        // this editor's live draft), offered again like any unsaved draft. Restoring it later
        // meets the same question, since it remembers the revision it started from.
        m_draftTimer->stop();
        const qint64 id = m_original.id;
        setDraftId(DraftStore::newId());
        if (!editCase(id))
            return false;
        showMessage(typed ? tr("Loaded the version saved by %1. Your version is kept as an unsaved "
                               "draft; TrustDesk offers it again when it next starts.")
                                .arg(who)
                          : tr("Loaded the version saved by %1.").arg(who),
            false);
        return false;
    }
    showMessage(
        tr("Not saved: this case was changed elsewhere. Your entries are kept in a draft."), true);
    return false;
}

bool CaseEditor::retryAfterReconnect(
    std::optional<qint64> expectedRevision, const QString &auditDetail)
{
    saveDraftNow(); // drafts are files on this computer: they do not need the server
    const int answer = Questions::ask(this, tr("Office Server Unreachable"),
        tr("%1\n\nYour entries stay in this form and in a draft on this computer.")
            .arg(Database::serverUnreachableMessage()),
        {tr("&Retry"), tr("&Keep Editing")}, 0, 1);
    QString why = Database::serverUnreachableMessage();
    if (answer == 0) {
        const auto reconnected = m_database.reconnect();
        if (reconnected)
            return saveAt(expectedRevision, auditDetail);
        why = reconnected.error().message; // away, or now refusing this login's password
    }
    showMessage(tr("Not saved: %1").arg(why), true);
    return false;
}

Status CaseEditor::recordReveal(const QStringList &keys)
{
    // The case being edited, or for a new case linked to a known client, that client's cases.
    // The entry names the fields, never their values.
    const QStringList references
        = m_original.reference.isEmpty() ? m_linkedReferences : QStringList {m_original.reference};
    return m_repository.recordEach(QStringLiteral("case.reveal_sensitive"),
        references.isEmpty() ? QStringList {QString()} : references,
        QStringLiteral("revealed: %1").arg(keys.join(QLatin1String(", "))));
}

void CaseEditor::noticeExternalChange()
{
    if (m_original.id <= 0 || m_loading)
        return;
    auto current = m_repository.revision(m_original.id);
    if (!current) {
        if (current.error().kind == ErrorKind::NotFound)
            showMessage(tr("This case was deleted elsewhere. Saving will keep your entries in a "
                           "draft; nothing is lost."),
                true);
        return;
    }
    if (current.value() != m_storedRevision)
        showMessage(tr("This case was changed elsewhere (in another window or by trustdesk-cli) "
                       "since you opened it. When you save, you choose which version to keep."),
            true);
}

bool CaseEditor::confirmClose()
{
    if (!hasUnsavedChanges()) {
        discardDraft();
        return true;
    }
    const int answer
        = Questions::ask(this, tr("Unsaved Changes"), tr("Discard the changes to this case?"),
            {tr("&Save"), tr("&Discard"), tr("&Keep Editing")}, 2, 2);
    if (answer == 0)
        return save();
    if (answer == 1) {
        discardDraft();
        m_undoStack->setClean();
        m_structureChanged = false;
        return true;
    }
    return false;
}

void CaseEditor::saveDraftNow()
{
    if (m_loading || m_revision == m_draftRevision || !hasUnsavedChanges())
        return;
    Draft d;
    d.id = m_draftId;
    d.caseId = m_original.id;
    d.baseRevision = m_storedRevision;
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.caseFile = currentCase();
    if (auto s = m_drafts.save(d); !s) {
        showMessage(s.error().message, true);
        return;
    }
    m_draftRevision = m_revision;
}

void CaseEditor::setDraftId(const QString &id)
{
    m_draftLock.reset(); // the old draft is saved or discarded: no longer live
    m_draftId = id;
    // While this form is open its draft is not a crash's leftover: another window on the same
    // database must not offer to restore it.
    m_draftLock = m_drafts.holdLive(m_draftId);
}

void CaseEditor::setDraftInterval(int milliseconds)
{
    m_draftTimer->setInterval(milliseconds);
}

void CaseEditor::discardDraft()
{
    m_draftTimer->stop();
    (void)m_drafts.remove(m_draftId);
    m_draftRevision = m_revision;
}

void CaseEditor::checkDuplicates(const QString &fullName, const QString &phone)
{
    auto matches = ClientMatcher(m_database).find(fullName, phone);
    if (!matches) {
        showMessage(matches.error().message, true);
        return;
    }
    m_client->showMatches(matches.value());
}

void CaseEditor::linkClient(qint64 clientId, QStringList references)
{
    if (references.isEmpty())
        return;
    auto other = m_repository.loadByReference(references.constFirst());
    if (!other || other->client.id != clientId) {
        showMessage(
            other ? tr("That client changed meanwhile; search again.") : other.error().message,
            true);
        return;
    }
    m_loading = true;
    m_undo->setSuspended(true);
    m_linkedReferences = references;
    m_client->setClient(other->client);
    m_undo->setSuspended(false);
    m_loading = false;
    m_structureChanged = true;
    onChanged();
    showMessage(
        tr("Linked to the existing client of %1.").arg(references.join(QLatin1String(", "))),
        false);
}

void CaseEditor::showMessage(const QString &text, bool error)
{
    m_validationMessageShown = false;
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1e6b34;"));
}

void CaseEditor::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels)) {
        label->setText(QCoreApplication::translate("CaseEditor", text));
        if (auto *buddy = label->buddy())
            buddy->setAccessibleName(
                QCoreApplication::translate("CaseEditor", text).remove(QLatin1Char('&')));
    }
    int i = 0;
    for (const auto status : allCaseStatuses())
        m_status->setItemText(i++, caseStatusLabel(status));
    m_titleLabel->setText(m_original.id > 0
            ? tr("%1 · %2").arg(m_original.reference, m_original.client.displayName())
            : tr("New case"));
    m_tabs->setTabText(0, tr("C&lient"));
    m_tabs->setTabText(1, tr("&Incidents"));
    m_tabs->setTabText(2, tr("Filing and follow-&ups"));
    m_tabs->setTabText(3, tr("Evidence"));
    m_tabs->setTabToolTip(3,
        m_original.id > 0
            ? QString()
            : tr("Save the case first; then attach photos, recordings and documents."));
    for (int t = 0; t < m_incidentTabs->count(); ++t)
        m_incidentTabs->setTabText(t, tr("Incident %1").arg(t + 1));
    m_addIncident->setText(tr("Add incident"));
    m_removeIncident->setText(tr("Remove incident"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("complaintsGroupBox")))
        box->setTitle(tr("Complaints filed"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("followUpsGroupBox")))
        box->setTitle(tr("Follow-ups"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(
        tr("Save the case (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_closeButton->setText(tr("Close"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    m_saveAction->setText(tr("Save Case"));
    m_closeAction->setText(tr("Close Case"));
}

void CaseEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace td::ui
