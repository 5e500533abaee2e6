#pragma once

#include <memory>

class QCoreApplication;

namespace td::cli {

/// An offscreen QGuiApplication (unless QT_QPA_PLATFORM says otherwise), for the commands that
/// lay out text or decode images. Only trustdesk-cli-print links it.
std::unique_ptr<QCoreApplication> makeGuiApplication(int &argc, char **argv);

} // namespace td::cli
