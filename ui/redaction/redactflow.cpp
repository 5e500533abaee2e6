#include "redactflow.h"

#include "evidence/evidencenames.h"
#include "redactdialog.h"
#include "redaction/imageredactor.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScopeGuard>

namespace td::ui::RedactFlow {

Result<Outcome> run(QWidget *parent, Database &db, const StoredEvidence &item,
    const QByteArray &content, const QString &actor)
{
    ImageRedactor::Loaded loaded;
    {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        auto image = ImageRedactor::decodeUpright(content);
        if (!image)
            return image.error();
        loaded.image = std::move(image.value());
    }
    loaded.jpeg = item.item.mediaType == QLatin1String("image/jpeg");
    loaded.evidence = item;

    RedactDialog dialog(loaded.image, EvidenceNames::displayName(item.item.originalName), parent);
    if (dialog.exec() != QDialog::Accepted)
        return Outcome {};
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    EvidenceStore store(db, actor);
    auto stored = ImageRedactor::redactLoaded(store, loaded, dialog.boxes(), dialog.method());
    if (!stored)
        return stored.error();
    return Outcome {
        stored->evidence.item.id, stored->outcome == AttachResult::Outcome::AlreadyAttached};
}

} // namespace td::ui::RedactFlow
