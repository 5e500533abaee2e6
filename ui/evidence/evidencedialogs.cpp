#include "evidencedialogs.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QUrl>

#include <utility>

namespace td::ui {

std::optional<QStringList> EvidenceDialogs::s_nextFiles;
std::optional<std::optional<QString>> EvidenceDialogs::s_nextReason;
bool EvidenceDialogs::s_recordOpensOnly = false;
QString EvidenceDialogs::s_lastOpened;

QStringList EvidenceDialogs::filesToAttach(QWidget *parent, const QString &folder)
{
    if (s_nextFiles)
        return std::exchange(s_nextFiles, std::nullopt).value();
    return QFileDialog::getOpenFileNames(parent,
        QCoreApplication::translate("EvidenceDialogs", "Attach Evidence Files"), folder,
        QCoreApplication::translate("EvidenceDialogs", "All files (*)"));
}

std::optional<QString> EvidenceDialogs::removalReason(QWidget *parent, const QString &name)
{
    if (s_nextReason)
        return std::exchange(s_nextReason, std::nullopt).value();
    bool ok = false;
    const QString reason = QInputDialog::getText(parent,
        QCoreApplication::translate("EvidenceDialogs", "Remove Evidence"),
        QCoreApplication::translate("EvidenceDialogs",
            "Remove \"%1\" from this case?\n\nIts file leaves the evidence store unless another "
            "case holds the same file. Say why: the reason stays in the chain of custody.")
            .arg(name),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

void EvidenceDialogs::openExternally(QWidget *parent, const QString &path)
{
    Q_UNUSED(parent)
    s_lastOpened = path;
    if (s_recordOpensOnly)
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void EvidenceDialogs::setNextFiles(const QStringList &files)
{
    s_nextFiles = files;
}

void EvidenceDialogs::setNextRemovalReason(const std::optional<QString> &reason)
{
    s_nextReason = reason;
}

void EvidenceDialogs::setRecordOpensOnly(bool on)
{
    s_recordOpensOnly = on;
}

QString EvidenceDialogs::lastOpened()
{
    return s_lastOpened;
}

} // namespace td::ui
