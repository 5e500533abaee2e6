#include "backupmessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStringList>

namespace td::ui::BackupMessages {
namespace {

constexpr int kMaxLines = 8;

} // namespace

QString path(const QString &path)
{
    // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode bidi isolates).
    return QChar(0x2068) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

QString details(const QString &message)
{
    QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() <= kMaxLines)
        return lines.join(QLatin1Char('\n'));
    const int more = int(lines.size() - kMaxLines);
    lines.resize(kMaxLines);
    lines.append(QCoreApplication::translate("BackupMessages", "…and %n more.", nullptr, more));
    return lines.join(QLatin1Char('\n'));
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace td::ui::BackupMessages
