#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>

namespace td {

class SecureKey;

/// Evidence sealed into rows of an office server (docs/office-mode.md, "Evidence in the
/// server"): one libsodium secretstream (XChaCha20-Poly1305) per evidence item. Row 0 holds an
/// 8-byte prefix (magic "TDSC", version, chunk shift, two zero bytes) and the 24-byte stream
/// header; rows 1… hold the plaintext in chunks of kChunkSize bytes (the last one may be
/// shorter), each with a 17-byte overhead; only the last carries TAG_FINAL. Every chunk binds as
/// additional data the prefix, the evidence id and its own row number (big-endian), and the last
/// one also the SHA-256 of the whole plaintext: a flipped bit, two rows swapped, a row moved to
/// another item, a dropped or repeated row and a stream cut short all fail.
namespace EvidenceChunks {

inline constexpr quint8 kVersion = 1;
inline constexpr quint8 kChunkShift = 16; ///< chunks of 64 KiB, as the sealed file store
inline constexpr qint64 kChunkSize = qint64(1) << kChunkShift;
inline constexpr qint64 kHeaderRowSize = 8 + 24;
inline constexpr qint64 kOverhead = 17;

} // namespace EvidenceChunks

/// Seals one item's plaintext chunk by chunk; the caller stores what it returns as rows 0, 1, ….
class ChunkSealer
{
public:
    /// `contentKey` must outlive the sealer.
    ChunkSealer(const SecureKey &contentKey, qint64 evidenceId);
    ~ChunkSealer();
    Q_DISABLE_COPY_MOVE(ChunkSealer)

    /// Row 0: the prefix and the stream header (empty when libsodium cannot start).
    QByteArray header();
    /// Row `n` (1, 2, … in order) holding `size` plaintext bytes (at most kChunkSize). The last
    /// row is `final` and binds `sha256`, the raw 32-byte digest of the whole plaintext.
    QByteArray seal(qint64 n, const char *data, qint64 size, bool final, const QByteArray &sha256);

private:
    struct State;
    struct FreeState
    {
        void operator()(State *state) const;
    };
    const SecureKey &m_key;
    qint64 m_evidenceId;
    std::unique_ptr<State, FreeState> m_state;
};

/// Opens one item's rows in order, each authenticated before any of it is handed out; that the
/// item is whole (and is the one expected) is known only when finished().
class ChunkOpener
{
public:
    enum class Failure
    {
        None,
        NotSealed, ///< row 0 is not a TDSC header
        Version, ///< a newer format or chunk size
        Damaged, ///< a row does not decrypt: changed, reordered, moved, repeated, another key
        Truncated, ///< ends before its final row
        Extended, ///< rows after the final one
    };

    ChunkOpener(const SecureKey &contentKey, qint64 evidenceId, const QByteArray &expectedSha256);
    ~ChunkOpener();
    Q_DISABLE_COPY_MOVE(ChunkOpener)

    /// Row `n` as stored; row 0 first. On success `plain` holds the row's plaintext.
    bool open(qint64 n, const QByteArray &row, QByteArray &plain);
    /// True when the final row arrived and authenticated; otherwise sets Truncated.
    bool finish();
    Failure failure() const { return m_failure; }

private:
    bool fail(Failure failure);

    struct State;
    struct FreeState
    {
        void operator()(State *state) const;
    };
    const SecureKey &m_key;
    qint64 m_evidenceId;
    QByteArray m_sha256;
    std::unique_ptr<State, FreeState> m_state;
    qint64 m_next = 0;
    bool m_final = false;
    Failure m_failure = Failure::None;
};

} // namespace td
