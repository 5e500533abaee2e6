// A login password's SCRAM-SHA-256 verifier, made on the client (ScramVerifier): byte for byte
// what PostgreSQL 15 stores for the same password, salt and iteration count.
#include "crypto/scramverifier.h"

#include <QTest>

using namespace td;

class TestScramVerifier : public QObject
{
    Q_OBJECT

private slots:
    void matchesThePostgresVerifier()
    {
        // Made by PostgreSQL 15.18: SET password_encryption = 'scram-sha-256'; CREATE ROLE
        // td_vector PASSWORD 'pencil-Vector 7!'; SELECT rolpassword FROM pg_authid.
        const QByteArray stored
            = QByteArrayLiteral("SCRAM-SHA-256$4096:7hblr03yP+8CyCEGYC45UQ==$"
                                "DR8pzt96aQ5INc3moAjlkhBMu5Qig7cDqWkpXEXM3jI"
                                "=:p3/niaJ0yB/eoHJ/hbJMnVGuCGWizGfFY9RN2gbmFRA=");
        const auto made = ScramVerifier::make(QStringLiteral("pencil-Vector 7!"),
            QByteArray::fromBase64("7hblr03yP+8CyCEGYC45UQ=="), 4096);
        QVERIFY(made);
        QCOMPARE(made.value(), stored);
        // Another password or salt gives another verifier.
        const auto other = ScramVerifier::make(QStringLiteral("pencil-Vector 7?"),
            QByteArray::fromBase64("7hblr03yP+8CyCEGYC45UQ=="), 4096);
        QVERIFY(other);
        QVERIFY(other.value() != stored);
    }

    void freshSaltEveryTime()
    {
        const auto a = ScramVerifier::make(QStringLiteral("correct horse battery"));
        const auto b = ScramVerifier::make(QStringLiteral("correct horse battery"));
        QVERIFY(a);
        QVERIFY(b);
        QVERIFY(a.value() != b.value());
        const QList<QByteArray> parts = a.value().split('$');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), QByteArrayLiteral("SCRAM-SHA-256"));
        QVERIFY(parts.at(1).startsWith("4096:"));
        QCOMPARE(QByteArray::fromBase64(parts.at(1).mid(5)).size(), ScramVerifier::kSaltSize);
        QVERIFY(!a.value().contains("correct horse"));
    }

    void refusesWhatItCannotPrepareExactly()
    {
        // PostgreSQL runs non-ASCII passwords through SASLprep (Unicode 3.2 tables): refused with
        // a sentence rather than stored in a form the server might not match at login.
        for (const QString &password :
            {QStringLiteral("contraseña segura"), QStringLiteral("كلمة السر الطويلة"),
                QStringLiteral("mật khẩu dài"), QStringLiteral("pass\u00a0word long"),
                QStringLiteral("tab\tin the middle"), QString::fromLatin1("nul\0inside", 11)}) {
            const auto made = ScramVerifier::make(password);
            QVERIFY(!made);
            QCOMPARE(made.error().kind, ErrorKind::BadInput);
            QVERIFY(made.error().message.contains(QLatin1String("ASCII")));
        }
        QVERIFY(!ScramVerifier::make(QString()));
    }
};

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "tst_scramverifier.moc"
