#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace td {

class SecureKey;

/// The format of an evidence file in a vault's store (docs/encryption.md, "Evidence files"):
/// an 8-byte header (magic "TDEF", version, chunk size), libsodium's 24-byte secretstream header,
/// then the plaintext in chunks of kChunkSize bytes, each XChaCha20-Poly1305 with a 17-byte
/// overhead; only the last chunk (0 to kChunkSize bytes) carries TAG_FINAL. Every chunk binds the
/// 8-byte header as additional data and the last one also the SHA-256 of the whole plaintext, so
/// a flipped bit, a reordered, dropped or repeated chunk, a cut or extended file, and a file
/// swapped for another stored one all fail to decrypt.
namespace SealedFile {

inline constexpr char kMagic[4] = {'T', 'D', 'E', 'F'};
inline constexpr quint8 kVersion = 1;
inline constexpr quint8 kChunkShift = 16; ///< chunks of 64 KiB
inline constexpr qint64 kChunkSize = qint64(1) << kChunkShift;
inline constexpr qint64 kPrefixSize = 8; ///< magic, version, chunk shift, two reserved zero bytes
inline constexpr qint64 kStreamHeaderSize
    = 24; ///< crypto_secretstream_xchacha20poly1305_HEADERBYTES
inline constexpr qint64 kHeaderSize = kPrefixSize + kStreamHeaderSize;
inline constexpr qint64 kChunkOverhead = 17; ///< crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr qint64 kSealedChunkSize = kChunkSize + kChunkOverhead;

/// The size on disk of a sealed file holding `plainSize` bytes.
qint64 sealedSize(qint64 plainSize);
/// True when `bytes` (the first bytes of a file) start with the sealed-file magic.
bool looksSealed(const QByteArray &bytes);

} // namespace SealedFile

/// Writes the sealed format: plaintext in, ciphertext out through `sink`, in one pass. The
/// header goes out with the first call; finish() writes the last chunk, bound to the plaintext's
/// SHA-256 (which the caller computes over the same bytes).
class SealedWriter
{
public:
    /// Receives ciphertext in order; returning false stops the writer (see failed()).
    using Sink = std::function<bool(const char *data, qint64 size)>;

    /// `contentKey` must outlive the writer.
    SealedWriter(const SecureKey &contentKey, Sink sink);
    ~SealedWriter();
    Q_DISABLE_COPY_MOVE(SealedWriter)

    bool add(const char *data, qint64 size);
    /// `sha256` is the raw 32-byte digest of everything added.
    bool finish(const QByteArray &sha256);
    bool failed() const { return m_failed; }

private:
    bool start();
    bool push(const char *data, qint64 size, bool final, const QByteArray &sha256);

    struct State;
    struct FreeState
    {
        void operator()(State *state) const;
    };
    const SecureKey &m_key;
    std::unique_ptr<State, FreeState> m_state;
    Sink m_sink;
    QByteArray m_pending; ///< the last chunk seen, held back until more follows or finish()
    QByteArray m_out;
    bool m_started = false;
    bool m_failed = false;
};

/// Reads the sealed format: ciphertext in (any piece sizes), plaintext out through `sink` one
/// authenticated chunk at a time. Nothing of a chunk is handed out before its tag is checked;
/// that the file is whole and is the one expected (the last chunk binds its SHA-256) is known
/// only at finish(), so a caller keeps what it got unused until finish() is true.
class SealedReader
{
public:
    enum class Failure
    {
        None,
        NotSealed, ///< no TDEF header: not a sealed evidence file
        Version, ///< a newer format (or chunk size) than this build reads
        Damaged, ///< a chunk does not decrypt: changed, reordered, swapped, or another key
        Truncated, ///< ends before its final chunk
        Extended, ///< bytes after the final chunk
        Stopped, ///< the sink returned false
    };
    using Sink = std::function<bool(const char *data, qint64 size)>;

    /// `expectedSha256` is the raw 32-byte digest the file must hold; `contentKey` must outlive
    /// the reader.
    SealedReader(const SecureKey &contentKey, const QByteArray &expectedSha256, Sink sink);
    ~SealedReader();
    Q_DISABLE_COPY_MOVE(SealedReader)

    bool feed(const char *data, qint64 size);
    /// True when the final chunk arrived, authenticated, and nothing followed.
    bool finish();
    Failure failure() const { return m_failure; }

private:
    bool fail(Failure failure);
    bool openChunk(const unsigned char *data, qint64 size);

    struct State;
    struct FreeState
    {
        void operator()(State *state) const;
    };
    const SecureKey &m_key;
    std::unique_ptr<State, FreeState> m_state;
    QByteArray m_sha256;
    Sink m_sink;
    QByteArray m_buffer; ///< the header, then an incomplete chunk
    QByteArray m_plain;
    bool m_headerDone = false;
    bool m_final = false;
    Failure m_failure = Failure::None;
};

} // namespace td
