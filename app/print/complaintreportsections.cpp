// The sections of the complaint submission's HTML; complaintreport.cpp assembles them.
#include "complaintreport.h"

#include "allegationcitation.h"
#include "common/officeprofile.h"
#include "domain/violationcategory.h"
#include "evidence/evidencelabels.h"
#include "guidance/guidancepack.h"
#include "reporthtml.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace td {
namespace {

using namespace ReportHtml;

// Photos are shown in a box this size (CSS pixels, 96 per inch): about 70 × 52 mm on paper.
constexpr int kPhotoBoxWidth = 264;
constexpr int kPhotoBoxHeight = 198;

QString grey(const QString &text)
{
    return QStringLiteral("<span style=\"color:#666\">%1</span>").arg(esc(text));
}

/// When a photo was taken, in the office's time zone and named: a reader of the complaint compares
/// it with the incident's local time, not with UTC. Said with where the time came from.
QString capturedText(const QDateTime &capturedAt)
{
    return documentDateTime(capturedAt, OfficeProfile::current().timeZone());
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString english = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    if (native.isEmpty() || locale.language() == QLocale::English)
        return QStringLiteral("%1 (%2)").arg(english, code);
    return QStringLiteral("%1 · %2 (%3)").arg(english, native, code);
}

QString evidenceKind(const QString &mediaType)
{
    if (mediaType.startsWith(QLatin1String("image/")))
        return QCoreApplication::translate("ComplaintReport", "Photo");
    if (mediaType.startsWith(QLatin1String("video/")))
        return QCoreApplication::translate("ComplaintReport", "Video");
    if (mediaType.startsWith(QLatin1String("audio/")))
        return QCoreApplication::translate("ComplaintReport", "Audio recording");
    if (mediaType == QLatin1String("application/pdf"))
        return QCoreApplication::translate("ComplaintReport", "PDF document");
    if (mediaType.startsWith(QLatin1String("text/")))
        return QCoreApplication::translate("ComplaintReport", "Text");
    return QCoreApplication::translate("ComplaintReport", "File");
}

} // namespace

QString ComplaintReport::incidentLabel(qsizetype index) const
{
    return QCoreApplication::translate("ComplaintReport", "Incident %1 of %2")
        .arg(index + 1)
        .arg(m_case.incidents.size());
}

