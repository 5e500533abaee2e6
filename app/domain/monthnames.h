#pragma once

#include <QStringList>

namespace td {

/// The names people write for `month` (1–12) in the app's languages, as written (fold them to
/// match): English (with abbreviations), Spanish, Portuguese, Haitian Creole, Kabuverdianu,
/// Russian (nominative and genitive), Arabic (Egyptian and Levantine one-word names) and Somali.
/// Chinese and Vietnamese write months as numbers (3月, tháng 3).
QStringList monthNames(int month);

} // namespace td
