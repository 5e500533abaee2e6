#include "settings.h"

namespace td {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kHeader = QStringLiteral("caseList/header");
const QString kLastDatabase = QStringLiteral("database/lastPath");
const QString kLanguage = QStringLiteral("interface/language");
const QString kIdleLock = QStringLiteral("security/idleLockMinutes");
const QString kPassphrase = QStringLiteral("security/passphraseHash");
const QString kKeySalt = QStringLiteral("security/keyDerivationSalt");
const QString kCaseworkerName = QStringLiteral("caseworker/name");
const QString kCaseworkerRole = QStringLiteral("caseworker/role");
constexpr int kDefaultIdleLockMinutes = 10;

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{ }

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    set(kGeometry, geometry);
}
QByteArray Settings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &state)
{
    set(kState, state);
}
QByteArray Settings::mainSplitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}
void Settings::setMainSplitterState(const QByteArray &state)
{
    set(kSplitter, state);
}
QByteArray Settings::caseListHeaderState() const
{
    return m_settings->value(kHeader).toByteArray();
}
void Settings::setCaseListHeaderState(const QByteArray &state)
{
    set(kHeader, state);
}
QString Settings::lastDatabasePath() const
{
    return m_settings->value(kLastDatabase).toString();
}
void Settings::setLastDatabasePath(const QString &path)
{
    set(kLastDatabase, path);
}
QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}
void Settings::setLanguage(const QString &code)
{
    set(kLanguage, code);
}

int Settings::idleLockMinutes() const
{
    return m_settings->value(kIdleLock, kDefaultIdleLockMinutes).toInt();
}
void Settings::setIdleLockMinutes(int minutes)
{
    set(kIdleLock, qMax(0, minutes));
}
QString Settings::passphraseHash() const
{
    return m_settings->value(kPassphrase).toString();
}
QString Settings::keyDerivationSalt() const
{
    return m_settings->value(kKeySalt).toString();
}
void Settings::setPassphrase(const QString &hash, const QString &keySalt)
{
    set(kPassphrase, hash);
    set(kKeySalt, keySalt);
}

CaseworkerProfile Settings::caseworkerProfile() const
{
    return CaseworkerProfile {m_settings->value(kCaseworkerName).toString(),
        m_settings->value(kCaseworkerRole).toString()}
        .normalized();
}
void Settings::setCaseworkerProfile(const CaseworkerProfile &profile)
{
    const CaseworkerProfile p = profile.normalized();
    set(kCaseworkerName, p.name);
    set(kCaseworkerRole, p.role);
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::set(const QString &key, const QVariant &value)
{
    // QSettings rewrites the whole file (with two fdatasyncs) after any setValue, even of the
    // value it holds already: without this check every start and every quit rewrote it.
    if (m_settings->contains(key) && m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
}

} // namespace td
