#include "guiapplication.h"

#include <QGuiApplication>

namespace td::cli {

std::unique_ptr<QCoreApplication> makeGuiApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace td::cli
