#include "evidencenames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td::EvidenceNames {
namespace {

bool isInvisibleOrControl(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

QString truncateKeepingExtension(const QString &name, int maxLength)
{
    if (name.size() <= maxLength)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = (dot > 0 && name.size() - dot <= 16) ? name.mid(dot) : QString();
    QString stem = name.left(maxLength - extension.size());
    if (!stem.isEmpty() && stem.back().isHighSurrogate())
        stem.chop(1);
    return stem + extension;
}

QString unnamed()
{
    return QCoreApplication::translate("EvidenceNames", "unnamed");
}

} // namespace

QString displayName(const QString &fileNameOrPath)
{
    QString name = fileNameOrPath;
    // Keep the last component only: a name arriving with separators (from another system or an
    // import) never points anywhere.
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        name = name.mid(slash + 1);

    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, name.at(i + 1));
            const auto category = QChar::category(ucs4);
            if (category != QChar::Other_Format && category != QChar::Other_NotAssigned
                && category != QChar::Other_PrivateUse) {
                out.append(c);
                out.append(name.at(i + 1));
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('\\'))
            out.append(QLatin1Char('_'));
        else if (c.category() == QChar::Other_Format)
            continue; // bidi overrides and zero-width characters disguise extensions: drop them
        else if (isInvisibleOrControl(c))
            out.append(QLatin1Char('_'));
        else
            out.append(c);
    }
    out = out.trimmed();
    bool onlyDots = true;
    for (const QChar c : std::as_const(out))
        onlyDots = onlyDots && c == QLatin1Char('.');
    if (out.isEmpty() || onlyDots)
        return unnamed();
    return truncateKeepingExtension(out, kMaxDisplayLength);
}

QString exportFileName(int index, const QString &name)
{
    static const QString forbidden = QStringLiteral("<>:\"|?*/\\");
    QString safe = displayName(name);
    for (auto &c : safe) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    while (
        !safe.isEmpty() && (safe.front() == QLatin1Char('.') || safe.front() == QLatin1Char('-')))
        safe.remove(0, 1);
    while (!safe.isEmpty() && (safe.back() == QLatin1Char('.') || safe.back() == QLatin1Char(' ')))
        safe.chop(1);
    if (safe.isEmpty())
        safe = unnamed();
    return QStringLiteral("%1-%2")
        .arg(index, 3, 10, QLatin1Char('0'))
        .arg(truncateKeepingExtension(safe, 100));
}

QString neutralExportFileName(
    const QString &caseReference, int index, const QString &suffix, bool redactedCopy)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    QString reference = caseReference;
    for (auto &c : reference) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return QStringLiteral("%1-item-%2%3.%4")
        .arg(reference)
        .arg(index, 3, 10, QLatin1Char('0'))
        .arg(redactedCopy ? QStringLiteral("-redacted") : QString())
        .arg(plain.match(suffix).hasMatch() ? suffix.toLower() : QStringLiteral("bin"));
}

} // namespace td::EvidenceNames
