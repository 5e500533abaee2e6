#include "evidencepanel.h"

#include "common/appinfo.h"
#include "common/displayformat.h"
#include "common/officeprofile.h"
#include "evidence/evidencejob.h"
#include "evidence/evidencelabels.h"
#include "evidence/evidencenames.h"
#include "evidence/evidencestore.h"
#include "evidencedetailsdialog.h"
#include "evidencedialogs.h"
#include "evidencepreviewdialog.h"
#include "evidencethumbnailproxy.h"
#include "models/evidencelistmodel.h"
#include "redaction/imageredactor.h"
#include "redaction/redactflow.h"
#include "storage/database.h"

#include <QAction>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace td::ui {

namespace {

// "image/jpeg, 2.4 MB (2,412,345 bytes)"; the exact count only where the rounded size hides it.
QString typeAndSize(const QString &mediaType, qint64 bytes)
{
    const QString size = EvidenceListModel::displaySize(bytes);
    if (bytes < 1000)
        return QCoreApplication::translate("EvidencePanel", "Type: %1, %2").arg(mediaType, size);
    return QCoreApplication::translate("EvidencePanel", "Type: %1, %2 (%3 bytes)")
        .arg(mediaType, size, QLocale().toString(bytes));
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EvidenceListModel(this))
    , m_proxy(new EvidenceThumbnailProxy(this))
{
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("evidenceTitleLabel"));
    m_attachButton = new QPushButton(this);
    m_attachButton->setObjectName(QStringLiteral("attachPushButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openPushButton"));
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("editDetailsPushButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removePushButton"));
    m_redactButton = new QPushButton(this);
    m_redactButton->setObjectName(QStringLiteral("redactPushButton"));
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyPushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_titleLabel, 1);
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_redactButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_verifyButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evidenceTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(EvidenceThumbnailProxy::thumbnailSize());
    m_table->verticalHeader()->setDefaultSectionSize(
        EvidenceThumbnailProxy::thumbnailSize().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        EvidenceListModel::NameColumn, QHeaderView::Stretch);
    m_table->setAcceptDrops(false); // drops go to the panel

    // The item actions on the list's context menu (also from the keyboard: Menu or Shift+F10);
    // F2 edits the details from anywhere in the panel, as it renames in a file manager.
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("editDetailsAction"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_redactAction = new QAction(this);
    m_redactAction->setObjectName(QStringLiteral("redactAction"));
    m_table->addActions({m_openAction, m_editAction, m_redactAction, m_removeAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(m_editAction);

    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("evidenceDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_custodyLabel = new QLabel(this);
    m_custody = new QTableWidget(0, 5, this);
    m_custody->setObjectName(QStringLiteral("custodyTableWidget"));
    m_custody->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_custody->verticalHeader()->hide();
    m_custody->horizontalHeader()->setStretchLastSection(true);
    // Headers and values fit in every language (the hash column shows 16 hex digits and "…").
    for (int column = 0; column < 4; ++column)
        m_custody->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("evidenceStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailsLabel);
    lowerLayout->addWidget(m_custodyLabel);
    lowerLayout->addWidget(m_custody, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);

    connect(m_attachButton, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    connect(m_openButton, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_editButton, &QPushButton::clicked, this, &EvidencePanel::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_openAction, &QAction::triggered, this, &EvidencePanel::openSelected);
    connect(m_editAction, &QAction::triggered, this, &EvidencePanel::editSelected);
    connect(m_removeAction, &QAction::triggered, this, &EvidencePanel::removeSelected);
    connect(m_redactButton, &QPushButton::clicked, this, &EvidencePanel::redactSelected);
    connect(m_redactAction, &QAction::triggered, this, &EvidencePanel::redactSelected);
    connect(m_verifyButton, &QPushButton::clicked, this, &EvidencePanel::verifyStore);
    connect(m_table, &QTableView::doubleClicked, this, &EvidencePanel::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &EvidencePanel::showSelection);
    // Tabbing into the list makes its first row current without selecting it, and with a single
    // item no arrow key can select it: select the current row, so the keyboard reaches Open,
    // Edit Details… and Remove… as the mouse does.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && !m_table->selectionModel()->hasSelection())
                m_table->selectRow(current.row());
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidencePanel::showSelection);

    retranslate();
    updateActions();
}

EvidencePanel::~EvidencePanel()
{
    stopJob();
}

void EvidencePanel::stopJob()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_thread->quit();
    m_thread->wait();
    m_job.reset();
    m_thread.reset();
    if (m_progress)
        m_progress->deleteLater();
}

void EvidencePanel::setCase(const QString &databasePath, const QString &caseReference)
{
    setCase(DatabaseSession(databasePath), caseReference);
}

void EvidencePanel::setCase(const DatabaseSession &session, const QString &caseReference)
{
    const QString databasePath = session.path();
    if (databasePath != m_databasePath || session.isEncrypted() != m_session.isEncrypted()
        || session.hasOfficeKey() != m_session.hasOfficeKey()) {
        stopJob();
        m_db.reset();
        m_databasePath = databasePath;
        m_session = session;
        m_proxy->setStore(QString(), EvidenceKeys());
    }
    m_caseReference = caseReference;
    reload();
}

bool EvidencePanel::ensureDatabase()
{
    if (m_db)
        return true;
    if (m_databasePath.isEmpty())
        return false;
    auto opened = m_session.open(Database::OpenMode::ExistingOnly);
    if (!opened) {
        showStatus(opened.error().message, true);
        return false;
    }
    m_db = std::move(opened.value());
    // Thumbnails read the store with the database's keys (a vault's files are sealed), or an
    // office server's rows through a connection of their own, with the office key.
    if (m_session.isServer()) {
        m_proxy->setServer(m_session);
        if (!m_session.hasOfficeKey())
            showStatus(EvidenceThumbnailProxy::lockedSentence(), true);
    } else {
        m_proxy->setStore(EvidenceStore::rootFor(m_databasePath), EvidenceKeys::of(*m_db));
    }
    return true;
}

void EvidencePanel::reload()
{
    const qint64 selected = selectedId();
    if (m_caseReference.isEmpty() || !ensureDatabase()) {
        m_model->setItems({});
        retranslate();
        updateActions();
        return;
    }
    auto items = EvidenceStore(*m_db, currentActor()).items(m_caseReference);
    if (!items) {
        m_model->setItems({});
        showStatus(items.error().message, true);
    } else {
        m_model->setItems(items.value());
    }
    const int row = m_model->rowOfId(selected);
    if (row >= 0)
        m_table->selectRow(row);
    retranslate();
    updateActions();
}

qint64 EvidencePanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const auto *item = m_model->itemAt(m_proxy->mapToSource(rows.first()).row());
    return item ? item->item.id : 0;
}

void EvidencePanel::updateActions()
{
    const bool hasCase = !m_caseReference.isEmpty() && !m_databasePath.isEmpty();
    const bool busy = isBusy();
    const auto *item = m_model->itemAt(m_model->rowOfId(selectedId()));
    m_attachButton->setEnabled(hasCase && !busy);
    m_verifyButton->setEnabled(!m_databasePath.isEmpty() && !busy);
    m_openButton->setEnabled(item && item->inStore && !busy);
    m_editButton->setEnabled(item && !busy);
    m_removeButton->setEnabled(item && !busy);
    m_redactButton->setEnabled(item && item->inStore && !busy
        && ImageRedactor::canRedact(item->item.mediaType)
        && item->item.sizeBytes <= ImageRedactor::kMaxBytes);
    m_redactAction->setEnabled(m_redactButton->isEnabled());
    m_openAction->setEnabled(m_openButton->isEnabled());
    m_editAction->setEnabled(m_editButton->isEnabled());
    m_removeAction->setEnabled(m_removeButton->isEnabled());
}

void EvidencePanel::showSelection()
{
    updateActions();
    m_custody->setRowCount(0);
    const auto *e = m_model->itemAt(m_model->rowOfId(selectedId()));
    if (!e || !ensureDatabase()) {
        m_detailsLabel->setText(m_caseReference.isEmpty()
                ? QString()
                : tr("Select an item to see its details and chain of custody."));
        return;
    }
    const auto &i = e->item;
    QStringList lines {EvidenceNames::displayName(i.originalName),
        typeAndSize(i.mediaType, i.sizeBytes), tr("SHA-256: %1").arg(i.sha256),
        tr("Added %1 by %2").arg(displayDateTime(i.addedAt), i.addedBy)};
    // A photo's time as the office reads it, zone named: a camera abroad or a laptop set to
    // another zone must not shift when the incident happened.
    if (i.capturedAt.isValid())
        lines.append(EvidenceLabels::capturedSentence(
            displayDateTime(i.capturedAt, OfficeProfile::current().timeZone()), i.capturedOrigin,
            i.mediaType));
    if (!i.source.isEmpty())
        lines.append(tr("Source: %1").arg(EvidenceLabels::source(i.source)));
    if (!i.description.isEmpty())
        lines.append(i.description);
    if (!e->inStore)
        lines.append(tr("Only the details were imported; the file is not in the evidence store."));
    else if (m_session.isServer() && !m_session.hasOfficeKey())
        lines.append(EvidenceThumbnailProxy::lockedSentence());
    m_detailsLabel->setText(lines.join(QLatin1Char('\n')));

    auto custody = EvidenceStore(*m_db, currentActor()).custody(i.id);
    if (!custody) {
        showStatus(custody.error().message, true);
        return;
    }
    m_custody->setRowCount(int(custody->size()));
    for (int row = 0; row < custody->size(); ++row) {
        const auto &c = custody->at(row);
        const QStringList cells {displayDateTime(c.at), c.actor,
            EvidenceLabels::custodyAction(c.action),
            c.observedSha256.isEmpty() ? tr("(not read)")
                                       : c.observedSha256.left(16) + QStringLiteral("…"),
            c.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column == 3)
                cell->setToolTip(c.observedSha256);
            m_custody->setItem(row, column, cell);
        }
    }
}

void EvidencePanel::chooseFiles()
{
    if (refuseWithoutOfficeKey()) // before a file is chosen in vain
        return;
    const QStringList files = EvidenceDialogs::filesToAttach(
        this, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (!files.isEmpty())
        attachFiles(files);
}

bool EvidencePanel::refuseWithoutOfficeKey()
{
    // On an office server without the office key nothing can be read or sealed: say so at once
    // instead of starting a job that cannot succeed.
    if (!m_session.isServer() || m_session.hasOfficeKey())
        return false;
    showStatus(EvidenceThumbnailProxy::lockedSentence(), true);
    return true;
}

void EvidencePanel::attachFiles(const QStringList &paths)
{
    if (paths.isEmpty() || isBusy() || m_caseReference.isEmpty() || m_databasePath.isEmpty()
        || refuseWithoutOfficeKey())
        return;
    startJob(EvidenceJob::attach(m_databasePath, m_caseReference, paths, {}, currentActor()),
        tr("Attaching %n file(s)…", nullptr, int(paths.size())));
}

void EvidencePanel::verifyStore()
{
    if (isBusy() || m_databasePath.isEmpty())
        return;
    startJob(
        EvidenceJob::verify(m_databasePath, currentActor()), tr("Verifying every evidence file…"));
}

void EvidencePanel::openSelected()
{
    const qint64 id = selectedId();
    const auto *item = m_model->itemAt(m_model->rowOfId(id));
    if (!item || !item->inStore || isBusy() || refuseWithoutOfficeKey())
        return;
    // Read, checked and recorded as a view in one pass, which keeps what the preview shows in
    // memory (a vault's file is decrypted there and nowhere else).
    auto *job = EvidenceJob::open(m_databasePath, id, currentActor(),
        EvidencePreviewDialog::bytesToKeep(item->item.mediaType, item->item.sizeBytes));
    connect(job, &EvidenceJob::opened, this,
        [this, evidence = *item](qint64, const OpenedEvidence &opened) {
            if (m_preview)
                m_preview->close();
            m_preview = new EvidencePreviewDialog(evidence, opened, this);
            m_preview->setAttribute(Qt::WA_DeleteOnClose);
            m_preview->show();
        });
    startJob(job, tr("Checking the file before opening it…"));
}

void EvidencePanel::redactSelected()
{
    const qint64 id = selectedId();
    const auto *item = m_model->itemAt(m_model->rowOfId(id));
    if (!item || !m_redactButton->isEnabled() || !ensureDatabase() || refuseWithoutOfficeKey())
        return;
    // Read and checked in the background like Open (a "view" in the chain of custody); the
    // decrypted bytes stay in memory.
    auto *job = EvidenceJob::open(m_databasePath, id, currentActor(), ImageRedactor::kMaxBytes);
    connect(job, &EvidenceJob::opened, this,
        [this, evidence = *item](qint64, const OpenedEvidence &opened) {
            // After the job has finished: the dialog is modal and runs its own loop.
            QMetaObject::invokeMethod(
                this,
                [this, evidence, content = opened.content] {
                    if (!ensureDatabase())
                        return;
                    // The copy is stored on a connection of the save job's own, off the UI
                    // thread: from the session, so a vault or an office server works too.
                    const auto outcome
                        = RedactFlow::run(this, m_session, evidence, content, currentActor());
                    if (!outcome) {
                        showStatus(outcome.error().message, true);
                        return;
                    }
                    if (outcome->copyId == 0)
                        return;
                    reload();
                    emit evidenceChanged(m_caseReference);
                    if (const int row = m_model->rowOfId(outcome->copyId); row >= 0)
                        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
                    showStatus(outcome->alreadyThere
                            ? tr("The same redacted copy is already item %1.").arg(outcome->copyId)
                            : tr("Saved the redacted copy as item %1; the original is unchanged.")
                                  .arg(outcome->copyId),
                        false);
                },
                Qt::QueuedConnection);
        });
    startJob(job, tr("Checking the file before redacting it…"));
}

void EvidencePanel::editSelected()
{
    const qint64 id = selectedId();
    const auto *item = m_model->itemAt(m_model->rowOfId(id));
    if (!item || isBusy() || m_detailsDialog || !ensureDatabase())
        return;
    auto save = [this, id](const QString &description, const QString &source,
                    const QDateTime &capturedAt) -> Status {
        if (!ensureDatabase())
            return Error {ErrorKind::Io, tr("The database is not open.")};
        auto saved = EvidenceStore(*m_db, currentActor())
                         .updateDetails(id, description, source, capturedAt);
        if (!saved && saved.error().kind == ErrorKind::NotFound)
            return Error {ErrorKind::NotFound,
                tr("The item is no longer on this case; it may have been removed in another "
                   "window.")};
        return saved;
    };
    m_detailsDialog = new EvidenceDetailsDialog(*item, save, this);
    m_detailsDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = EvidenceNames::displayName(item->item.originalName);
    connect(m_detailsDialog, &QDialog::accepted, this, [this, name] {
        showStatus(tr("Saved the details of \"%1\"; the edit is recorded in the chain of custody.")
                       .arg(name),
            false);
        reload(); // the row stays selected, so its details and custody show the edit
        emit evidenceChanged(m_caseReference);
    });
    m_detailsDialog->open();
}

void EvidencePanel::removeSelected()
{
    const qint64 id = selectedId();
    const auto *item = m_model->itemAt(m_model->rowOfId(id));
    if (!item || isBusy() || !ensureDatabase())
        return;
    const auto reason
        = EvidenceDialogs::removalReason(this, EvidenceNames::displayName(item->item.originalName));
    if (!reason)
        return;
    if (reason->trimmed().isEmpty()) {
        showStatus(tr("Nothing was removed: give a reason for removing evidence."), true);
        return;
    }
    if (auto removed = EvidenceStore(*m_db, currentActor()).remove(id, *reason); !removed) {
        showStatus(removed.error().message, true);
        return;
    }
    showStatus(tr("Removed \"%1\"; the reason is kept in the chain of custody.")
                   .arg(EvidenceNames::displayName(item->item.originalName)),
        false);
    reload();
    emit evidenceChanged(m_caseReference);
}

void EvidencePanel::startJob(EvidenceJob *job, const QString &title)
{
    // The job opens its own connection from the session: to a vault with the same data key, to
    // an office server with the same password and office key.
    job->setSession(m_session);
    m_job.reset(job);
    m_progress = new QProgressDialog(title, tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("evidenceProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(job, &EvidenceJob::progress, this,
        [this, title](qint64 done, qint64 total, const QString &label) {
            if (!m_progress)
                return;
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_progress->setLabelText(
                label.isEmpty() ? title : QStringLiteral("%1\n%2").arg(title, label));
        });
    connect(job, &EvidenceJob::finished, this, &EvidencePanel::jobDone);
    m_thread.reset(job->start());
    updateActions();
}

void EvidencePanel::jobDone(bool ok, const QStringList &messages)
{
    const auto kind = m_job ? m_job->kind() : EvidenceJob::Kind::Verify;
    const bool cancelled = m_job && m_job->isCancelled();
    if (m_thread)
        m_thread->wait();
    m_job.reset();
    m_thread.reset();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    QStringList lines = messages;
    if (cancelled)
        lines.append(tr("Canceled: nothing half-done was kept."));
    showStatus(lines.join(QLatin1Char('\n')), !ok);
    if (kind == EvidenceJob::Kind::Attach) {
        reload();
        emit evidenceChanged(m_caseReference);
    } else {
        showSelection(); // the custody log gained a verify or view event
    }
    updateActions();
    emit jobFinished(ok, messages);
}

void EvidencePanel::showStatus(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("problem", problem);
}

QString EvidencePanel::statusText() const
{
    return m_statusLabel->text();
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_caseReference.isEmpty() && !isBusy() && event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    attachFiles(paths);
}

void EvidencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void EvidencePanel::retranslate()
{
    m_titleLabel->setText(m_caseReference.isEmpty()
            ? tr("Evidence")
            : tr("Evidence of case %1 (%n item(s))", nullptr, m_model->rowCount())
                  .arg(m_caseReference));
    m_attachButton->setText(tr("Attach Files…"));
    m_attachButton->setToolTip(
        tr("Copy files into the evidence store; you can also drop files here."));
    m_openButton->setText(tr("Open"));
    m_editButton->setText(tr("Edit Details…"));
    m_editButton->setToolTip(tr("Correct the description, source or date captured (F2)."));
    m_removeButton->setText(tr("Remove…"));
    m_redactButton->setText(tr("Redact…"));
    m_redactButton->setToolTip(tr("Make a copy of this image with faces, plates or other details "
                                  "covered; the original is kept unchanged."));
    m_redactAction->setText(m_redactButton->text());
    m_openAction->setText(m_openButton->text());
    m_editAction->setText(m_editButton->text());
    m_removeAction->setText(m_removeButton->text());
    m_verifyButton->setText(tr("Verify All"));
    m_verifyButton->setToolTip(
        tr("Re-hash every evidence file and report any that changed, are missing or unexpected."));
    m_custodyLabel->setText(tr("Chain of custody"));
    m_custody->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("SHA-256 at that moment"), tr("Detail")});
}

} // namespace td::ui