QString ComplaintReport::headerHtml() const
{
    QString html;
    if (!m_case.client.consentToFile) {
        html += QStringLiteral("<p style=\"color:#a00000;font-weight:bold\">%1</p>\n")
                    .arg(esc(QCoreApplication::translate("ComplaintReport",
                        "DRAFT: the client's consent to file is not recorded in the case. Do not "
                        "send this "
                        "document until consent is recorded.")));
    }
    html += QStringLiteral("<h1 style=\"font-size:17pt;margin-bottom:6px\">%1</h1>\n")
                .arg(esc(QCoreApplication::translate(
                    "ComplaintReport", "Complaint about police conduct")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n");
    if (const QStringList address = m_options.recipient.addressLines(); address.isEmpty()) {
        html += row(QCoreApplication::translate("ComplaintReport", "To"),
            m_options.recipient.displayName());
    } else {
        QStringList lines {esc(m_options.recipient.displayName())};
        for (const QString &line : address)
            lines.append(esc(line));
        html += rawRow(QCoreApplication::translate("ComplaintReport", "To"),
            lines.join(QStringLiteral("<br>")));
    }
    QString from;
    switch (m_options.filer) {
    case ComplaintFiler::Client:
        from = identityShown() ? m_case.client.fullName
                               : QCoreApplication::translate("ComplaintReport",
                                   "The complainant, who asks to remain anonymous");
        break;
    case ComplaintFiler::OnBehalf: {
        QStringList who;
        if (!filerName().isEmpty())
            who.append(filerName());
        if (!m_options.organisation.trimmed().isEmpty())
            who.append(m_options.organisation.trimmed());
        from = who.isEmpty()
            ? QCoreApplication::translate("ComplaintReport", "Filed on the complainant's behalf")
            : QCoreApplication::translate("ComplaintReport", "%1, on the complainant's behalf")
                  .arg(who.join(QLatin1String(", ")));
        break;
    }
    case ComplaintFiler::Anonymous:
        from = QCoreApplication::translate("ComplaintReport", "An anonymous complainant");
        break;
    }
    html += row(QCoreApplication::translate("ComplaintReport", "From"), from);
    html
        += row(QCoreApplication::translate("ComplaintReport", "Date"), documentDate(generatedOn()));
    html += row(QCoreApplication::translate("ComplaintReport", "Reference"), m_case.reference);
    html += QStringLiteral("</table>\n");
    return html;
}

QString ComplaintReport::complainantHtml(int section) const
{
    const Client &c = m_case.client;
    QString html = heading(section, QCoreApplication::translate("ComplaintReport", "Complainant"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n");
    if (identityShown()) {
        html += row(clientFieldLabel(ClientField::FullName), c.fullName);
        if (!c.preferredName.trimmed().isEmpty())
            html += row(clientFieldLabel(ClientField::PreferredName), c.preferredName);
    } else {
        html += rawRow(clientFieldLabel(ClientField::FullName),
            grey(QCoreApplication::translate(
                "ComplaintReport", "Not given: the complainant asks to remain anonymous")));
    }
    html
        += row(clientFieldLabel(ClientField::PreferredLanguage), languageName(c.preferredLanguage));
    html += row(QCoreApplication::translate("ComplaintReport", "Interpreter"),
        c.interpreterNeeded
            ? QCoreApplication::translate("ComplaintReport", "Needed for any interview")
            : QCoreApplication::translate("ComplaintReport", "Not needed"));
    for (const ClientField field : m_options.policy.includedSensitiveFields()) {
        const QVariant v = c.value(field);
        html += row(clientFieldLabel(field),
            v.typeId() == QMetaType::QDate ? documentDate(v.toDate()) : v.toString());
    }
    html += QStringLiteral("</table>\n");

    QStringList withheld;
    for (const ClientField field : withheldFields())
        withheld.append(clientFieldLabel(field));
    const QList<SensitiveDetail> details = withheldDetails();
    for (const SensitiveDetail detail : details)
        withheld.append(sensitiveDetailLabel(detail));
    if (!withheld.isEmpty()) {
        const QString why = details.isEmpty()
            ? QCoreApplication::translate("ComplaintReport",
                "To protect the complainant, this document leaves out these kinds of "
                "information: %1. "
                "The filer can provide them to the investigator if the investigation "
                "needs them and "
                "the complainant agrees.")
            : QCoreApplication::translate("ComplaintReport",
                "To protect the complainant and the witnesses, this document leaves out these "
                "kinds of information: %1. The filer can provide them to the investigator if the "
                "investigation needs them and the people concerned agree.");
        QString statement = why.arg(withheld.join(QLatin1String(", ")));
        // The statement stays true when the filer chose to leave words about immigration status in
        // the accounts (the structured field is still withheld).
        if (statusPhrasesLeft() && withheldFields().contains(ClientField::ImmigrationStatus))
            statement += QLatin1Char(' ')
                + QCoreApplication::translate("ComplaintReport",
                    "Words in the accounts below that touch on immigration status were reviewed by "
                    "the filer and are given as written.");
        html
            += QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b> %2</p>\n")
                   .arg(
                       esc(QCoreApplication::translate("ComplaintReport", "Information withheld.")),
                       esc(statement));
    }
    QStringList included;
    for (const ClientField field : m_options.policy.includedSensitiveFields())
        included.append(clientFieldLabel(field));
    for (const SensitiveDetail detail : m_options.policy.includedDetails()) {
        if (records(detail))
            included.append(sensitiveDetailLabel(detail));
    }
    if (!included.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:6px\">%1</p>\n")
                    .arg(esc(QCoreApplication::translate(
                        "ComplaintReport", "Included at the filer's deliberate choice: %1.")
                                 .arg(included.join(QLatin1String(", ")))));
    }
    return html;
}

QString ComplaintReport::incidentsHtml(int section) const
{
    QString html = heading(section,
        m_case.incidents.size() == 1 ? QCoreApplication::translate("ComplaintReport", "Incident")
                                     : QCoreApplication::translate("ComplaintReport", "Incidents"));
    for (qsizetype i = 0; i < m_case.incidents.size(); ++i) {
        const Incident &inc = m_case.incidents.at(i);
        if (m_case.incidents.size() > 1)
            html += QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b></p>\n")
                        .arg(esc(incidentLabel(i)));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n");
        html += row(QCoreApplication::translate("ComplaintReport", "Date"), documentDate(inc.date));
        html += row(QCoreApplication::translate("ComplaintReport", "Time"),
            inc.time.isValid() ? inc.time.toString(QStringLiteral("HH:mm"))
                               : QCoreApplication::translate("ComplaintReport", "Not known"));
        html += row(QCoreApplication::translate("ComplaintReport", "Place"), inc.location);
        html += row(
            QCoreApplication::translate("ComplaintReport", "Police district"), inc.policeDistrict);
        html += row(QCoreApplication::translate("ComplaintReport", "Agency"), inc.agency);
        html += QStringLiteral("</table>\n");
    }
    return html;
}

QString ComplaintReport::officersHtml(int section) const
{
    QString html
        = heading(section, QCoreApplication::translate("ComplaintReport", "Officers involved"));
    bool any = false;
    QString rows;
    for (qsizetype i = 0; i < m_case.incidents.size(); ++i) {
        const Incident &inc = m_case.incidents.at(i);
        if (inc.officers.isEmpty())
            continue;
        if (m_case.incidents.size() > 1)
            rows += QStringLiteral("<tr><td colspan=\"4\"><b>%1</b></td></tr>\n")
                        .arg(esc(incidentLabel(i)));
        for (const Officer &o : inc.officers) {
            any = true;
            auto cell = [](const QString &text, const QString &missing) {
                return text.trimmed().isEmpty()
                    ? grey(missing)
                    : QStringLiteral("<span dir=\"auto\">%1</span>").arg(value(text));
            };
            rows += QStringLiteral(
                "<tr><td dir=\"auto\" valign=\"top\">%1</td><td dir=\"auto\" valign=\"top\">%2</td>"
                "<td dir=\"auto\" valign=\"top\">%3</td><td dir=\"auto\" "
                "valign=\"top\">%4</td></tr>\n")
                        .arg(cell(o.name,
                                 QCoreApplication::translate("ComplaintReport", "Name not known")),
                            cell(o.badgeNumber,
                                QCoreApplication::translate("ComplaintReport", "Not known")),
                            cell(o.unit,
                                QCoreApplication::translate("ComplaintReport", "Not known")),
                            cell(o.description, QString()));
        }
    }
    if (!any)
        return html
            + QStringLiteral("<p>%1</p>\n")
                  .arg(esc(QCoreApplication::translate(
                      "ComplaintReport", "No officer could be identified.")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-color:#999;border-style:solid\">\n");
    html += QStringLiteral(
        "<thead><tr><th width=\"28%\" align=\"left\">%1</th><th width=\"16%\" "
        "align=\"left\">%2</th>"
        "<th width=\"22%\" align=\"left\">%3</th><th align=\"left\">%4</th></tr></thead>\n")
                .arg(esc(QCoreApplication::translate("ComplaintReport", "Name")),
                    esc(QCoreApplication::translate("ComplaintReport", "Badge number")),
                    esc(QCoreApplication::translate("ComplaintReport", "Unit")),
                    esc(QCoreApplication::translate("ComplaintReport", "Description")));
    html += rows;
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p style=\"font-size:8.5pt;color:#555\">%1</p>\n")
                .arg(esc(QCoreApplication::translate("ComplaintReport",
                    "Badge numbers are given exactly as the complainant recorded them.")));
    return html;
}

QString ComplaintReport::allegationsHtml(int section) const
{
    QString html = heading(section, QCoreApplication::translate("ComplaintReport", "Allegations"));
    QStringList codes;
    for (const Incident &inc : m_case.incidents) {
        for (const QString &code : inc.violations) {
            if (!codes.contains(code))
                codes.append(code);
        }
    }
    if (codes.isEmpty())
        return html
            + QStringLiteral("<p>%1</p>\n")
                  .arg(esc(QCoreApplication::translate(
                      "ComplaintReport", "The conduct is described in the account below.")));
    for (const QString &code : codes) {
        const ViolationCategory *category = findViolationCategory(code);
        QStringList where;
        if (m_case.incidents.size() > 1) {
            for (qsizetype i = 0; i < m_case.incidents.size(); ++i) {
                if (m_case.incidents.at(i).violations.contains(code))
                    where.append(QString::number(i + 1));
            }
        }
        const QString title = category ? category->translatedTitle() : code;
        html += QStringLiteral("<p style=\"margin-top:8px;margin-bottom:2px\"><b>%1</b>%2</p>\n")
                    .arg(esc(title),
                        where.isEmpty()
                            ? QString()
                            : esc(QCoreApplication::translate("ComplaintReport", " (incident %1)")
                                      .arg(where.join(QLatin1String(", ")))));
        if (category)
            html += QStringLiteral("<p style=\"margin-top:0\">%1</p>\n")
                        .arg(esc(category->translatedDescription()));
        if (const QString cited = m_pack ? AllegationCitation::html(*m_pack, code) : QString();
            !cited.isEmpty())
            html += QStringLiteral("<p style=\"margin-top:0;font-size:8.5pt;color:#444\">%1</p>\n")
                        .arg(cited);
    }
    return html;
}

QString ComplaintReport::narrativeHtml(int section) const
{
    QString html
        = heading(section, QCoreApplication::translate("ComplaintReport", "What happened"));
    bool any = false;
    for (qsizetype i = 0; i < m_case.incidents.size(); ++i) {
        const Incident &inc = m_case.incidents.at(i);
        if (inc.narrative.trimmed().isEmpty())
            continue;
        any = true;
        if (m_case.incidents.size() > 1)
            html += QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b></p>\n")
                        .arg(esc(incidentLabel(i)));
        html += paragraphs(inc.narrative, QStringLiteral("margin-top:4px"));
    }
    if (!any)
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(QCoreApplication::translate(
                        "ComplaintReport", "No account was written down.")));
    return html;
}

QString ComplaintReport::witnessesHtml(int section) const
{
    QString html = heading(section, QCoreApplication::translate("ComplaintReport", "Witnesses"));
    QString rows;
    for (qsizetype i = 0; i < m_case.incidents.size(); ++i) {
        const Incident &inc = m_case.incidents.at(i);
        if (inc.witnesses.isEmpty())
            continue;
        if (m_case.incidents.size() > 1)
            rows += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td></tr>\n")
                        .arg(esc(incidentLabel(i)));
        for (const Witness &w : inc.witnesses) {
            QString contact;
            if (w.contact.trimmed().isEmpty())
                contact = grey(QCoreApplication::translate("ComplaintReport", "Not given"));
            else if (m_options.policy.withholds(SensitiveDetail::WitnessContact))
                contact = grey(QCoreApplication::translate("ComplaintReport", "Withheld"));
            else
                contact = value(w.contact);
            rows += QStringLiteral(
                "<tr><td dir=\"auto\" valign=\"top\">%1</td><td dir=\"auto\" valign=\"top\">%2</td>"
                "<td dir=\"auto\" valign=\"top\">%3</td></tr>\n")
                        .arg(w.name.trimmed().isEmpty() ? grey(
                                 QCoreApplication::translate("ComplaintReport", "Name not known"))
                                                        : value(w.name),
                            contact, value(w.statement));
        }
    }
    if (rows.isEmpty())
        return html
            + QStringLiteral("<p>%1</p>\n")
                  .arg(esc(
                      QCoreApplication::translate("ComplaintReport", "No witnesses are named.")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-color:#999;border-style:solid\">\n");
    html += QStringLiteral("<thead><tr><th width=\"28%\" align=\"left\">%1</th><th width=\"22%\" "
                           "align=\"left\">%2</th><th align=\"left\">%3</th></tr></thead>\n")
                .arg(esc(QCoreApplication::translate("ComplaintReport", "Name")),
                    esc(QCoreApplication::translate("ComplaintReport", "Contact")),
                    esc(QCoreApplication::translate("ComplaintReport", "What they saw or heard")));
    return html + rows + QStringLiteral("</table>\n");
}

QString ComplaintReport::exhibitsHtml(int section, QList<std::pair<QUrl, QImage>> &images) const
{
    QString html = heading(section, QCoreApplication::translate("ComplaintReport", "Exhibits"));
    if (m_case.evidence.isEmpty())
        return html
            + QStringLiteral("<p>%1</p>\n")
                  .arg(esc(
                      QCoreApplication::translate("ComplaintReport", "No exhibits are attached.")));
    html += QStringLiteral("<p style=\"margin-top:0\">%1</p>\n")
                .arg(esc(QCoreApplication::translate("ComplaintReport",
                    "Each exhibit is identified by its SHA-256 fingerprint: any change to the file "
                    "changes the fingerprint.")));

    // Exhibit numbers by item id, and the originals that have a redacted copy (placed before
    // them): the copy's picture is shown, the original's is not.
    QHash<qint64, qsizetype> exhibitOf;
    QHash<qint64, qint64> copyOf;
    for (qsizetype i = 0; i < m_case.evidence.size(); ++i) {
        const EvidenceItem &e = m_case.evidence.at(i);
        exhibitOf.insert(e.id, i + 1);
        const qint64 parent = m_options.redactedCopies.value(e.id);
        if (parent != 0 && !copyOf.contains(parent))
            copyOf.insert(parent, e.id);
    }

    QStringList imageCells;
    for (qsizetype i = 0; i < m_case.evidence.size(); ++i) {
        const EvidenceItem &e = m_case.evidence.at(i);
        QImage image;
        if (m_options.exhibitImage && e.mediaType.startsWith(QLatin1String("image/"))
            && !copyOf.contains(e.id))
            image = m_options.exhibitImage(e, m_options.maxImageEdge);
        if (image.isNull()) {
            imageCells.append(QString());
            continue;
        }
        const QUrl url(QStringLiteral("exhibit-image:%1").arg(i + 1));
        const QSize shown
            = image.size().scaled(kPhotoBoxWidth, kPhotoBoxHeight, Qt::KeepAspectRatio);
        imageCells.append(QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                              .arg(url.toString())
                              .arg(shown.width())
                              .arg(shown.height()));
        images.append({url, image});
    }
    const bool photos = !images.isEmpty();

    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-color:#999;border-style:solid\">\n");
    html += QStringLiteral("<thead><tr><th width=\"7%\" align=\"left\">%1</th><th "
                           "align=\"left\">%2</th>%3</tr></thead>\n")
                .arg(esc(QCoreApplication::translate("ComplaintReport", "No.")),
                    esc(QCoreApplication::translate("ComplaintReport", "Exhibit")),
                    photos ? QStringLiteral("<th width=\"%1\" align=\"left\">%2</th>")
                                 .arg(kPhotoBoxWidth + 8)
                                 .arg(esc(QCoreApplication::translate("ComplaintReport", "Photo")))
                           : QString());
    for (qsizetype i = 0; i < m_case.evidence.size(); ++i) {
        const EvidenceItem &e = m_case.evidence.at(i);
        QString details
            = QStringLiteral("<b dir=\"auto\">%1</b>")
                  .arg(e.description.trimmed().isEmpty()
                          ? esc(QCoreApplication::translate("ComplaintReport", "No description"))
                          : value(e.description));
        const qint64 redactedFrom = m_options.redactedCopies.value(e.id);
        if (redactedFrom != 0)
            details += QStringLiteral("<br><i>%1</i>")
                           .arg(esc(exhibitOf.contains(redactedFrom)
                                   ? QCoreApplication::translate("ComplaintReport",
                                       "Redacted copy of exhibit %1: parts of the image are "
                                       "covered.")
                                         .arg(exhibitOf.value(redactedFrom))
                                   : QCoreApplication::translate("ComplaintReport",
                                       "Redacted copy: parts of the image are covered.")));
        else if (copyOf.contains(e.id))
            details += QStringLiteral("<br><i>%1</i>")
                           .arg(esc(QCoreApplication::translate("ComplaintReport",
                               "Original, not pictured: its redacted copy is exhibit %1.")
                                        .arg(exhibitOf.value(copyOf.value(e.id)))));
        details += QStringLiteral("<br>%1: %2")
                       .arg(esc(QCoreApplication::translate("ComplaintReport", "Type")),
                           esc(e.mediaType.isEmpty() ? evidenceKind(e.mediaType)
                                                     : QStringLiteral("%1 (%2)").arg(
                                                         evidenceKind(e.mediaType), e.mediaType)));
        if (e.capturedAt.isValid())
            details += QStringLiteral("<br>%1").arg(esc(EvidenceLabels::capturedSentence(
                capturedText(e.capturedAt), e.capturedOrigin, e.mediaType)));
        if (e.addedAt.isValid())
            details
                += QStringLiteral("<br>%1: %2")
                       .arg(esc(QCoreApplication::translate("ComplaintReport", "Received")),
                           esc(documentDate(
                               e.addedAt.toTimeZone(OfficeProfile::current().timeZone()).date())));
        if (!e.source.isEmpty())
            details += QStringLiteral("<br>%1: %2")
                           .arg(esc(QCoreApplication::translate("ComplaintReport", "Provided by")),
                               value(e.source));
        // Two halves so the fingerprint fits the column; a reader joins them.
        details
            += QStringLiteral("<br>SHA-256:<br><span style=\"font-family:'Noto Sans Mono','DejaVu "
                              "Sans Mono',monospace;font-size:8pt\">%1<br>%2</span>")
                   .arg(esc(e.sha256.left(32)), esc(e.sha256.mid(32)));
        html += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td>%3</tr>\n")
                    .arg(i + 1)
                    .arg(details,
                        photos ? QStringLiteral("<td valign=\"top\">%1</td>").arg(imageCells.at(i))
                               : QString());
    }
    return html + QStringLiteral("</table>\n");
}

QString ComplaintReport::requestHtml(int section) const
{
    QString request = m_options.requestedAction.trimmed();
    if (request.isEmpty()) {
        request = QCoreApplication::translate("ComplaintReport",
            "We ask that you investigate the conduct described above, keep the complainant's "
            "identity and "
            "the withheld information confidential, give a tracking number for this complaint, and "
            "inform the "
            "complainant, through the filer, of the outcome.");
    }
    return heading(section, QCoreApplication::translate("ComplaintReport", "Requested action"))
        + paragraphs(request);
}

QString ComplaintReport::declarationHtml(int section) const
{
    QString text;
    switch (m_options.filer) {
    case ComplaintFiler::Client:
        text = QCoreApplication::translate("ComplaintReport",
            "I declare that the information in this complaint is true and correct to the best of "
            "my knowledge.");
        break;
    case ComplaintFiler::OnBehalf:
        text = m_case.client.consentToFile && m_case.client.consentDate.isValid()
            ? QCoreApplication::translate("ComplaintReport",
                "I file this complaint on the complainant's behalf and with their consent, given "
                "on %1. I declare that it "
                "reports truly what the complainant and the witnesses told me.")
                  .arg(documentDate(m_case.client.consentDate))
            : QCoreApplication::translate("ComplaintReport",
                "I file this complaint on the complainant's behalf. I declare that it reports "
                "truly what the complainant "
                "and the witnesses told me.");
        break;
    case ComplaintFiler::Anonymous:
        text = QCoreApplication::translate("ComplaintReport",
            "The information in this complaint is true and correct to the best of the "
            "complainant's knowledge.");
        break;
    }
    QString html = heading(section, QCoreApplication::translate("ComplaintReport", "Declaration"))
        + paragraphs(text);
    const QString line = QStringLiteral("______________________________");
    const QString printedName = m_options.filer == ComplaintFiler::OnBehalf
        ? filerName()
        : (m_options.filer == ComplaintFiler::Client && identityShown() ? m_case.client.fullName
                                                                        : QString());
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:26px\">\n");
    html += QStringLiteral("<tr><td width=\"55%\">%1</td><td>%2</td></tr>\n")
                .arg(line, QStringLiteral("________________"));
    html
        += QStringLiteral(
            "<tr><td style=\"color:#444\">%1</td><td style=\"color:#444\">%2</td></tr>\n")
               .arg(esc(m_options.filer == ComplaintFiler::Anonymous
                            ? QCoreApplication::translate("ComplaintReport", "Signature (optional)")
                            : QCoreApplication::translate("ComplaintReport", "Signature")),
                   esc(QCoreApplication::translate("ComplaintReport", "Date")));
    html += QStringLiteral(
        "<tr><td colspan=\"2\" style=\"padding-top:14px\" dir=\"auto\">%1</td></tr>\n")
                .arg(printedName.isEmpty() ? line : value(printedName));
    html += QStringLiteral("<tr><td colspan=\"2\" style=\"color:#444\">%1</td></tr>\n")
                .arg(esc(QCoreApplication::translate("ComplaintReport", "Name (printed)")));
    html += QStringLiteral("</table>\n");
    return html;
}

} // namespace td
