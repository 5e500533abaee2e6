#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace td {

class TokenMatcher;

/// Phrases that reveal a person's immigration status ("undocumented", "sin papeles", "无证"), per
/// language the app speaks, kept as data: resources/redaction/lexicon/<code>.txt, compiled in as
/// :/redaction/lexicon/<code>.txt. Matched case- and accent-insensitively on whole words; a word
/// written with a trailing "*" matches every word that starts with it (inflected languages).
class StatusLexicon
{
public:
    struct Phrase
    {
        QString language; ///< the file's language code
        QString text; ///< as written in the file
        QStringList keys; ///< folded token keys
        QList<bool> prefix; ///< per key: matches words that start with it
    };

    /// Every built-in language's file (one for each of supportedLanguages()), loaded once.
    static const StatusLexicon &builtIn();
    /// Adds the phrases of one file's text: one per line, "#" starts a comment line.
    void add(const QString &language, const QString &fileText);

    const QList<Phrase> &phrases() const { return m_phrases; }
    /// The languages that have at least one phrase.
    QStringList languages() const;
    /// The phrases as patterns, built once (what TextScanner matches).
    const TokenMatcher &matcher() const { return *m_matcher; }

    StatusLexicon();

private:
    QList<Phrase> m_phrases;
    std::shared_ptr<TokenMatcher> m_matcher;
};

} // namespace td
