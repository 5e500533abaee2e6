#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace td::ui {

/// File pickers through one seam: tests set the next answer instead of clicking a native dialog.
class FileDialog
{
public:
    static QString openDatabase(QWidget *parent, const QString &folder);
    static QString newDatabase(QWidget *parent, const QString &folder);

    /// Test seam: the next call returns this (an empty string means "cancelled").
    static void setNextFileName(const QString &path);

private:
    static std::optional<QString> takeNext();
    static std::optional<QString> s_next;
};

} // namespace td::ui
