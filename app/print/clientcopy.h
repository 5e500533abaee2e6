#pragma once

#include "common/officeprofile.h"
#include "common/result.h"
#include "complaintrecipient.h"
#include "domain/casefile.h"
#include "domain/casetextredactor.h"
#include "domain/generatedreport.h"
#include "printabledocument.h"

#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;
class QTranslator;

namespace td {

class GuidancePack;

/// What a client copy is printed for.
struct ClientCopyOptions
{
    QString languageCode; ///< empty: the client's preferred language (the pack's closest)
    ComplaintRecipient recipient; ///< named when the case records no submission yet
    QPageSize paper = QPageSize(QPageSize::Letter); ///< a US office's paper by default
    QDate generatedOn; ///< invalid: today
    bool maskStatusPhrases = false; ///< also mask phrases that may reveal immigration status
    /// How the client reaches the office, printed under the caseworker; unset: the office of
    /// this process (OfficeProfile::current()).
    std::optional<OfficeProfile> office;
};

/// The client's own short copy: what was filed (reference, body, date, tracking number, what it is
/// about) and the next steps exactly as the guidance pack's how-to article gives them, in the
/// client's language and direction. It names no sensitive fact and not even the client: a paper
/// found by the wrong person should say as little as possible.
class ClientCopy final : public PrintableDocument
{
public:
    ClientCopy(const CaseFile &caseFile, const GuidancePack &pack, ClientCopyOptions options);
    ~ClientCopy();
    Q_DISABLE_COPY_MOVE(ClientCopy)

    /// The language the copy is written in (a pack language; the source language as fallback).
    QString language() const { return m_language; }
    Qt::LayoutDirection direction() const;
    /// The summary part as HTML (deterministic for a fixed generatedOn).
    QString summaryHtml() const;
    /// The numbered next steps of the how-to article, as the pack writes them (Markdown).
    QString nextStepsMarkdown() const;
    /// What the case records about this copy once written as a PDF with the given SHA-256.
    GeneratedReport record(const QString &sha256) const override;

    /// What the scan of the free text it prints (the filings) found; withheld values are masked.
    const QList<TextFinding> &textFindings() const { return m_findings; }

    /// The how-to article's id in a pack.
    static QString howToArticleId() { return QStringLiteral("how-to"); }

protected:
    /// The case reference and "Your complaint" on each page, in the client's direction.
    Frame frame() const override;
    /// The summary, the next steps, the sources and the pack's review note.
    void fill(QTextDocument &document) const override;

private:
    QString text(const char *context, const char *sourceText) const;
    QDate generatedOn() const;

    CaseFile m_case; ///< free text already redacted: the copy withholds every sensitive field
    QList<TextFinding> m_findings;
    const GuidancePack &m_pack;
    ClientCopyOptions m_options;
    QString m_language;
    std::unique_ptr<QTranslator>
        m_translator; ///< the app's translation for the client's language, when built in
};

} // namespace td
