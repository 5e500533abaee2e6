#include "backupstream.h"

#include "securekey.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

namespace td {
namespace {

constexpr char kMagic[4] = {'T', 'D', 'O', 'B'};
constexpr int kPrefixSize = 8;
constexpr int kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

QByteArray prefix()
{
    QByteArray p(kMagic, 4);
    p.append(char(BackupStream::kVersion));
    p.append(3, '\0');
    return p;
}

QByteArray bigEndian32(quint32 value)
{
    char word[4];
    qToBigEndian(value, word);
    return QByteArray(word, 4);
}

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

struct BackupStreamWriter::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

void BackupStreamWriter::FreeState::operator()(State *state) const
{
    sodium_memzero(state, sizeof *state);
    delete state;
}

BackupStreamWriter::BackupStreamWriter(QIODevice &out, const SecureKey &key)
    : m_out(out)
    , m_key(key)
{ }

BackupStreamWriter::~BackupStreamWriter() = default;

bool BackupStreamWriter::begin(const QByteArray &clearHeader)
{
    if (!sodiumReady() || m_key.isNull() || clearHeader.size() > BackupStream::kMaxClearHeader)
        return false;
    m_state.reset(new State);
    QByteArray head = prefix() + bigEndian32(quint32(clearHeader.size())) + clearHeader;
    QByteArray streamHeader(kStreamHeader, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_state->stream, reinterpret_cast<unsigned char *>(streamHeader.data()), m_key.data());
    head += streamHeader;
    m_ad = head;
    return m_out.write(head) == head.size();
}

bool BackupStreamWriter::message(const QByteArray &plain, bool final)
{
    if (!m_state || plain.size() > BackupStream::kMaxMessage)
        return false;
    QByteArray out(plain.size() + kOverhead, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state->stream,
        reinterpret_cast<unsigned char *>(out.data()), &length, u(plain),
        static_cast<unsigned long long>(plain.size()), u(m_ad),
        static_cast<unsigned long long>(m_ad.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    m_ad.clear();
    out.resize(qsizetype(length));
    const QByteArray frame = bigEndian32(quint32(out.size()));
    if (final)
        m_state.reset();
    return m_out.write(frame) == frame.size() && m_out.write(out) == out.size();
}

struct BackupStreamReader::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

void BackupStreamReader::FreeState::operator()(State *state) const
{
    sodium_memzero(state, sizeof *state);
    delete state;
}

BackupStreamReader::BackupStreamReader(QIODevice &in)
    : m_in(in)
{ }

BackupStreamReader::~BackupStreamReader() = default;

bool BackupStreamReader::fail(Failure failure)
{
    if (m_failure == Failure::None)
        m_failure = failure;
    m_state.reset();
    return false;
}

bool BackupStreamReader::readExactly(qint64 size, QByteArray &bytes)
{
    bytes = m_in.read(size);
    m_position += bytes.size();
    return bytes.size() == size;
}

bool BackupStreamReader::readHeader()
{
    QByteArray p;
    if (!readExactly(kPrefixSize, p) || !p.startsWith(QByteArray(kMagic, 4)))
        return fail(Failure::NotBackup);
    if (p != prefix())
        return fail(Failure::Version);
    QByteArray length;
    if (!readExactly(4, length))
        return fail(Failure::Truncated);
    const quint32 size = qFromBigEndian<quint32>(length.constData());
    if (size > BackupStream::kMaxClearHeader)
        return fail(Failure::Damaged);
    if (!readExactly(size, m_clearHeader))
        return fail(Failure::Truncated);
    m_ad = p + length + m_clearHeader;
    return true;
}

bool BackupStreamReader::start(const SecureKey &key)
{
    if (m_failure != Failure::None || m_ad.isEmpty() || !sodiumReady() || key.isNull())
        return fail(Failure::Damaged);
    QByteArray header;
    if (!readExactly(kStreamHeader, header))
        return fail(Failure::Truncated);
    m_ad += header;
    m_state.reset(new State);
    if (crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream, u(header), key.data())
        != 0)
        return fail(Failure::Damaged);
    return true;
}

bool BackupStreamReader::next(QByteArray &plain)
{
    plain.clear();
    if (m_failure != Failure::None || m_finished)
        return false;
    if (!m_state)
        return fail(Failure::Damaged);
    QByteArray length;
    if (!readExactly(4, length))
        return fail(Failure::Truncated);
    const quint32 size = qFromBigEndian<quint32>(length.constData());
    if (size < quint32(kOverhead) || size > BackupStream::kMaxMessage + kOverhead)
        return fail(Failure::Damaged);
    QByteArray sealed;
    if (!readExactly(size, sealed))
        return fail(Failure::Truncated);
    plain.resize(size - kOverhead);
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->stream,
            reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag, u(sealed),
            static_cast<unsigned long long>(sealed.size()), u(m_ad),
            static_cast<unsigned long long>(m_ad.size()))
        != 0) {
        plain.clear();
        return fail(Failure::Damaged);
    }
    m_ad.clear();
    plain.resize(qsizetype(plainLength));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_state.reset();
        if (!m_in.read(1).isEmpty()) {
            plain.clear();
            return fail(Failure::Extended);
        }
        m_finished = true;
    }
    return true;
}

} // namespace td
