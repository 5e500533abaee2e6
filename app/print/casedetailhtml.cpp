#include "casedetailhtml.h"

#include "common/displayformat.h"
#include "domain/violationcategory.h"

#include <QCoreApplication>
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

/// A table row whose value is HTML built by the caller, read in its own direction.
QString autoRow(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" "
                          "style=\"padding-right:12px;font-weight:normal;color:#555\">%1</th>"
                          "<td dir=\"auto\">%2</td></tr>")
        .arg(esc(label), html);
}

/// A table row: label, then value (escaped) or a dash when empty.
QString row(const QString &label, const QString &value)
{
    return autoRow(label, value.trimmed().isEmpty() ? dash() : valueHtml(value));
}

QString rawRow(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" "
                          "style=\"padding-right:12px;font-weight:normal;color:#555\">%1</th>"
                          "<td>%2</td></tr>")
        .arg(esc(label), html);
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
    html += QStringLiteral("<table cellspacing=\"2\">");
    html += row(QCoreApplication::translate("CaseDetail", "Opened"), dateText(c.openedOn));
    if (c.closedOn.isValid())
        html += row(QCoreApplication::translate("CaseDetail", "Closed"), dateText(c.closedOn));
    html += row(QCoreApplication::translate("CaseDetail", "Caseworker"), c.assignedCaseworker);
    html += QStringLiteral("</table>");

    html += heading(QCoreApplication::translate("CaseDetail", "Client"));
    html += QStringLiteral("<table cellspacing=\"2\">");
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
            const QLocale language(c.client.preferredLanguage);
            const QString name
                = language.language() == QLocale::C ? QString() : language.nativeLanguageName();
            html += row(clientFieldLabel(info.field),
                name.isEmpty() ? c.client.preferredLanguage
                               : QStringLiteral("%1 (%2)").arg(name, c.client.preferredLanguage));
        } else {
            html += row(clientFieldLabel(info.field), clientValue(c.client.value(info.field)));
        }
    }
    html += QStringLiteral("</table>");

    for (qsizetype i = 0; i < c.incidents.size(); ++i) {
        const Incident &inc = c.incidents.at(i);
        html += heading(QCoreApplication::translate("CaseDetail", "Incident %1").arg(i + 1));
        html += QStringLiteral("<table cellspacing=\"2\">");
        QString when = dateText(inc.date);
        if (inc.time.isValid())
            when += QLatin1Char(' ') + QLocale().toString(inc.time, QLocale::ShortFormat);
        html += row(QCoreApplication::translate("CaseDetail", "When"), when);
        html += row(QCoreApplication::translate("CaseDetail", "Where"), inc.location);
        html += row(
            QCoreApplication::translate("CaseDetail", "Police district"), inc.policeDistrict);
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
        html += QStringLiteral("<table cellspacing=\"2\">");
        for (const auto &e : c.evidence)
            html += row(e.originalName,
                QStringLiteral("%1 · %2").arg(
                    e.description, e.sha256.left(16) + QStringLiteral("…")));
        html += QStringLiteral("</table>");
    }
    if (!c.complaints.isEmpty()) {
        html += heading(QCoreApplication::translate("CaseDetail", "Complaints filed"));
        html += QStringLiteral("<table cellspacing=\"2\">");
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
        html += QStringLiteral("<table cellspacing=\"2\">");
        for (const auto &f : c.followUps) {
            html += row(
                dateText(f.dueOn), (f.done ? QStringLiteral("✓ ") : QStringLiteral("☐ ")) + f.note);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace td
