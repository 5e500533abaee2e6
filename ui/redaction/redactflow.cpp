#include "redactflow.h"

#include "evidence/evidencenames.h"
#include "redactdialog.h"
#include "redaction/imageredactor.h"
#include "redaction/redactjob.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScopeGuard>

namespace td::ui::RedactFlow {

Result<Outcome> run(QWidget *parent, const DatabaseSession &session, const StoredEvidence &item,
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
    dialog.setSaveJob(
        [session, loaded, actor](const QList<QRect> &boxes, RedactionRecord::Method method) {
            return new RedactJob(session, loaded, boxes, method, actor);
        });
    if (dialog.exec() != QDialog::Accepted || dialog.savedCopyId() == 0)
        return Outcome {};
    return Outcome {dialog.savedCopyId(), dialog.savedCopyExisted()};
}

} // namespace td::ui::RedactFlow
