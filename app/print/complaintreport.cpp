#include "complaintreport.h"

#include "evidence/redactedorder.h"

#include "reporthtml.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace td {

using namespace ReportHtml;

ComplaintReport::ComplaintReport(
    const CaseFile &caseFile, const GuidancePack *pack, ComplaintReportOptions options)
    : m_case(caseFile)
    , m_pack(pack)
    , m_options(std::move(options))
{
    // Free text leaves only as the structured fields do: what they withhold is masked wherever the
    // caseworker wrote it too, including the name of a complainant who files anonymously.
    QList<ClientField> identity;
    if (!identityShown())
        identity = {ClientField::FullName, ClientField::PreferredName};
    const CaseTextRedactor redactor(caseFile, m_options.policy, identity);
    RedactedCase redacted = redactor.apply();
    m_options.requestedAction = redactor.redact(m_options.requestedAction,
        QCoreApplication::translate("ComplaintReport", "Requested action"), &redacted.findings);
    m_case = std::move(redacted.caseFile);
    m_findings = std::move(redacted.findings);
    // A redacted copy of a photo is the exhibit the recipient should see: it comes first, and its
    // original is listed without its picture.
    m_case.evidence = redactedCopiesFirst(m_case.evidence, m_options.redactedCopies);
}

QList<TextFinding> ComplaintReport::statusPhrases() const
{
    return RedactedCase {{}, m_findings}.statusPhrases();
}

bool ComplaintReport::statusPhrasesLeft() const
{
    return RedactedCase {{}, m_findings}.statusPhrasesLeft();
}

QDate ComplaintReport::generatedOn() const
{
    return m_options.generatedOn.isValid() ? m_options.generatedOn : QDate::currentDate();
}

QString ComplaintReport::title() const
{
    return QCoreApplication::translate("ComplaintReport", "Complaint submission %1")
        .arg(m_case.reference);
}

bool ComplaintReport::identityShown() const
{
    return m_options.filer != ComplaintFiler::Anonymous && !m_case.client.anonymous;
}

QString ComplaintReport::filerName() const
{
    return m_options.filerName.trimmed().isEmpty() ? m_case.assignedCaseworker.trimmed()
                                                   : m_options.filerName.trimmed();
}

QList<ClientField> ComplaintReport::withheldFields() const
{
    QList<ClientField> out;
    for (const auto &info : clientFields()) {
        const bool identity
            = info.field == ClientField::FullName || info.field == ClientField::PreferredName;
        if (m_options.policy.withholds(info.field) || (identity && !identityShown()))
            out.append(info.field);
    }
    return out;
}

bool ComplaintReport::records(SensitiveDetail detail) const
{
    switch (detail) {
    case SensitiveDetail::WitnessContact:
        for (const Incident &inc : m_case.incidents) {
            for (const Witness &w : inc.witnesses) {
                if (!w.contact.trimmed().isEmpty())
                    return true;
            }
        }
        return false;
    }
    return false;
}

QList<SensitiveDetail> ComplaintReport::withheldDetails() const
{
    QList<SensitiveDetail> out;
    for (const SensitiveDetail detail : m_options.policy.withheldDetails()) {
        if (records(detail))
            out.append(detail);
    }
    return out;
}

QStringList ComplaintReport::includedFieldKeys() const
{
    return m_options.policy.includedKeys();
}

GeneratedReport ComplaintReport::record(const QString &sha256) const
{
    GeneratedReport r;
    r.caseId = m_case.id;
    r.kind = QStringLiteral("complaint");
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.recipient = m_options.recipient.key();
    r.includedFields = includedFieldKeys();
    r.sha256 = sha256;
    r.paper = paperKey(m_options.paper);
    r.language = QStringLiteral("en");
    return r;
}

ComplaintReport::Content ComplaintReport::content() const
{
    Content c;
    QString &html = c.html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n")
                .arg(esc(title()));
    html += QStringLiteral("<body style=\"font-family:%1;font-size:10pt\">\n")
                .arg(esc(cssFamilies(families())));
    html += headerHtml();
    int section = 0;
    html += complainantHtml(++section);
    html += incidentsHtml(++section);
    html += officersHtml(++section);
    html += allegationsHtml(++section);
    html += narrativeHtml(++section);
    html += witnessesHtml(++section);
    html += exhibitsHtml(++section, c.images);
    html += requestHtml(++section);
    html += declarationHtml(++section);
    html += QStringLiteral("</body></html>\n");
    return c;
}

QString ComplaintReport::html() const
{
    return content().html;
}

void ComplaintReport::fill(QTextDocument &document) const
{
    const Content c = content();
    for (const auto &[url, image] : c.images)
        document.addResource(QTextDocument::ImageResource, url, image);
    document.setHtml(c.html);
}

PrintableDocument::Frame ComplaintReport::frame() const
{
    Frame f;
    f.paper = m_options.paper;
    f.title = title();
    f.headerLeft = m_case.reference;
    f.headerRight = QCoreApplication::translate("ComplaintReport", "Complaint submission · %1")
                        .arg(m_options.recipient.displayName());
    f.footerLeft = QCoreApplication::translate("ComplaintReport", "Generated %1")
                       .arg(documentDate(generatedOn()));
    f.scriptLanguage = m_case.client.preferredLanguage;
    f.pointSize = 10.0;
    f.printFailed
        = QCoreApplication::translate("ComplaintReport", "The complaint could not be printed.");
    return f;
}

} // namespace td
