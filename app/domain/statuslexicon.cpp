#include "statuslexicon.h"

#include "common/languages.h"
#include "texttokens.h"
#include "tokenmatcher.h"

#include <QFile>

namespace td {

StatusLexicon::StatusLexicon()
    : m_matcher(std::make_shared<TokenMatcher>())
{ }

const StatusLexicon &StatusLexicon::builtIn()
{
    static const StatusLexicon lexicon = [] {
        StatusLexicon l;
        for (const LanguageInfo &language : supportedLanguages()) {
            const QString code = QString::fromLatin1(language.code);
            QFile file(QStringLiteral(":/redaction/lexicon/%1.txt").arg(code));
            if (file.open(QIODevice::ReadOnly))
                l.add(code, QString::fromUtf8(file.readAll()));
        }
        return l;
    }();
    return lexicon;
}

void StatusLexicon::add(const QString &language, const QString &fileText)
{
    for (const QString &raw : fileText.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString folded = foldForMatching(line);
        Phrase phrase {language, line, {}, {}};
        for (const TextToken &t : tokenize(folded)) {
            phrase.keys.append(t.key);
            phrase.prefix.append(t.end < folded.size() && folded.at(t.end) == QLatin1Char('*'));
        }
        if (phrase.keys.isEmpty())
            continue;
        TokenPattern pattern;
        pattern.kind = TextMatch::Kind::StatusPhrase;
        pattern.key = language;
        for (qsizetype i = 0; i < phrase.keys.size(); ++i)
            pattern.elements.append(
                TokenPattern::Element {{phrase.keys.at(i)}, false, phrase.prefix.at(i)});
        m_matcher->add(std::move(pattern));
        m_phrases.append(std::move(phrase));
    }
}

QStringList StatusLexicon::languages() const
{
    QStringList out;
    for (const Phrase &p : m_phrases) {
        if (!out.contains(p.language))
            out.append(p.language);
    }
    return out;
}

} // namespace td
