#include "vaultunlocker.h"

#include "crypto/vaultkeyfile.h"

#include <QThread>

namespace td::ui {

VaultUnlocker::VaultUnlocker(QObject *parent)
    : QObject(parent)
{ }

VaultUnlocker::~VaultUnlocker()
{
    if (m_thread) {
        m_thread->wait(); // at most one Argon2id run; the key it makes is wiped with m_result
        delete m_thread;
    }
}

bool VaultUnlocker::start(const QString &keyFilePath, const QString &secret, Secret kind)
{
    if (m_thread)
        return false;
    m_done.reset();
    auto result = std::make_shared<std::optional<Result<SecureKey>>>();
    m_result = result;
    m_thread = QThread::create([result, keyFilePath, secret, kind] {
        *result = kind == Secret::Passphrase
            ? VaultKeyFile::unlock(keyFilePath, secret)
            : VaultKeyFile::unlockWithRecoveryKey(keyFilePath, secret);
    });
    m_thread->setObjectName(QStringLiteral("vault-unlock"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_done = std::move(*m_result);
        m_result.reset();
        emit finished();
    });
    m_thread->start();
    return true;
}

std::optional<Result<SecureKey>> VaultUnlocker::takeResult()
{
    return std::exchange(m_done, std::nullopt);
}

} // namespace td::ui
