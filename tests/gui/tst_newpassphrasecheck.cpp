// The one check of a new passphrase typed twice that the first-start vault, Encrypt…, Change
// Passphrase and Security share: what each refuses, in which order, and what it does to the
// fields (a differing confirmation is cleared, the first field never is).
#include "security/newpassphrasecheck.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace td::ui;
using Field = NewPassphraseCheck::Field;

class TestNewPassphraseCheck : public QObject
{
    Q_OBJECT

private slots:
    void problems_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("current");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("says");
        const auto none = static_cast<int>(Field::None);
        const auto typed = static_cast<int>(Field::Typed);
        const auto confirm = static_cast<int>(Field::Confirm);
        QTest::newRow("fine") << "purple otter"
                              << "purple otter"
                              << "" << none << "";
        QTest::newRow("exactly the minimum") << "12345678"
                                             << "12345678"
                                             << "" << none << "";
        QTest::newRow("one short") << "1234567"
                                   << "1234567"
                                   << "" << typed << "at least 8";
        QTest::newRow("empty") << ""
                               << ""
                               << "" << typed << "at least 8";
        // Too short comes first even when the two also differ: one thing to fix at a time.
        QTest::newRow("short and differ") << "abc"
                                          << "abd"
                                          << "" << typed << "at least 8";
        QTest::newRow("differ") << "purple otter"
                                << "purple otteR"
                                << "" << confirm << "differ";
        QTest::newRow("trailing space differs") << "purple otter"
                                                << "purple otter "
                                                << "" << confirm << "differ";
        QTest::newRow("same as current") << "purple otter"
                                         << "purple otter"
                                         << "purple otter" << typed << "current one";
        QTest::newRow("other than current") << "purple otter"
                                            << "purple otter"
                                            << "green heron 7" << none << "";
        // Length counts characters as typed, in any script.
        QTest::newRow("arabic, long enough") << QStringLiteral("كلمة سر طويلة")
                                             << QStringLiteral("كلمة سر طويلة") << "" << none << "";
    }

    void problems()
    {
        QFETCH(QString, typed);
        QFETCH(QString, confirm);
        QFETCH(QString, current);
        QFETCH(int, field);
        QFETCH(QString, says);
        const auto p = NewPassphraseCheck::problem(typed, confirm, 8, current);
        QCOMPARE(static_cast<int>(p.field), field);
        if (says.isEmpty())
            QVERIFY(p.message.isEmpty());
        else
            QVERIFY2(p.message.contains(says), qPrintable(p.message));
    }

    void acceptClearsOnlyADifferingConfirmation()
    {
        QWidget window;
        auto *typed = new QLineEdit(&window);
        auto *confirm = new QLineEdit(&window);
        auto *message = new QLabel(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        typed->setText(QStringLiteral("purple otter"));
        confirm->setText(QStringLiteral("purple oter"));
        QVERIFY(!NewPassphraseCheck::accept(typed, confirm, message, 8));
        QVERIFY(message->text().contains(QLatin1String("differ")));
        QCOMPARE(typed->text(), QStringLiteral("purple otter"));
        QVERIFY(confirm->text().isEmpty());
        QTRY_VERIFY(confirm->hasFocus());

        typed->setText(QStringLiteral("short"));
        confirm->setText(QStringLiteral("short"));
        QVERIFY(!NewPassphraseCheck::accept(typed, confirm, message, 8));
        QCOMPARE(typed->text(), QStringLiteral("short"));
        QCOMPARE(confirm->text(), QStringLiteral("short"));
        QTRY_VERIFY(typed->hasFocus());

        typed->setText(QStringLiteral("purple otter"));
        confirm->setText(QStringLiteral("purple otter"));
        message->clear();
        QVERIFY(NewPassphraseCheck::accept(typed, confirm, message, 8));
        QVERIFY(message->text().isEmpty());
        QCOMPARE(confirm->text(), QStringLiteral("purple otter"));
    }
};

QTEST_MAIN(TestNewPassphraseCheck)
#include "tst_newpassphrasecheck.moc"
