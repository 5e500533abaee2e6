#include "drivernotices.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace td::cli {
namespace {

QtMessageHandler previousHandler = nullptr;

void dropDriverNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement:")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

void quietDriverNotices()
{
    previousHandler = qInstallMessageHandler(dropDriverNotices);
}

} // namespace td::cli
