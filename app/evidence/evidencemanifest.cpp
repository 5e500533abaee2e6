#include "evidencemanifest.h"

#include "evidencelabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

namespace td {
namespace {

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(iso(dt)) : QJsonValue(QJsonValue::Null);
}

QJsonObject custodyJson(const CustodyEvent &e)
{
    return QJsonObject {{QStringLiteral("occurred_at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), e.actor}, {QStringLiteral("action"), e.action},
        {QStringLiteral("evidence_id"), e.evidenceId}, {QStringLiteral("sha256"), e.sha256},
        {QStringLiteral("observed_sha256"), e.observedSha256},
        {QStringLiteral("detail"), e.detail}};
}

QString custodyLine(const CustodyEvent &e)
{
    QString line = QStringLiteral("%1  %2  %3")
                       .arg(e.at.toUTC().toString(Qt::ISODate), e.action.leftJustified(7), e.actor);
    if (!e.observedSha256.isEmpty())
        line += QStringLiteral("  sha256=%1").arg(e.observedSha256);
    if (!e.detail.isEmpty())
        line += QStringLiteral("  (%1)").arg(e.detail);
    return line;
}

} // namespace

EvidenceManifest::EvidenceManifest(QString caseReference, QString exportedBy, QDateTime exportedAt,
    QList<ManifestEntry> entries, QList<CustodyEvent> custody, bool withOriginalNames)
    : m_caseReference(std::move(caseReference))
    , m_exportedBy(std::move(exportedBy))
    , m_exportedAt(std::move(exportedAt))
    , m_entries(std::move(entries))
    , m_custody(std::move(custody))
    , m_withOriginalNames(withOriginalNames)
{ }

QString EvidenceManifest::metadataCode(ManifestEntry::Metadata metadata)
{
    switch (metadata) {
    case ManifestEntry::Metadata::Removed:
        return QStringLiteral("removed");
    case ManifestEntry::Metadata::NoneFound:
        return QStringLiteral("none_found");
    case ManifestEntry::Metadata::Kept:
        return QStringLiteral("kept");
    case ManifestEntry::Metadata::NotRemovable:
        return QStringLiteral("not_removable");
    }
    return {};
}

QString EvidenceManifest::statusCode(ManifestEntry::Status status)
{
    switch (status) {
    case ManifestEntry::Status::Exported:
        return QStringLiteral("exported");
    case ManifestEntry::Status::MetadataOnly:
        return QStringLiteral("metadata_only");
    case ManifestEntry::Status::Changed:
        return QStringLiteral("changed");
    case ManifestEntry::Status::Missing:
        return QStringLiteral("missing");
    case ManifestEntry::Status::NotCleaned:
        return QStringLiteral("not_cleaned");
    }
    return {};
}

QList<CustodyEvent> EvidenceManifest::custodyOf(qint64 evidenceId) const
{
    QList<CustodyEvent> out;
    for (const auto &e : m_custody) {
        if (e.evidenceId == evidenceId)
            out.append(e);
    }
    return out;
}

QByteArray EvidenceManifest::json() const
{
    QJsonArray items;
    QSet<qint64> listed;
    for (const auto &entry : m_entries) {
        const auto &item = entry.evidence.item;
        listed.insert(item.id);
        QJsonArray custody;
        for (const auto &e : custodyOf(item.id))
            custody.append(custodyJson(e));
        items.append(QJsonObject {
            {QStringLiteral("file"),
                entry.fileName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(entry.fileName)},
            {QStringLiteral("status"), statusCode(entry.status)},
            {QStringLiteral("evidence_id"), item.id},
            {QStringLiteral("redacted_copy_of"),
                entry.evidence.isRedactedCopy() ? QJsonValue(entry.evidence.parentId)
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("original_name"),
                m_withOriginalNames ? QJsonValue(item.originalName) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("media_type"), item.mediaType},
            {QStringLiteral("size_bytes"), item.sizeBytes},
            {QStringLiteral("sha256"), item.sha256},
            {QStringLiteral("exported_sha256"),
                entry.exportedSha256.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(entry.exportedSha256)},
            {QStringLiteral("metadata"),
                entry.fileName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(metadataCode(entry.metadata))},
            {QStringLiteral("metadata_removed"), QJsonArray::fromStringList(entry.metadataRemoved)},
            {QStringLiteral("captured_at"), isoOrNull(item.capturedAt)},
            {QStringLiteral("captured_origin"), captureOriginCode(item.capturedOrigin)},
            {QStringLiteral("added_by"), item.addedBy},
            {QStringLiteral("added_at"), isoOrNull(item.addedAt)},
            {QStringLiteral("description"), item.description},
            {QStringLiteral("source"), item.source},
            {QStringLiteral("custody"), custody},
        });
    }
    // Items removed from the case keep their custody (with the reason) in the hand-over too.
    QJsonArray removed;
    for (const auto &e : m_custody) {
        if (!listed.contains(e.evidenceId))
            removed.append(custodyJson(e));
    }
    const QJsonObject root {
        {QStringLiteral("format"), QStringLiteral("trustdesk-evidence-manifest")},
        {QStringLiteral("version"), 3},
        {QStringLiteral("case_reference"), m_caseReference},
        {QStringLiteral("original_names"),
            m_withOriginalNames ? QStringLiteral("included") : QStringLiteral("withheld")},
        {QStringLiteral("exported_at"), iso(m_exportedAt)},
        {QStringLiteral("exported_by"), m_exportedBy},
        {QStringLiteral("hash_algorithm"), QStringLiteral("SHA-256")},
        {QStringLiteral("items"), items},
        {QStringLiteral("removed_items_custody"), removed},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray EvidenceManifest::text() const
{
    QString out;
    QTextStream s(&out);
    s << QCoreApplication::translate("EvidenceManifest", "TrustDesk evidence export") << '\n'
      << QCoreApplication::translate("EvidenceManifest", "Case: %1").arg(m_caseReference) << '\n'
      << QCoreApplication::translate("EvidenceManifest", "Exported: %1 by %2")
             .arg(iso(m_exportedAt), m_exportedBy)
      << '\n'
      << QCoreApplication::translate("EvidenceManifest", "Items: %1").arg(m_entries.size()) << '\n'
      << QCoreApplication::translate(
             "EvidenceManifest", "Check the files with: sha256sum -c SHA256SUMS")
      << "\n\n";
    // A copy names its original by the original's number in this list (and file name), as a
    // reader of the hand-over sees it; the evidence id only when the original is not in it.
    QHash<qint64, int> positions;
    for (int i = 0; i < m_entries.size(); ++i)
        positions.insert(m_entries.at(i).evidence.item.id, i + 1);
    int n = 0;
    QSet<qint64> listed;
    for (const auto &entry : m_entries) {
        const auto &item = entry.evidence.item;
        listed.insert(item.id);
        s << ++n << ". "
          << (entry.fileName.isEmpty()
                     ? QCoreApplication::translate("EvidenceManifest", "(no file)")
                     : entry.fileName)
          << '\n';
        if (entry.evidence.isRedactedCopy())
            s << "   "
              << EvidenceLabels::redactedCopyOf(
                     positions.value(entry.evidence.parentId, int(entry.evidence.parentId)))
              << '\n';
        s << "   "
          << QCoreApplication::translate("EvidenceManifest", "Status: %1")
                 .arg(statusCode(entry.status))
          << '\n';
        s << "   "
          << QCoreApplication::translate("EvidenceManifest", "Original name: %1")
                 .arg(m_withOriginalNames
                         ? item.originalName
                         : QCoreApplication::translate("EvidenceManifest", "withheld"))
          << '\n';
        s << "   "
          << QCoreApplication::translate("EvidenceManifest", "Media type: %1").arg(item.mediaType)
          << '\n';
        s << "   "
          << QCoreApplication::translate("EvidenceManifest", "Size: %1 bytes").arg(item.sizeBytes)
          << '\n';
        s << "   "
          << QCoreApplication::translate("EvidenceManifest", "SHA-256: %1").arg(item.sha256)
          << '\n';
        if (!entry.fileName.isEmpty()) {
            QString metadata;
            switch (entry.metadata) {
            case ManifestEntry::Metadata::Removed:
                metadata = QCoreApplication::translate(
                    "EvidenceManifest", "removed from this copy (%1); SHA-256 of the copy: %2")
                               .arg(entry.metadataRemoved.join(QStringLiteral(", ")),
                                   entry.exportedSha256);
                break;
            case ManifestEntry::Metadata::NoneFound:
                metadata = QCoreApplication::translate("EvidenceManifest", "none found");
                break;
            case ManifestEntry::Metadata::Kept:
                metadata = QCoreApplication::translate(
                    "EvidenceManifest", "kept as stored (included on purpose)");
                break;
            case ManifestEntry::Metadata::NotRemovable:
                metadata = QCoreApplication::translate(
                    "EvidenceManifest", "not removed: TrustDesk cannot clean this kind of file");
                break;
            }
            s << "   "
              << QCoreApplication::translate("EvidenceManifest", "Metadata: %1").arg(metadata)
              << '\n';
        }
        s << "   "
          << QCoreApplication::translate("EvidenceManifest", "Captured: %1")
                 .arg(item.capturedAt.isValid()
                         ? QCoreApplication::translate("EvidenceManifest", "%1 (%2)")
                               .arg(iso(item.capturedAt),
                                   EvidenceLabels::capturedOrigin(item.capturedOrigin))
                         : QCoreApplication::translate("EvidenceManifest", "unknown"))
          << '\n';
        s << "   "
          << QCoreApplication::translate("EvidenceManifest", "Added: %1 by %2")
                 .arg(iso(item.addedAt), item.addedBy)
          << '\n';
        if (!item.source.isEmpty())
            s << "   "
              << QCoreApplication::translate("EvidenceManifest", "Source: %1").arg(item.source)
              << '\n';
        if (!item.description.isEmpty())
            s << "   "
              << QCoreApplication::translate("EvidenceManifest", "Description: %1")
                     .arg(item.description)
              << '\n';
        s << "   " << QCoreApplication::translate("EvidenceManifest", "Chain of custody:") << '\n';
        for (const auto &e : custodyOf(item.id))
            s << "     " << custodyLine(e) << '\n';
        s << '\n';
    }
    bool header = false;
    for (const auto &e : m_custody) {
        if (listed.contains(e.evidenceId))
            continue;
        if (!header) {
            s << QCoreApplication::translate(
                "EvidenceManifest", "Custody of items removed from the case:")
              << '\n';
            header = true;
        }
        s << "     " << QCoreApplication::translate("EvidenceManifest", "item %1").arg(e.evidenceId)
          << "  " << custodyLine(e) << '\n';
    }
    s.flush();
    return out.toUtf8();
}

QByteArray EvidenceManifest::sha256sums() const
{
    QByteArray out;
    for (const auto &entry : m_entries) {
        if (entry.fileName.isEmpty())
            continue;
        // The hash of the file as it is in the folder: a copy without metadata has its own.
        const QString sha256
            = entry.exportedSha256.isEmpty() ? entry.evidence.item.sha256 : entry.exportedSha256;
        out += sha256.toLatin1() + "  " + entry.fileName.toUtf8() + '\n';
    }
    return out;
}

} // namespace td
