#include "caseexporter.h"

#include "casejson.h"
#include "interchangeformat.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace td {
namespace {

/// Indents every line of a QJsonDocument dump so it nests inside the envelope's "cases" array.
QByteArray nested(const QByteArray &json)
{
    static const QByteArray indent(8, ' ');
    QByteArray out;
    out.reserve(json.size() + json.size() / 8);
    const auto lines = json.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        if (!out.isEmpty())
            out += '\n';
        out += indent + lines.at(i);
    }
    return out;
}

Status writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("CaseExporter", "Could not write the export: %1")
                .arg(out.errorString())};
    return {};
}

} // namespace

CaseExporter::CaseExporter(CaseRepository &repository)
    : m_repository(repository)
{ }

Result<QList<qint64>> CaseExporter::allIds()
{
    QList<qint64> ids;
    qint64 before = 0;
    constexpr int kPage = 5000;
    for (;;) {
        auto page = m_repository.page(CaseQuery {}, before, kPage);
        if (!page)
            return page.error();
        for (const auto &summary : std::as_const(page.value()))
            ids.append(summary.id);
        if (page->size() < kPage)
            break;
        before = page->constLast().id;
    }
    std::reverse(ids.begin(), ids.end());
    return ids;
}

Result<QList<qint64>> CaseExporter::idsFor(const QStringList &references)
{
    QList<qint64> ids;
    for (const auto &reference : references) {
        auto id = m_repository.idForReference(reference);
        if (!id)
            return id.error();
        if (!ids.contains(id.value()))
            ids.append(id.value());
    }
    return ids;
}

Status CaseExporter::write(QIODevice &out, const QList<qint64> &ids, const RedactionPolicy &policy,
    const std::function<void(qsizetype, qsizetype)> &progress)
{
    const QStringList included = policy.includedKeys();
    const QString detail = included.isEmpty()
        ? QString()
        : QStringLiteral("included: %1").arg(included.join(QLatin1String(", ")));
    // On the record before the first byte leaves: a reader that stops early (a pipe into head,
    // a full disk) has still received what the log says it may have.
    auto references = m_repository.referencesOf(ids);
    if (!references)
        return references.error();
    if (auto s = m_repository.recordEach(QStringLiteral("case.export"), references.value(), detail);
        !s)
        return s;
    qsizetype written = 0;
    const auto cutOff = [&](const Error &error) -> Status {
        // Which cases may have left is already logged; say that this export did not finish.
        (void)m_repository.recordEach(QStringLiteral("case.export_aborted"), references.value(),
            QStringLiteral("after %1 of %2 case(s)").arg(written).arg(ids.size()));
        return error;
    };

    if (auto s = writeAll(out, QByteArrayLiteral("{\n    \"cases\": [")); !s)
        return cutOff(s.error());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto loaded = m_repository.load(ids.at(i));
        if (!loaded)
            return cutOff(loaded.error());
        const RedactedCase redacted = CaseTextRedactor(loaded.value(), policy).apply();
        if (m_findings && !redacted.findings.isEmpty())
            m_findings(loaded->reference, redacted.findings);
        const QByteArray json = QJsonDocument(CaseJson::write(redacted.caseFile, policy))
                                    .toJson(QJsonDocument::Indented);
        if (auto s = writeAll(
                out, (i == 0 ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n")) + nested(json));
            !s)
            return cutOff(s.error());
        written = i + 1;
        if (progress && (i % 256 == 0 || i + 1 == ids.size()))
            progress(i + 1, ids.size());
    }
    // The rest of the envelope, formatted by QJsonDocument itself so the file reads as one
    // document.
    const QJsonObject tail {{QStringLiteral("format"), InterchangeFormat::name()},
        {QStringLiteral("version"), InterchangeFormat::version()},
        {QStringLiteral("withheld_fields"), QJsonArray::fromStringList(policy.withheldKeys())}};
    QByteArray tailJson = QJsonDocument(tail).toJson(QJsonDocument::Indented);
    tailJson.remove(0, tailJson.indexOf('\n') + 1); // drop the opening brace
    if (auto s = writeAll(out, QByteArrayLiteral("\n    ],\n") + tailJson); !s)
        return cutOff(s.error());
    if (auto *file = qobject_cast<QFileDevice *>(&out); file && !file->flush())
        return cutOff(Error {ErrorKind::Io,
            QCoreApplication::translate("CaseExporter", "Could not write the export: %1")
                .arg(file->errorString())});
    return {};
}

} // namespace td
