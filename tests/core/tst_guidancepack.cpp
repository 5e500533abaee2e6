#include "domain/violationcategory.h"
#include "guidance/guidancepackloader.h"
#include "guidance/guidancesearch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// A tiny, valid two-language pack written to disk, for the rejection paths.
void writeSmallPack(const QString &dir)
{
    const QJsonObject manifest {
        {QStringLiteral("format"), QStringLiteral("trustdesk-guidance-pack")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("id"), QStringLiteral("test")},
        {QStringLiteral("jurisdiction"), QStringLiteral("Example City")},
        {QStringLiteral("pack_version"), QStringLiteral("0.1")},
        {QStringLiteral("last_reviewed"), QStringLiteral("2026-01-01")},
        {QStringLiteral("source_language"), QStringLiteral("en")},
        {QStringLiteral("sources"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                {QStringLiteral("title"), QStringLiteral("Example source")},
                {QStringLiteral("url"), QStringLiteral("https://example.org/a")}}}},
        {QStringLiteral("languages"),
            QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("en")},
                            {QStringLiteral("name"), QStringLiteral("English")},
                            {QStringLiteral("native_name"), QStringLiteral("English")},
                            {QStringLiteral("direction"), QStringLiteral("ltr")},
                            {QStringLiteral("review_status"), QStringLiteral("source")}},
                QJsonObject {{QStringLiteral("code"), QStringLiteral("ar")},
                    {QStringLiteral("name"), QStringLiteral("Arabic")},
                    {QStringLiteral("native_name"), QStringLiteral("العربية")},
                    {QStringLiteral("direction"), QStringLiteral("rtl")},
                    {QStringLiteral("review_status"), QStringLiteral("machine-assisted")}}}},
        {QStringLiteral("articles"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("intro")},
                            {QStringLiteral("section"), QStringLiteral("overview")},
                            {QStringLiteral("order"), 1},
                            {QStringLiteral("violation_codes"), QJsonArray {}}},
                QJsonObject {{QStringLiteral("id"), QStringLiteral("sharing")},
                    {QStringLiteral("section"), QStringLiteral("violations")},
                    {QStringLiteral("order"), 2},
                    {QStringLiteral("violation_codes"),
                        QJsonArray {QStringLiteral("pii_sharing")}}}}},
    };
    write(dir + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson());
    write(dir + QStringLiteral("/en/intro.md"),
        "# Introduction\n\nFile a complaint [[1]](source:1). See [sharing](article:sharing).\n");
    write(dir + QStringLiteral("/en/sharing.md"), "# Sharing data\n\nPolice shared the address.\n");
    write(dir + QStringLiteral("/ar/intro.md"),
        "# \xd9\x85\xd9\x82\xd8\xaf\xd9\x85\xd8\xa9\n\n\xd9\x86\xd8\xb5 [[1]](source:1).\n");
    write(dir + QStringLiteral("/ar/sharing.md"),
        "# \xd9\x85\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83\xd8\xa9\n\n\xd9\x86\xd8\xb5.\n");
}

} // namespace

