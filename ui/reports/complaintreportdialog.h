#pragma once

#include "common/result.h"
#include "domain/casefile.h"
#include "domain/generatedreport.h"
#include "print/complaintreport.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace td {
class GuidancePack;
class PdfJob;
class PrintableDocument;
class Settings;
} // namespace td

namespace td::ui {

/// Prepares a case's complaint submission: recipient, filer, paper and the withheld client fields
/// and witness details to include deliberately (each one a visible choice); previews, prints or
/// saves it as a PDF, and saves the client's copy. Every document produced goes to the recorder.
/// Phrases in the case's free text that may reveal immigration status are listed in context, with
/// one action to mask them. PDFs are written off the UI thread, with progress and a Stop button;
/// once saved, the dialog says where, with buttons to open the PDF or its folder.
class ComplaintReportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Stores a generated report in the case and the audit log (e.g. GeneratedReportLog::record).
    using Recorder = std::function<Status(const GeneratedReport &report)>;
    /// Records that sensitive fields (their keys) are about to be shown on screen.
    using ViewRecorder = std::function<Status(const QStringList &includedKeys)>;

    ComplaintReportDialog(
        CaseFile caseFile, const GuidancePack *pack, Recorder recorder, QWidget *parent = nullptr);
    ~ComplaintReportDialog() override;
    /// A preview that shows sensitive fields is on the record before it paints, printed or not.
    void setViewRecorder(ViewRecorder recorder) { m_viewRecorder = std::move(recorder); }
    Q_DISABLE_COPY_MOVE(ComplaintReportDialog)

    /// What the form says now.
    ComplaintReportOptions options() const;
    /// Exhibit photos come from the evidence store once it exists.
    void setExhibitImageProvider(ExhibitImageProvider provider) { m_images = std::move(provider); }
    /// Copy id → original id of the case's redacted copies (ComplaintReportOptions).
    void setRedactedCopies(const QHash<qint64, qint64> &copies) { m_redactedCopies = copies; }
    /// Where the paper chosen last is kept: the dialog starts with it and remembers each choice.
    /// Without settings, US Letter.
    void setSettings(Settings *settings);
    /// A PDF is being written.
    bool isBusy() const;
    /// Escape or Close while a PDF is being written stops the writing first, then closes.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void preview();
    void print();
    void savePdf();
    void saveClientCopy();
    void updateState();
    /// Lists the status phrases the document would print as the form stands.
    void updateStatusPhrases(const ComplaintReport &report);
    /// Asks before a document carries sensitive fields; false when the user declines.
    bool confirmIncluded();
    /// A tick box to include one sensitive kind, with the lock every sensitive field carries.
    QCheckBox *addIncludeBox(const QString &key, const QString &label, QLayout *layout);
    void paintPreview(QPrinter *printer);
    bool record(const GeneratedReport &report);
    /// Writes `document` to `path` on a worker; `title` heads any warning.
    void startPdf(std::shared_ptr<const PrintableDocument> document, const QString &path,
        const QString &title);
    void showPdfProgress(int done, int total);
    void pdfFinished();
    /// Says where the PDF went, with buttons to open it or its folder (or that it was stopped).
    void showSaved(const QString &path);
    void showStopped();
    void rememberPaper(const QPageSize &paper);

    CaseFile m_case;
    const GuidancePack *m_pack;
    Recorder m_recorder;
    ViewRecorder m_viewRecorder;
    ExhibitImageProvider m_images;
    QHash<qint64, qint64> m_redactedCopies;
    QComboBox *m_recipient = nullptr;
    QLineEdit *m_otherRecipient = nullptr;
    QComboBox *m_filer = nullptr;
    QLineEdit *m_filerName = nullptr;
    QLineEdit *m_organisation = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QComboBox *m_paper = nullptr;
    QHash<ClientField, QCheckBox *> m_include;
    QHash<SensitiveDetail, QCheckBox *> m_includeDetails;
    QLabel *m_includedWarning = nullptr;
    QWidget *m_statusPhrases = nullptr;
    QLabel *m_statusPhrasesLabel = nullptr;
    QListWidget *m_statusPhraseList = nullptr;
    QCheckBox *m_maskStatusPhrases = nullptr;
    QPushButton *m_maskStatusPhrasesButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_clientCopyButton = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_stopButton = nullptr;
    QWidget *m_savedRow = nullptr;
    QLabel *m_savedLabel = nullptr;
    QPushButton *m_openPdfButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QString m_savedPath;
    Settings *m_settings = nullptr;
    std::unique_ptr<PdfJob> m_job;
    QString m_jobTitle;
    bool m_closeWhenStopped = false;
};

} // namespace td::ui
