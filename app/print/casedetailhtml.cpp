#include "casedetailhtml.h"

#include "common/displayformat.h"
#include "common/languages.h"
#include "common/officeprofile.h"
#include "domain/policedistrict.h"
#include "domain/violationcategory.h"
#include "evidence/evidencelabels.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

namespace td {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate &d)
{
    return displayDate(d);
}

QString dash()
{
    return QStringLiteral("<span style=\"color:#777\">—</span>");
}

/// A value as escaped HTML, line breaks kept.
QString valueHtml(const QString &value)
{
    return esc(value).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

/// The interface's leading edge: labels and values line up on it in both directions (a value
/// in another script keeps its own reading order, not its own alignment: an Arabic pane with
/// English names would otherwise zigzag).
QString leading()
{
    return QGuiApplication::isRightToLeft() ? QStringLiteral("right") : QStringLiteral("left");
}

/// A label-and-value table: full width from right to left, so it starts at the right edge (an
/// aligned table would float beside the headings).
QString tableStart()
{
    return QGuiApplication::isRightToLeft()
        ? QStringLiteral("<table width=\"100%\" cellspacing=\"2\">")
        : QStringLiteral("<table cellspacing=\"2\">");
}

/// A row with the label on the interface's leading side: Qt's rich text lays table columns out
/// left to right whatever the direction, so a right-to-left row lists its cells the other way.
QString tableRow(const QString &labelHtml, const QString &valueHtml)
{
    return QGuiApplication::isRightToLeft()
        ? QStringLiteral("<tr>%1%2</tr>").arg(valueHtml, labelHtml)
        : QStringLiteral("<tr>%1%2</tr>").arg(labelHtml, valueHtml);
}

QString labelCell(const QString &label)
{
    return QStringLiteral("<th align=\"%1\" valign=\"top\" "
                          "style=\"padding-%2:12px;font-weight:normal;color:#555\">%3</th>")
        .arg(leading(),
            QGuiApplication::isRightToLeft() ? QStringLiteral("left") : QStringLiteral("right"),
            esc(label));
}

/// A table row whose value is HTML built by the caller, read in its own direction.
QString autoRow(const QString &label, const QString &html)
{
    return tableRow(labelCell(label),
        QStringLiteral("<td dir=\"auto\" align=\"%1\">%2</td>").arg(leading(), html));
}

/// A table row: label, then value (escaped) or a dash when empty.
QString row(const QString &label, const QString &value)
{
    return autoRow(label, value.trimmed().isEmpty() ? dash() : valueHtml(value));
}

QString rawRow(const QString &label, const QString &html)
{
    return tableRow(
        labelCell(label), QStringLiteral("<td align=\"%1\">%2</td>").arg(leading(), html));
}

QString clientValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QCoreApplication::translate("CaseDetail", "Yes")
                          : QCoreApplication::translate("CaseDetail", "No");
    if (v.typeId() == QMetaType::QDate)
        return dateText(v.toDate());
    return v.toString();
}

QString hiddenMarker()
{
    return QStringLiteral("<i style=\"color:#8a5a00\">%1</i>")
        .arg(esc(QCoreApplication::translate("CaseDetail", "Hidden (sensitive)")));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top:14px\">%1</h3>").arg(esc(text));
}

} // namespace

