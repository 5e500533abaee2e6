#pragma once

#include <QString>

#include <QtGlobal>

namespace td::ui {

/// The window's status line for the case list: "12 cases", "3 matching cases", or, when the
/// count stopped at its cap (CaseListModel::totalIsLowerBound), "More than 10,000 cases".
QString caseCountText(qint64 matching, bool filtered, bool moreThan);

} // namespace td::ui
