#include "caseprinter.h"

#include "common/officeprofile.h"
#include "domain/violationcategory.h"
#include "evidence/evidencelabels.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

/// A capture time in the office's zone, named, in the CLI's ISO style: "2026-02-27 09:41 EST".
QString capturedText(const QDateTime &moment)
{
    const QDateTime there = moment.toTimeZone(OfficeProfile::current().timeZone());
    return QStringLiteral("%1 %2").arg(
        there.toString(QStringLiteral("yyyy-MM-dd HH:mm")), there.timeZoneAbbreviation());
}

QString clientValueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QCoreApplication::translate("CasePrinter", "yes")
                          : QCoreApplication::translate("CasePrinter", "no");
    if (v.typeId() == QMetaType::QDate)
        return dateText(v.toDate());
    return orDash(v.toString());
}

void line(QTextStream &out, int indent, const QString &label, const QString &value)
{
    out << QString(indent, QLatin1Char(' ')) << label << QStringLiteral(": ") << value << '\n';
}

} // namespace

void printCase(QTextStream &out, const CaseFile &c, const RedactionPolicy &policy)
{
    out << c.reference << QStringLiteral("  ") << caseStatusLabel(c.status) << '\n';
    line(out, 0, QCoreApplication::translate("CasePrinter", "Opened"), dateText(c.openedOn));
    if (c.closedOn.isValid())
        line(out, 0, QCoreApplication::translate("CasePrinter", "Closed"), dateText(c.closedOn));
    line(out, 0, QCoreApplication::translate("CasePrinter", "Caseworker"),
        orDash(c.assignedCaseworker));

    out << '\n' << QCoreApplication::translate("CasePrinter", "Client") << '\n';
    for (const auto &info : clientFields()) {
        const QString value = policy.withholds(info.field)
            ? QCoreApplication::translate("CasePrinter", "[withheld]")
            : clientValueText(c.client.value(info.field));
        line(out, 2, clientFieldLabel(info.field), value);
    }

    for (qsizetype i = 0; i < c.incidents.size(); ++i) {
        const Incident &inc = c.incidents.at(i);
        out << '\n' << QCoreApplication::translate("CasePrinter", "Incident %1").arg(i + 1) << '\n';
        QString when = dateText(inc.date);
        if (inc.time.isValid())
            when += QLatin1Char(' ') + inc.time.toString(QStringLiteral("HH:mm"));
        line(out, 2, QCoreApplication::translate("CasePrinter", "When"), when);
        line(out, 2, QCoreApplication::translate("CasePrinter", "Where"), orDash(inc.location));
        line(out, 2, QCoreApplication::translate("CasePrinter", "Police district"),
            orDash(inc.policeDistrict));
        line(out, 2, QCoreApplication::translate("CasePrinter", "Agency"), orDash(inc.agency));
        QStringList violations;
        for (const auto &code : inc.violations) {
            const auto *category = findViolationCategory(code);
            violations.append(
                category ? QStringLiteral("%1 (%2)").arg(category->translatedTitle(), code) : code);
        }
        line(out, 2, QCoreApplication::translate("CasePrinter", "Violations"),
            orDash(violations.join(QLatin1String("; "))));
        line(
            out, 2, QCoreApplication::translate("CasePrinter", "Narrative"), orDash(inc.narrative));
        for (const auto &o : inc.officers) {
            line(out, 2, QCoreApplication::translate("CasePrinter", "Officer"),
                QCoreApplication::translate("CasePrinter", "%1, badge %2, unit %3, %4")
                    .arg(orDash(o.name), orDash(o.badgeNumber), orDash(o.unit),
                        orDash(o.description)));
        }
        for (const auto &w : inc.witnesses) {
            // A contact that was never recorded shows as missing, withheld or not: there is nothing
            // to hide.
            const QString contact = policy.withholds(SensitiveDetail::WitnessContact)
                    && !w.contact.trimmed().isEmpty()
                ? QCoreApplication::translate("CasePrinter", "[withheld]")
                : orDash(w.contact);
            line(out, 2, QCoreApplication::translate("CasePrinter", "Witness"),
                QStringLiteral("%1, %2: %3").arg(orDash(w.name), contact, orDash(w.statement)));
        }
    }
    if (!c.evidence.isEmpty()) {
        out << '\n' << QCoreApplication::translate("CasePrinter", "Evidence") << '\n';
        for (const auto &e : c.evidence) {
            out << QStringLiteral("  %1  %2  %3 bytes  sha256 %4\n")
                       .arg(e.originalName, orDash(e.mediaType))
                       .arg(e.sizeBytes)
                       .arg(e.sha256);
            if (e.capturedAt.isValid())
                out << QStringLiteral("    ")
                    << EvidenceLabels::capturedSentence(
                           capturedText(e.capturedAt), e.capturedOrigin, e.mediaType)
                    << '\n';
        }
    }
    if (!c.complaints.isEmpty()) {
        out << '\n' << QCoreApplication::translate("CasePrinter", "Complaints") << '\n';
        for (const auto &s : c.complaints) {
            out << QStringLiteral("  %1  %2  %3  %4  %5\n")
                       .arg(dateText(s.filedOn), orDash(s.filedWith), orDash(s.channel),
                           orDash(s.trackingNumber), orDash(s.status));
        }
    }
    if (!c.followUps.isEmpty()) {
        out << '\n' << QCoreApplication::translate("CasePrinter", "Follow-ups") << '\n';
        for (const auto &f : c.followUps) {
            out << QStringLiteral("  %1  [%2]  %3\n")
                       .arg(dateText(f.dueOn), f.done ? QStringLiteral("x") : QStringLiteral(" "),
                           orDash(f.note));
        }
    }
    if (!policy.withheldKeys().isEmpty()) {
        out << '\n'
            << QCoreApplication::translate("CasePrinter",
                   "Sensitive fields are withheld. Use --include FIELD or --include-sensitive to "
                   "show them (recorded in the audit log).")
            << '\n';
    }
}

} // namespace td::cli
