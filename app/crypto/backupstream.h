#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>

class QIODevice;

namespace td {

class SecureKey;

/// The sealed stream of an office database backup (docs/office-mode.md, "Backing up an office
/// database"): an 8-byte prefix (magic "TDOB", version, three zero bytes), a clear header (a
/// big-endian 32-bit length and that many bytes, at most kMaxClearHeader), libsodium's 24-byte
/// secretstream header, then messages, each a big-endian 32-bit length and that many bytes of
/// XChaCha20-Poly1305 (crypto_secretstream). The first message binds as associated data
/// everything before it, so the clear header cannot be changed; the stream's own state chains
/// the messages, so a flipped bit, two messages swapped, one dropped or repeated fail; only the
/// last carries TAG_FINAL, and nothing may follow it, so a file cut short fails too.
namespace BackupStream {

inline constexpr quint8 kVersion = 1;
inline constexpr qint64 kMaxClearHeader = qint64(1) << 20;
/// The largest plaintext of one message a reader accepts (a writer stays far below).
inline constexpr qint64 kMaxMessage = qint64(1) << 24;

} // namespace BackupStream

/// Writes a backup stream to a device: begin() once, then message() for each block.
class BackupStreamWriter
{
public:
    /// `key` (the backup key, derived from the office key) must outlive the writer.
    BackupStreamWriter(QIODevice &out, const SecureKey &key);
    ~BackupStreamWriter();
    Q_DISABLE_COPY_MOVE(BackupStreamWriter)

    /// The prefix, `clearHeader` and the stream header. False when it could not be written.
    bool begin(const QByteArray &clearHeader);
    /// One sealed message; the last one is `final`.
    bool message(const QByteArray &plain, bool final);

private:
    struct State;
    struct FreeState
    {
        void operator()(State *state) const;
    };
    QIODevice &m_out;
    const SecureKey &m_key;
    std::unique_ptr<State, FreeState> m_state;
    QByteArray m_ad; ///< bound by the first message, then empty
};

/// Reads a backup stream: readHeader() (no key needed), then start() and next() until finished.
class BackupStreamReader
{
public:
    enum class Failure
    {
        None,
        NotBackup, ///< not a TDOB file
        Version, ///< a newer format
        Damaged, ///< a message does not decrypt: changed, reordered, dropped, another key
        Truncated, ///< ends before its final message
        Extended, ///< bytes after the final message
    };

    explicit BackupStreamReader(QIODevice &in);
    ~BackupStreamReader();
    Q_DISABLE_COPY_MOVE(BackupStreamReader)

    /// Reads the prefix and the clear header.
    bool readHeader();
    QByteArray clearHeader() const { return m_clearHeader; }
    /// Reads the stream header and opens it with `key` (must outlive the reader).
    bool start(const SecureKey &key);
    /// The next message's plaintext; false at the end (finished()) or on a failure.
    bool next(QByteArray &plain);
    /// True once the final message authenticated and nothing followed it.
    bool finished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    /// Bytes of the file read so far.
    qint64 position() const { return m_position; }

private:
    bool fail(Failure failure);
    bool readExactly(qint64 size, QByteArray &bytes);

    struct State;
    struct FreeState
    {
        void operator()(State *state) const;
    };
    QIODevice &m_in;
    std::unique_ptr<State, FreeState> m_state;
    QByteArray m_clearHeader;
    QByteArray m_ad;
    qint64 m_position = 0;
    bool m_finished = false;
    Failure m_failure = Failure::None;
};

} // namespace td
