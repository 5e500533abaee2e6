#include "complaintreportdialog.h"

#include "common/officeprofile.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "guidance/guidancepack.h"
#include "print/clientcopy.h"
#include "print/pdfjob.h"
#include "print/reporthtml.h"
#include "security/sensitivemarker.h"
#include "widgets/objectnames.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace td::ui {
namespace {

/// Printing and the print preview paint on the UI thread (the printer and the preview are the
/// UI's); show that it is busy.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

} // namespace

ComplaintReportDialog::ComplaintReportDialog(
    CaseFile caseFile, const GuidancePack *pack, Recorder recorder, QWidget *parent)
    : QDialog(parent)
    , m_case(std::move(caseFile))
    , m_pack(pack)
    , m_recorder(std::move(recorder))
{
    setObjectName(QStringLiteral("complaintReportDialog"));
    setWindowTitle(tr("Complaint Submission: %1").arg(m_case.reference));

    auto *form = new QFormLayout;
    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("recipientComboBox"));
    m_recipient->addItem(
        ComplaintRecipient(ComplaintRecipient::Kind::BpdInternalAffairs).displayName(),
        QStringLiteral("bpd-iad"));
    m_recipient->addItem(
        ComplaintRecipient(ComplaintRecipient::Kind::AccountabilityOffice).displayName(),
        QStringLiteral("accountability"));
    m_recipient->addItem(ComplaintRecipient(ComplaintRecipient::Kind::PostCommission).displayName(),
        QStringLiteral("post"));
    m_recipient->addItem(tr("Another body…"), QString());
    // Officers of another agency (MBTA Transit Police, State Police) fall to the state's POST
    // Commission, not to the BPD's Internal Affairs.
    m_recipient->setCurrentIndex(
        std::max(0, m_recipient->findData(ComplaintRecipient::suggestedFor(m_case).key())));
    form->addRow(tr("&To:"), m_recipient);
    m_otherRecipient = new QLineEdit(this);
    m_otherRecipient->setObjectName(QStringLiteral("otherRecipientLineEdit"));
    m_otherRecipient->setPlaceholderText(tr("Name of the body"));
    form->addRow(QString(), m_otherRecipient);

    m_filer = new QComboBox(this);
    m_filer->setObjectName(QStringLiteral("filerComboBox"));
    m_filer->addItem(
        tr("The caseworker or office, on the client's behalf"), int(ComplaintFiler::OnBehalf));
    m_filer->addItem(tr("The client, in their own name"), int(ComplaintFiler::Client));
    m_filer->addItem(tr("Anonymous: name nobody"), int(ComplaintFiler::Anonymous));
    form->addRow(tr("&Filed by:"), m_filer);
    m_filerName = new QLineEdit(m_case.assignedCaseworker, this);
    m_filerName->setObjectName(QStringLiteral("filerNameLineEdit"));
    form->addRow(tr("Filer's &name:"), m_filerName);
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    form->addRow(tr("&Organization:"), m_organisation);
    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(QStringLiteral("requestedActionPlainTextEdit"));
    m_request->setPlaceholderText(tr("Leave empty for the standard request: investigate, keep the "
                                     "client's identity confidential, "
                                     "give a tracking number, report the outcome."));
    m_request->setFixedHeight(m_request->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Requested action:"), m_request);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(1); // a US office's paper, until another is chosen
    form->addRow(tr("&Paper:"), m_paper);

    auto *withheld = new QGroupBox(tr("Withheld from the document"), this);
    withheld->setObjectName(QStringLiteral("withheldGroupBox"));
    auto *withheldLayout = new QVBoxLayout(withheld);
    auto *explanation = new QLabel(
        tr("These facts about the client and the witnesses are left out; the document names the "
           "kinds withheld, never their values. Tick one only when the person concerned agrees it "
           "must go to this body."),
        withheld);
    explanation->setWordWrap(true);
    withheldLayout->addWidget(explanation);
    for (const auto &info : clientFields()) {
        if (info.sensitive)
            m_include.insert(info.field,
                addIncludeBox(
                    clientFieldKey(info.field), clientFieldLabel(info.field), withheldLayout));
    }
    for (const auto &info : sensitiveDetails())
        m_includeDetails.insert(info.detail,
            addIncludeBox(sensitiveDetailKey(info.detail), sensitiveDetailLabel(info.detail),
                withheldLayout));
    m_includedWarning = new QLabel(withheld);
    m_includedWarning->setObjectName(QStringLiteral("includedWarningLabel"));
    m_includedWarning->setWordWrap(true);
    m_includedWarning->setStyleSheet(QStringLiteral("color: #a05a00"));
    withheldLayout->addWidget(m_includedWarning);

    auto *phrases = new QGroupBox(tr("Words that may reveal immigration status"), this);
    phrases->setObjectName(QStringLiteral("statusPhrasesGroupBox"));
    m_statusPhrases = phrases;
    auto *phrasesLayout = new QVBoxLayout(phrases);
    m_statusPhrasesLabel = new QLabel(phrases);
    m_statusPhrasesLabel->setObjectName(QStringLiteral("statusPhrasesLabel"));
    m_statusPhrasesLabel->setWordWrap(true);
    phrasesLayout->addWidget(m_statusPhrasesLabel);
    m_statusPhraseList = new QListWidget(phrases);
    m_statusPhraseList->setObjectName(QStringLiteral("statusPhrasesListWidget"));
    m_statusPhraseList->setFixedHeight(m_statusPhraseList->fontMetrics().lineSpacing() * 5);
    phrasesLayout->addWidget(m_statusPhraseList);
    auto *maskRow = new QHBoxLayout;
    m_maskStatusPhrases = new QCheckBox(tr("Mask them in the document"), phrases);
    m_maskStatusPhrases->setObjectName(QStringLiteral("maskStatusPhrasesCheckBox"));
    m_maskStatusPhrasesButton = new QPushButton(tr("&Mask These"), phrases);
    m_maskStatusPhrasesButton->setObjectName(QStringLiteral("maskStatusPhrasesPushButton"));
    maskRow->addWidget(m_maskStatusPhrases);
    maskRow->addStretch();
    maskRow->addWidget(m_maskStatusPhrasesButton);
    phrasesLayout->addLayout(maskRow);
    connect(m_maskStatusPhrases, &QCheckBox::toggled, this, &ComplaintReportDialog::updateState);
    connect(m_maskStatusPhrasesButton, &QPushButton::clicked, m_maskStatusPhrases,
        [this] { m_maskStatusPhrases->setChecked(true); });
    connect(m_request, &QPlainTextEdit::textChanged, this, &ComplaintReportDialog::updateState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewPushButton"));
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printPushButton"));
    m_saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("savePdfPushButton"));
    m_clientCopyButton = buttons->addButton(tr("&Client Copy…"), QDialogButtonBox::ActionRole);
    m_clientCopyButton->setObjectName(QStringLiteral("clientCopyPushButton"));
    m_clientCopyButton->setToolTip(
        tr("A short copy for the client, in their language: what was filed and the next steps"));
    m_clientCopyButton->setEnabled(m_pack != nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ComplaintReportDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ComplaintReportDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &ComplaintReportDialog::savePdf);
    connect(
        m_clientCopyButton, &QPushButton::clicked, this, &ComplaintReportDialog::saveClientCopy);
    connect(
        m_recipient, &QComboBox::currentIndexChanged, this, &ComplaintReportDialog::updateState);
    connect(m_filer, &QComboBox::currentIndexChanged, this, &ComplaintReportDialog::updateState);
    connect(m_otherRecipient, &QLineEdit::textChanged, this, &ComplaintReportDialog::updateState);
    connect(m_paper, &QComboBox::activated, this, [this] {
        rememberPaper(QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt())));
    });

    // A PDF being written: what is happening, how far, and a way to stop.
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("pdfProgressWidget"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("pdfProgressLabel"));
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(QStringLiteral("pdfProgressBar"));
    m_stopButton = new QPushButton(tr("Stop"), m_progressRow);
    m_stopButton->setObjectName(QStringLiteral("stopPdfPushButton"));
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_stopButton);
    m_progressRow->hide();
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_stopButton->setEnabled(false);
        m_progressLabel->setText(tr("Stopping…"));
    });

    // Where the last PDF went, with the two things one does next; not a modal box to dismiss.
    m_savedRow = new QWidget(this);
    m_savedRow->setObjectName(QStringLiteral("pdfSavedWidget"));
    auto *savedLayout = new QHBoxLayout(m_savedRow);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    m_savedLabel = new QLabel(m_savedRow);
    m_savedLabel->setObjectName(QStringLiteral("pdfSavedLabel"));
    m_savedLabel->setWordWrap(true);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openPdfButton = new QPushButton(tr("Open P&DF"), m_savedRow);
    m_openPdfButton->setObjectName(QStringLiteral("openPdfPushButton"));
    m_openFolderButton = new QPushButton(tr("Open Fo&lder"), m_savedRow);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderPushButton"));
    savedLayout->addWidget(m_savedLabel, 1);
    savedLayout->addWidget(m_openPdfButton);
    savedLayout->addWidget(m_openFolderButton);
    m_savedRow->hide();
    connect(m_openPdfButton, &QPushButton::clicked, this, [this] {
        if (!DialogSeam::open(QUrl::fromLocalFile(m_savedPath)))
            MessageBox::warning(this, tr("Open PDF"),
                tr("No program to open \"%1\" was found.").arg(QFileInfo(m_savedPath).fileName()));
    });
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileInfo(m_savedPath).absolutePath();
        if (!DialogSeam::open(QUrl::fromLocalFile(folder)))
            MessageBox::warning(
                this, tr("Open Folder"), tr("The folder \"%1\" could not be opened.").arg(folder));
    });

    auto *layout = new QVBoxLayout(this);
    if (!m_case.client.consentToFile) {
        auto *draft = new QLabel(
            tr("The client's consent to file is not recorded: the document is marked as a draft."),
            this);
        draft->setObjectName(QStringLiteral("noConsentLabel"));
        draft->setWordWrap(true);
        draft->setStyleSheet(QStringLiteral("color: #a00000"));
        layout->addWidget(draft);
    }
    layout->addLayout(form);
    layout->addWidget(withheld);
    layout->addWidget(phrases);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_savedRow);
    layout->addWidget(buttons);
    updateState();
}

void ComplaintReportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The first height is the layout's guess for another width: the wrapped explanations then
    // lost their last lines under X. Tall enough for every line at the width it has.
    QTimer::singleShot(0, this, [this] {
        if (QLayout *l = layout(); l && l->hasHeightForWidth())
            resize(width(), qMax(height(), l->totalHeightForWidth(width())));
    });
}

ComplaintReportDialog::~ComplaintReportDialog() = default; // a running job stops and is waited for

void ComplaintReportDialog::setSettings(Settings *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    const int index = m_paper->findData(
        int(m_settings->paper() == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter));
    if (index >= 0)
        m_paper->setCurrentIndex(index);
    // The recipient used last, unless this case suggests another (an agency other than the BPD
    // goes to the POST Commission).
    const QString suggested = ComplaintRecipient::suggestedFor(m_case).key();
    const QString last = m_settings->reportRecipient();
    if (!last.isEmpty()
        && suggested == ComplaintRecipient(ComplaintRecipient::Kind::BpdInternalAffairs).key()) {
        if (const int i = m_recipient->findData(last); i >= 0)
            m_recipient->setCurrentIndex(i);
    }
    // The organisation filed for last, else the office's name.
    if (m_organisation->text().isEmpty()) {
        const QString organisation = m_settings->reportOrganisation();
        m_organisation->setText(
            organisation.isEmpty() ? m_settings->officeProfile().name : organisation);
    }
}

