#pragma once

#include "common/result.h"
#include "guidancepack.h"

#include <QStringList>

namespace td {

/// Reads and checks a guidance pack. A pack that fails any check is refused whole, with every
/// problem named, so a broken update on disk never replaces the working built-in pack.
namespace GuidancePackLoader {

/// The pack shipped inside the application.
QString builtInLocation();
Result<GuidancePack> loadBuiltIn();
/// A pack from a folder holding manifest.json and one folder per language.
Result<GuidancePack> load(const QString &folder);
/// Problems in a loaded pack: every article in every language with a title, citations
/// ([n](source:ID)) that name a source, links (article:ID) that name an article. Empty when sound.
QStringList check(const GuidancePack &pack);

} // namespace GuidancePackLoader
} // namespace td
