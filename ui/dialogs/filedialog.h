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
    /// Where to save a PDF; ".pdf" is added when the name has no suffix. Empty when cancelled.
    static QString savePdf(QWidget *parent, const QString &folder, const QString &suggestedName);
    /// A folder to read from (e.g. a guidance pack). Empty when cancelled.
    static QString existingFolder(QWidget *parent, const QString &title, const QString &folder);

    /// Test seam: the next call returns this (an empty string means "cancelled").
    static void setNextFileName(const QString &path);

private:
    static std::optional<QString> takeNext();
    static std::optional<QString> s_next;
};

} // namespace td::ui
