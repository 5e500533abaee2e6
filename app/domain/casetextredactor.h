#pragma once

#include "casefile.h"
#include "redactionpolicy.h"
#include "textscanner.h"

#include <QList>
#include <QString>

namespace td {

/// One thing a scan found in a case's free text.
struct TextFinding
{
    QString field; ///< where, for people: "Incident 1, narrative" (translated)
    TextMatch::Kind kind = TextMatch::Kind::WithheldValue;
    QString key; ///< the withheld value's key ("a_number"), or the lexicon's language
    QString phrase; ///< a status phrase as written; empty for a value, which is never repeated
    QString context; ///< a status phrase with the words around it, on one line, values masked
    bool masked = false;
};

/// A case whose free text is ready to leave the app, and what was found in it.
struct RedactedCase
{
    CaseFile caseFile;
    QList<TextFinding> findings;

    QList<TextFinding> statusPhrases() const;
    /// Status phrases left as written (the caseworker did not ask to mask them).
    bool statusPhrasesLeft() const;
    qsizetype maskedValues() const;
};

/// Applies a RedactionPolicy to a case's free text: narratives, places, officer and witness
/// fields, witness statements, evidence descriptions and file names, filings, follow-up notes and
/// the client's notes. Every withheld value found there (RedactionPolicy::withheldFields(), the
/// witnesses' phone numbers and emails when their contact is withheld) is masked as "[withheld]";
/// phrases of the status lexicon are reported and masked only when the policy says so. The case
/// given is never changed: callers build their output from the copy.
class CaseTextRedactor
{
public:
    /// `alsoWithheld`: fields the output leaves out beyond the policy (an anonymous filing's name).
    CaseTextRedactor(const CaseFile &caseFile, const RedactionPolicy &policy,
        const QList<ClientField> &alsoWithheld = {});

    /// `text` as it may leave; what was found is appended to `findings` (may be null) under
    /// `field`.
    QString redact(const QString &text, const QString &field, QList<TextFinding> *findings) const;
    /// The whole case.
    RedactedCase apply() const;

    /// The values this output withholds, in the forms the scanner looks for.
    static QList<WithheldValue> withheldValues(const CaseFile &caseFile,
        const RedactionPolicy &policy, const QList<ClientField> &alsoWithheld = {});

private:
    CaseFile m_case;
    RedactionPolicy m_policy;
    TextScanner m_scanner;
};

} // namespace td
