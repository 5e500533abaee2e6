#include "guidancepackloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace td::GuidancePackLoader {
namespace {

constexpr qint64 kMaxFileSize
    = 1024 * 1024; // an article or manifest larger than this is not guidance

QString readText(const QString &path, QStringList &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(
            QCoreApplication::translate("GuidancePackLoader", "%1 is missing or unreadable.")
                .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (file.size() > kMaxFileSize) {
        problems.append(QCoreApplication::translate("GuidancePackLoader", "%1 is too large.")
                            .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    const QByteArray bytes = file.readAll();
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        problems.append(
            QCoreApplication::translate("GuidancePackLoader", "%1 is not valid UTF-8 text.")
                .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return text;
}

QString requireString(
    const QJsonObject &o, const char *key, const QString &where, QStringList &problems)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        problems.append(QCoreApplication::translate(
            "GuidancePackLoader", "manifest.json: %1 needs a text value for \"%2\".")
                            .arg(where, QString::fromLatin1(key)));
        return {};
    }
    return v.toString();
}

bool isSafeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return re.match(name).hasMatch();
}

constexpr int kNewestFormat = 2;

const QSet<QString> &reviewStatuses()
{
    static const QSet<QString> statuses {
        QStringLiteral("source"), QStringLiteral("machine-assisted"), QStringLiteral("reviewed")};
    return statuses;
}

QDate isoDate(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Format 2: a source's section and date ("2019", "2019-12" or "2019-12-04").
void readSourceDetails(const QJsonObject &o, GuidanceSource &s, QStringList &problems)
{
    s.section = o.value(QLatin1String("section")).toString().trimmed();
    s.date = o.value(QLatin1String("date")).toString().trimmed();
    static const QRegularExpression partialDate(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    const bool valid = s.date.isEmpty()
        || (partialDate.match(s.date).hasMatch()
            && (s.date.size() != 10 || QDate::fromString(s.date, Qt::ISODate).isValid()));
    if (!valid)
        problems.append(QCoreApplication::translate("GuidancePackLoader",
            "manifest.json: source %1 has the date \"%2\"; use 2019, 2019-12 or 2019-12-04.")
                            .arg(s.id, s.date));
}

// Format 2: what an article rests on, when it was last checked and how each language is reviewed.
void readArticleDetails(const QJsonObject &o, GuidanceArticle &a, QStringList &problems)
{
    for (const auto &value : o.value(QLatin1String("citations")).toArray()) {
        const QJsonObject c = value.toObject();
        GuidanceCitation citation;
        citation.sourceId = requireString(
            c, "source", QStringLiteral("a citation of article %1").arg(a.id), problems);
        citation.section = c.value(QLatin1String("section")).toString().trimmed();
        a.citations.append(citation);
    }
    if (a.citations.isEmpty())
        problems.append(QCoreApplication::translate(
            "GuidancePackLoader", "manifest.json: article %1 needs at least one citation.")
                            .arg(a.id));
    a.lastChecked = isoDate(o.value(QLatin1String("last_checked")));
    if (!a.lastChecked.isValid())
        problems.append(QCoreApplication::translate("GuidancePackLoader",
            "manifest.json: article %1 needs \"last_checked\", a date like 2026-11-24.")
                            .arg(a.id));
    const QJsonObject reviews = o.value(QLatin1String("reviews")).toObject();
    for (auto it = reviews.begin(); it != reviews.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        GuidanceReview review {
            r.value(QLatin1String("status")).toString(), isoDate(r.value(QLatin1String("date")))};
        if (!reviewStatuses().contains(review.status) || !review.date.isValid())
            problems.append(QCoreApplication::translate("GuidancePackLoader",
                "manifest.json: article %1 needs a known review status and a date for %2.")
                                .arg(a.id, it.key()));
        a.reviews.insert(it.key(), review);
    }
}

GuidanceRule readRule(const QJsonObject &o, QStringList &problems)
{
    GuidanceRule r;
    r.id = requireString(o, "id", QStringLiteral("a rule"), problems);
    const QString where = QStringLiteral("rule %1").arg(r.id);
    r.name = requireString(o, "name", where, problems);
    r.citation = requireString(o, "citation", where, problems);
    r.appliesTo = o.value(QLatin1String("applies_to")).toString().trimmed();
    r.sourceId = requireString(o, "source", where, problems);
    r.articleId = requireString(o, "article", where, problems);
    for (const auto &code : o.value(QLatin1String("violation_codes")).toArray())
        r.violationCodes.append(code.toString());
    return r;
}

// The cross-references of format 2: every citation, rule and review names something that exists.
QStringList checkReferences(const GuidancePack &pack)
{
    QStringList problems;
    for (const auto &a : pack.articles) {
        for (const auto &c : a.citations) {
            if (!c.sourceId.isEmpty() && !pack.source(c.sourceId))
                problems.append(QCoreApplication::translate("GuidancePackLoader",
                    "manifest.json: article %1 cites source %2, which the manifest does not list.")
                                    .arg(a.id, c.sourceId));
        }
        for (auto it = a.reviews.cbegin(); it != a.reviews.cend(); ++it) {
            if (!pack.language(it.key()))
                problems.append(QCoreApplication::translate("GuidancePackLoader",
                    "manifest.json: article %1 has a review for %2, which is not a language of "
                    "the pack.")
                                    .arg(a.id, it.key()));
        }
    }
    QSet<QString> ruled;
    for (const auto &r : pack.rules) {
        if (!r.sourceId.isEmpty() && !pack.source(r.sourceId))
            problems.append(QCoreApplication::translate("GuidancePackLoader",
                "manifest.json: rule %1 names source %2, which the manifest does not list.")
                                .arg(r.id, r.sourceId));
        if (!r.articleId.isEmpty() && !pack.article(r.articleId))
            problems.append(QCoreApplication::translate("GuidancePackLoader",
                "manifest.json: rule %1 names article %2, which does not exist.")
                                .arg(r.id, r.articleId));
        for (const auto &code : r.violationCodes) {
            if (ruled.contains(code))
                problems.append(QCoreApplication::translate("GuidancePackLoader",
                    "manifest.json: the violation category %1 is given to more than one rule.")
                                    .arg(code));
            ruled.insert(code);
        }
    }
    return problems;
}

} // namespace

QString builtInLocation()
{
    return QStringLiteral(":/guidance/boston");
}

Result<GuidancePack> loadBuiltIn()
{
    return load(builtInLocation());
}

Result<GuidancePack> load(const QString &folder)
{
    QStringList problems;
    const QDir dir(folder);
    const QString manifestText = readText(dir.filePath(QStringLiteral("manifest.json")), problems);
    if (!problems.isEmpty())
        return Error {ErrorKind::BadInput, problems.join(QLatin1Char('\n'))};

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestText.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "GuidancePackLoader", "manifest.json is not valid JSON (at byte %1: %2).")
                .arg(parseError.offset)
                .arg(parseError.errorString())};
    const QJsonObject m = doc.object();
    if (m.value(QLatin1String("format")).toString() != QLatin1String("trustdesk-guidance-pack"))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "GuidancePackLoader", "manifest.json is not a TrustDesk guidance pack manifest.")};
    const int format = m.value(QLatin1String("version")).toInt();
    if (format < 1 || format > kNewestFormat)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("GuidancePackLoader",
                "This guidance pack uses format version %1; this TrustDesk reads versions 1 to %2.")
                .arg(m.value(QLatin1String("version")).toVariant().toString())
                .arg(kNewestFormat)};

    GuidancePack pack;
    pack.formatVersion = format;
    pack.location = folder;
    const QString top = QStringLiteral("the pack");
    pack.id = requireString(m, "id", top, problems);
    pack.jurisdiction = requireString(m, "jurisdiction", top, problems);
    pack.packVersion = requireString(m, "pack_version", top, problems);
    pack.sourceLanguage = requireString(m, "source_language", top, problems);
    pack.lastReviewed
        = QDate::fromString(m.value(QLatin1String("last_reviewed")).toString(), Qt::ISODate);
    if (!pack.lastReviewed.isValid())
        problems.append(QCoreApplication::translate("GuidancePackLoader",
            "manifest.json: \"last_reviewed\" must be a date like 2026-11-24."));

    for (const auto &value : m.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = value.toObject();
        GuidanceSource s;
        s.id = requireString(o, "id", QStringLiteral("a source"), problems);
        s.title = requireString(o, "title", QStringLiteral("source %1").arg(s.id), problems);
        // Format 2 may cite a source without an address (a news report known by title and
        // date); such a source is listed, never linked from the text.
        const bool linkOptional = format >= 2 && !o.contains(QLatin1String("url"));
        if (!linkOptional)
            s.url = QUrl(requireString(o, "url", QStringLiteral("source %1").arg(s.id), problems),
                QUrl::StrictMode);
        if (!linkOptional
            && (!s.url.isValid()
                || (s.url.scheme() != QLatin1String("https")
                    && s.url.scheme() != QLatin1String("http"))))
            problems.append(QCoreApplication::translate(
                "GuidancePackLoader", "manifest.json: source %1 needs a web address (https://…).")
                                .arg(s.id));
        if (format >= 2)
            readSourceDetails(o, s, problems);
        pack.sources.append(s);
    }
    for (const auto &value : m.value(QLatin1String("languages")).toArray()) {
        const QJsonObject o = value.toObject();
        GuidanceLanguage l;
        l.code = requireString(o, "code", QStringLiteral("a language"), problems);
        l.name = requireString(o, "name", QStringLiteral("language %1").arg(l.code), problems);
        l.nativeName
            = requireString(o, "native_name", QStringLiteral("language %1").arg(l.code), problems);
        const QString direction
            = o.value(QLatin1String("direction")).toString(QStringLiteral("ltr"));
        if (direction != QLatin1String("ltr") && direction != QLatin1String("rtl"))
            problems.append(QCoreApplication::translate("GuidancePackLoader",
                "manifest.json: language %1 has direction \"%2\"; use ltr or rtl.")
                                .arg(l.code, direction));
        l.direction = direction == QLatin1String("rtl") ? Qt::RightToLeft : Qt::LeftToRight;
        l.reviewStatus = requireString(
            o, "review_status", QStringLiteral("language %1").arg(l.code), problems);
        if (!l.reviewStatus.isEmpty() && !reviewStatuses().contains(l.reviewStatus))
            problems.append(QCoreApplication::translate("GuidancePackLoader",
                "manifest.json: language %1 has an unknown review status \"%2\".")
                                .arg(l.code, l.reviewStatus));
        l.reviewNote = o.value(QLatin1String("review_note")).toString();
        if (!l.code.isEmpty() && !isSafeName(l.code))
            problems.append(QCoreApplication::translate(
                "GuidancePackLoader", "manifest.json: \"%1\" is not a valid language code.")
                                .arg(l.code));
        pack.languages.append(l);
    }
    for (const auto &value : m.value(QLatin1String("articles")).toArray()) {
        const QJsonObject o = value.toObject();
        GuidanceArticle a;
        a.id = requireString(o, "id", QStringLiteral("an article"), problems);
        a.section = requireString(o, "section", QStringLiteral("article %1").arg(a.id), problems);
        a.order = o.value(QLatin1String("order")).toInt();
        for (const auto &code : o.value(QLatin1String("violation_codes")).toArray())
            a.violationCodes.append(code.toString());
        if (!a.id.isEmpty() && !isSafeName(a.id))
            problems.append(QCoreApplication::translate(
                "GuidancePackLoader", "manifest.json: \"%1\" is not a valid article id.")
                                .arg(a.id));
        if (format >= 2)
            readArticleDetails(o, a, problems);
        pack.articles.append(a);
    }
    if (format >= 2) {
        static const QRegularExpression dotted(QStringLiteral("^\\d+(\\.\\d+)*$"));
        if (!pack.packVersion.isEmpty() && !dotted.match(pack.packVersion).hasMatch())
            problems.append(QCoreApplication::translate("GuidancePackLoader",
                "manifest.json: \"pack_version\" must be numbers and dots, like 1.2."));
        for (const auto &value : m.value(QLatin1String("rules")).toArray())
            pack.rules.append(readRule(value.toObject(), problems));
    }
    if (pack.sources.isEmpty() || pack.languages.isEmpty() || pack.articles.isEmpty())
        problems.append(QCoreApplication::translate(
            "GuidancePackLoader", "manifest.json must list sources, languages and articles."));
    if (!problems.isEmpty())
        return Error {ErrorKind::BadInput, problems.join(QLatin1Char('\n'))};
    std::stable_sort(pack.articles.begin(), pack.articles.end(),
        [](const GuidanceArticle &a, const GuidanceArticle &b) { return a.order < b.order; });

    for (const auto &l : std::as_const(pack.languages)) {
        for (const auto &a : std::as_const(pack.articles)) {
            const QString path
                = dir.filePath(l.code + QLatin1Char('/') + a.id + QStringLiteral(".md"));
            const QString text = readText(path, problems);
            if (!text.isEmpty())
                pack.setMarkdown(a.id, l.code, text);
        }
    }
    problems += check(pack);
    if (!problems.isEmpty())
        return Error {ErrorKind::BadInput, problems.join(QLatin1Char('\n'))};
    return pack;
}

