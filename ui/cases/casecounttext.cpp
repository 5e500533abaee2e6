#include "casecounttext.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace td::ui {

QString caseCountText(qint64 matching, bool filtered, bool moreThan)
{
    // The context is the window's, whose status line this is and whose translations the
    // first two strings already have.
    const int n = int(std::clamp<qint64>(matching, 0, std::numeric_limits<int>::max()));
    if (moreThan)
        return filtered ? QCoreApplication::translate(
                   "td::ui::MainWindow", "More than %Ln matching case(s)", nullptr, n)
                        : QCoreApplication::translate(
                            "td::ui::MainWindow", "More than %Ln case(s)", nullptr, n);
    return filtered
        ? QCoreApplication::translate("td::ui::MainWindow", "%Ln matching case(s)", nullptr, n)
        : QCoreApplication::translate("td::ui::MainWindow", "%Ln case(s)", nullptr, n);
}

} // namespace td::ui
