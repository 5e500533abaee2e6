#pragma once

#include "common/result.h"
#include "crypto/vaultkeyfile.h"

#include <QString>

#include <functional>

namespace td {

class SecureKey;

/// Turning a plaintext database into a vault in place, and copying a plaintext SQLite file into
/// a new vault file. The encrypted copy is built beside the database (`<db>.encrypting`, its key
/// file `<db>.encrypting.vault`), checked against the original row by row, and only then put in
/// its place with two renames; a crash at any moment leaves a working plaintext database or a
/// working vault, and recover() finishes or undoes what was interrupted. The steps and the
/// recovery are in docs/encryption.md ("Encrypting an existing database").
namespace VaultConversion {

enum class Step
{
    Checking, ///< the database is ours, current, and no one else has it open
    Copying, ///< pages written encrypted to the copy
    Verifying, ///< the copy's integrity check and every table compared with the original
    Evidence, ///< the evidence store (see Callbacks::evidence)
    Switching, ///< the renames; cannot be cancelled
};

struct Callbacks
{
    /// How far the conversion is: a step and 0–100 within it. Return false to cancel; honoured
    /// until Step::Switching, and a cancel changes nothing.
    std::function<bool(Step step, int percent)> progress;
    /// Given the new vault's recovery key once, after the copy verified and before anything is
    /// switched; an error stops the conversion and changes nothing.
    std::function<Status(const QString &recoveryKey)> keepRecoveryKey;
    /// THE EVIDENCE STEP. Called after the database copy verified and before the switch, with
    /// the database path and the new vault's data key: the place to encrypt the evidence store
    /// beside the database (`<db>.evidence/`) the same safe way (build beside, verify, then let
    /// the switch put it in place). An error stops the conversion and changes nothing. Empty:
    /// the evidence store is left as it is.
    std::function<Status(const QString &databasePath, const SecureKey &dataKey,
        const std::function<bool(int percent)> &progress)>
        evidence;
};

/// Where the encrypted copy of `databasePath` is built.
QString stagingPath(const QString &databasePath);
/// True when a conversion of `databasePath` did not finish (or runs now in another process).
bool interrupted(const QString &databasePath);

enum class Recovered
{
    Nothing, ///< no conversion was interrupted
    Undone, ///< it stopped before the copy verified: the plaintext database is as it was
    Finished, ///< it stopped during the switch: the database is now the verified vault
};
/// Finishes or undoes an interrupted conversion; refused while another program holds the
/// database (a conversion may be running there).
Result<Recovered> recover(const QString &databasePath);

/// Encrypts the plaintext database at `databasePath` in place under `passphrase` (see the
/// namespace). Refused while another program has the database open, when it is already
/// encrypted, or when an earlier conversion was interrupted (call recover() first).
Status encrypt(const QString &databasePath, const QString &passphrase, VaultKeyFile::Cost cost,
    const Callbacks &callbacks = {});

/// Writes the plaintext SQLite file `source` (not in use; e.g. a backup) as the new vault file
/// `target` (must not exist) encrypted with `dataKey`, and checks it against `source`. On
/// failure nothing is left at `target`.
Status copyFileToVault(const QString &source, const QString &target, const SecureKey &dataKey,
    const std::function<bool(int percent)> &progress = {});

} // namespace VaultConversion
} // namespace td