QString caseDetailHtml(const CaseFile &c, const RedactionPolicy &policy)
{
    QString html;
    html += QStringLiteral("<h2>%1 <span style=\"font-weight:normal;color:#555\">· %2</span></h2>")
                .arg(esc(c.reference), esc(caseStatusLabel(c.status)));
    html += tableStart();
    html += row(QCoreApplication::translate("CaseDetail", "Opened"), dateText(c.openedOn));
    if (c.closedOn.isValid())
        html += row(QCoreApplication::translate("CaseDetail", "Closed"), dateText(c.closedOn));
    html += row(QCoreApplication::translate("CaseDetail", "Caseworker"), c.assignedCaseworker);
    html += QStringLiteral("</table>");

    html += heading(QCoreApplication::translate("CaseDetail", "Client"));
    html += tableStart();
    for (const auto &info : clientFields()) {
        if (c.client.anonymous && info.field != ClientField::Anonymous
            && info.field != ClientField::PreferredLanguage
            && info.field != ClientField::InterpreterNeeded
            && c.client.value(info.field).toString().isEmpty())
            continue;
        if (policy.withholds(info.field)) {
            html += rawRow(clientFieldLabel(info.field), hiddenMarker());
        } else if (info.field == ClientField::PreferredLanguage
            && !c.client.preferredLanguage.isEmpty()) {
            // The language's name, never its code: "Vietnamese (Tiếng Việt)", not "vi".
            html += row(
                clientFieldLabel(info.field), languageDisplayName(c.client.preferredLanguage));
        } else {
            html += row(clientFieldLabel(info.field), clientValue(c.client.value(info.field)));
        }
    }
    html += QStringLiteral("</table>");

    for (qsizetype i = 0; i < c.incidents.size(); ++i) {
        const Incident &inc = c.incidents.at(i);
        html += heading(QCoreApplication::translate("CaseDetail", "Incident %1").arg(i + 1));
        html += tableStart();
        QString when = dateText(inc.date);
        if (inc.time.isValid())
            when += QLatin1Char(' ') + QLocale().toString(inc.time, QLocale::ShortFormat);
        html += row(QCoreApplication::translate("CaseDetail", "When"), when);
        html += row(QCoreApplication::translate("CaseDetail", "Where"), inc.location);
        html += row(QCoreApplication::translate("CaseDetail", "Police district"),
            policeDistrictLabel(inc.policeDistrict));
        html += row(QCoreApplication::translate("CaseDetail", "Agency"), inc.agency);
        QStringList violations;
        for (const auto &code : inc.violations) {
            const auto *category = findViolationCategory(code);
            violations.append(category ? category->translatedTitle() : code);
        }
        html += row(QCoreApplication::translate("CaseDetail", "Violations"),
            violations.join(QLatin1Char('\n')));
        html += row(QCoreApplication::translate("CaseDetail", "Narrative"), inc.narrative);
        for (const auto &o : inc.officers) {
            QStringList parts;
            for (const QString &part : {o.name,
                     o.badgeNumber.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("CaseDetail", "badge %1").arg(o.badgeNumber),
                     o.unit, o.description}) {
                if (!part.trimmed().isEmpty())
                    parts.append(part);
            }
            html += row(QCoreApplication::translate("CaseDetail", "Officer"),
                parts.join(QStringLiteral(" · ")));
        }
        const bool hideContacts = policy.withholds(SensitiveDetail::WitnessContact);
        for (const auto &w : inc.witnesses) {
            QStringList parts;
            if (!w.name.trimmed().isEmpty())
                parts.append(valueHtml(w.name));
            if (!w.contact.trimmed().isEmpty())
                parts.append(hideContacts ? hiddenMarker() : valueHtml(w.contact));
            if (!w.statement.trimmed().isEmpty())
                parts.append(valueHtml(w.statement));
            html += autoRow(QCoreApplication::translate("CaseDetail", "Witness"),
                parts.isEmpty() ? dash() : parts.join(QStringLiteral(" · ")));
        }
        html += QStringLiteral("</table>");
    }

    if (!c.evidence.isEmpty()) {
        html += heading(QCoreApplication::translate("CaseDetail", "Evidence"));
        html += tableStart();
        for (const auto &e : c.evidence) {
            QStringList parts;
            if (!e.description.isEmpty())
                parts.append(e.description);
            if (e.capturedAt.isValid())
                parts.append(EvidenceLabels::capturedSentence(
                    displayDateTime(e.capturedAt, OfficeProfile::current().timeZone()),
                    e.capturedOrigin, e.mediaType));
            parts.append(e.sha256.left(16) + QStringLiteral("…"));
            html += row(e.originalName, parts.join(QStringLiteral(" · ")));
        }
        html += QStringLiteral("</table>");
    }
    if (!c.complaints.isEmpty()) {
        html += heading(QCoreApplication::translate("CaseDetail", "Complaints filed"));
        html += tableStart();
        for (const auto &s : c.complaints) {
            html += row(dateText(s.filedOn),
                QCoreApplication::translate("CaseDetail", "%1, %2, tracking number %3, %4")
                    .arg(s.filedWith, s.channel,
                        s.trackingNumber.isEmpty() ? QStringLiteral("—") : s.trackingNumber,
                        s.status));
        }
        html += QStringLiteral("</table>");
    }
    if (!c.followUps.isEmpty()) {
        html += heading(QCoreApplication::translate("CaseDetail", "Follow-ups"));
        html += tableStart();
        for (const auto &f : c.followUps) {
            html += row(
                dateText(f.dueOn), (f.done ? QStringLiteral("✓ ") : QStringLiteral("☐ ")) + f.note);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace td
