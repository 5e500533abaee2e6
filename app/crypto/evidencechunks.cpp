#include "evidencechunks.h"

#include "securekey.h"

#include <QtEndian>

#include <sodium.h>

namespace td {
namespace {

using EvidenceChunks::kChunkShift;
using EvidenceChunks::kChunkSize;
using EvidenceChunks::kVersion;

constexpr char kMagic[4] = {'T', 'D', 'S', 'C'};
constexpr int kPrefixSize = 8;

static_assert(EvidenceChunks::kHeaderRowSize
    == kPrefixSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(EvidenceChunks::kOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);

QByteArray prefix()
{
    QByteArray p(kMagic, 4);
    p.append(char(kVersion));
    p.append(char(kChunkShift));
    p.append(2, '\0');
    return p;
}

QByteArray associatedData(qint64 evidenceId, qint64 n, bool final, const QByteArray &sha256)
{
    QByteArray ad = prefix();
    char word[8];
    qToBigEndian(quint64(evidenceId), word);
    ad.append(word, 8);
    qToBigEndian(quint64(n), word);
    ad.append(word, 8);
    if (final)
        ad.append(sha256);
    return ad;
}

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

struct ChunkSealer::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

void ChunkSealer::FreeState::operator()(State *state) const
{
    sodium_memzero(state, sizeof *state);
    delete state;
}

ChunkSealer::ChunkSealer(const SecureKey &contentKey, qint64 evidenceId)
    : m_key(contentKey)
    , m_evidenceId(evidenceId)
{ }

ChunkSealer::~ChunkSealer() = default;

QByteArray ChunkSealer::header()
{
    if (!sodiumReady() || m_key.isNull())
        return {};
    m_state.reset(new State);
    QByteArray row = prefix();
    row.resize(EvidenceChunks::kHeaderRowSize);
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream,
        reinterpret_cast<unsigned char *>(row.data() + kPrefixSize), m_key.data());
    return row;
}

QByteArray ChunkSealer::seal(
    qint64 n, const char *data, qint64 size, bool final, const QByteArray &sha256)
{
    if (!m_state || size < 0 || size > kChunkSize)
        return {};
    const QByteArray ad = associatedData(m_evidenceId, n, final, sha256);
    QByteArray out(size + EvidenceChunks::kOverhead, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state->stream,
        reinterpret_cast<unsigned char *>(out.data()), &length,
        reinterpret_cast<const unsigned char *>(data), static_cast<unsigned long long>(size), u(ad),
        static_cast<unsigned long long>(ad.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    out.resize(qsizetype(length));
    return out;
}

struct ChunkOpener::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

void ChunkOpener::FreeState::operator()(State *state) const
{
    sodium_memzero(state, sizeof *state);
    delete state;
}

ChunkOpener::ChunkOpener(
    const SecureKey &contentKey, qint64 evidenceId, const QByteArray &expectedSha256)
    : m_key(contentKey)
    , m_evidenceId(evidenceId)
    , m_sha256(expectedSha256)
{ }

ChunkOpener::~ChunkOpener() = default;

bool ChunkOpener::fail(Failure failure)
{
    if (m_failure == Failure::None)
        m_failure = failure;
    return false;
}

bool ChunkOpener::open(qint64 n, const QByteArray &row, QByteArray &plain)
{
    plain.clear();
    if (m_failure != Failure::None)
        return false;
    if (m_final)
        return fail(Failure::Extended);
    if (n != m_next)
        return fail(Failure::Damaged); // a row missing or repeated in the middle
    ++m_next;
    if (n == 0) {
        if (row.size() != EvidenceChunks::kHeaderRowSize || !row.startsWith(QByteArray(kMagic, 4)))
            return fail(Failure::NotSealed);
        if (!row.startsWith(prefix()))
            return fail(Failure::Version);
        if (!sodiumReady() || m_key.isNull())
            return fail(Failure::Damaged);
        m_state.reset(new State);
        if (crypto_secretstream_xchacha20poly1305_init_pull(
                &m_state->stream, u(row) + kPrefixSize, m_key.data())
            != 0)
            return fail(Failure::Damaged);
        return true;
    }
    if (!m_state || row.size() < EvidenceChunks::kOverhead
        || row.size() > kChunkSize + EvidenceChunks::kOverhead)
        return fail(Failure::Damaged);
    // Which tag a row carries is known only after decrypting it; the final row's additional data
    // differs, so try it as a middle row first and, if that fails, as the last.
    plain.resize(row.size() - EvidenceChunks::kOverhead);
    for (const bool final : {false, true}) {
        crypto_secretstream_xchacha20poly1305_state attempt = m_state->stream;
        const QByteArray ad = associatedData(m_evidenceId, n, final, m_sha256);
        unsigned long long length = 0;
        unsigned char tag = 0;
        const bool ok = crypto_secretstream_xchacha20poly1305_pull(&attempt,
                            reinterpret_cast<unsigned char *>(plain.data()), &length, &tag, u(row),
                            static_cast<unsigned long long>(row.size()), u(ad),
                            static_cast<unsigned long long>(ad.size()))
            == 0;
        const bool accepted
            = ok && (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) == final;
        if (accepted)
            m_state->stream = attempt;
        sodium_memzero(&attempt, sizeof attempt);
        if (accepted) {
            m_final = final;
            return true;
        }
    }
    plain.clear();
    return fail(Failure::Damaged);
}

bool ChunkOpener::finish()
{
    if (m_failure != Failure::None)
        return false;
    if (!m_final)
        return fail(Failure::Truncated);
    return true;
}

} // namespace td
