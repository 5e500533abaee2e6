#include "databasesession.h"

#include "pgconnection.h"

#include <QUrl>

#include <sodium.h>

namespace td {

DatabaseSession::DatabaseSession(QString path, std::shared_ptr<const SecureKey> dataKey)
    : m_path(std::move(path))
    , m_dataKey(dataKey && !dataKey->isNull() ? std::move(dataKey) : nullptr)
{ }

DatabaseSession DatabaseSession::of(const Database &database)
{
    if (database.dialect() == SqlDialect::Postgres) {
        // The URI without its password, and the password the connection was opened with (Qt
        // keeps it in memory): what opens the editor's evidence panel and every other connection.
        QString uri = database.path();
        const QString password = database.connection().password();
        if (!password.isEmpty())
            uri += (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                + QStringLiteral("password=")
                + QString::fromLatin1(QUrl::toPercentEncoding(password));
        return forServer(database, uri);
    }
    const SecureKey *key = database.dataKey();
    return DatabaseSession(database.path(),
        key ? std::make_shared<const SecureKey>(SecureKey::fromBytes(key->data())) : nullptr);
}

DatabaseSession DatabaseSession::forServer(const Database &database, const QString &uri)
{
    DatabaseSession session(database.path());
    session.m_serverUri = uri;
    if (const SecureKey *key = database.officeKey(); key && !key->isNull())
        session.m_officeKey = std::make_shared<const SecureKey>(SecureKey::fromBytes(key->data()));
    return session;
}

DatabaseSession DatabaseSession::forServerUri(
    const QString &uri, std::shared_ptr<const SecureKey> officeKey)
{
    const auto parsed = PgConnection::parse(uri);
    DatabaseSession session(parsed ? parsed.value().displayUri : QString());
    session.m_serverUri = uri;
    if (officeKey && !officeKey->isNull())
        session.m_officeKey = std::move(officeKey);
    return session;
}

DatabaseSession::~DatabaseSession()
{
    // Every copy shares one buffer (implicit sharing): the last one wipes it.
    if (!m_serverUri.isEmpty() && m_serverUri.isDetached())
        sodium_memzero(m_serverUri.data(), size_t(m_serverUri.size()) * sizeof(QChar));
}

bool DatabaseSession::hasServerPassword() const
{
    const auto parsed = PgConnection::parse(m_serverUri);
    return !m_serverUri.isEmpty() && parsed && !parsed.value().password.isEmpty();
}

Result<std::unique_ptr<Database>> DatabaseSession::open(Database::OpenMode mode) const
{
    if (!m_serverUri.isEmpty()) {
        auto opened = Database::open(m_serverUri, mode);
        if (opened && m_officeKey)
            opened.value()->setOfficeKey(SecureKey::fromBytes(m_officeKey->data()));
        return opened;
    }
    if (m_dataKey)
        return Database::open(m_path, mode, *m_dataKey);
    return Database::open(m_path, mode);
}

} // namespace td