QStringList check(const GuidancePack &pack)
{
    QStringList problems;
    if (!pack.language(pack.sourceLanguage))
        problems.append(QCoreApplication::translate(
            "GuidancePackLoader", "The source language %1 is not among the pack's languages.")
                            .arg(pack.sourceLanguage));
    problems += checkReferences(pack);
    QSet<QString> ids;
    for (const auto &a : pack.articles) {
        if (ids.contains(a.id))
            problems.append(
                QCoreApplication::translate("GuidancePackLoader", "Article %1 is listed twice.")
                    .arg(a.id));
        ids.insert(a.id);
    }
    static const QRegularExpression link(QStringLiteral("\\]\\(([a-z]+):([^)\\s]*)\\)"));
    for (const auto &l : pack.languages) {
        for (const auto &a : pack.articles) {
            const QString where = l.code + QLatin1Char('/') + a.id + QStringLiteral(".md");
            const QString text = pack.markdown(a.id, l.code);
            if (text.trimmed().isEmpty()) {
                problems.append(
                    QCoreApplication::translate("GuidancePackLoader", "%1 is missing or empty.")
                        .arg(where));
                continue;
            }
            if (!text.startsWith(QLatin1String("# ")))
                problems.append(QCoreApplication::translate(
                    "GuidancePackLoader", "%1 must start with its title as a \"# \" heading.")
                                    .arg(where));
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                const QString scheme = match.captured(1);
                const QString target = match.captured(2);
                if (scheme == QLatin1String("source") && !pack.source(target))
                    problems.append(QCoreApplication::translate("GuidancePackLoader",
                        "%1 cites source %2, which the manifest does not list.")
                                        .arg(where, target));
                else if (scheme == QLatin1String("source") && pack.source(target)->url.isEmpty())
                    problems.append(QCoreApplication::translate(
                        "GuidancePackLoader", "%1 links to source %2, which has no web address.")
                                        .arg(where, target));
                else if (scheme == QLatin1String("article") && !pack.article(target))
                    problems.append(QCoreApplication::translate(
                        "GuidancePackLoader", "%1 links to article %2, which does not exist.")
                                        .arg(where, target));
            }
        }
    }
    return problems;
}

} // namespace td::GuidancePackLoader