class TestGuidancePack : public QObject
{
    Q_OBJECT

private slots:
    void builtInPackIsComplete()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
        const QStringList expectedLanguages {QStringLiteral("en"), QStringLiteral("es"),
            QStringLiteral("ht"), QStringLiteral("pt"), QStringLiteral("kea"),
            QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("vi"),
            QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("so")};
        for (const auto &code : expectedLanguages) {
            const auto *language = pack->language(code);
            QVERIFY2(language, qPrintable(code));
            QVERIFY(!language->reviewStatus.isEmpty());
            if (code != QLatin1String("en"))
                QVERIFY2(language->reviewStatus != QLatin1String("source"), qPrintable(code));
        }
        QCOMPARE(pack->language(QStringLiteral("ar"))->direction, Qt::RightToLeft);
        QVERIFY(GuidancePackLoader::check(pack.value()).isEmpty());
        // Every section of the source document has its article.
        for (const auto &id : {"overview", "scope", "penalties-enforcement", "applications-forms",
                 "common-violations", "faq", "how-to", "key-takeaways", "help-resources"})
            QVERIFY2(pack->article(QString::fromLatin1(id)), id);
        // Every violation category except "other" has an article.
        for (const auto &category : violationCategories()) {
            if (category.codeString() != QLatin1String("other"))
                QVERIFY2(pack->articleForViolation(category.codeString()), category.code);
        }
        QCOMPARE(pack->sources.size(), 3);
    }

    void builtInPackNeverInventsFines()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        // The source says fines are not specified: the English article must say so, and no
        // article in any language may carry a dollar amount.
        QVERIFY(pack->markdown(QStringLiteral("penalties-enforcement"), QStringLiteral("en"))
                    .contains(QLatin1String("not specified")));
        for (const auto &language : pack->languages) {
            for (const auto &article : pack->articles)
                QVERIFY2(!pack->markdown(article.id, language.code)
                              .contains(QRegularExpression(QStringLiteral("\\$\\s?\\d"))),
                    qPrintable(language.code + QLatin1Char('/') + article.id));
        }
    }

    void searchesOneOrAllLanguages()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        const auto english = GuidanceSearch::search(
            pack.value(), QStringLiteral("badge numbers"), QStringLiteral("en"));
        QVERIFY(!english.isEmpty());
        for (const auto &hit : english)
            QCOMPARE(hit.languageCode, QStringLiteral("en"));
        QVERIFY(english.constFirst().snippet.contains(QLatin1String("badge"), Qt::CaseInsensitive));
        const auto everywhere = GuidanceSearch::search(pack.value(), QStringLiteral("BPD"));
        QSet<QString> languages;
        for (const auto &hit : everywhere)
            languages.insert(hit.languageCode);
        QVERIFY(languages.size() > 1);
        QVERIFY(GuidanceSearch::search(pack.value(), QStringLiteral("zzzyxq")).isEmpty());
    }

    void smallPackLoadsFromDisk()
    {
        QTemporaryDir dir;
        writeSmallPack(dir.path());
        auto pack = GuidancePackLoader::load(dir.path());
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
        QCOMPARE(pack->title(QStringLiteral("sharing"), QStringLiteral("en")),
            QStringLiteral("Sharing data"));
        QCOMPARE(pack->articleForViolation(QStringLiteral("pii_sharing"))->id,
            QStringLiteral("sharing"));
        QCOMPARE(pack->bestLanguageFor(QStringLiteral("ar_EG")), QStringLiteral("ar"));
        QCOMPARE(pack->bestLanguageFor(QStringLiteral("fr_FR")), QStringLiteral("en"));
        QCOMPARE(GuidanceSearch::search(pack.value(), QStringLiteral("ADDRESS")).size(), 1);
    }

    void brokenPacksAreRefusedWithClearMessages_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no manifest") << "no-manifest"
                                     << "manifest.json is missing";
        QTest::newRow("manifest not json") << "bad-json"
                                           << "not valid JSON";
        QTest::newRow("missing article file") << "missing-article"
                                              << "ar/sharing.md is missing";
        QTest::newRow("unknown citation") << "bad-citation"
                                          << "cites source 9";
        QTest::newRow("unknown article link") << "bad-link"
                                              << "links to article nowhere";
        QTest::newRow("no title") << "no-title"
                                  << "must start with its title";
        QTest::newRow("not utf-8") << "latin1"
                                   << "not valid UTF-8";
        QTest::newRow("path in article id") << "bad-id"
                                            << "not a valid article id";
    }

    void brokenPacksAreRefusedWithClearMessages()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeSmallPack(dir.path());
        const QString p = dir.path();
        if (breakage == QLatin1String("no-manifest")) {
            QFile::remove(p + QStringLiteral("/manifest.json"));
        } else if (breakage == QLatin1String("bad-json")) {
            write(p + QStringLiteral("/manifest.json"), "{ \"format\": ");
        } else if (breakage == QLatin1String("missing-article")) {
            QFile::remove(p + QStringLiteral("/ar/sharing.md"));
        } else if (breakage == QLatin1String("bad-citation")) {
            write(p + QStringLiteral("/en/sharing.md"), "# Sharing\n\nSee [[9]](source:9).\n");
        } else if (breakage == QLatin1String("bad-link")) {
            write(p + QStringLiteral("/en/sharing.md"), "# Sharing\n\nSee [x](article:nowhere).\n");
        } else if (breakage == QLatin1String("no-title")) {
            write(p + QStringLiteral("/en/sharing.md"), "Sharing without a heading.\n");
        } else if (breakage == QLatin1String("latin1")) {
            write(p + QStringLiteral("/en/sharing.md"),
                "# Sharing\n\nPol\xed"
                "cia\n");
        } else if (breakage == QLatin1String("bad-id")) {
            QFile f(p + QStringLiteral("/manifest.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray m = f.readAll().replace("\"sharing\"", "\"../../etc/passwd\"");
            f.close();
            write(p + QStringLiteral("/manifest.json"), m);
        }
        auto pack = GuidancePackLoader::load(p);
        QVERIFY(!pack.ok());
        QVERIFY2(pack.error().message.contains(expected), qPrintable(pack.error().message));
        // The built-in pack stays usable whatever happened on disk.
        QVERIFY(GuidancePackLoader::loadBuiltIn().ok());
    }
};

QTEST_GUILESS_MAIN(TestGuidancePack)
#include "tst_guidancepack.moc"
