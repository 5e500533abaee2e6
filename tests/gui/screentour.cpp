// screentour: opens every window and dialog the main window's menus reach, plus the case editor's
// tabs, in one language, and saves a screenshot of the whole screen for each. It is run under a
// real (virtual) X server by `scripts/screenshot.sh --tour LANG DIR`, so that text is measured
// and drawn as a caseworker's desktop draws it, and a person looks at the pictures: clipped text,
// mixed alignment in right-to-left languages, English left in a translated window.
//
// Usage (normally through the script): screentour --db PATH --out DIR
// The language and the caseworker's profile come from the settings the script prepares. Every
// dialog is cancelled after its picture, so nothing is changed; use a throwaway copy anyway.
#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "common/appinfo.h"
#include "common/settings.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "preferences/translator.h"
#include "widgets/buttonlabelstyle.h"
#include "widgets/rowselection.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace td;
using namespace td::ui;

namespace {

// Milliseconds to let a window lay itself out and paint before the picture.
constexpr int kSettle = 1200;

class Tour : public QObject
{
public:
    Tour(MainWindow &window, QString out)
        : m_window(window)
        , m_out(std::move(out))
    { }

    void add(const QString &name, std::function<void()> step) { m_steps.append({name, step}); }

    void start()
    {
        QTimer::singleShot(kSettle, this, [this] { next(); });
    }

private:
    struct Step
    {
        QString name;
        std::function<void()> run;
    };

    void next()
    {
        if (m_index >= m_steps.size()) {
            QTextStream(stdout) << m_shots << " screenshots in " << m_out << "\n";
            QApplication::exit(0);
            return;
        }
        const Step step = m_steps.at(m_index++);
        m_current = step.name;
        m_extra = 0;
        // Later, from the event loop: an action that opens a modal dialog does not return until
        // the dialog closes, and the pictures are taken from timers inside that dialog's loop.
        QTimer::singleShot(0, this, [run = step.run] { run(); });
        QTimer::singleShot(kSettle, this, [this] { shootAndClose(); });
    }

    QList<QWidget *> otherWindows() const
    {
        QList<QWidget *> found;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != &m_window && w->isVisible() && !qobject_cast<QMenu *>(w))
                found.append(w);
        }
        return found;
    }

    void shoot(const QString &suffix)
    {
        const QString file = QDir(m_out).filePath(QStringLiteral("%1-%2%3.png")
                                                      .arg(m_index, 2, 10, QLatin1Char('0'))
                                                      .arg(m_current, suffix));
        QScreen *screen = QGuiApplication::primaryScreen();
        if (screen && screen->grabWindow(0).save(file))
            ++m_shots;
        else
            QTextStream(stderr) << "could not save " << file << "\n";
    }

    // A picture of the screen, then every window the step opened is cancelled. A flow that
    // answers a cancel with another window (a question, a file dialog) gets pictures too, up to
    // three, and then the tour moves on.
    void shootAndClose()
    {
        shoot(m_extra == 0 ? QString() : QStringLiteral("-%1").arg(m_extra));
        const QList<QWidget *> open = otherWindows();
        for (QWidget *w : open) {
            if (auto *dialog = qobject_cast<QDialog *>(w))
                dialog->reject();
            else
                w->close();
        }
        QTimer::singleShot(kSettle / 2, this, [this, opened = !open.isEmpty()] {
            if (opened && !otherWindows().isEmpty() && ++m_extra <= 3) {
                QTimer::singleShot(kSettle / 2, this, [this] { shootAndClose(); });
                return;
            }
            for (QWidget *w : otherWindows())
                w->close();
            next();
        });
    }

    MainWindow &m_window;
    QString m_out;
    QList<Step> m_steps;
    qsizetype m_index = 0;
    QString m_current;
    int m_extra = 0;
    int m_shots = 0;
};

// The first case of the list, selected and current (the list fills in after the window shows,
// later on a loaded machine: wait for it up to five seconds).
void selectFirstCase(QTableView *table)
{
    if (!table || !table->model())
        return;
    QElapsedTimer waited;
    waited.start();
    while (table->model()->rowCount() == 0 && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (table->model()->rowCount() > 0) {
        table->setFocus();
        selectRow(table, 0);
    }
}

QString fileNamePart(QString text)
{
    text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("action") : out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initApplicationInfo();
    ButtonLabelStyle::installOnApplication(); // as the app's main() does
    const QStringList args = QApplication::arguments();
    const auto value = [&args](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString db = value(QStringLiteral("--db"));
    const QString out = value(QStringLiteral("--out"));
    if (db.isEmpty() || out.isEmpty() || !QDir().mkpath(out)) {
        QTextStream(stderr) << "usage: screentour --db PATH --out DIR\n";
        return 2;
    }

    Settings settings;
    Translator::install(settings.language());
    MainWindow window(settings);
    if (!window.openDatabase(db))
        return 1;
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.show();

    Tour tour(window, out);
    QTableView *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
    tour.add(QStringLiteral("case-list"), [] {});
    tour.add(QStringLiteral("case-selected"), [table] { selectFirstCase(table); });
    // Every item of every menu, in the menus' order, English names in the file names so that
    // the same window has the same name in every language.
    // Quit would end the tour; About Qt is Qt's own; the lock comes last, as it closes the rest.
    // New and Edit open the editor inside the window; it comes after the menus, tab by tab.
    const QStringList skipped {QStringLiteral("quitAction"), QStringLiteral("lockAction"),
        window.workspace()->newCaseAction()->objectName(),
        window.workspace()->editCaseAction()->objectName()};
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || skipped.contains(action->objectName())
                || action->text().contains(QLatin1String("Qt")))
                continue;
            const QString name = action->objectName().isEmpty() ? fileNamePart(action->text())
                                                                : action->objectName();
            tour.add(name, [action, table] {
                selectFirstCase(table);
                if (action->isEnabled())
                    action->trigger();
            });
        }
    }
    // The case editor, tab by tab (it replaces the list inside the main window): a new case,
    // then a stored one.
    tour.add(
        QStringLiteral("new-case"), [&window] { window.workspace()->newCaseAction()->trigger(); });
    tour.add(QStringLiteral("new-case-closed"), [&window] {
        if (auto *close = window.findChild<QPushButton *>(QStringLiteral("closePushButton")))
            close->click();
    });
    for (int tab = 0; tab < 4; ++tab) {
        tour.add(QStringLiteral("editor-tab%1").arg(tab), [&window, table, tab] {
            auto *editor = window.findChild<CaseEditor *>();
            if (!editor || !editor->isVisible()) {
                selectFirstCase(table);
                window.workspace()->editCaseAction()->trigger();
                editor = window.findChild<CaseEditor *>();
            }
            if (!editor)
                return;
            auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("caseEditorTabWidget"));
            if (tabs && tab < tabs->count())
                tabs->setCurrentIndex(tab);
        });
    }
    tour.add(QStringLiteral("lock-screen"), [&window] { window.lock(); });
    tour.start();
    return QApplication::exec();
}