void ComplaintReportDialog::rememberPaper(const QPageSize &paper)
{
    // Only the two sizes the dialog offers; a printer's Legal or A5 stays that printer's.
    const QPageSize::PageSizeId id = paper.id();
    if (id != QPageSize::A4 && id != QPageSize::Letter)
        return;
    if (const int index = m_paper->findData(int(id)); index >= 0)
        m_paper->setCurrentIndex(index);
    if (m_settings) {
        m_settings->setPaper(ReportHtml::paperKey(paper));
        m_settings->sync();
    }
}

bool ComplaintReportDialog::isBusy() const
{
    return m_job != nullptr;
}

void ComplaintReportDialog::reject()
{
    if (m_job) { // stop first; the dialog closes once the worker has let go
        m_closeWhenStopped = true;
        m_stopButton->click();
        return;
    }
    QDialog::reject();
}

QCheckBox *ComplaintReportDialog::addIncludeBox(
    const QString &key, const QString &label, QLayout *layout)
{
    auto *box = new QCheckBox(tr("Include %1").arg(label), layout->parentWidget());
    box->setObjectName(
        QStringLiteral("include%1CheckBox").arg(camelCase(key, FirstLetter::Capitalized)));
    box->setIcon(SensitiveMarker::icon());
    box->setToolTip(SensitiveMarker::toolTip());
    layout->addWidget(box);
    connect(box, &QCheckBox::toggled, this, &ComplaintReportDialog::updateState);
    return box;
}

