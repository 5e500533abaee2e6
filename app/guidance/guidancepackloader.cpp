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
    if (m.value(QLatin1String("version")).toInt() != 1)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("GuidancePackLoader",
                "This guidance pack uses format version %1; this TrustDesk reads version 1.")
                .arg(m.value(QLatin1String("version")).toVariant().toString())};

    GuidancePack pack;
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
        s.url = QUrl(requireString(o, "url", QStringLiteral("source %1").arg(s.id), problems),
            QUrl::StrictMode);
        if (!s.url.isValid()
            || (s.url.scheme() != QLatin1String("https")
                && s.url.scheme() != QLatin1String("http")))
            problems.append(QCoreApplication::translate(
                "GuidancePackLoader", "manifest.json: source %1 needs a web address (https://…).")
                                .arg(s.id));
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
        static const QSet<QString> statuses {QStringLiteral("source"),
            QStringLiteral("machine-assisted"), QStringLiteral("reviewed")};
        if (!l.reviewStatus.isEmpty() && !statuses.contains(l.reviewStatus))
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
        pack.articles.append(a);
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
