#include "connectionuri.h"

#include "database.h"

#include <QUrl>

namespace td {

QString connectionUri(const Database &database)
{
    QString uri = database.path();
    if (database.dialect() != SqlDialect::Postgres)
        return uri;
    const QString password = database.connection().password();
    if (!password.isEmpty())
        uri += (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("password=") + QString::fromLatin1(QUrl::toPercentEncoding(password));
    return uri;
}

} // namespace td