ComplaintReportOptions ComplaintReportDialog::options() const
{
    ComplaintReportOptions o;
    const QString key = m_recipient->currentData().toString();
    o.recipient = key.isEmpty()
        ? ComplaintRecipient(ComplaintRecipient::Kind::Other, m_otherRecipient->text().trimmed())
        : ComplaintRecipient::fromKey(key);
    o.filer = static_cast<ComplaintFiler>(m_filer->currentData().toInt());
    o.filerName = m_filerName->text();
    o.organisation = m_organisation->text();
    o.requestedAction = m_request->toPlainText();
    for (auto it = m_include.cbegin(); it != m_include.cend(); ++it) {
        if (it.value()->isChecked())
            o.policy.include(it.key());
    }
    for (auto it = m_includeDetails.cbegin(); it != m_includeDetails.cend(); ++it) {
        if (it.value()->isChecked())
            o.policy.include(it.key());
    }
    o.policy.setMaskStatusPhrases(m_maskStatusPhrases->isChecked());
    o.paper = QPageSize(static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt()));
    o.exhibitImage = m_images;
    o.redactedCopies = m_redactedCopies;
    return o;
}

void ComplaintReportDialog::updateState()
{
    const bool other = m_recipient->currentData().toString().isEmpty();
    m_otherRecipient->setEnabled(other);
    const bool onBehalf
        = static_cast<ComplaintFiler>(m_filer->currentData().toInt()) == ComplaintFiler::OnBehalf;
    m_filerName->setEnabled(onBehalf);
    m_organisation->setEnabled(onBehalf);
    const bool ready = (!other || !m_otherRecipient->text().trimmed().isEmpty()) && !m_job;
    m_previewButton->setEnabled(ready);
    m_printButton->setEnabled(ready);
    m_saveButton->setEnabled(ready);
    m_clientCopyButton->setEnabled(m_pack != nullptr && !m_job);

    const RedactionPolicy policy = options().policy;
    QStringList included;
    for (const ClientField field : policy.includedSensitiveFields())
        included.append(clientFieldLabel(field));
    for (const SensitiveDetail detail : policy.includedDetails())
        included.append(sensitiveDetailLabel(detail));
    m_includedWarning->setVisible(!included.isEmpty());
    m_includedWarning->setText(
        tr("Included deliberately: %1. The document will show these values, and the choice is "
           "recorded in the audit log.")
            .arg(included.join(QLatin1String(", "))));
    updateStatusPhrases(ComplaintReport(m_case, m_pack, options()));
}

