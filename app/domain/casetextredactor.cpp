#include "casetextredactor.h"

#include "statuslexicon.h"
#include "texttokens.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td {
namespace {

constexpr qsizetype kContext = 40; // characters of context on each side of a status phrase

QString label(const char *text)
{
    return QCoreApplication::translate("CaseTextRedactor", text);
}

QString oneLine(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

void addName(const QString &name, const QString &key, QList<WithheldValue> &out)
{
    if (name.trimmed().isEmpty())
        return;
    out.append(WithheldValue {key, WithheldValue::Form::Phrase, name, {}});
    // Each part of the name on its own: a narrative says "Ms. Nguyen" or "Lan".
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList parts = name.split(separators, Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        for (const QString &part : parts)
            out.append(WithheldValue {key, WithheldValue::Form::Phrase, part, {}});
    }
}

/// A stored phrase (a status, a country), and the short form in its parentheses on its own:
/// "Temporary Protected Status (TPS)" is also written "TPS". A non-answer ("Not disclosed",
/// "Unknown") is no value to look for: masking it would only hide ordinary words.
void addPhrase(const QString &text, const QString &key, QList<WithheldValue> &out)
{
    static const QStringList nonAnswers {QStringLiteral("not disclosed"), QStringLiteral("unknown"),
        QStringLiteral("none"), QStringLiteral("n a"), QStringLiteral("other"),
        QStringLiteral("not known"), QStringLiteral("not given"), QStringLiteral("declined"),
        QStringLiteral("prefer not to say")};
    if (nonAnswers.contains(tokenKeys(text).join(QLatin1Char(' '))))
        return;
    out.append(WithheldValue {key, WithheldValue::Form::Phrase, text, {}});
    static const QRegularExpression parenthesised(QStringLiteral("\\(([^()]{3,})\\)"));
    if (const auto m = parenthesised.match(text); m.hasMatch())
        out.append(WithheldValue {key, WithheldValue::Form::Phrase, m.captured(1), {}});
}

} // namespace

QList<TextFinding> RedactedCase::statusPhrases() const
{
    QList<TextFinding> out;
    for (const TextFinding &f : findings) {
        if (f.kind == TextMatch::Kind::StatusPhrase)
            out.append(f);
    }
    return out;
}

bool RedactedCase::statusPhrasesLeft() const
{
    for (const TextFinding &f : findings) {
        if (f.kind == TextMatch::Kind::StatusPhrase && !f.masked)
            return true;
    }
    return false;
}

qsizetype RedactedCase::maskedValues() const
{
    qsizetype n = 0;
    for (const TextFinding &f : findings) {
        if (f.kind == TextMatch::Kind::WithheldValue)
            ++n;
    }
    return n;
}

QList<WithheldValue> CaseTextRedactor::withheldValues(
    const CaseFile &caseFile, const RedactionPolicy &policy, const QList<ClientField> &alsoWithheld)
{
    const Client &c = caseFile.client;
    QList<WithheldValue> out;
    QList<ClientField> fields = policy.withheldFields();
    for (const ClientField f : alsoWithheld) {
        if (!fields.contains(f))
            fields.append(f);
    }
    for (const ClientField field : fields) {
        const QString key = clientFieldKey(field);
        const auto add = [&](WithheldValue::Form form, const QString &text) {
            if (!text.trimmed().isEmpty())
                out.append(WithheldValue {key, form, text, {}});
        };
        switch (field) {
        case ClientField::Phone:
            add(WithheldValue::Form::Phone, c.phone);
            break;
        case ClientField::Email:
            add(WithheldValue::Form::Email, c.email);
            break;
        case ClientField::Address:
            add(WithheldValue::Form::Address, c.address);
            break;
        case ClientField::DateOfBirth:
            if (c.dateOfBirth.isValid())
                out.append(WithheldValue {key, WithheldValue::Form::Date, {}, c.dateOfBirth});
            break;
        case ClientField::ANumber:
            add(WithheldValue::Form::ANumber, c.aNumber);
            break;
        case ClientField::CountryOfBirth:
        case ClientField::ImmigrationStatus:
            addPhrase(field == ClientField::CountryOfBirth ? c.countryOfBirth : c.immigrationStatus,
                key, out);
            break;
        case ClientField::FullName:
            addName(c.fullName, key, out);
            break;
        case ClientField::PreferredName:
            addName(c.preferredName, key, out);
            break;
        default:
            break;
        }
    }
    if (policy.withholds(SensitiveDetail::WitnessContact)) {
        static const QRegularExpression email(QStringLiteral("[^\\s@,;<>()]+@[^\\s@,;<>()]+"));
        const QString key = sensitiveDetailKey(SensitiveDetail::WitnessContact);
        for (const Incident &inc : caseFile.incidents) {
            for (const Witness &w : inc.witnesses) {
                if (w.contact.trimmed().isEmpty())
                    continue;
                out.append(WithheldValue {key, WithheldValue::Form::Phone, w.contact, {}});
                for (auto it = email.globalMatch(w.contact); it.hasNext();)
                    out.append(
                        WithheldValue {key, WithheldValue::Form::Email, it.next().captured(0), {}});
            }
        }
    }
    return out;
}

CaseTextRedactor::CaseTextRedactor(
    const CaseFile &caseFile, const RedactionPolicy &policy, const QList<ClientField> &alsoWithheld)
    : m_case(caseFile)
    , m_policy(policy)
    , m_scanner(withheldValues(caseFile, policy, alsoWithheld), &StatusLexicon::builtIn())
{ }

QString CaseTextRedactor::redact(
    const QString &text, const QString &field, QList<TextFinding> *findings) const
{
    const QList<TextMatch> matches = m_scanner.scan(text);
    if (matches.isEmpty())
        return text;
    // Values always go; phrases when the policy says. Phrase contexts come from the result, so a
    // value next to a phrase is never repeated in the context.
    QString out;
    qsizetype done = 0;
    struct Shown
    {
        qsizetype start;
        qsizetype length;
        TextFinding finding;
    };
    QList<Shown> phrases;
    for (const TextMatch &m : matches) {
        out += QStringView(text).mid(done, m.start - done);
        const QString original = text.mid(m.start, m.length);
        const bool mask = m.kind == TextMatch::Kind::WithheldValue || m_policy.masksStatusPhrases();
        TextFinding finding {field, m.kind, m.key,
            m.kind == TextMatch::Kind::StatusPhrase ? original : QString(), QString(), mask};
        const QString shown = mask ? TextScanner::maskText() : original;
        if (m.kind == TextMatch::Kind::StatusPhrase)
            phrases.append(Shown {out.size(), shown.size(), finding});
        else if (findings)
            findings->append(finding);
        out += shown;
        done = m.start + m.length;
    }
    out += QStringView(text).mid(done);
    if (findings) {
        for (Shown &s : phrases) {
            const qsizetype from = std::max<qsizetype>(0, s.start - kContext);
            const qsizetype to = std::min(out.size(), s.start + s.length + kContext);
            s.finding.context = oneLine((from > 0 ? QStringLiteral("…") : QString())
                + out.mid(from, to - from) + (to < out.size() ? QStringLiteral("…") : QString()));
            findings->append(s.finding);
        }
    }
    return out;
}

RedactedCase CaseTextRedactor::apply() const
{
    RedactedCase r {m_case, {}};
    CaseFile &c = r.caseFile;
    QList<TextFinding> *f = &r.findings;
    c.client.notes = redact(
        c.client.notes, QCoreApplication::translate("CaseTextRedactor", "Client notes"), f);
    for (qsizetype i = 0; i < c.incidents.size(); ++i) {
        Incident &inc = c.incidents[i];
        const auto where = [i](const char *what) {
            return QCoreApplication::translate("CaseTextRedactor", "Incident %1, %2")
                .arg(i + 1)
                .arg(label(what));
        };
        inc.location
            = redact(inc.location, where(QT_TRANSLATE_NOOP("CaseTextRedactor", "place")), f);
        inc.policeDistrict = redact(
            inc.policeDistrict, where(QT_TRANSLATE_NOOP("CaseTextRedactor", "police district")), f);
        inc.agency = redact(inc.agency, where(QT_TRANSLATE_NOOP("CaseTextRedactor", "agency")), f);
        inc.narrative
            = redact(inc.narrative, where(QT_TRANSLATE_NOOP("CaseTextRedactor", "narrative")), f);
        for (qsizetype j = 0; j < inc.officers.size(); ++j) {
            Officer &o = inc.officers[j];
            const auto officer = [&](const char *what) {
                return QCoreApplication::translate(
                    "CaseTextRedactor", "Incident %1, officer %2, %3")
                    .arg(i + 1)
                    .arg(j + 1)
                    .arg(label(what));
            };
            o.name = redact(o.name, officer(QT_TRANSLATE_NOOP("CaseTextRedactor", "name")), f);
            o.badgeNumber = redact(
                o.badgeNumber, officer(QT_TRANSLATE_NOOP("CaseTextRedactor", "badge number")), f);
            o.unit = redact(o.unit, officer(QT_TRANSLATE_NOOP("CaseTextRedactor", "unit")), f);
            o.description = redact(
                o.description, officer(QT_TRANSLATE_NOOP("CaseTextRedactor", "description")), f);
        }
        for (qsizetype j = 0; j < inc.witnesses.size(); ++j) {
            Witness &w = inc.witnesses[j];
            const auto witness = [&](const char *what) {
                return QCoreApplication::translate(
                    "CaseTextRedactor", "Incident %1, witness %2, %3")
                    .arg(i + 1)
                    .arg(j + 1)
                    .arg(label(what));
            };
            w.name = redact(w.name, witness(QT_TRANSLATE_NOOP("CaseTextRedactor", "name")), f);
            // A contact that is withheld leaves the app as a whole or not at all; one that is
            // included is scanned like any text (it may hold the client's own number).
            if (!m_policy.withholds(SensitiveDetail::WitnessContact))
                w.contact = redact(
                    w.contact, witness(QT_TRANSLATE_NOOP("CaseTextRedactor", "contact")), f);
            w.statement = redact(
                w.statement, witness(QT_TRANSLATE_NOOP("CaseTextRedactor", "statement")), f);
        }
    }
    for (qsizetype k = 0; k < c.evidence.size(); ++k) {
        EvidenceItem &e = c.evidence[k];
        const auto item = [k](const char *what) {
            return QCoreApplication::translate("CaseTextRedactor", "Evidence %1, %2")
                .arg(k + 1)
                .arg(label(what));
        };
        e.description
            = redact(e.description, item(QT_TRANSLATE_NOOP("CaseTextRedactor", "description")), f);
        e.originalName
            = redact(e.originalName, item(QT_TRANSLATE_NOOP("CaseTextRedactor", "file name")), f);
        e.source = redact(e.source, item(QT_TRANSLATE_NOOP("CaseTextRedactor", "provided by")), f);
    }
    for (qsizetype k = 0; k < c.complaints.size(); ++k) {
        ComplaintSubmission &s = c.complaints[k];
        const auto filing = [k](const char *what) {
            return QCoreApplication::translate("CaseTextRedactor", "Filing %1, %2")
                .arg(k + 1)
                .arg(label(what));
        };
        s.filedWith
            = redact(s.filedWith, filing(QT_TRANSLATE_NOOP("CaseTextRedactor", "filed with")), f);
        s.channel = redact(s.channel, filing(QT_TRANSLATE_NOOP("CaseTextRedactor", "channel")), f);
        s.trackingNumber = redact(
            s.trackingNumber, filing(QT_TRANSLATE_NOOP("CaseTextRedactor", "tracking number")), f);
        s.status = redact(s.status, filing(QT_TRANSLATE_NOOP("CaseTextRedactor", "status")), f);
    }
    for (qsizetype k = 0; k < c.followUps.size(); ++k)
        c.followUps[k].note = redact(c.followUps[k].note,
            QCoreApplication::translate("CaseTextRedactor", "Follow-up %1, note").arg(k + 1), f);
    return r;
}

} // namespace td
