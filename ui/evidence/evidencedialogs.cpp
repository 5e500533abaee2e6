#include "evidencedialogs.h"

#include "dialogs/dialogseam.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QUrl>

namespace td::ui {

using Kind = DialogSeam::Kind;

QStringList EvidenceDialogs::filesToAttach(QWidget *parent, const QString &folder)
{
    if (const auto next = DialogSeam::take(Kind::Files))
        return next->toStringList();
    return QFileDialog::getOpenFileNames(parent,
        QCoreApplication::translate("EvidenceDialogs", "Attach Evidence Files"), folder,
        QCoreApplication::translate("EvidenceDialogs", "All files (*)"));
}

std::optional<QString> EvidenceDialogs::removalReason(QWidget *parent, const QString &name)
{
    if (const auto next = DialogSeam::take(Kind::Text)) {
        if (!next->isValid())
            return std::nullopt;
        return next->toString();
    }
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
    DialogSeam::open(QUrl::fromLocalFile(path));
}

void EvidenceDialogs::setNextFiles(const QStringList &files)
{
    DialogSeam::replace(Kind::Files, QList<QVariant> {QVariant(files)});
}

void EvidenceDialogs::setNextRemovalReason(const std::optional<QString> &reason)
{
    DialogSeam::replace(Kind::Text, {reason ? QVariant(*reason) : QVariant()});
}

void EvidenceDialogs::setRecordOpensOnly(bool on)
{
    DialogSeam::setRecordHandOffsOnly(on);
}

QString EvidenceDialogs::lastOpened()
{
    return DialogSeam::lastOpened().toLocalFile();
}

} // namespace td::ui