void ComplaintReportDialog::updateStatusPhrases(const ComplaintReport &report)
{
    const QList<TextFinding> found = report.statusPhrases();
    m_statusPhrases->setVisible(!found.isEmpty());
    const bool masked = m_maskStatusPhrases->isChecked();
    m_statusPhrasesLabel->setText(masked
            ? tr("These words are masked as [withheld] in the document. The case itself keeps "
                 "them.")
            : tr("The case's text has words that may tell the reader the client's immigration "
                 "status. They are printed as written unless you mask them. Withheld values found "
                 "in the text are always masked."));
    m_statusPhraseList->clear();
    for (const TextFinding &f : found) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(f.field, f.context), m_statusPhraseList);
        item->setToolTip(f.phrase);
    }
    m_maskStatusPhrasesButton->setEnabled(!masked);
}

bool ComplaintReportDialog::confirmIncluded()
{
    const ComplaintReportOptions o = options();
    QStringList fields;
    for (const ClientField field : o.policy.includedSensitiveFields())
        fields.append(clientFieldLabel(field));
    QStringList details;
    for (const SensitiveDetail detail : o.policy.includedDetails())
        details.append(sensitiveDetailLabel(detail));
    if (fields.isEmpty() && details.isEmpty())
        return true;
    const QString to = o.recipient.displayName();
    const QString question = details.isEmpty()
        ? tr("This document will show the client's %1 to %2. Include it?")
              .arg(fields.join(QLatin1String(", ")), to)
        : fields.isEmpty()
        ? tr("This document will show %1 to %2. Include them?")
              .arg(details.join(QLatin1String(", ")), to)
        : tr("This document will show the client's %1, and %2, to %3. Include them?")
              .arg(fields.join(QLatin1String(", ")), details.join(QLatin1String(", ")), to);
    return MessageBox::question(this, tr("Include Sensitive Information"), question, tr("Include"));
}

bool ComplaintReportDialog::record(const GeneratedReport &report)
{
    if (!m_recorder)
        return true;
    if (auto s = m_recorder(report); !s) {
        MessageBox::warning(this, tr("Complaint Submission"), s.error().message);
        return false;
    }
    if (m_settings) { // what was used is what the next report starts with
        const QString key = m_recipient->currentData().toString();
        if (!key.isEmpty())
            m_settings->setReportRecipient(key);
        m_settings->setReportOrganisation(m_organisation->text().trimmed());
        m_settings->sync();
    }
    return true;
}

void ComplaintReportDialog::paintPreview(QPrinter *printer)
{
    BusyCursor busy;
    if (auto s = ComplaintReport(m_case, m_pack, options()).print(*printer); !s)
        MessageBox::warning(this, tr("Complaint Submission"), s.error().message);
}

