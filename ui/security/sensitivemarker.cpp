#include "sensitivemarker.h"

#include <QCoreApplication>
#include <QLabel>

namespace td::ui::SensitiveMarker {

// The texts keep the "ClientForm" context they were first translated in, so every existing
// translation still applies now that witness contacts share them.
QString toolTip()
{
    return QCoreApplication::translate("ClientForm",
        "Sensitive: withheld from complaint reports, exports and printouts unless "
        "someone deliberately includes it (which is recorded).");
}

QIcon icon()
{
    return QIcon(QStringLiteral(":/ui/icons/sensitive.svg"));
}

QLabel *createLock(const QString &objectName, QWidget *parent)
{
    auto *lock = new QLabel(parent);
    lock->setObjectName(objectName);
    lock->setPixmap(icon().pixmap(14, 14));
    lock->setToolTip(toolTip());
    lock->setAccessibleName(QCoreApplication::translate("ClientForm", "Sensitive field"));
    return lock;
}

void markInput(QWidget *input)
{
    input->setProperty("sensitive", true);
    input->setToolTip(toolTip());
    input->setAccessibleDescription(toolTip());
}

} // namespace td::ui::SensitiveMarker
