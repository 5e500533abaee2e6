#include "settings.h"

namespace td {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kHeader = QStringLiteral("caseList/header");
const QString kLastDatabase = QStringLiteral("database/lastPath");
const QString kLanguage = QStringLiteral("interface/language");

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

void Settings::sync()
{
    m_settings->sync();
}

} // namespace td
