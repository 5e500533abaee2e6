#pragma once

#include <QString>

namespace td::ui {

/// The status bar's words for a window on an office server: which database on which server,
/// and who is connected in which role (docs/office-mode.md, "People and roles").
namespace OfficeStatus {

/// "caseworker", "supervisor", "admin" in the person's language; other text as it is.
QString roleName(const QString &role);
/// "Office server: office on db.example.org, login ana (caseworker)"; without a role (an older
/// schema, or a login in no office role) the parenthesis is left out.
QString serverLabel(
    const QString &database, const QString &host, const QString &login, const QString &role);

} // namespace OfficeStatus
} // namespace td::ui
