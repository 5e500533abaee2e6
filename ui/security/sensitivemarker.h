#pragma once

#include <QIcon>
#include <QString>

class QLabel;
class QWidget;

namespace td::ui {

/// The one look of "this is sensitive" wherever a sensitive fact is entered or chosen: a lock icon
/// and a tooltip saying it is withheld unless someone deliberately includes it.
namespace SensitiveMarker {

QString toolTip();
QIcon icon();
/// A small lock with the tooltip, to sit beside a field's label or a column header.
QLabel *createLock(const QString &objectName, QWidget *parent);
/// Marks an input: the "sensitive" property, the tooltip and the accessible description. Call again
/// after a language change.
void markInput(QWidget *input);

} // namespace SensitiveMarker
} // namespace td::ui
