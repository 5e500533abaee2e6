#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace td {

/// A cited source of a guidance pack ([1] → its title and address).
struct GuidanceSource
{
    QString id;
    QString title;
    QUrl url;
    QString section; ///< pack format 2: the part cited ("§11-1.9"); may be empty
    QString date; ///< pack format 2: "2019", "2019-12" or "2019-12-04"; may be empty
};

/// Where an article's statement comes from: a source of the pack and, optionally, the exact part
/// of it (pack format 2).
struct GuidanceCitation
{
    QString sourceId;
    QString section; ///< overrides the source's own section when set
};

/// How far one article's text in one language can be trusted, and since when.
struct GuidanceReview
{
    QString status; ///< "source", "machine-assisted" or "reviewed"
    QDate date; ///< when that status was given; invalid when the pack does not say
};

/// A rule (an ordinance, a court decision) that a violation category concerns: what a complaint's
/// allegation cites (pack format 2).
struct GuidanceRule
{
    QString id;
    QString name; ///< "Boston Trust Act"
    QString citation; ///< "City of Boston Code §11-1.9"
    QString appliesTo; ///< whom it binds ("Boston Police Department"); may be empty
    QString sourceId; ///< the pack source holding its text
    QString articleId; ///< the article explaining it
    QStringList violationCodes;
};

/// A language a pack is written in, and how far its translation can be trusted.
struct GuidanceLanguage
{
    QString code; ///< "en", "zh_CN", "ar"…
    QString name; ///< English name
    QString nativeName; ///< name in the language itself
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString reviewStatus; ///< "source", "machine-assisted" or "reviewed"
    QString reviewNote; ///< shown to the reader as is
};

/// An article's place in the pack; its text is per language.
struct GuidanceArticle
{
    QString id;
    QString section;
    int order = 0;
    QStringList violationCodes; ///< violation categories this article explains
    QList<GuidanceCitation> citations; ///< pack format 2: the sources the article rests on
    QDate lastChecked; ///< pack format 2: when its citations were last compared with the sources
    QHash<QString, GuidanceReview> reviews; ///< per language code, where the manifest says
};

/// Rights guidance for one jurisdiction: data, not code (manifest.json + Markdown per article
/// per language), loaded from the built-in resources or from a folder an office maintains.
class GuidancePack
{
public:
    QString id;
    int formatVersion = 1; ///< the manifest's "version"
    QString jurisdiction;
    QString packVersion;
    QDate lastReviewed;
    QString sourceLanguage;
    QString location; ///< where it was loaded from (":/guidance/boston" or a folder)
    QList<GuidanceSource> sources;
    QList<GuidanceLanguage> languages;
    QList<GuidanceArticle> articles; ///< in reading order
    QList<GuidanceRule> rules;

    const GuidanceLanguage *language(const QString &code) const;
    const GuidanceArticle *article(const QString &id) const;
    const GuidanceSource *source(const QString &id) const;
    /// The article explaining a violation category, if any.
    const GuidanceArticle *articleForViolation(const QString &code) const;

    /// The rule a violation category concerns, if the pack names one.
    const GuidanceRule *ruleForViolation(const QString &code) const;
    /// An article's review in a language: its own entry, else the language's status dated with
    /// the pack's last review.
    GuidanceReview review(const QString &articleId, const QString &languageCode) const;

    /// The sources an article rests on, one line each: "[4] Title, §11-1.9, 2019-12 — https://…"
    /// (section, date and address where known). Every source of the pack for a format-1 pack,
    /// whose articles name none.
    QStringList citationLines(const QString &articleId) const;

    /// Compares dotted pack versions numerically ("1.10" is newer than "1.9"): <0, 0 or >0.
    static int compareVersions(const QString &a, const QString &b);

    /// The Markdown of an article in a language; empty if missing.
    QString markdown(const QString &articleId, const QString &languageCode) const;
    /// The article's title: its first-level heading in that language.
    QString title(const QString &articleId, const QString &languageCode) const;
    /// The closest language the pack has for a locale name ("pt_BR" → "pt", "zh_HK" → "zh_TW"),
    /// falling back to the source language.
    QString bestLanguageFor(const QString &localeName) const;

    void setMarkdown(const QString &articleId, const QString &languageCode, const QString &text);

private:
    QHash<QString, QString> m_markdown; ///< key: article id + '/' + language code
};

} // namespace td
