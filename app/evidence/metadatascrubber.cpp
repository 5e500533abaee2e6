#include "metadatascrubber.h"

#include "imagemetadata.h"

#include "common/sandbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace td::MetadataScrubber {
namespace {

constexpr int kQpdfTimeoutMs = 120000;
constexpr qint64 kQpdfMemoryBytes = 2LL * 1024 * 1024 * 1024;

} // namespace

Kind kindOf(const QByteArray &head)
{
    if (ImageMetadata::isJpeg(head))
        return Kind::Jpeg;
    if (ImageMetadata::isPng(head))
        return Kind::Png;
    if (head.startsWith("%PDF-"))
        return Kind::Pdf;
    return Kind::Other;
}

Result<Scrubbed> scrubImage(const QByteArray &bytes)
{
    const Kind kind = kindOf(bytes.first(std::min<qsizetype>(bytes.size(), 16)));
    if (kind == Kind::Jpeg || kind == Kind::Png) {
        const auto stripped
            = kind == Kind::Jpeg ? ImageMetadata::stripJpeg(bytes) : ImageMetadata::stripPng(bytes);
        if (!stripped)
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("MetadataScrubber",
                    "This image is damaged or in a form TrustDesk cannot clean of metadata.")};
        return Scrubbed {Outcome::Stripped, stripped->bytes,
            kind == Kind::Jpeg ? QStringLiteral("jpg") : QStringLiteral("png"), stripped->removed};
    }
    return Scrubbed {};
}

QString qpdfPath()
{
    return QStringLiteral("/usr/bin/qpdf");
}

Status scrubPdf(const QString &input, const QString &output)
{
    const QFileInfo out(output);
    if (out.exists())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "MetadataScrubber", "The cleaned PDF would overwrite a file.")};
    const auto command = Sandbox::isolated(qpdfPath(),
        {QStringLiteral("--empty"), QStringLiteral("--deterministic-id"),
            QStringLiteral("--no-warn"), QStringLiteral("--pages"),
            QFileInfo(input).absoluteFilePath(), QStringLiteral("1-z"), QStringLiteral("--"),
            out.absoluteFilePath()},
        {.readOnly = {input},
            .writable = {out.absolutePath()},
            .addressSpaceBytes = kQpdfMemoryBytes});
    if (!command || !Sandbox::available())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("MetadataScrubber",
                "PDF metadata cannot be removed here: qpdf and bubblewrap (packages qpdf and "
                "bubblewrap) are needed to open the PDF safely.")};
    QProcess qpdf;
    qpdf.setStandardInputFile(QProcess::nullDevice());
    qpdf.start(command->program, command->arguments);
    const bool finished = qpdf.waitForFinished(kQpdfTimeoutMs);
    if (!finished) {
        qpdf.kill();
        qpdf.waitForFinished(3000);
    }
    // qpdf exits 0, or 3 when it repaired something on the way and still wrote the file.
    const bool ok = finished && qpdf.exitStatus() == QProcess::NormalExit
        && (qpdf.exitCode() == 0 || qpdf.exitCode() == 3) && QFileInfo(output).size() > 0;
    if (!ok) {
        QFile::remove(output);
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("MetadataScrubber",
                "This PDF is damaged or could not be rebuilt without its metadata.")};
    }
    return {};
}

} // namespace td::MetadataScrubber
