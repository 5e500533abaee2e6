#pragma once

#include "common/result.h"
#include "complaintrecipient.h"
#include "domain/casefile.h"
#include "domain/casetextredactor.h"
#include "domain/generatedreport.h"
#include "domain/redactionpolicy.h"
#include "printabledocument.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QPagedPaintDevice;
class QTextDocument;

namespace td {

class GuidancePack;

/// Who files a complaint submission.
enum class ComplaintFiler
{
    Client, ///< the client in their own name
    OnBehalf, ///< the caseworker or organisation, on the client's behalf
    Anonymous, ///< nobody is named
};

/// An exhibit's picture for print, already scaled to at most `maxEdge` pixels (see PrintImage);
/// a null image when there is none. Plugged in by whoever knows where evidence files live.
using ExhibitImageProvider = std::function<QImage(const EvidenceItem &item, int maxEdge)>;

/// What a complaint submission says beyond the case itself.
struct ComplaintReportOptions
{
    ComplaintRecipient recipient;
    ComplaintFiler filer = ComplaintFiler::OnBehalf;
    QString filerName; ///< who files on the client's behalf; empty: the case's caseworker
    QString organisation; ///< the office filing; may be empty
    QString requestedAction; ///< empty: the standard request
    RedactionPolicy policy; ///< which sensitive client fields and witness details are withheld
                            ///< (all, by default)
    QPageSize paper = QPageSize(QPageSize::Letter); ///< a US office's paper by default
    QDate generatedOn; ///< the date printed; invalid: today
    ExhibitImageProvider exhibitImage;
    /// Redacted copies among the exhibits: copy id → the id of the item it was made from
    /// (redactedCopyParents). A copy is listed first and labelled; its original is not pictured.
    QHash<qint64, qint64> redactedCopies;
    int maxImageEdge = 1200; ///< pixels; photos are never embedded larger
};

/// A complaint submission built from a case: escaped HTML for QTextDocument, then a paged PDF or
/// a printout. Withheld client fields and witness contacts never reach the document, not even where
/// the case's free text (a narrative, a statement, the requested action) repeats them; it names the
/// kinds withheld.
class ComplaintReport final : public PrintableDocument
{
public:
    /// `pack` gives each allegation its policy citation; may be null.
    ComplaintReport(
        const CaseFile &caseFile, const GuidancePack *pack, ComplaintReportOptions options);

    /// The document's HTML (deterministic for a fixed generatedOn; what the golden tests compare).
    QString html() const;

    /// Keys of the sensitive fields and details this report includes (for the record and audit
    /// log).
    QStringList includedFieldKeys() const;
    /// The client fields this report leaves out: the policy's, plus the identity for an anonymous
    /// filing.
    QList<ClientField> withheldFields() const;
    /// The details about other people this report leaves out: those the policy withholds that the
    /// case records (no witness contact given, none left out).
    QList<SensitiveDetail> withheldDetails() const;
    const ComplaintReportOptions &options() const { return m_options; }
    /// What the scan of the free text found: withheld values (masked) and phrases that may reveal
    /// immigration status (masked when the policy says so).
    const QList<TextFinding> &textFindings() const { return m_findings; }
    QList<TextFinding> statusPhrases() const;
    /// Status phrases the document prints as written.
    bool statusPhrasesLeft() const;
    QString title() const;
    /// What the case records about this report once written as a PDF with the given SHA-256.
    GeneratedReport record(const QString &sha256) const override;

protected:
    /// Header (case reference), footer (date generated, "Page X of Y"), paper and fonts.
    Frame frame() const override;
    /// Exhibit images, then the HTML.
    void fill(QTextDocument &document) const override;

private:
    struct Content
    {
        QString html;
        QList<std::pair<QUrl, QImage>> images;
    };
    Content content() const;
    QString headerHtml() const;
    QString complainantHtml(int section) const;
    QString incidentsHtml(int section) const;
    QString officersHtml(int section) const;
    QString allegationsHtml(int section) const;
    QString narrativeHtml(int section) const;
    QString witnessesHtml(int section) const;
    QString exhibitsHtml(int section, QList<std::pair<QUrl, QImage>> &images) const;
    QString requestHtml(int section) const;
    QString declarationHtml(int section) const;
    QString filerName() const;
    bool identityShown() const;
    bool records(SensitiveDetail detail) const;
    QString incidentLabel(qsizetype index) const;
    QDate generatedOn() const;

    CaseFile m_case; ///< free text already redacted
    const GuidancePack *m_pack;
    ComplaintReportOptions m_options;
    QList<TextFinding> m_findings;
};

} // namespace td
