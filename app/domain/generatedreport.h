#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace td {

/// The record of one document generated from a case (a complaint submission or a client copy):
/// what went where, with which sensitive fields, and the SHA-256 of the file that was written.
struct GeneratedReport
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; ///< "complaint" or "client_copy"
    QDateTime generatedAt; ///< UTC
    QString
        recipient; ///< a recipient key ("bpd-iad", "accountability") or the body's name as typed
    QStringList
        includedFields; ///< keys of the sensitive client fields deliberately included, never values
    QString sha256; ///< of the PDF as written, lowercase hex
    QString paper; ///< "a4" or "letter"
    QString language; ///< the document's language code

    friend bool operator==(const GeneratedReport &, const GeneratedReport &) = default;
};

} // namespace td
