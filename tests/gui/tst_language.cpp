// Switching the interface language live through the Preferences dialog: menus, the search box
// and the layout direction change without a restart, and the choice is kept in the Settings.
#include "cases/caselistpage.h"
#include "common/settings.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "preferences/translator.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::ui;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// The letter Alt+letter goes to: the character after a single "&", lower-cased; empty for none.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "&Edit" and "&Encrypt…" both: "e: &Edit | &Encrypt…"; nothing when every mnemonic is unique.
QStringList clashes(const QStringList &texts)
{
    QMap<QString, QStringList> byKey;
    for (const QString &text : texts) {
        if (const QString key = mnemonicOf(text); !key.isEmpty())
            byKey[key].append(text);
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | ")));
    }
    return out;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;

    /// Opens Edit ▸ Preferences…, picks `code` and presses `button` (Apply or OK).
    void choose(MainWindow &window, const QString &code, QDialogButtonBox::StandardButton button)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("preferencesDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(button), Qt::LeftButton);
        QCoreApplication::processEvents(); // the LanguageChange events are posted
    }

private slots:
    void initTestCase()
    {
        m_dbPath = test::databasePath(m_dir);
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QVERIFY(repo.save(test::sampleCase()).ok());
        Translator::install(QStringLiteral("en"));
    }

    void cleanup()
    {
        Translator::install(QStringLiteral("en"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void languageComboListsEveryLanguageByItsOwnName()
    {
        Settings settings(m_dir.filePath(QStringLiteral("names.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 12);
        QCOMPARE(combo->itemData(0).toString(), QString()); // "System default"
        QVERIFY(combo->itemText(0).startsWith(QStringLiteral("System default")));
        QStringList names;
        for (int i = 1; i < combo->count(); ++i)
            names.append(combo->itemText(i));
        QCOMPARE(names,
            (QStringList {QStringLiteral("English"), QStringLiteral("Español"),
                QStringLiteral("Kreyòl ayisyen"), QStringLiteral("Português"),
                QStringLiteral("Kabuverdianu"), QStringLiteral("简体中文"),
                QStringLiteral("繁體中文"), QStringLiteral("Tiếng Việt"), QStringLiteral("العربية"),
                QStringLiteral("Русский"), QStringLiteral("Soomaali")}));
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
    }

    void englishPluralForms()
    {
        QCOMPARE(QCoreApplication::translate("td::ui::MainWindow", "%Ln case(s)", nullptr, 1),
            QStringLiteral("1 case"));
        QCOMPARE(QCoreApplication::translate("td::ui::MainWindow", "%Ln case(s)", nullptr, 2),
            QStringLiteral("2 cases"));

        Settings settings(m_dir.filePath(QStringLiteral("english.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        auto *count = window.findChild<QLabel *>(QStringLiteral("caseCountLabel"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("1 case"));
    }

    void switchesLiveThroughPreferences()
    {
        const QString iniPath = m_dir.filePath(QStringLiteral("live.ini"));
        Settings settings(iniPath);
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QVERIFY(search);
        const QString englishPlaceholder = search->placeholderText();
        QVERIFY(menuTitles(window).contains(QStringLiteral("&Edit")));
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);

        // Spanish, with Apply: the dialog stays open and translates itself too.
        choose(window, QStringLiteral("es"), QDialogButtonBox::Apply);
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&Editar")));
        QVERIFY(menuTitles(window).contains(QStringLiteral("&Archivo")));
        QVERIFY(menuTitles(window).contains(QStringLiteral("A&yuda")));
        QVERIFY(search->placeholderText() != englishPlaceholder);
        QCOMPARE(search->placeholderText(),
            QCoreApplication::translate("td::ui::CaseListPage", qPrintable(englishPlaceholder)));
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("preferencesDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Preferencias"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("caseCountLabel"))->text(),
            QStringLiteral("1 caso"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("preferencesDialog")));
        QCOMPARE(Settings(iniPath).language(), QStringLiteral("es"));

        // Arabic, with OK: the whole layout turns right-to-left, and dates redraw in Arabic.
        auto *model = window.caseListPage()->model();
        QSignalSpy redraw(model, &CaseListModel::dataChanged);
        choose(window, QStringLiteral("ar"), QDialogButtonBox::Ok);
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("تحرير (&E)")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(search->layoutDirection(), Qt::RightToLeft);
        QVERIFY(search->placeholderText() != englishPlaceholder);
        QVERIFY(!redraw.isEmpty());
        const QModelIndex opened = model->index(0, CaseListModel::OpenedColumn);
        QVERIFY(opened.isValid());
        static const QRegularExpression arabicIndicDigit(QStringLiteral("[\\x{0660}-\\x{0669}]"));
        QVERIFY2(arabicIndicDigit.match(opened.data().toString()).hasMatch(),
            qPrintable(opened.data().toString()));
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("preferencesDialog")));
        QCOMPARE(Settings(iniPath).language(), QStringLiteral("ar"));

        // Simplified Chinese.
        choose(window, QStringLiteral("zh_CN"), QDialogButtonBox::Ok);
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("编辑(&E)")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(search->placeholderText() != englishPlaceholder);
        static const QRegularExpression chineseDate(QStringLiteral("^\\d{4}/\\d{1,2}/\\d{1,2}$"));
        QVERIFY2(chineseDate.match(model->index(0, CaseListModel::OpenedColumn).data().toString())
                     .hasMatch(),
            qPrintable(model->index(0, CaseListModel::OpenedColumn).data().toString()));

        // Back to Spanish: left-to-right again.
        choose(window, QStringLiteral("ar"), QDialogButtonBox::Ok);
        QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
        choose(window, QStringLiteral("es"), QDialogButtonBox::Ok);
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&Editar")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(search->layoutDirection(), Qt::LeftToRight);

        // The choice survives a restart: a new Settings on the same file, and main()'s install.
        QCOMPARE(Settings(iniPath).language(), QStringLiteral("es"));
        QCOMPARE(Translator::install(Settings(iniPath).language()), QStringLiteral("es"));
    }

    void preferencesDialogFitsEveryLanguage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("fit.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // From every language to every other, with the dialog open while it changes language.
        const QStringList languages = Translator::availableLanguages();
        for (const QString &from : languages) {
            for (const QString &to : languages) {
                if (from == to)
                    continue;
                Translator::install(from);
                choose(window, to, QDialogButtonBox::Apply);
                auto *dialog = window.findChild<QDialog *>(QStringLiteral("preferencesDialog"));
                QVERIFY(dialog);
                QCoreApplication::processEvents();
                QCOMPARE(dialog->layoutDirection(), Translator::localeFor(to).textDirection());
                // Nothing cut off: every label and button fits its text and lies inside the dialog.
                for (QWidget *w : dialog->findChildren<QWidget *>()) {
                    const auto *label = qobject_cast<QLabel *>(w);
                    if (!w->isVisible()
                        || !(label || qobject_cast<QPushButton *>(w)
                            || qobject_cast<QComboBox *>(w)))
                        continue;
                    const QString what = QStringLiteral("%1 → %2: %3")
                                             .arg(from, to,
                                                 w->objectName().isEmpty() ? QString::fromLatin1(
                                                     w->metaObject()->className())
                                                                           : w->objectName());
                    const QRect inDialog(w->mapTo(dialog, QPoint(0, 0)), w->size());
                    QVERIFY2(dialog->rect().contains(inDialog),
                        qPrintable(what + QStringLiteral(" lies outside the dialog")));
                    if (!(label && label->wordWrap()))
                        QVERIFY2(w->width() >= w->sizeHint().width(),
                            qPrintable(what
                                + QStringLiteral(" is %1 px wide, needs %2")
                                      .arg(w->width())
                                      .arg(w->sizeHint().width())));
                }
                QTest::mouseClick(
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                    Qt::LeftButton);
                QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("preferencesDialog")));
            }
        }
    }

    // Alt+letter must reach one thing only: the menus and the buttons showing in the main window
    // (the plaintext banner's button among them) share one set of letters, and so do the items
    // of each menu, in every language.
    void mnemonicsAreUniqueInEveryLanguage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("mnemonics.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList failures;
        for (const QString &language : Translator::availableLanguages()) {
            Translator::install(language);
            QCoreApplication::processEvents();
            QStringList topLevel = menuTitles(window);
            for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
                if (button->isVisible() && !qobject_cast<const QMenu *>(button->window()))
                    topLevel.append(button->text());
            }
            for (const QString &clash : clashes(topLevel))
                failures.append(language + QStringLiteral(", main window: ") + clash);
            for (const QAction *menuAction : window.menuBar()->actions()) {
                QStringList items;
                if (const QMenu *menu = menuAction->menu()) {
                    for (const QAction *item : menu->actions())
                        items.append(item->text());
                }
                for (const QString &clash : clashes(items))
                    failures.append(language + QStringLiteral(", menu ") + menuAction->text()
                        + QStringLiteral(": ") + clash);
            }
        }
        Translator::install(QStringLiteral("en"));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // Opened straight in a language (not switched to while open): the dialog is as wide as its
    // buttons need.
    void preferencesDialogOpensWideEnoughInEveryLanguage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("open.ini")));
        // A short profile: the dialog's width is then the buttons' to decide.
        settings.setCaseworkerProfile({QStringLiteral("A. Test"), QStringLiteral("caseworker")});
        Translator::install(QStringLiteral("ar"));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QStringList failures;
        QStringList languages = Translator::availableLanguages();
        languages.removeAll(QStringLiteral("ar"));
        languages.prepend(QStringLiteral("ar")); // first, as the window was made in it
        for (const QString &language : std::as_const(languages)) {
            Translator::install(language);
            QCoreApplication::processEvents();
            action->trigger();
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("preferencesDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            QCoreApplication::processEvents();
            for (const QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->isVisible() && b->width() < b->sizeHint().width())
                    failures.append(QStringLiteral("%1: \"%2\" is %3 px wide, needs %4")
                                        .arg(language, b->text())
                                        .arg(b->width())
                                        .arg(b->sizeHint().width()));
            }
            dialog->reject();
            QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("preferencesDialog")));
        }
        Translator::install(QStringLiteral("en"));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void applicationFontNamesARealFamily()
    {
        // Not an alias such as "Sans Serif", which Qt resolves again for every script it meets;
        // Chinese adds the matching CJK cut after it.
        Translator::install(QStringLiteral("es"));
        const QStringList families = QGuiApplication::font().families();
        QCOMPARE(families.size(), 1);
        QCOMPARE(families.first(), QFontInfo(QGuiApplication::font()).family());
        Translator::install(QStringLiteral("zh_TW"));
        QCOMPARE(QGuiApplication::font().families(),
            (QStringList {families.first(), QStringLiteral("Noto Sans CJK TC")}));
    }

    void systemDefaultFollowsTheLocale()
    {
        QCOMPARE(Translator::resolve(QStringLiteral("es_US")), QStringLiteral("es"));
        QCOMPARE(Translator::resolve(QStringLiteral("zh-Hant-TW")), QStringLiteral("zh_TW"));
        QCOMPARE(Translator::resolve(QStringLiteral("ht_HT")), QStringLiteral("ht"));
        QCOMPARE(Translator::resolve(QStringLiteral("de")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
