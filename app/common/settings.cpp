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
constexpr int kDefaultIdleLockMinutes = 10;

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

QByteArray Settings::mainWindowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void Settings::setMainWindowGeometry(const QByteArray &geometry) { m_settings->setValue(kGeometry, geometry); }
QByteArray Settings::mainWindowState() const { return m_settings->value(kState).toByteArray(); }
void Settings::setMainWindowState(const QByteArray &state) { m_settings->setValue(kState, state); }
QByteArray Settings::mainSplitterState() const { return m_settings->value(kSplitter).toByteArray(); }
void Settings::setMainSplitterState(const QByteArray &state) { m_settings->setValue(kSplitter, state); }
QByteArray Settings::caseListHeaderState() const { return m_settings->value(kHeader).toByteArray(); }
void Settings::setCaseListHeaderState(const QByteArray &state) { m_settings->setValue(kHeader, state); }
QString Settings::lastDatabasePath() const { return m_settings->value(kLastDatabase).toString(); }
void Settings::setLastDatabasePath(const QString &path) { m_settings->setValue(kLastDatabase, path); }
QString Settings::language() const { return m_settings->value(kLanguage).toString(); }
void Settings::setLanguage(const QString &code) { m_settings->setValue(kLanguage, code); }

int Settings::idleLockMinutes() const { return m_settings->value(kIdleLock, kDefaultIdleLockMinutes).toInt(); }
void Settings::setIdleLockMinutes(int minutes) { m_settings->setValue(kIdleLock, qMax(0, minutes)); }
QString Settings::passphraseHash() const { return m_settings->value(kPassphrase).toString(); }
QString Settings::keyDerivationSalt() const { return m_settings->value(kKeySalt).toString(); }
void Settings::setPassphrase(const QString &hash, const QString &keySalt)
{
    m_settings->setValue(kPassphrase, hash);
    m_settings->setValue(kKeySalt, keySalt);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace td
