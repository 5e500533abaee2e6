#include "sealedfile.h"

#include "crypto/securekey.h"

#include <sodium.h>

#include <cstring>

namespace td {

static_assert(SealedFile::kStreamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(SealedFile::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(SecureKey::kSize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

namespace {

constexpr qint64 kShaSize = 32;

QByteArray prefix()
{
    QByteArray p(SealedFile::kMagic, 4);
    p.append(char(SealedFile::kVersion));
    p.append(char(SealedFile::kChunkShift));
    p.append(2, '\0');
    return p;
}

// Non-final chunks bind the prefix; the final one also the plaintext's SHA-256.
QByteArray additionalData(bool final, const QByteArray &sha256)
{
    return final ? prefix() + sha256 : prefix();
}

template<typename State> State *allocateState()
{
    // Locked, wiped on free: the state holds a key derived for this file.
    if (!sodiumReady())
        return nullptr;
    return static_cast<State *>(sodium_malloc(sizeof(State)));
}

} // namespace

qint64 SealedFile::sealedSize(qint64 plainSize)
{
    const qint64 chunks = plainSize <= 0 ? 1 : (plainSize + kChunkSize - 1) / kChunkSize;
    return kHeaderSize + plainSize + chunks * kChunkOverhead;
}

bool SealedFile::looksSealed(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray(kMagic, 4));
}

struct SealedWriter::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

void SealedWriter::FreeState::operator()(State *state) const
{
    sodium_free(state);
}

SealedWriter::SealedWriter(const SecureKey &contentKey, Sink sink)
    : m_key(contentKey)
    , m_state(allocateState<State>())
    , m_sink(std::move(sink))
{
    m_pending.reserve(SealedFile::kChunkSize);
    m_out.resize(SealedFile::kSealedChunkSize);
    m_failed = !m_state || m_key.isNull();
}

SealedWriter::~SealedWriter() = default;

bool SealedWriter::start()
{
    if (m_started)
        return !m_failed;
    m_started = true;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (m_failed
        || crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream, header, m_key.data())
            != 0) {
        m_failed = true;
        return false;
    }
    const QByteArray head
        = prefix() + QByteArray(reinterpret_cast<const char *>(header), sizeof header);
    m_failed = !m_sink(head.constData(), head.size());
    return !m_failed;
}

bool SealedWriter::push(const char *data, qint64 size, bool final, const QByteArray &sha256)
{
    const QByteArray ad = additionalData(final, sha256);
    unsigned long long length = 0;
    if (crypto_secretstream_xchacha20poly1305_push(&m_state->stream,
            reinterpret_cast<unsigned char *>(m_out.data()), &length,
            reinterpret_cast<const unsigned char *>(data), static_cast<unsigned long long>(size),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        != 0) {
        m_failed = true;
        return false;
    }
    m_failed = !m_sink(m_out.constData(), qint64(length));
    return !m_failed;
}

bool SealedWriter::add(const char *data, qint64 size)
{
    if (!start())
        return false;
    while (size > 0) {
        if (m_pending.size() == SealedFile::kChunkSize) {
            // More follows, so the held chunk is not the last.
            if (!push(m_pending.constData(), m_pending.size(), false, {}))
                return false;
            m_pending.clear();
        }
        if (m_pending.isEmpty() && size > SealedFile::kChunkSize) {
            if (!push(data, SealedFile::kChunkSize, false, {}))
                return false;
            data += SealedFile::kChunkSize;
            size -= SealedFile::kChunkSize;
            continue;
        }
        const qint64 take = qMin(size, SealedFile::kChunkSize - m_pending.size());
        m_pending.append(data, take);
        data += take;
        size -= take;
    }
    return true;
}

bool SealedWriter::finish(const QByteArray &sha256)
{
    if (!start() || sha256.size() != kShaSize) {
        m_failed = true;
        return false;
    }
    const bool ok = push(m_pending.constData(), m_pending.size(), true, sha256);
    m_pending.fill('\0');
    m_pending.clear();
    return ok;
}

struct SealedReader::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

void SealedReader::FreeState::operator()(State *state) const
{
    sodium_free(state);
}

SealedReader::SealedReader(const SecureKey &contentKey, const QByteArray &expectedSha256, Sink sink)
    : m_key(contentKey)
    , m_state(allocateState<State>())
    , m_sha256(expectedSha256)
    , m_sink(std::move(sink))
{
    m_buffer.reserve(SealedFile::kSealedChunkSize);
    m_plain.resize(SealedFile::kChunkSize);
    if (!m_state || m_key.isNull() || m_sha256.size() != kShaSize)
        m_failure = Failure::Damaged;
}

SealedReader::~SealedReader()
{
    m_plain.fill('\0');
}

bool SealedReader::fail(Failure failure)
{
    if (m_failure == Failure::None)
        m_failure = failure;
    return false;
}

bool SealedReader::openChunk(const unsigned char *data, qint64 size)
{
    // A chunk is the last one when nothing follows it; finish() opens that one.
    const bool last = m_final;
    if (size < SealedFile::kChunkOverhead)
        return fail(Failure::Truncated);
    const auto pull = [&](bool final, unsigned char &tag) {
        const QByteArray ad = additionalData(final, m_sha256);
        unsigned long long length = 0;
        const int r = crypto_secretstream_xchacha20poly1305_pull(&m_state->stream,
            reinterpret_cast<unsigned char *>(m_plain.data()), &length, &tag, data,
            static_cast<unsigned long long>(size),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()));
        return r == 0 ? qint64(length) : qint64(-1);
    };
    unsigned char tag = 0;
    const qint64 length = pull(last, tag);
    if (length < 0) {
        // Not what this place holds. A final chunk with more after it is an extended file, a
        // middle chunk at the end a truncated one; a failed pull leaves the state untouched, so
        // asking again is safe.
        unsigned char other = 0;
        if (pull(!last, other) >= 0)
            return fail(last ? Failure::Truncated : Failure::Extended);
        return fail(Failure::Damaged);
    }
    const bool isFinal = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    if (isFinal != last)
        return fail(isFinal ? Failure::Extended : Failure::Truncated);
    if (!last && length != SealedFile::kChunkSize)
        return fail(Failure::Damaged);
    if (length > 0 && !m_sink(m_plain.constData(), length))
        return fail(Failure::Stopped);
    return true;
}

bool SealedReader::feed(const char *data, qint64 size)
{
    if (m_failure != Failure::None)
        return false;
    while (size > 0) {
        if (!m_headerDone) {
            const qint64 take = qMin(size, SealedFile::kHeaderSize - m_buffer.size());
            m_buffer.append(data, take);
            data += take;
            size -= take;
            if (m_buffer.size() < SealedFile::kHeaderSize)
                continue;
            if (!SealedFile::looksSealed(m_buffer))
                return fail(Failure::NotSealed);
            if (m_buffer.left(SealedFile::kPrefixSize) != prefix())
                return fail(Failure::Version);
            if (crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream,
                    reinterpret_cast<const unsigned char *>(m_buffer.constData())
                        + SealedFile::kPrefixSize,
                    m_key.data())
                != 0)
                return fail(Failure::Damaged);
            m_headerDone = true;
            m_buffer.clear();
            continue;
        }
        // A full chunk is opened once at least one more byte is known to follow it.
        if (m_buffer.size() == SealedFile::kSealedChunkSize) {
            if (!openChunk(
                    reinterpret_cast<const unsigned char *>(m_buffer.constData()), m_buffer.size()))
                return false;
            m_buffer.clear();
        }
        if (m_buffer.isEmpty() && size > SealedFile::kSealedChunkSize) {
            if (!openChunk(
                    reinterpret_cast<const unsigned char *>(data), SealedFile::kSealedChunkSize))
                return false;
            data += SealedFile::kSealedChunkSize;
            size -= SealedFile::kSealedChunkSize;
            continue;
        }
        const qint64 take = qMin(size, SealedFile::kSealedChunkSize - m_buffer.size());
        m_buffer.append(data, take);
        data += take;
        size -= take;
    }
    return true;
}

bool SealedReader::finish()
{
    if (m_failure != Failure::None)
        return false;
    if (!m_headerDone)
        return fail(m_buffer.size() >= 4 && !SealedFile::looksSealed(m_buffer)
                ? Failure::NotSealed
                : Failure::Truncated);
    if (m_buffer.isEmpty())
        return fail(Failure::Truncated);
    m_final = true;
    const bool ok
        = openChunk(reinterpret_cast<const unsigned char *>(m_buffer.constData()), m_buffer.size());
    m_buffer.clear();
    return ok;
}

} // namespace td
