#pragma once

#include <QString>

namespace td::InterchangeFormat {

/// The "format" value every TrustDesk case file carries.
inline QString name()
{
    return QStringLiteral("trustdesk-cases");
}
/// The version this build writes and reads; files with a higher version come from a newer TrustDesk.
constexpr int version()
{
    return 1;
}
/// Files larger than this are refused before they are read into memory.
constexpr qint64 maxFileSize()
{
    return qint64(1) << 30;
}

} // namespace td::InterchangeFormat
