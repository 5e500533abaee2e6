// RedactionPolicy: what is withheld by default, what a deliberate include adds, and the keys the
// interchange format, the CLI and the audit log share.
#include "domain/redactionpolicy.h"

#include <QTest>

using namespace td;

namespace {

const QStringList kClientKeys {QStringLiteral("phone"), QStringLiteral("email"),
    QStringLiteral("address"), QStringLiteral("date_of_birth"), QStringLiteral("country_of_birth"),
    QStringLiteral("immigration_status"), QStringLiteral("a_number")};
const QString kWitnessContact = QStringLiteral("witness_contact");

} // namespace

class TestRedactionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void withholdsEverythingSensitiveByDefault()
    {
        const RedactionPolicy policy;
        QVERIFY(policy.withholds(SensitiveDetail::WitnessContact));
        QVERIFY(policy.withholds(ClientField::ANumber));
        QVERIFY(!policy.withholds(ClientField::FullName));
        QCOMPARE(
            policy.withheldDetails(), QList<SensitiveDetail> {SensitiveDetail::WitnessContact});
        QCOMPARE(policy.withheldKeys(), kClientKeys + QStringList {kWitnessContact});
        QVERIFY(policy.includedKeys().isEmpty());
        QCOMPARE(RedactionPolicy::sensitiveKeys(), kClientKeys + QStringList {kWitnessContact});
    }

    void includeEverythingIncludesWitnessContacts()
    {
        const RedactionPolicy policy = RedactionPolicy::includeEverything();
        QVERIFY(!policy.withholds(SensitiveDetail::WitnessContact));
        QVERIFY(policy.withheldKeys().isEmpty());
        QVERIFY(policy.withheldDetails().isEmpty());
        QCOMPARE(policy.includedKeys(), RedactionPolicy::sensitiveKeys());
    }

    void witnessContactsAreIncludedOnTheirOwn()
    {
        RedactionPolicy policy;
        policy.include(SensitiveDetail::WitnessContact);
        QVERIFY(!policy.withholds(SensitiveDetail::WitnessContact));
        QCOMPARE(
            policy.includedDetails(), QList<SensitiveDetail> {SensitiveDetail::WitnessContact});
        QVERIFY(policy.includedSensitiveFields().isEmpty());
        QCOMPARE(policy.withheldFields().size(), kClientKeys.size());
        QCOMPARE(policy.includedKeys(), QStringList {kWitnessContact});

        RedactionPolicy phoneOnly;
        phoneOnly.include(ClientField::Phone);
        QVERIFY(phoneOnly.withholds(SensitiveDetail::WitnessContact));
    }

    void includeKey()
    {
        RedactionPolicy policy;
        QVERIFY(policy.includeKey(kWitnessContact));
        QVERIFY(policy.includeKey(QStringLiteral("a_number")));
        QCOMPARE(
            policy.includedKeys(), (QStringList {QStringLiteral("a_number"), kWitnessContact}));
        // Not sensitive, or not a key at all: nothing is included.
        QVERIFY(!policy.includeKey(QStringLiteral("full_name")));
        QVERIFY(!policy.includeKey(QStringLiteral("contact")));
        QVERIFY(!policy.includeKey(QStringLiteral("Witness_Contact")));
        QCOMPARE(policy.includedKeys().size(), 2);
    }

    void detailsHaveKeysAndLabels()
    {
        QCOMPARE(sensitiveDetailKey(SensitiveDetail::WitnessContact), kWitnessContact);
        QCOMPARE(sensitiveDetailFromKey(kWitnessContact),
            std::optional<SensitiveDetail>(SensitiveDetail::WitnessContact));
        QVERIFY(!sensitiveDetailFromKey(QStringLiteral("phone")));
        QCOMPARE(sensitiveDetailLabel(SensitiveDetail::WitnessContact),
            QStringLiteral("Witness contact details"));
        // A detail's key never collides with a client field's.
        for (const auto &info : sensitiveDetails())
            QVERIFY(!clientFieldFromKey(QString::fromLatin1(info.key)));
    }
};

QTEST_GUILESS_MAIN(TestRedactionPolicy)
#include "tst_redactionpolicy.moc"
