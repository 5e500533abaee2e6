#include "redactdialog.h"

#include "dialogs/questions.h"
#include "redactcanvas.h"
#include "redaction/redactjob.h"
#include "vision/facesuggester.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

RedactDialog::RedactDialog(const QImage &uprightImage, const QString &itemName, QWidget *parent)
    : QDialog(parent)
    , m_itemName(itemName)
    , m_cascadeFolder(FaceSuggester::defaultCascadeFolder())
{
    setObjectName(QStringLiteral("redactDialog"));
    m_canvas = new RedactCanvas(this);
    m_canvas->setImage(uprightImage);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("redactHintLabel"));
    m_hintLabel->setWordWrap(true);

    m_methodLabel = new QLabel(this);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_method->addItem(QString(), QStringLiteral("fill"));
    m_method->addItem(QString(), QStringLiteral("pixelate"));
    m_methodLabel->setBuddy(m_method);
    m_suggestButton = new QPushButton(this);
    m_suggestButton->setObjectName(QStringLiteral("suggestFacesPushButton"));
    m_acceptButton = new QPushButton(this);
    m_acceptButton->setObjectName(QStringLiteral("acceptSuggestionPushButton"));
    m_acceptAllButton = new QPushButton(this);
    m_acceptAllButton->setObjectName(QStringLiteral("acceptAllSuggestionsPushButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeBoxPushButton"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("suggestProgressBar"));
    m_busy->setRange(0, 0); // busy: detection reports no progress
    m_busy->setMaximumWidth(120);
    m_busy->hide();

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_methodLabel);
    tools->addWidget(m_method);
    tools->addSpacing(12);
    tools->addWidget(m_suggestButton);
    tools->addWidget(m_busy);
    tools->addWidget(m_acceptButton);
    tools->addWidget(m_acceptAllButton);
    tools->addWidget(m_removeButton);
    tools->addStretch(1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("redactStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    // Two lines always: a wrapped message must not be cut off by the image below it.
    m_statusLabel->setMinimumHeight(m_statusLabel->fontMetrics().lineSpacing() * 2 + 4);
    m_statusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("redactButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addLayout(tools);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RedactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RedactDialog::reject);
    connect(m_suggestButton, &QPushButton::clicked, this, &RedactDialog::suggestFaces);
    connect(m_acceptButton, &QPushButton::clicked, m_canvas, &RedactCanvas::acceptSelected);
    connect(
        m_acceptAllButton, &QPushButton::clicked, m_canvas, &RedactCanvas::acceptAllSuggestions);
    connect(m_removeButton, &QPushButton::clicked, m_canvas, &RedactCanvas::removeSelected);
    connect(m_canvas, &RedactCanvas::boxesChanged, this, [this] {
        // Once every suggestion is reviewed, the advice about reviewing them is done.
        if (!m_worker && m_canvas->pendingSuggestions() == 0)
            m_lastStatus.clear();
        updateState();
    });
    connect(m_canvas, &RedactCanvas::selectionChanged, this, &RedactDialog::updateState);
    retranslate();
    resize(960, 760);
    m_canvas->setFocus();
}

RedactDialog::~RedactDialog()
{
    if (m_worker)
        m_worker->wait();
    // A save runs to its end (the store keeps nothing half-done); closed by the lock, the dialog
    // waits for it here rather than leave the job to a thread nobody owns.
    if (m_saveThread)
        m_saveThread->wait();
}

QList<QRect> RedactDialog::boxes() const
{
    return m_canvas->acceptedBoxes();
}

RedactionRecord::Method RedactDialog::method() const
{
    return m_method->currentData().toString() == QLatin1String("pixelate")
        ? RedactionRecord::Method::Pixelate
        : RedactionRecord::Method::Fill;
}

void RedactDialog::suggestFaces()
{
    if (m_worker)
        return;
    const QImage image = m_canvas->image();
    const QString folder = m_cascadeFolder;
    RedactDialog *self = this; // outlives the thread: the destructor waits for it
    // Detection on a 12 MP photo takes a good part of a second: never on the UI thread.
    m_worker.reset(QThread::create([image, folder, self] {
        const auto found = FaceSuggester(folder).suggest(image);
        const bool ok = found.ok();
        const QList<QRect> boxes = ok ? found.value() : QList<QRect> {};
        const QString error = ok ? QString() : found.error().message;
        QMetaObject::invokeMethod(
            self, [self, ok, boxes, error] { self->suggestionsReady(ok, boxes, error); },
            Qt::QueuedConnection);
    }));
    m_lastStatus = tr("Looking for faces…");
    m_worker->start();
    updateState();
}

void RedactDialog::suggestionsReady(bool ok, const QList<QRect> &boxes, const QString &error)
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
    if (!ok) {
        m_lastStatus = error;
    } else {
        const int added = m_canvas->addSuggestions(boxes);
        m_lastStatus = added == 0
            ? tr("No face was suggested. Detection misses faces: look at the whole image.")
            : tr("%n face(s) suggested (dashed yellow): accept each with a double-click or Enter, "
                 "move or delete it. Detection misses faces: check the whole image.",
                nullptr, added);
    }
    updateState();
}

void RedactDialog::accept()
{
    if (m_worker)
        return;
    if (m_canvas->acceptedBoxes().isEmpty()) {
        m_lastStatus = tr("Draw at least one box over what should be hidden.");
        updateState();
        return;
    }
    if (const int pending = m_canvas->pendingSuggestions(); pending > 0) {
        const int answer = Questions::ask(this, tr("Suggestions Not Accepted"),
            tr("%n suggested box(es) were not accepted and will not be covered.", nullptr, pending),
            {tr("Review Them"), tr("Save Without Them")}, 0, 0);
        if (answer != 1)
            return;
    }
    if (m_makeSaveJob) {
        startSave();
        return;
    }
    QDialog::accept();
}

void RedactDialog::startSave()
{
    if (m_saveThread)
        return;
    RedactJob *job = m_makeSaveJob(m_canvas->acceptedBoxes(), method());
    if (!job)
        return;
    m_saveJob.reset(job);
    m_lastStatus.clear();
    m_lastStatusIsProblem = false;
    // Encoding a 12 MP photo and sealing it take a second or more: never on the UI thread.
    const QString title = tr("Saving the redacted copy of %1…").arg(m_itemName);
    m_saveProgress = new QProgressDialog(title, QString(), 0, 1000, this);
    m_saveProgress->setObjectName(QStringLiteral("redactProgressDialog"));
    m_saveProgress->setWindowTitle(tr("Redact"));
    m_saveProgress->setCancelButton(nullptr); // it runs to its end; nothing half-done is kept
    m_saveProgress->setWindowModality(Qt::WindowModal);
    m_saveProgress->setMinimumDuration(300);
    m_saveProgress->setAutoClose(false);
    m_saveProgress->setAutoReset(false);
    m_saveProgress->setValue(0);
    connect(job, &RedactJob::progress, this,
        [this, title](qint64 done, qint64 total, const QString &label) {
            if (!m_saveProgress)
                return;
            m_saveProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_saveProgress->setLabelText(
                label.isEmpty() ? title : QStringLiteral("%1\n%2").arg(title, label));
        });
    connect(job, &RedactJob::saved, this, [this](qint64 copyId, bool alreadyThere) {
        m_savedCopyId = copyId;
        m_savedCopyExisted = alreadyThere;
    });
    connect(job, &RedactJob::finished, this, &RedactDialog::saveFinished);
    m_saveThread.reset(job->start());
    m_canvas->setEnabled(false); // the boxes being saved are the ones shown
    m_method->setEnabled(false);
    updateState();
}

void RedactDialog::saveFinished(bool ok, const QStringList &messages)
{
    if (m_saveThread)
        m_saveThread->wait();
    m_saveJob.reset();
    m_saveThread.reset();
    if (m_saveProgress) {
        m_saveProgress->close();
        m_saveProgress->deleteLater();
    }
    m_canvas->setEnabled(true);
    m_method->setEnabled(true);
    if (ok) {
        m_lastStatus.clear();
        updateState();
        if (isVisible()) // not when the lock closed the dialog meanwhile
            QDialog::accept();
        return;
    }
    // The boxes stay as they were drawn: the person fixes the cause and saves again.
    m_lastStatus = tr("The redacted copy was not saved: %1 Your boxes are still here; you can "
                      "try again.")
                       .arg(messages.join(QLatin1Char(' ')));
    m_lastStatusIsProblem = true;
    updateState();
    m_canvas->setFocus();
}

void RedactDialog::closeEvent(QCloseEvent *event)
{
    if (m_worker || m_saveThread) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RedactDialog::updateState()
{
    const bool busy = m_worker != nullptr;
    const auto boxes = m_canvas->boxes();
    const int selected = m_canvas->selectedIndex();
    const bool selectedSuggestion = selected >= 0 && boxes.at(selected).suggested;
    const bool saving = m_saveThread != nullptr;
    m_suggestButton->setEnabled(!busy && !saving);
    m_busy->setVisible(busy);
    m_acceptButton->setEnabled(selectedSuggestion && !saving);
    m_acceptAllButton->setEnabled(m_canvas->pendingSuggestions() > 0 && !saving);
    m_removeButton->setEnabled(selected >= 0 && !saving);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && !saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    QString status = m_lastStatus;
    const int covered = int(m_canvas->acceptedBoxes().size());
    const int pending = m_canvas->pendingSuggestions();
    const QString counts = pending > 0
        ? tr("%n box(es) to cover; %1 suggestion(s) to review.", nullptr, covered).arg(pending)
        : tr("%n box(es) to cover.", nullptr, covered);
    m_statusLabel->setText(status.isEmpty() ? counts : status + QLatin1Char(' ') + counts);
    m_statusLabel->setStyleSheet(
        m_lastStatusIsProblem && !status.isEmpty() ? QStringLiteral("color: #b3261e;") : QString());
}

void RedactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RedactDialog::retranslate()
{
    setWindowTitle(tr("Redact %1").arg(m_itemName));
    m_hintLabel->setText(
        tr("Drag on the image to cover faces, plates, badge numbers or addresses. Drag a box to "
           "move it; Delete removes the selected box. The copy is a new item: the original is "
           "kept unchanged."));
    m_methodLabel->setText(tr("&Method:"));
    m_method->setItemText(0, tr("Fill (solid black)"));
    m_method->setItemText(1, tr("Pixelate (coarse blocks)"));
    m_suggestButton->setText(tr("&Suggest Faces"));
    m_acceptButton->setText(tr("&Accept Suggestion"));
    m_acceptAllButton->setText(tr("Accept A&ll Suggestions"));
    m_removeButton->setText(tr("&Remove Box"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save Redacted &Copy"));
    updateState();
}

} // namespace td::ui
