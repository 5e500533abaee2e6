// OfficerIdentity: badge numbers compared as a caseworker would, agencies without regard to case
// or spaces, and what an empty badge or agency means.
#include "domain/officeridentity.h"

#include <QTest>

using namespace td;

class TestOfficerIdentity : public QObject
{
    Q_OBJECT

private slots:
    void badgeKey_data()
    {
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("123") << QStringLiteral("123");
        QTest::newRow("trimmed") << QStringLiteral("  123 \t") << QStringLiteral("123");
        QTest::newRow("inner spaces") << QStringLiteral("1 2 3") << QStringLiteral("123");
        QTest::newRow("hash") << QStringLiteral("#123") << QStringLiteral("123");
        QTest::newRow("hash and space") << QStringLiteral("# 0123") << QStringLiteral("123");
        QTest::newRow("No.") << QStringLiteral("No. 123") << QStringLiteral("123");
        QTest::newRow("no. lower") << QStringLiteral("no.00123") << QStringLiteral("123");
        QTest::newRow("No.#") << QStringLiteral("No.#123") << QStringLiteral("123");
        QTest::newRow("numero sign") << QStringLiteral("\u2116 123") << QStringLiteral("123");
        QTest::newRow("N ordinal") << QStringLiteral("N\u00BA 123") << QStringLiteral("123");
        QTest::newRow("leading zeros") << QStringLiteral("00123") << QStringLiteral("123");
        QTest::newRow("only zeros") << QStringLiteral("000") << QStringLiteral("0");
        QTest::newRow("zeros after a prefix") << QStringLiteral("A-0012") << QStringLiteral("A-12");
        QTest::newRow("zero alone after a prefix")
            << QStringLiteral("A-0") << QStringLiteral("A-0");
        QTest::newRow("inner zeros stay") << QStringLiteral("1005") << QStringLiteral("1005");
        QTest::newRow("zeros of a second number")
            << QStringLiteral("12/007") << QStringLiteral("12/7");
        QTest::newRow("letters folded") << QStringLiteral("a-12b") << QStringLiteral("A-12B");
        QTest::newRow("dash kept") << QStringLiteral("A12") << QStringLiteral("A12");
        QTest::newRow("agency prefix") << QStringLiteral("bpd 0456") << QStringLiteral("BPD456");
        QTest::newRow("full-width")
            << QStringLiteral("\uFF11\uFF12\uFF13") << QStringLiteral("123");
        QTest::newRow("arabic-indic")
            << QStringLiteral("\u0660\u0661\u0662\u0663") << QStringLiteral("123");
        QTest::newRow("NO letters kept") << QStringLiteral("NO12") << QStringLiteral("NO12");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces only") << QStringLiteral("   ") << QString();
        QTest::newRow("hash only") << QStringLiteral("#") << QString();
    }
    void badgeKey()
    {
        QFETCH(QString, badge);
        QFETCH(QString, key);
        QCOMPARE(OfficerIdentity::badgeKey(badge), key);
    }

    void agencyKeyIgnoresCaseAndSpaces()
    {
        QCOMPARE(OfficerIdentity::agencyKey(QStringLiteral("  Boston  police Department ")),
            OfficerIdentity::agencyKey(QStringLiteral("boston police department")));
        QVERIFY(OfficerIdentity::agencyKey(QStringLiteral("Boston Police Department"))
            != OfficerIdentity::agencyKey(QStringLiteral("MBTA Transit Police")));
        QVERIFY(OfficerIdentity::agencyKey(QStringLiteral(" \t ")).isEmpty());
    }

    void matches()
    {
        const QString bpd = QStringLiteral("Boston Police Department");
        const QString mbta = QStringLiteral("MBTA Transit Police");
        QVERIFY(OfficerIdentity::matches(QStringLiteral("#0123"), bpd, QStringLiteral("123"),
            QStringLiteral("boston police department")));
        QVERIFY(!OfficerIdentity::matches(QStringLiteral("123"), bpd, QStringLiteral("123"), mbta));
        QVERIFY(!OfficerIdentity::matches(QStringLiteral("123"), bpd, QStringLiteral("124"), bpd));
        // An unknown agency on either side: the badge alone is a lead worth showing.
        QVERIFY(OfficerIdentity::matches(
            QStringLiteral("123"), QString(), QStringLiteral("123"), mbta));
        QVERIFY(
            OfficerIdentity::matches(QStringLiteral("123"), bpd, QStringLiteral("123"), QString()));
        // An empty badge never matches, not even another empty badge.
        QVERIFY(!OfficerIdentity::matches(QString(), bpd, QString(), bpd));
        QVERIFY(!OfficerIdentity::matches(QStringLiteral("#"), bpd, QStringLiteral(" "), bpd));
    }
};

QTEST_GUILESS_MAIN(TestOfficerIdentity)
#include "tst_officeridentity.moc"
