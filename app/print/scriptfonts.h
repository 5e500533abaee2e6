#pragma once

#include <QString>
#include <QStringList>

namespace td {

/// Which installed font families print a language: Qt may otherwise pick the Japanese CJK cut
/// for Chinese, or drop characters it has no font for.
namespace ScriptFonts {
/// The preferred body family for a language code ("zh_CN" → "Noto Sans CJK SC").
QString familyFor(const QString &languageCode);
/// A CSS font-family list that covers every script TrustDesk prints, the language's own first.
QString cssFamilies(const QString &languageCode);
/// Whether a language is written right to left.
bool isRightToLeft(const QString &languageCode);
} // namespace ScriptFonts

} // namespace td
