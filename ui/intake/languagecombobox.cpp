#include "languagecombobox.h"

#include "common/languages.h"

#include <QEvent>
#include <QKeyEvent>

#include <algorithm>

namespace td::ui {
namespace {

constexpr int kSearchKeysRole = Qt::UserRole + 1;
constexpr int kTypingPauseMs = 1000; ///< as QComboBox's own keyboard search

} // namespace

LanguageComboBox::LanguageComboBox(QWidget *parent)
    : QComboBox(parent)
{
    addItem(QString(), QString());
    for (const auto &language : supportedLanguages())
        addItem(QString(), QString::fromLatin1(language.code));
    retranslate();
}

QString LanguageComboBox::searchForm(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    // Vietnamese đ does not decompose.
    out.replace(QChar(0x0111), QLatin1Char('d')).replace(QChar(0x0110), QLatin1Char('D'));
    return out.toCaseFolded();
}

void LanguageComboBox::retranslate()
{
    for (const auto &language : supportedLanguages()) {
        const int i = findData(QString::fromLatin1(language.code));
        if (i < 0)
            continue;
        const QString native = QString::fromUtf8(language.nativeName);
        const QString translated = translatedLanguageName(language);
        // Both names, each in its own direction (an Arabic name beside a Latin one).
        setItemText(i,
            native == translated ? native
                                 : QStringLiteral("%1 \u2014 %2")
                                       .arg(QChar(0x2068) + native + QChar(0x2069),
                                           QChar(0x2068) + translated + QChar(0x2069)));
        setItemData(i,
            QStringList {searchForm(native), searchForm(translated),
                searchForm(QString::fromLatin1(language.englishName))},
            kSearchKeysRole);
    }
}

void LanguageComboBox::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool typing = !text.isEmpty() && text.at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!typing) {
        QComboBox::keyPressEvent(event);
        return;
    }
    if (!m_sinceKey.isValid() || m_sinceKey.elapsed() > kTypingPauseMs)
        m_typed.clear();
    m_sinceKey.start();
    m_typed += text;
    const QString wanted = searchForm(m_typed);
    // First a name that starts so, then a name with a word that does ("chinese (simplified)").
    for (const bool wordStart : {false, true}) {
        for (int i = 0; i < count(); ++i) {
            const QStringList keys = itemData(i, kSearchKeysRole).toStringList();
            const bool found = std::any_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
                return wordStart ? key.contains(QLatin1Char(' ') + wanted)
                        || key.contains(QLatin1Char('(') + wanted)
                                 : key.startsWith(wanted);
            });
            if (!found)
                continue;
            if (i != currentIndex()) {
                setCurrentIndex(i);
                emit activated(i);
            }
            event->accept();
            return;
        }
    }
    event->accept(); // nothing matches: stay where we are rather than jump elsewhere
}

void LanguageComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

} // namespace td::ui
