#include "domain/violationcategory.h"
#include "guidance/guidancepackloader.h"
#include "guidance/guidancepackstore.h"
#include "guidance/guidancesearch.h"

#include <QDir>
#include <QDirIterator>
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

QJsonObject readManifest(const QString &dir)
{
    QFile f(dir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeManifest(const QString &dir, const QJsonObject &manifest)
{
    write(dir + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson());
}

// The small pack in format 2: one structured citation per article, a rule, a review.
void writeSmallPackV2(const QString &dir)
{
    writeSmallPack(dir);
    QJsonObject m = readManifest(dir);
    m[QStringLiteral("version")] = 2;
    QJsonArray sources = m.value(QStringLiteral("sources")).toArray();
    QJsonObject first = sources.at(0).toObject();
    first[QStringLiteral("section")] = QStringLiteral("§1-1");
    first[QStringLiteral("date")] = QStringLiteral("2019-12");
    sources[0] = first;
    sources.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("2")},
        {QStringLiteral("title"), QStringLiteral("A news report")},
        {QStringLiteral("date"), QStringLiteral("2024-11-21")}});
    m[QStringLiteral("sources")] = sources;
    QJsonArray articles = m.value(QStringLiteral("articles")).toArray();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QJsonObject a = articles.at(i).toObject();
        a[QStringLiteral("citations")]
            = QJsonArray {QJsonObject {{QStringLiteral("source"), QStringLiteral("1")},
                {QStringLiteral("section"), QStringLiteral("§1-1(b)")}}};
        a[QStringLiteral("last_checked")] = QStringLiteral("2026-12-01");
        a[QStringLiteral("reviews")] = QJsonObject {{QStringLiteral("ar"),
            QJsonObject {{QStringLiteral("status"), QStringLiteral("reviewed")},
                {QStringLiteral("date"), QStringLiteral("2026-12-02")}}}};
        articles[i] = a;
    }
    m[QStringLiteral("articles")] = articles;
    m[QStringLiteral("rules")]
        = QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("r")},
            {QStringLiteral("name"), QStringLiteral("Example Act")},
            {QStringLiteral("citation"), QStringLiteral("Example Code §1-1")},
            {QStringLiteral("source"), QStringLiteral("1")},
            {QStringLiteral("article"), QStringLiteral("sharing")},
            {QStringLiteral("violation_codes"), QJsonArray {QStringLiteral("pii_sharing")}}}};
    writeManifest(dir, m);
}

