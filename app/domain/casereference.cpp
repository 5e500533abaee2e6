#include "casereference.h"

#include <QRegularExpression>

namespace td::CaseReference {
namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral("^TD-(\\d{4})-(\\d{5,})$"));
    return re;
}

} // namespace

QString make(int year, int sequence)
{
    return QStringLiteral("TD-%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, 5, 10, QLatin1Char('0'));
}

bool isValid(const QString &reference)
{
    return pattern().match(reference).hasMatch();
}

int year(const QString &reference)
{
    const auto m = pattern().match(reference);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

int sequence(const QString &reference)
{
    const auto m = pattern().match(reference);
    return m.hasMatch() ? m.captured(2).toInt() : 0;
}

} // namespace td::CaseReference