void ComplaintReportDialog::preview()
{
    if (!confirmIncluded())
        return;
    // Shown on screen is seen: on the record before the first page paints, even if the preview
    // is closed without printing.
    if (const QStringList included = ComplaintReport(m_case, m_pack, options()).includedFieldKeys();
        !included.isEmpty() && m_viewRecorder) {
        if (auto s = m_viewRecorder(included); !s) {
            MessageBox::warning(this, tr("Complaint Submission"), s.error().message);
            return;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(options().paper);
    printer.setDocName(m_case.reference);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("complaintPrintPreviewDialog"));
    dialog.setWindowTitle(tr("Complaint Submission: %1").arg(m_case.reference));
    connect(
        &dialog, &QPrintPreviewDialog::paintRequested, this, &ComplaintReportDialog::paintPreview);
    // The preview dialog accepts once it has printed (to a printer or a PDF of its own).
    if (dialog.exec() == QDialog::Accepted) {
        rememberPaper(printer.pageLayout().pageSize());
        ComplaintReportOptions o = options();
        o.paper = printer.pageLayout().pageSize();
        record(ComplaintReport(m_case, m_pack, o).record(QString()));
    }
}

void ComplaintReportDialog::print()
{
    if (!confirmIncluded())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(options().paper);
    printer.setDocName(m_case.reference);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Complaint Submission"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberPaper(printer.pageLayout().pageSize());
    ComplaintReportOptions o = options();
    o.paper = printer.pageLayout().pageSize();
    const ComplaintReport report(m_case, m_pack, o);
    {
        BusyCursor busy;
        if (auto s = report.print(printer); !s) {
            MessageBox::warning(this, tr("Complaint Submission"), s.error().message);
            return;
        }
    }
    record(report.record(QString())); // on paper: no file to fingerprint
}

void ComplaintReportDialog::savePdf()
{
    if (m_job || !confirmIncluded())
        return;
    const QString path
        = FileDialog::savePdf(this, QDir::homePath(), tr("%1 complaint.pdf").arg(m_case.reference));
    if (path.isEmpty())
        return;
    startPdf(std::make_shared<ComplaintReport>(m_case, m_pack, options()), path,
        tr("Complaint Submission"));
}

void ComplaintReportDialog::saveClientCopy()
{
    if (m_job || !m_pack)
        return;
    const QString path = FileDialog::savePdf(
        this, QDir::homePath(), tr("%1 client copy.pdf").arg(m_case.reference));
    if (path.isEmpty())
        return;
    ClientCopyOptions o;
    o.recipient = options().recipient;
    o.paper = options().paper;
    o.maskStatusPhrases = m_maskStatusPhrases->isChecked();
    o.office = OfficeProfile::current(); // read from the settings here, not on the worker
    // Made here (it loads the client's translation), written on the worker.
    startPdf(std::make_shared<ClientCopy>(m_case, *m_pack, o), path, tr("Client Copy"));
}

void ComplaintReportDialog::startPdf(
    std::shared_ptr<const PrintableDocument> document, const QString &path, const QString &title)
{
    m_jobTitle = title;
    m_savedRow->hide();
    m_job = std::make_unique<PdfJob>(std::move(document), path);
    connect(m_job.get(), &PdfJob::progress, this, &ComplaintReportDialog::showPdfProgress);
    connect(m_job.get(), &PdfJob::finished, this, &ComplaintReportDialog::pdfFinished);
    m_progressLabel->setText(tr("Laying out \"%1\"…").arg(QFileInfo(path).fileName()));
    m_progressBar->setRange(0, 0); // busy until the page count is known
    m_stopButton->setEnabled(true);
    m_progressRow->show();
    updateState();
    m_stopButton->setFocus();
    m_job->start();
}

void ComplaintReportDialog::showPdfProgress(int done, int total)
{
    if (!m_job || m_job->cancelRequested())
        return;
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    m_progressLabel->setText(tr("Writing page %1 of %2…").arg(qMin(done + 1, total)).arg(total));
}

void ComplaintReportDialog::pdfFinished()
{
    PdfJob *job = m_job.release(); // the worker has stopped; deleted once this signal is done
    job->deleteLater();
    m_progressRow->hide();
    updateState();
    if (std::exchange(m_closeWhenStopped, false))
        QMetaObject::invokeMethod(this, &QDialog::reject, Qt::QueuedConnection);
    const Result<QString> sha = job->result();
    if (!sha) {
        if (job->cancelRequested())
            showStopped();
        else
            MessageBox::warning(this, m_jobTitle, sha.error().message);
        return;
    }
    if (!record(job->document().record(sha.value()))) {
        QFile::remove(job->path()); // nothing leaves the office unrecorded
        return;
    }
    showSaved(job->path());
}

void ComplaintReportDialog::showSaved(const QString &path)
{
    m_savedPath = QFileInfo(path).absoluteFilePath();
    const QString text = tr("Saved \"%1\" in %2.")
                             .arg(QFileInfo(m_savedPath).fileName(),
                                 QDir::toNativeSeparators(QFileInfo(m_savedPath).absolutePath()));
    m_savedLabel->setText(text);
    m_openPdfButton->show();
    m_openFolderButton->show();
    m_savedRow->show();
    m_openPdfButton->setFocus(); // keyboard users go on from here: Enter opens it, Tab the folder
    DialogSeam::noteShown(DialogSeam::Kind::Information, text);
}

void ComplaintReportDialog::showStopped()
{
    m_savedPath.clear();
    const QString text = tr("Stopped. No PDF was saved.");
    m_savedLabel->setText(text);
    m_openPdfButton->hide();
    m_openFolderButton->hide();
    m_savedRow->show();
    DialogSeam::noteShown(DialogSeam::Kind::Information, text);
}

} // namespace td::ui