/// The built-in pack on disk, with another pack_version, so it can be installed.
bool copyBuiltInPack(const QString &to, const QString &packVersion)
{
    const QString from = GuidancePackLoader::builtInLocation();
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    QJsonObject m = readManifest(to);
    m[QStringLiteral("pack_version")] = packVersion;
    writeManifest(to, m);
    return true;
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
        QVERIFY(pack->sources.size() > 3);
    }

    void builtInPackCitesTheLaw()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        QCOMPARE(pack->formatVersion, 2);
        for (const auto &id : {"trust-act", "lunn", "where-to-file"})
            QVERIFY2(pack->article(QString::fromLatin1(id)), id);
        // Every article rests on named sources and says when they were last checked.
        for (const auto &a : pack->articles) {
            QVERIFY2(!a.citations.isEmpty(), qPrintable(a.id));
            QVERIFY2(a.lastChecked.isValid(), qPrintable(a.id));
        }
        // The categories an ordinance covers cite it; "other" cites no rule.
        for (const auto *code : {"pii_sharing", "civil_detainer", "immigration_questioning"}) {
            const GuidanceRule *rule = pack->ruleForViolation(QString::fromLatin1(code));
            QVERIFY2(rule, code);
            QCOMPARE(rule->name, QStringLiteral("Boston Trust Act"));
            QCOMPARE(rule->citation, QStringLiteral("City of Boston Code §11-1.9"));
            QCOMPARE(rule->articleId, QStringLiteral("trust-act"));
            QCOMPARE(rule->appliesTo, QStringLiteral("Boston Police Department"));
        }
        QVERIFY(!pack->ruleForViolation(QStringLiteral("other")));
        const QString trustAct = pack->markdown(QStringLiteral("trust-act"), QStringLiteral("en"));
        for (const auto *fact : {"§11-1.9", "2014", "December 2019", "4 December 2024",
                 "A resolution is not an amendment", "judicial warrant", "8 C.F.R. §287.7"})
            QVERIFY2(trustAct.contains(QString::fromUtf8(fact)), fact);
        // Lunn's limits are stated, not glossed over.
        const QString lunn = pack->markdown(QStringLiteral("lunn"), QStringLiteral("en"));
        for (const auto *fact : {"477 Mass. 517", "SJC-12276", "court officers", "footnote 2",
                 "footnote 22", "not an express holding about police"})
            QVERIFY2(lunn.contains(QLatin1String(fact)), fact);
        const QString file = pack->markdown(QStringLiteral("where-to-file"), QStringLiteral("en"));
        for (const auto *fact : {"Internal Affairs Division", "Civilian Review Board",
                 "Internal Affairs Oversight Panel", "POST", "Chapter 253 of the Acts of 2020",
                 "tracking number", "copy"})
            QVERIFY2(file.contains(QLatin1String(fact)), fact);
    }

    void newArticlesKeepTheLawInEveryLanguage()
    {
        auto pack = GuidancePackLoader::loadBuiltIn();
        QVERIFY(pack.ok());
        // Legal names and citations stay as the source gives them; each translation says it is
        // machine-assisted, with a date, and the article says so too.
        const QList<QPair<QString, QStringList>> kept {
            {QStringLiteral("trust-act"),
                {QStringLiteral("Boston Trust Act"), QStringLiteral("§11-1.9"),
                    QStringLiteral("8 C.F.R. §287.7"), QStringLiteral("(source:4)")}},
            {QStringLiteral("lunn"),
                {QStringLiteral("Lunn v. Commonwealth, 477 Mass. 517 (2017)"),
                    QStringLiteral("SJC-12276")}},
            {QStringLiteral("where-to-file"),
                {QStringLiteral("Civilian Review Board"),
                    QStringLiteral("Internal Affairs Oversight Panel (IAOP)"),
                    QStringLiteral("Chapter 253 of the Acts of 2020"),
                    QStringLiteral("(source:16)")}}};
        for (const auto &language : pack->languages) {
            for (const auto &[id, terms] : kept) {
                const QString where = language.code + QLatin1Char('/') + id;
                const QString text = pack->markdown(id, language.code);
                for (const QString &term : terms)
                    QVERIFY2(text.contains(term), qPrintable(where + QLatin1Char(' ') + term));
                const GuidanceReview review = pack->review(id, language.code);
                QVERIFY2(review.date.isValid(), qPrintable(where));
                if (language.code == pack->sourceLanguage) {
                    QCOMPARE(review.status, QStringLiteral("source"));
                } else {
                    QCOMPARE(review.status, QStringLiteral("machine-assisted"));
                    QVERIFY2(text.trimmed().count(QLatin1Char('\n')) > 3, qPrintable(where));
                    QVERIFY2(text != pack->markdown(id, pack->sourceLanguage), qPrintable(where));
                }
            }
        }
        // Every translation of a new article ends with the same sentence saying it is
        // machine-assisted and that the English text is authoritative.
        for (const auto &language : pack->languages) {
            if (language.code == pack->sourceLanguage)
                continue;
            QSet<QString> endings;
            for (const auto &[id, terms] : kept)
                endings.insert(
                    pack->markdown(id, language.code).trimmed().section(QLatin1Char('\n'), -1));
            QVERIFY2(endings.size() == 1 && !endings.begin()->isEmpty(), qPrintable(language.code));
        }
        // Facts marked "check" are never stated as settled: no person named for OPAT.
        for (const auto &language : pack->languages)
            QVERIFY(!pack->markdown(QStringLiteral("where-to-file"), language.code)
                         .contains(QLatin1String("Everett")));
    }

    void formatTwoCarriesCitationsRulesAndReviews()
    {
        QTemporaryDir dir;
        writeSmallPackV2(dir.path());
        auto pack = GuidancePackLoader::load(dir.path());
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
        const GuidanceArticle *sharing = pack->article(QStringLiteral("sharing"));
        QCOMPARE(sharing->lastChecked, QDate(2026, 12, 1));
        QCOMPARE(sharing->citations.size(), 1);
        QCOMPARE(pack->citationLines(QStringLiteral("sharing")),
            QStringList {
                QStringLiteral("[1] Example source, §1-1(b), 2019-12 — https://example.org/a")});
        QCOMPARE(pack->ruleForViolation(QStringLiteral("pii_sharing"))->citation,
            QStringLiteral("Example Code §1-1"));
        const GuidanceReview ar = pack->review(QStringLiteral("sharing"), QStringLiteral("ar"));
        QCOMPARE(ar.status, QStringLiteral("reviewed"));
        QCOMPARE(ar.date, QDate(2026, 12, 2));
        // Without an entry of its own, the language's status and the pack's review date.
        const GuidanceReview en = pack->review(QStringLiteral("sharing"), QStringLiteral("en"));
        QCOMPARE(en.status, QStringLiteral("source"));
        QCOMPARE(en.date, QDate(2026, 1, 1));
        // A source known by title and date only is listed without a link.
        QVERIFY(pack->source(QStringLiteral("2"))->url.isEmpty());
    }

    void brokenFormatTwoPacksAreRefused_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("citation of unknown source") << "cite-9"
                                                    << "cites source 9";
        QTest::newRow("no citations") << "no-citations"
                                      << "needs at least one citation";
        QTest::newRow("no last_checked") << "no-checked"
                                         << "needs \"last_checked\"";
        QTest::newRow("unknown review status") << "bad-review"
                                               << "known review status";
        QTest::newRow("review for unknown language") << "review-fr"
                                                     << "review for fr";
        QTest::newRow("rule names a missing article") << "rule-article"
                                                      << "names article nowhere";
        QTest::newRow("category in two rules") << "two-rules"
                                               << "more than one rule";
        QTest::newRow("inline link to a source without address") << "link-2"
                                                                 << "no web address";
        QTest::newRow("bad source date") << "bad-date"
                                         << "has the date";
        QTest::newRow("format 3") << "format-3"
                                  << "reads versions 1 to 2";
        QTest::newRow("pack version not numeric") << "bad-version"
                                                  << "numbers and dots";
    }

    void brokenFormatTwoPacksAreRefused()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString p = dir.path();
        writeSmallPackV2(p);
        QJsonObject m = readManifest(p);
        QJsonArray articles = m.value(QStringLiteral("articles")).toArray();
        QJsonObject sharing = articles.at(1).toObject();
        QJsonArray rules = m.value(QStringLiteral("rules")).toArray();
        QJsonObject rule = rules.at(0).toObject();
        if (breakage == QLatin1String("cite-9")) {
            sharing[QStringLiteral("citations")]
                = QJsonArray {QJsonObject {{QStringLiteral("source"), QStringLiteral("9")}}};
        } else if (breakage == QLatin1String("no-citations")) {
            sharing.remove(QStringLiteral("citations"));
        } else if (breakage == QLatin1String("no-checked")) {
            sharing.remove(QStringLiteral("last_checked"));
        } else if (breakage == QLatin1String("bad-review")) {
            sharing[QStringLiteral("reviews")] = QJsonObject {{QStringLiteral("ar"),
                QJsonObject {{QStringLiteral("status"), QStringLiteral("perfect")},
                    {QStringLiteral("date"), QStringLiteral("2026-12-02")}}}};
        } else if (breakage == QLatin1String("review-fr")) {
            sharing[QStringLiteral("reviews")] = QJsonObject {{QStringLiteral("fr"),
                QJsonObject {{QStringLiteral("status"), QStringLiteral("reviewed")},
                    {QStringLiteral("date"), QStringLiteral("2026-12-02")}}}};
        } else if (breakage == QLatin1String("rule-article")) {
            rule[QStringLiteral("article")] = QStringLiteral("nowhere");
        } else if (breakage == QLatin1String("two-rules")) {
            QJsonObject second = rule;
            second[QStringLiteral("id")] = QStringLiteral("r2");
            rules.append(second);
        } else if (breakage == QLatin1String("link-2")) {
            write(p + QStringLiteral("/en/sharing.md"), "# Sharing\n\nA report [[2]](source:2).\n");
        } else if (breakage == QLatin1String("bad-date")) {
            QJsonArray sources = m.value(QStringLiteral("sources")).toArray();
            QJsonObject first = sources.at(0).toObject();
            first[QStringLiteral("date")] = QStringLiteral("Dec 2019");
            sources[0] = first;
            m[QStringLiteral("sources")] = sources;
        } else if (breakage == QLatin1String("format-3")) {
            m[QStringLiteral("version")] = 3;
        } else if (breakage == QLatin1String("bad-version")) {
            m[QStringLiteral("pack_version")] = QStringLiteral("1.1-beta");
        }
        if (!rules.isEmpty())
            rules[0] = rule;
        articles[1] = sharing;
        m[QStringLiteral("articles")] = articles;
        m[QStringLiteral("rules")] = rules;
        writeManifest(p, m);
        auto pack = GuidancePackLoader::load(p);
        QVERIFY(!pack.ok());
        QVERIFY2(pack.error().message.contains(expected), qPrintable(pack.error().message));
    }

    void versionsCompareNumerically()
    {
        QVERIFY(GuidancePack::compareVersions(QStringLiteral("1.10"), QStringLiteral("1.9")) > 0);
        QVERIFY(GuidancePack::compareVersions(QStringLiteral("1.1"), QStringLiteral("1.1.0")) == 0);
        QVERIFY(GuidancePack::compareVersions(QStringLiteral("1.0"), QStringLiteral("1.1")) < 0);
        QVERIFY(GuidancePack::compareVersions(QStringLiteral("2"), QStringLiteral("1.99")) > 0);
    }

    void aNewerPackReplacesTheOlderOneAfterItsChecks()
    {
        QTemporaryDir dir;
        const GuidancePackStore store(dir.filePath(QStringLiteral("installed")));
        const QString builtInVersion = GuidancePackLoader::loadBuiltIn()->packVersion;
        QCOMPARE(store.loadCurrent()->location, GuidancePackLoader::builtInLocation());

        // The same version, and a broken newer one, are refused; the built-in pack stays.
        const QString same = dir.filePath(QStringLiteral("same"));
        QVERIFY(copyBuiltInPack(same, builtInVersion));
        auto refused = store.install(same);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("Only a newer version")),
            qPrintable(refused.error().message));
        const QString broken = dir.filePath(QStringLiteral("broken"));
        QVERIFY(copyBuiltInPack(broken, QStringLiteral("9.0")));
        QVERIFY(QFile::remove(broken + QStringLiteral("/ar/lunn.md")));
        QVERIFY(!store.install(broken).ok());
        QCOMPARE(store.loadCurrent()->location, GuidancePackLoader::builtInLocation());
        QVERIFY(!QFileInfo::exists(store.installedFolder()));

        // A newer one is installed, from its manifest file; only the named files travel.
        const QString newer = dir.filePath(QStringLiteral("newer"));
        QVERIFY(copyBuiltInPack(newer, QStringLiteral("9.1")));
        write(newer + QStringLiteral("/notes.txt"), "not part of the pack");
        auto installed = store.install(newer + QStringLiteral("/manifest.json"));
        QVERIFY2(
            installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message));
        QCOMPARE(installed->packVersion, QStringLiteral("9.1"));
        QVERIFY(!QFileInfo::exists(store.installedFolder() + QStringLiteral("/notes.txt")));
        auto current = store.loadCurrent();
        QCOMPARE(current->packVersion, QStringLiteral("9.1"));
        QCOMPARE(current->location, store.installedFolder());

        // An older one than the installed update is refused too.
        const QString older = dir.filePath(QStringLiteral("older"));
        QVERIFY(copyBuiltInPack(older, QStringLiteral("9.0.5")));
        QVERIFY(!store.install(older).ok());
        QCOMPARE(store.loadCurrent()->packVersion, QStringLiteral("9.1"));

        // A damaged installed pack never takes the guidance away.
        QVERIFY(QFile::remove(store.installedFolder() + QStringLiteral("/es/faq.md")));
        QCOMPARE(store.loadCurrent()->location, GuidancePackLoader::builtInLocation());
    }

    void anotherJurisdictionIsNotInstalledOverBoston()
    {
        QTemporaryDir dir;
        const GuidancePackStore store(dir.filePath(QStringLiteral("installed")));
        const QString other = dir.filePath(QStringLiteral("other"));
        QVERIFY(copyBuiltInPack(other, QStringLiteral("9.0")));
        QJsonObject m = readManifest(other);
        m[QStringLiteral("id")] = QStringLiteral("springfield");
        writeManifest(other, m);
        auto refused = store.install(other);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("springfield")));
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
