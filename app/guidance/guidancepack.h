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
};

/// Rights guidance for one jurisdiction: data, not code (manifest.json + Markdown per article
/// per language), loaded from the built-in resources or from a folder an office maintains.
class GuidancePack
{
public:
    QString id;
    QString jurisdiction;
    QString packVersion;
    QDate lastReviewed;
    QString sourceLanguage;
    QString location; ///< where it was loaded from (":/guidance/boston" or a folder)
    QList<GuidanceSource> sources;
    QList<GuidanceLanguage> languages;
    QList<GuidanceArticle> articles; ///< in reading order

    const GuidanceLanguage *language(const QString &code) const;
    const GuidanceArticle *article(const QString &id) const;
    const GuidanceSource *source(const QString &id) const;
    /// The article explaining a violation category, if any.
    const GuidanceArticle *articleForViolation(const QString &code) const;

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
