#include "settings.h"
#include "ownerfolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kHeader = QStringLiteral("caseList/header");
const QString kLastDatabase = QStringLiteral("database/lastPath");
const QString kLanguage = QStringLiteral("interface/language");
const QString kIdleLock = QStringLiteral("security/idleLockMinutes");
const QString kLockWithSession = QStringLiteral("security/lockWithSession");
const QString kPassphrase = QStringLiteral("security/passphraseHash");
const QString kKeySalt = QStringLiteral("security/keyDerivationSalt");
const QString kPaper = QStringLiteral("print/paper");
const QString kReportRecipient = QStringLiteral("print/reportRecipient");
const QString kReportOrganisation = QStringLiteral("print/reportOrganisation");
const QString kCaseworkerName = QStringLiteral("caseworker/name");
const QString kCaseworkerRole = QStringLiteral("caseworker/role");
const QString kOfficeName = QStringLiteral("office/name");
const QString kOfficeAddress = QStringLiteral("office/address");
const QString kOfficePhone = QStringLiteral("office/phone");
const QString kOfficeEmail = QStringLiteral("office/email");
const QString kOfficeTimeZone = QStringLiteral("office/timeZone");
constexpr int kDefaultIdleLockMinutes = 10;

// The file says which databases exist and where: owner-only whatever the umask. QSettings
// rewrites it through QSaveFile, which keeps an existing file's mode, so the file is made (empty,
// 0600) before QSettings first writes it, and its mode is put right again after every sync.
void makeOwnerOnly(const QString &file, bool dedicatedFolder)
{
    const QString folder = QFileInfo(file).absolutePath();
    const bool folderExisted = QDir(folder).exists();
    if (!folderExisted)
        makeOwnerOnlyPath(folder);
    if (dedicatedFolder || !folderExisted)
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray native = QFile::encodeName(file);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        (void)::fchmod(fd, 0600);
        ::close(fd);
    }
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    // Its folder is ours alone (~/.config/<organisation>), unless it is ~/.config itself.
    const QString folder = QFileInfo(m_settings->fileName()).absolutePath();
    makeOwnerOnly(m_settings->fileName(),
        QDir(folder)
            != QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
}

QString Settings::paper() const
{
    const QString key = m_settings->value(kPaper).toString();
    return key == QLatin1String("a4") ? key : QStringLiteral("letter");
}

void Settings::setPaper(const QString &key)
{
    set(kPaper, key == QLatin1String("a4") ? key : QStringLiteral("letter"));
}

QString Settings::reportRecipient() const
{
    return m_settings->value(kReportRecipient).toString();
}

void Settings::setReportRecipient(const QString &key)
{
    set(kReportRecipient, key);
}

QString Settings::reportOrganisation() const
{
    return m_settings->value(kReportOrganisation).toString();
}

void Settings::setReportOrganisation(const QString &name)
{
    set(kReportOrganisation, name);
}

Settings::Settings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
    makeOwnerOnly(path, false);
}

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
QString Settings::lastServerUri() const
{
    return m_settings->value(QStringLiteral("database/lastServerUri")).toString();
}
void Settings::setLastServerUri(const QString &uri)
{
    set(QStringLiteral("database/lastServerUri"), uri);
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
bool Settings::lockWithSession() const
{
    return m_settings->value(kLockWithSession, true).toBool();
}
void Settings::setLockWithSession(bool on)
{
    set(kLockWithSession, on);
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

void Settings::clearPassphrase()
{
    m_settings->remove(kPassphrase);
    m_settings->remove(kKeySalt);
}

// Keyed by a hash of the path: the count is not secret, and the key stays a plain word.
static QString failedUnlocksKey(const QString &databasePath)
{
    return QStringLiteral("security/failedUnlocks/")
        + QString::fromLatin1(
            QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32));
}

int Settings::pendingFailedUnlocks(const QString &databasePath) const
{
    return m_settings->value(failedUnlocksKey(databasePath), 0).toInt();
}

void Settings::setPendingFailedUnlocks(const QString &databasePath, int count)
{
    if (count <= 0)
        m_settings->remove(failedUnlocksKey(databasePath));
    else
        set(failedUnlocksKey(databasePath), count);
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

OfficeProfile Settings::officeProfile() const
{
    return OfficeProfile {m_settings->value(kOfficeName).toString(),
        m_settings->value(kOfficeAddress).toString(), m_settings->value(kOfficePhone).toString(),
        m_settings->value(kOfficeEmail).toString(),
        m_settings->value(kOfficeTimeZone).toString().toUtf8()}
        .normalized();
}
void Settings::setOfficeProfile(const OfficeProfile &office)
{
    const OfficeProfile p = office.normalized();
    set(kOfficeName, p.name);
    set(kOfficeAddress, p.address);
    set(kOfficePhone, p.phone);
    set(kOfficeEmail, p.email);
    set(kOfficeTimeZone, QString::fromUtf8(p.timeZoneId));
}

void Settings::sync()
{
    m_settings->sync();
    makeOwnerOnly(m_settings->fileName(), false);
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
