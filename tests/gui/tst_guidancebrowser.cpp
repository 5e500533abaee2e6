#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "guidance/guidancearticlelist.h"
#include "guidance/guidancearticleview.h"
#include "guidance/guidancebrowser.h"
#include "guidance/guidancepackloader.h"
#include "guidance/guidancesearchpanel.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>

using namespace td;
using namespace td::ui;

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
        [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

/// Copies the built-in pack to a folder, so a test can load (or break) a pack on disk.
bool copyBuiltInPack(const QString &to)
{
    const QString from = GuidancePackLoader::builtInLocation();
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class TestGuidanceBrowser : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *find(QWidget *window, const char *name)
    {
        auto *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }

    GuidanceArticleView *view(QWidget *window)
    {
        return find<GuidanceArticleView>(window, "articleTextBrowser");
    }

    void clickItem(QListWidget *list, QListWidgetItem *item)
    {
        list->scrollToItem(item);
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }

    void clickAction(GuidanceBrowser &browser, const char *name)
    {
        auto *action = browser.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY(action);
        auto *button = browser.findChild<QToolBar *>(QStringLiteral("guidanceToolBar"))
                           ->widgetForAction(action);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void clickLink(GuidanceArticleView *v, const QString &href)
    {
        const QRect rect = v->linkRect(href);
        QVERIFY2(rect.isValid(), qPrintable(href));
        v->ensureCursorVisible();
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, v->linkRect(href).center());
    }

    void selectLanguage(QComboBox *combo, const QString &code)
    {
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
    }

    void show(GuidanceBrowser &browser)
    {
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
    }

private slots:
    void cleanup() { DialogSeam::reset(); } // no answer left over reaches the next test
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
    }

    void listsEveryArticleAndShowsTheSelectedOne()
    {
        GuidanceBrowser browser;
        show(browser);
        QCOMPARE(browser.pack().location, GuidancePackLoader::builtInLocation());
        QCOMPARE(browser.language(), QStringLiteral("en"));
        auto *list = find<QListWidget>(&browser, "articleListWidget");
        QVERIFY(list);
        QStringList listed;
        for (int row = 0; row < list->count(); ++row) {
            const QString id = list->item(row)->data(GuidanceArticleList::ArticleIdRole).toString();
            if (!id.isEmpty())
                listed.append(id);
        }
        QStringList expected;
        for (const auto &a : browser.pack().articles)
            expected.append(a.id);
        listed.sort(); // grouped by section, so not in the pack's reading order
        expected.sort();
        QCOMPARE(listed, expected);
        QVERIFY(list->findItems(GuidanceArticleList::sectionTitle(QStringLiteral("policy")),
                        Qt::MatchExactly)
                    .size()
            == 1);

        const auto items = list->findItems(
            browser.pack().title(QStringLiteral("faq"), QStringLiteral("en")), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        clickItem(list, items.constFirst());
        QCOMPARE(browser.currentArticleId(), QStringLiteral("faq"));
        QCOMPARE(view(&browser)->document()->firstBlock().text(),
            QStringLiteral("Frequently asked questions"));
        QVERIFY(find<QLabel>(&browser, "categoryCodeLabel")->isHidden());

        clickItem(list,
            list->findItems(
                    browser.pack().title(QStringLiteral("common-violations"), QStringLiteral("en")),
                    Qt::MatchExactly)
                .constFirst());
        QCOMPARE(browser.currentArticleId(), QStringLiteral("common-violations"));
        auto *category = find<QLabel>(&browser, "categoryCodeLabel");
        QVERIFY(category->isVisible());
        QVERIFY2(
            category->text().contains(QLatin1String("pii_sharing")), qPrintable(category->text()));
    }

    void languageSwitchKeepsTheArticle()
    {
        GuidanceBrowser browser;
        show(browser);
        browser.showArticle(QStringLiteral("how-to"));
        auto *combo = find<QComboBox>(&browser, "languageComboBox");
        QVERIFY(
            combo->findText(QStringLiteral("العربية"), Qt::MatchStartsWith) >= 0); // native names
        auto *v = view(&browser);

        selectLanguage(combo, QStringLiteral("ar"));
        QCOMPARE(browser.currentArticleId(), QStringLiteral("how-to"));
        QCOMPARE(v->articleId(), QStringLiteral("how-to"));
        QCOMPARE(v->languageCode(), QStringLiteral("ar"));
        QCOMPARE(v->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(v->document()->defaultTextOption().textDirection(), Qt::RightToLeft);
        QCOMPARE(v->document()->firstBlock().blockFormat().layoutDirection(), Qt::RightToLeft);
        QCOMPARE(v->document()->firstBlock().text(),
            browser.pack().title(QStringLiteral("how-to"), QStringLiteral("ar")));
        QVERIFY(v->document()->firstBlock().text().isRightToLeft());
        // The article list follows the reading language.
        auto *list = find<QListWidget>(&browser, "articleListWidget");
        QCOMPARE(list->currentItem()->text(),
            browser.pack().title(QStringLiteral("how-to"), QStringLiteral("ar")));

        selectLanguage(combo, QStringLiteral("zh_CN"));
        QCOMPARE(browser.currentArticleId(), QStringLiteral("how-to"));
        QCOMPARE(v->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(v->document()->firstBlock().blockFormat().layoutDirection(), Qt::LeftToRight);
        QVERIFY(hasHan(v->toPlainText()));
        QVERIFY(
            v->document()->defaultFont().families().contains(QStringLiteral("Noto Sans CJK SC")));
    }

    void reviewStatusIsShown()
    {
        GuidanceBrowser browser;
        show(browser);
        auto *combo = find<QComboBox>(&browser, "languageComboBox");
        auto *label = find<QLabel>(&browser, "reviewStatusLabel");
        selectLanguage(combo, QStringLiteral("es"));
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QVERIFY2(label->text().contains(QLatin1String(
                     "Machine-assisted translation, not yet reviewed by a native speaker")),
            qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("Traducción asistida")));
        selectLanguage(combo, QStringLiteral("en"));
        QVERIFY2(label->text().contains(QLatin1String("Original"))
                && label->text().contains(QLatin1String("Source")),
            qPrintable(label->text()));
    }

    void citationsAndEachArticlesReviewAreShown()
    {
        GuidanceBrowser browser;
        show(browser);
        // Which pack version is shown.
        QVERIFY2(find<QLabel>(&browser, "guidancePackLabel")
                     ->text()
                     .contains(QStringLiteral("version %1").arg(browser.pack().packVersion)),
            qPrintable(find<QLabel>(&browser, "guidancePackLabel")->text()));
        browser.showArticle(QStringLiteral("trust-act"));
        auto *citations = find<QLabel>(&browser, "citationsLabel");
        QVERIFY(citations->isVisible());
        QVERIFY2(citations->text().contains(QStringLiteral("§11-1.9"))
                && citations->text().contains(
                    QLatin1String("https://codelibrary.amlegal.com/codes/boston/latest/overview"))
                && citations->text().contains(QLatin1String("2019-12"))
                && citations->text().contains(QLatin1String("Sources last checked: 2026-12-03")),
            qPrintable(citations->text()));
        // The review is the article's own, dated, and a translation defers to the English text.
        auto *combo = find<QComboBox>(&browser, "languageComboBox");
        auto *label = find<QLabel>(&browser, "reviewStatusLabel");
        selectLanguage(combo, QStringLiteral("vi"));
        QVERIFY2(label->text().contains(QLatin1String("(2026-12-03)"))
                && label->text().contains(QLatin1String("The English text is authoritative.")),
            qPrintable(label->text()));
        QVERIFY(view(&browser)->toPlainText().contains(QStringLiteral("Văn bản tiếng Anh")));
        selectLanguage(combo, QStringLiteral("en"));
        QVERIFY(!label->text().contains(QLatin1String("authoritative")));
        // An older article keeps the pack's review date.
        browser.showArticle(QStringLiteral("faq"));
        QVERIFY2(citations->text().contains(QLatin1String("Sources last checked: 2026-11-25")),
            qPrintable(citations->text()));
    }

    void articleLinksNavigateAndBackReturns()
    {
        GuidanceBrowser browser;
        show(browser);
        browser.showArticle(QStringLiteral("faq"));
        auto *v = view(&browser);
        auto *back = browser.findChild<QAction *>(QStringLiteral("guidanceBackAction"));
        auto *forward = browser.findChild<QAction *>(QStringLiteral("guidanceForwardAction"));
        QVERIFY(back->isEnabled());
        while (back->isEnabled()) // start with an empty history
            back->trigger();
        browser.showArticle(QStringLiteral("faq"));

        clickLink(v, QStringLiteral("article:how-to"));
        QTRY_COMPARE(browser.currentArticleId(), QStringLiteral("how-to"));
        QCOMPARE(v->articleId(), QStringLiteral("how-to"));
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());

        clickAction(browser, "guidanceBackAction");
        QCOMPARE(browser.currentArticleId(), QStringLiteral("faq"));
        QVERIFY(forward->isEnabled());
        clickAction(browser, "guidanceForwardAction");
        QCOMPARE(browser.currentArticleId(), QStringLiteral("how-to"));

        // Alt+Left / Alt+Right, with the focus in the article.
        browser.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&browser));
        v->setFocus();
        QTest::keyClick(v, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(browser.currentArticleId(), QStringLiteral("faq"));
        QTest::keyClick(v, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(browser.currentArticleId(), QStringLiteral("how-to"));
    }

    void sourceLinksExplainAndAskBeforeOpening()
    {
        GuidanceBrowser browser;
        show(browser);
        browser.showArticle(QStringLiteral("applications-forms"));
        auto *v = view(&browser);
        QTextCursor at(v->document());
        const QRect rect = v->linkRect(QStringLiteral("source:2"));
        QVERIFY(rect.isValid());
        at = v->cursorForPosition(rect.center());
        QVERIFY(at.charFormat().toolTip().contains(
            QLatin1String("https://www.boston.gov/departments/police")));

        MessageBox::setNextAnswer(false); // never open a real browser from a test
        clickLink(v, QStringLiteral("source:2"));
        QTRY_VERIFY(MessageBox::lastMessage().contains(
            QLatin1String("https://www.boston.gov/departments/police")));
        QVERIFY(MessageBox::lastMessage().contains(
            QLatin1String("Boston Police Department (BPD) complaint resources")));
        QCOMPARE(browser.currentArticleId(), QStringLiteral("applications-forms"));
    }

    void searchAcrossLanguagesHighlightsTheHit()
    {
        GuidanceBrowser browser;
        show(browser);
        auto *edit = find<QLineEdit>(&browser, "guidanceSearchLineEdit");
        auto *all = find<QCheckBox>(&browser, "allLanguagesCheckBox");
        auto *results = find<QListWidget>(&browser, "searchResultsListWidget");
        QVERIFY(results->isHidden());

        QTest::keyClicks(edit, QStringLiteral("BPD"));
        QVERIFY(results->isVisible());
        QVERIFY(results->count() > 0);
        for (int row = 0; row < results->count(); ++row)
            QCOMPARE(results->item(row)->data(GuidanceSearchPanel::LanguageRole).toString(),
                QStringLiteral("en"));

        QTest::mouseClick(all, Qt::LeftButton);
        QVERIFY(all->isChecked());
        QSet<QString> languages;
        QListWidgetItem *foreign = nullptr;
        for (int row = 0; row < results->count(); ++row) {
            const QString code
                = results->item(row)->data(GuidanceSearchPanel::LanguageRole).toString();
            languages.insert(code);
            if (!foreign && code == QLatin1String("es"))
                foreign = results->item(row);
        }
        QVERIFY2(languages.size() > 1,
            qPrintable(QStringList(languages.values()).join(QLatin1Char(','))));
        QVERIFY(foreign);
        QVERIFY(foreign->text().contains(QLatin1String("BPD")));
        const QString articleId = foreign->data(GuidanceSearchPanel::ArticleIdRole).toString();

        clickItem(results, foreign);
        QCOMPARE(browser.language(), QStringLiteral("es"));
        QCOMPARE(browser.currentArticleId(), articleId);
        const auto marks = view(&browser)->extraSelections();
        QVERIFY(!marks.isEmpty());
        for (const auto &mark : marks)
            QCOMPARE(mark.cursor.selectedText().toUpper(), QStringLiteral("BPD"));
        QVERIFY(marks.constFirst().format.background().style() != Qt::NoBrush);
    }

    void sideBySideShowsTwoLanguages()
    {
        GuidanceBrowser browser;
        show(browser);
        browser.showArticle(QStringLiteral("key-takeaways"));
        selectLanguage(find<QComboBox>(&browser, "languageComboBox"), QStringLiteral("vi"));
        auto *second = find<GuidanceArticleView>(&browser, "secondArticleTextBrowser");
        QVERIFY(!second->isVisible());

        clickAction(browser, "sideBySideAction");
        QVERIFY(second->isVisible());
        auto *secondCombo = find<QComboBox>(&browser, "secondLanguageComboBox");
        QVERIFY(secondCombo->isVisible());
        QCOMPARE(secondCombo->currentData().toString(),
            QStringLiteral("en")); // the caseworker's language
        QCOMPARE(second->articleId(), QStringLiteral("key-takeaways"));
        QCOMPARE(view(&browser)->languageCode(), QStringLiteral("vi"));
        QVERIFY(view(&browser)->toPlainText() != second->toPlainText());
        QVERIFY(!find<QLabel>(&browser, "secondReviewStatusLabel")->text().isEmpty());

        // Until the user picks the second language, it stays the caseworker's beside the client's.
        selectLanguage(find<QComboBox>(&browser, "languageComboBox"), QStringLiteral("en"));
        QCOMPARE(secondCombo->currentData().toString(), QStringLiteral("es"));
        selectLanguage(find<QComboBox>(&browser, "languageComboBox"), QStringLiteral("zh_CN"));
        QCOMPARE(secondCombo->currentData().toString(), QStringLiteral("en"));
        QVERIFY(hasHan(view(&browser)->toPlainText()));
        QVERIFY(!hasHan(second->toPlainText()));

        selectLanguage(secondCombo, QStringLiteral("ar"));
        QCOMPARE(second->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(view(&browser)->layoutDirection(), Qt::LeftToRight);
        browser.showArticle(QStringLiteral("faq")); // both panes follow
        QCOMPARE(second->articleId(), QStringLiteral("faq"));
        QCOMPARE(second->document()->firstBlock().text(),
            browser.pack().title(QStringLiteral("faq"), QStringLiteral("ar")));

        // A language the user picks (keyboard: the language after Arabic) stays when the main one
        // changes.
        QTest::keyClick(secondCombo, Qt::Key_Down);
        QCOMPARE(secondCombo->currentData().toString(), QStringLiteral("ru"));
        selectLanguage(find<QComboBox>(&browser, "languageComboBox"), QStringLiteral("so"));
        QCOMPARE(secondCombo->currentData().toString(), QStringLiteral("ru"));
        QCOMPARE(second->languageCode(), QStringLiteral("ru"));

        clickAction(browser, "sideBySideAction");
        QVERIFY(!second->isVisible());
    }

    void savesTheArticleAsPdf()
    {
        QTemporaryDir dir;
        GuidanceBrowser browser;
        show(browser);
        browser.showArticle(QStringLiteral("help-resources"));
        selectLanguage(find<QComboBox>(&browser, "languageComboBox"), QStringLiteral("zh_CN"));
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("handout"))); // ".pdf" is added
        browser.findChild<QAction *>(QStringLiteral("saveGuidancePdfAction"))->trigger();
        const QString path = dir.filePath(QStringLiteral("handout.pdf"));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(browser.statusBar()->currentMessage()));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(5).startsWith("%PDF"));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        const QString title = browser.pack()
                                  .title(QStringLiteral("help-resources"), QStringLiteral("zh_CN"))
                                  .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(title), qPrintable(text.left(400)));
        // Digits of cited numbers may come out blank (pdftotext and the CJK font's subset), and
        // long addresses wrap: check the parts that survive extraction.
        QVERIFY2(text.contains(QLatin1String("https://www.boston.gov/departments/police")),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Mayor's Office for Immigrant Advancement")));
    }

    void brokenFolderKeepsTheBuiltInPack()
    {
        QTemporaryDir dir;
        QVERIFY(copyBuiltInPack(dir.path()));
        QFile manifest(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write("{ \"format\": \"trustdesk-guidance-pack\", ");
        manifest.close();

        GuidanceBrowser browser;
        show(browser);
        browser.showArticle(QStringLiteral("faq"));
        const int rows = find<QListWidget>(&browser, "articleListWidget")->count();
        FileDialog::setNextFileName(dir.path());
        MessageBox::acknowledgeNextWarning();
        browser.findChild<QAction *>(QStringLiteral("loadGuidanceFolderAction"))->trigger();
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("manifest.json")),
            qPrintable(MessageBox::lastMessage()));
        QCOMPARE(browser.pack().location, GuidancePackLoader::builtInLocation());
        QCOMPARE(browser.currentArticleId(), QStringLiteral("faq"));
        QCOMPARE(find<QListWidget>(&browser, "articleListWidget")->count(), rows);
    }

    void loadsAPackFromAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(copyBuiltInPack(dir.path()));
        QFile faq(dir.filePath(QStringLiteral("en/faq.md")));
        QVERIFY(faq.open(QIODevice::ReadWrite));
        QByteArray text = faq.readAll();
        text.replace("# Frequently asked questions", "# Office questions");
        faq.resize(0);
        faq.write(text);
        faq.close();

        GuidanceBrowser browser;
        show(browser);
        FileDialog::setNextFileName(dir.path());
        browser.findChild<QAction *>(QStringLiteral("loadGuidanceFolderAction"))->trigger();
        QCOMPARE(browser.pack().location, dir.path());
        QCOMPARE(find<QListWidget>(&browser, "articleListWidget")
                     ->findItems(QStringLiteral("Office questions"), Qt::MatchExactly)
                     .size(),
            1);

        browser.findChild<QAction *>(QStringLiteral("builtInGuidanceAction"))->trigger();
        QCOMPARE(browser.pack().location, GuidancePackLoader::builtInLocation());
    }

    void mainWindowOpensOneBrowser()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("guidanceAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        action->trigger();
        auto browsers = window.findChildren<GuidanceBrowser *>();
        QCOMPARE(browsers.size(), 1);
        QVERIFY(browsers.constFirst()->isVisible());
        action->trigger();
        QCOMPARE(window.findChildren<GuidanceBrowser *>().size(), 1);
    }
};

QTEST_MAIN(TestGuidanceBrowser)
#include "tst_guidancebrowser.moc"
