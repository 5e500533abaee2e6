// Date fields show and read dates in the interface language's style, as the case list does,
// with a four-digit year; ISO is always read too, and so are native digits.
#include "intake/datelineedit.h"

#include <QLocale>
#include <QTest>

using namespace td::ui;

class TestDateLineEdit : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void showsAndReadsTheLanguagesStyle_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QStringList>("alsoRead");
        QTest::newRow("C (tests)") << "C"
                                   << "2026-12-31" << QStringList {};
        QTest::newRow("US English: four-digit year, not 12/31/26")
            << "en_US"
            << "12/31/2026" << QStringList {"12/31/2026", "2026-12-31"};
        QTest::newRow("Vietnamese: day first")
            << "vi"
            << "31/12/2026" << QStringList {"31/12/2026", "2026-12-31"};
        QTest::newRow("Spanish: one-digit day and month, four-digit year")
            << "es"
            << "31/12/2026" << QStringList {"31/12/2026", "2026-12-31"};
        QTest::newRow("Chinese") << "zh_CN"
                                 << "2026/12/31" << QStringList {"2026/12/31"};
        QTest::newRow("Russian") << "ru"
                                 << "31.12.2026" << QStringList {"31.12.2026"};
        QTest::newRow("Arabic: native digits, direction marks; Western digits read too")
            << "ar"
            << QStringLiteral("\u0663\u0661\u200f/\u0661\u0662\u200f/\u0662\u0660\u0662\u0666")
            << QStringList {"31/12/2026",
                   QStringLiteral("\u0663\u0661/\u0661\u0662/\u0662\u0660\u0662\u0666"),
                   "2026-12-31"};
    }

    void showsAndReadsTheLanguagesStyle()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        QFETCH(QStringList, alsoRead);
        QLocale::setDefault(QLocale(locale));
        DateLineEdit edit;
        const QDate date(2026, 12, 31);
        edit.setDate(date);
        QCOMPARE(edit.text(), shown);
        QCOMPARE(edit.date(), date);
        QVERIFY(!edit.hasInvalidText());
        QVERIFY(edit.placeholderText().contains(shown));
        for (const QString &typed : alsoRead) {
            edit.setText(typed);
            QCOMPARE(edit.date(), date);
        }
        // One-digit days and months in a two-digit style, and a stored early date.
        edit.setDate(QDate(1958, 3, 5));
        QCOMPARE(edit.date(), QDate(1958, 3, 5));
        edit.setText(QStringLiteral("not a date"));
        QVERIFY(edit.hasInvalidText());
        edit.clear();
        QVERIFY(!edit.hasInvalidText());
        QVERIFY(!edit.date().isValid());
    }

    void aLanguageChangeShowsTheDateInTheNewStyle()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        DateLineEdit edit;
        edit.setText(QStringLiteral("3/5/1958"));
        QCOMPARE(edit.date(), QDate(1958, 3, 5));
        QLocale::setDefault(QLocale(QStringLiteral("vi")));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&edit, &change);
        QCOMPARE(edit.text(), QStringLiteral("05/03/1958"));
        QCOMPARE(edit.date(), QDate(1958, 3, 5));
    }
};

QTEST_MAIN(TestDateLineEdit)
#include "tst_datelineedit.moc"
