// The baseline for the start-up benchmark: a bare Qt Widgets window (a main window with a table
// and a status bar, no data), measured exactly like trustdesk through the same FirstPaintHook.
#include "startup/firstpainthook.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto *table = new QTableWidget(0, 4, &window);
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1024, 768);
    window.show();
    td::ui::FirstPaintHook::installIfRequested(window);
    return QApplication::exec();
}
