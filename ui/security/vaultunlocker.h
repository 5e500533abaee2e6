#pragma once

#include "common/result.h"
#include "crypto/securekey.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace td::ui {

/// Unwraps a vault's data key off the UI thread (Argon2id takes about a second): with the
/// passphrase, or with the recovery key. One attempt at a time; finished() says it is done and
/// takeResult() hands over the key or the reason.
class VaultUnlocker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultUnlocker)

public:
    enum class Secret
    {
        Passphrase,
        RecoveryKey,
    };

    explicit VaultUnlocker(QObject *parent = nullptr);
    ~VaultUnlocker() override;

    /// Starts unwrapping the key in `keyFilePath` with `secret`; false while one is running.
    bool start(const QString &keyFilePath, const QString &secret, Secret kind);
    bool isRunning() const { return m_thread != nullptr; }
    /// The outcome of the attempt that finished; empty before that, and after it was taken.
    std::optional<Result<SecureKey>> takeResult();

signals:
    void finished();

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::optional<Result<SecureKey>>> m_result;
    std::optional<Result<SecureKey>> m_done;
};

} // namespace td::ui
