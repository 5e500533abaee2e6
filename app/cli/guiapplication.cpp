#include "guiapplication.h"

#include <QGuiApplication>

#include <cstdio>

namespace td::cli {

namespace {

QtMessageHandler previousHandler = nullptr;

// Qt notes on stderr when XDG_RUNTIME_DIR is unset, as it is under cron, su or in a container.
// A person or script running a printing command can do nothing about it, and scripts read
// stderr for errors: drop exactly that notice and pass every other message on.
void dropRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

std::unique_ptr<QCoreApplication> makeGuiApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        previousHandler = qInstallMessageHandler(dropRuntimeDirNotice);
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace td::cli
