#pragma once

#include <QString>

namespace td::InterchangeFormat {

/// The "format" value every TrustDesk case file carries.
inline QString name()
{
    return QStringLiteral("trustdesk-cases");
}
/// The version this build writes; it reads this one and every one below. Files with a higher
/// version come from a newer TrustDesk. Version 2 added "witness_contact" to withheld_fields;
/// version 3 the evidence's "captured_origin".
constexpr int version()
{
    return 3;
}
/// Files larger than this are refused before they are read into memory.
constexpr qint64 maxFileSize()
{
    return qint64(1) << 30;
}

} // namespace td::InterchangeFormat
