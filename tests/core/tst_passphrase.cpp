#include "common/passphrase.h"

#include <QTest>

using namespace td;

class TestPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void hashVerifiesOnlyTheRightPassphrase()
    {
        const QString hash = Passphrase::hash(QStringLiteral("correct horse ünïcode"));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(QLatin1String("correct")));
        QVERIFY(Passphrase::verify(hash, QStringLiteral("correct horse ünïcode")));
        QVERIFY(!Passphrase::verify(hash, QStringLiteral("correct horse unicode")));
        QVERIFY(!Passphrase::verify(hash, QString()));
        QVERIFY(!Passphrase::verify(QString(), QStringLiteral("anything")));
        // Salted: the same passphrase never hashes the same way twice.
        QVERIFY(Passphrase::hash(QStringLiteral("correct horse ünïcode")) != hash);
    }

    void keyDerivationIsStablePerSalt()
    {
        const QString salt = Passphrase::newKeySalt();
        QVERIFY(!salt.isEmpty());
        QVERIFY(salt != Passphrase::newKeySalt());
        const QByteArray key = Passphrase::deriveKey(QStringLiteral("a passphrase"), salt);
        QCOMPARE(key.size(), 32);
        QCOMPARE(Passphrase::deriveKey(QStringLiteral("a passphrase"), salt), key);
        QVERIFY(Passphrase::deriveKey(QStringLiteral("another one"), salt) != key);
        QVERIFY(
            Passphrase::deriveKey(QStringLiteral("a passphrase"), Passphrase::newKeySalt()) != key);
        QVERIFY(
            Passphrase::deriveKey(QStringLiteral("a passphrase"), QStringLiteral("not base64 salt"))
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
