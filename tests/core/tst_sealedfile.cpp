// The sealed evidence file format (app/evidence/sealedfile.h): round trips of every size around
// the chunk boundaries, and every kind of tampering refused, never decrypted to other bytes.

#include "crypto/securekey.h"
#include "evidence/sealedfile.h"
#include "evidence/sha256.h"

#include <QRandomGenerator>
#include <QTest>

using namespace td;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (auto &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

QByteArray rawSha(const QByteArray &bytes)
{
    return QByteArray::fromHex(Sha256::hex(bytes).toLatin1());
}

QByteArray seal(const SecureKey &key, const QByteArray &plain)
{
    QByteArray out;
    SealedWriter writer(key, [&out](const char *data, qint64 size) {
        out.append(data, size);
        return true;
    });
    // Uneven pieces, so chunks never line up with the calls.
    qint64 at = 0;
    for (qint64 piece = 1; at < plain.size(); piece = piece * 3 + 7) {
        const qint64 take = qMin(piece, plain.size() - at);
        if (!writer.add(plain.constData() + at, take))
            return {};
        at += take;
    }
    if (!writer.finish(rawSha(plain)))
        return {};
    return out;
}

struct Opened
{
    bool ok = false;
    SealedReader::Failure failure = SealedReader::Failure::None;
    QByteArray plain; ///< what the reader handed out, chunk by chunk
};

Opened unseal(
    const SecureKey &key, const QByteArray &sealed, const QByteArray &sha, qint64 piece = 4096)
{
    Opened result;
    SealedReader reader(key, sha, [&result](const char *data, qint64 size) {
        result.plain.append(data, size);
        return true;
    });
    bool fed = true;
    for (qint64 at = 0; fed && at < sealed.size(); at += piece)
        fed = reader.feed(sealed.constData() + at, qMin(piece, sealed.size() - at));
    result.ok = fed && reader.finish();
    result.failure = reader.failure();
    return result;
}

constexpr qint64 kChunk = SealedFile::kChunkSize;
constexpr qint64 kSealedChunk = SealedFile::kSealedChunkSize;
constexpr qint64 kHeader = SealedFile::kHeaderSize;

} // namespace

class TestSealedFile : public QObject
{
    Q_OBJECT

    SecureKey m_key = SecureKey::random();

    // A refused file never hands out anything but a prefix of the true plaintext (whole chunks
    // that authenticated before the damage), and is never reported whole.
    void expectRefused(const QByteArray &sealed, const QByteArray &plain, const char *what)
    {
        for (const qint64 piece : {qint64(1000), qint64(kSealedChunk + 5), qint64(1) << 22}) {
            const auto opened = unseal(m_key, sealed, rawSha(plain), piece);
            QVERIFY2(!opened.ok, what);
            QVERIFY2(opened.failure != SealedReader::Failure::None, what);
            QVERIFY2(plain.startsWith(opened.plain), what);
        }
    }

private slots:
    void roundTripsAroundChunkBoundaries_data()
    {
        QTest::addColumn<qint64>("size");
        for (const qint64 size : {qint64(0), qint64(1), qint64(100), kChunk - 1, kChunk, kChunk + 1,
                 3 * kChunk, 3 * kChunk + 12345})
            QTest::addRow("%lld", size) << size;
    }
    void roundTripsAroundChunkBoundaries()
    {
        QFETCH(qint64, size);
        const QByteArray plain = randomBytes(size, quint32(size) + 1);
        const QByteArray sealed = seal(m_key, plain);
        QCOMPARE(sealed.size(), SealedFile::sealedSize(size));
        QVERIFY(SealedFile::looksSealed(sealed));
        for (const qint64 piece : {qint64(1), qint64(777), kSealedChunk, kSealedChunk + 1}) {
            if (piece == 1 && size > kChunk)
                continue; // a byte at a time only for the small ones (time)
            const auto opened = unseal(m_key, sealed, rawSha(plain), piece);
            QVERIFY(opened.ok);
            QCOMPARE(opened.plain, plain);
        }
        // Sealed twice, the same bytes look different (a random header per file).
        QVERIFY(seal(m_key, plain) != sealed);
    }

    void everyFlippedBitOfASmallFileIsRefused()
    {
        const QByteArray plain = randomBytes(150, 7);
        const QByteArray sealed = seal(m_key, plain);
        for (qint64 bit = 0; bit < sealed.size() * 8; ++bit) {
            QByteArray bad = sealed;
            bad[bit / 8] = char(bad[bit / 8] ^ (1 << (bit % 8)));
            const auto opened = unseal(m_key, bad, rawSha(plain));
            QVERIFY(!opened.ok);
            QVERIFY(opened.plain.isEmpty()); // one chunk: nothing before the damage
        }
    }

    void aFlippedBitInAnyChunkIsRefused()
    {
        const QByteArray plain = randomBytes(4 * kChunk + 999, 8);
        const QByteArray sealed = seal(m_key, plain);
        for (int chunk = 0; chunk < 5; ++chunk) {
            for (const qint64 offset : {qint64(0), qint64(4000), kSealedChunk - 1}) {
                const qint64 at = kHeader + chunk * kSealedChunk + offset;
                if (at >= sealed.size())
                    continue;
                QByteArray bad = sealed;
                bad[at] = char(bad[at] ^ 0x10);
                expectRefused(bad, plain, "flipped bit");
            }
        }
    }

    void truncatedExtendedAndReorderedFilesAreRefused()
    {
        const QByteArray plain = randomBytes(3 * kChunk + 500, 9);
        const QByteArray sealed = seal(m_key, plain);
        // Cut at a chunk boundary (the lost end would otherwise go unnoticed), inside a chunk,
        // inside the header, and down to nothing.
        for (const qint64 length :
            {kHeader + 3 * kSealedChunk, kHeader + 2 * kSealedChunk, kHeader + kSealedChunk + 10,
                qint64(sealed.size() - 1), kHeader, qint64(5), qint64(0)})
            expectRefused(sealed.left(length), plain, "truncated");
        QCOMPARE(unseal(m_key, sealed.left(kHeader + 3 * kSealedChunk), rawSha(plain)).failure,
            SealedReader::Failure::Truncated);

        // Extended: garbage, a copy of the last chunk, a chunk of another file.
        expectRefused(sealed + QByteArray(1, 'x'), plain, "one byte appended");
        expectRefused(sealed + sealed.mid(kHeader + 3 * kSealedChunk), plain, "final repeated");
        const QByteArray other = seal(m_key, randomBytes(2 * kChunk, 10));
        expectRefused(sealed + other.mid(kHeader, kSealedChunk), plain, "foreign chunk appended");

        // A whole-chunk file with a chunk appended after its final one reads as extended.
        const QByteArray whole = randomBytes(2 * kChunk, 11);
        const QByteArray wholeSealed = seal(m_key, whole);
        QCOMPARE(
            unseal(m_key, wholeSealed + other.mid(kHeader, kSealedChunk), rawSha(whole)).failure,
            SealedReader::Failure::Extended);

        // Two chunks swapped; a chunk repeated in place of another; one dropped.
        QByteArray swapped = sealed;
        swapped.replace(kHeader, kSealedChunk, sealed.mid(kHeader + kSealedChunk, kSealedChunk));
        swapped.replace(kHeader + kSealedChunk, kSealedChunk, sealed.mid(kHeader, kSealedChunk));
        expectRefused(swapped, plain, "swapped chunks");
        QByteArray repeated = sealed;
        repeated.replace(kHeader + kSealedChunk, kSealedChunk, sealed.mid(kHeader, kSealedChunk));
        expectRefused(repeated, plain, "repeated chunk");
        QByteArray dropped = sealed;
        dropped.remove(kHeader + kSealedChunk, kSealedChunk);
        expectRefused(dropped, plain, "dropped chunk");
        // A chunk of another file at the same place.
        QByteArray foreign = sealed;
        foreign.replace(kHeader, kSealedChunk, other.mid(kHeader, kSealedChunk));
        expectRefused(foreign, plain, "foreign chunk");
    }

    void anotherFileOrKeyOrHashIsRefused()
    {
        const QByteArray plain = randomBytes(kChunk + 10, 12);
        const QByteArray sealed = seal(m_key, plain);
        // A file swapped for another stored file (same key): its end binds another SHA-256.
        const QByteArray otherPlain = randomBytes(kChunk + 10, 13);
        const auto swapped = unseal(m_key, seal(m_key, otherPlain), rawSha(plain));
        QVERIFY(!swapped.ok);
        QCOMPARE(swapped.failure, SealedReader::Failure::Damaged);
        // Another vault's key.
        const SecureKey other = SecureKey::random();
        QVERIFY(!unseal(other, sealed, rawSha(plain)).ok);
        QVERIFY(unseal(other, sealed, rawSha(plain)).plain.isEmpty());
        // The right file and key: fine.
        QVERIFY(unseal(m_key, sealed, rawSha(plain)).ok);
    }

    void headerIsCheckedAndBound()
    {
        const QByteArray plain = randomBytes(1000, 14);
        const QByteArray sealed = seal(m_key, plain);
        QCOMPARE(sealed.left(4), QByteArray("TDEF"));
        QCOMPARE(quint8(sealed.at(4)), SealedFile::kVersion);
        QByteArray newer = sealed;
        newer[4] = char(2);
        QCOMPARE(unseal(m_key, newer, rawSha(plain)).failure, SealedReader::Failure::Version);
        QByteArray plainFile = plain;
        QCOMPARE(unseal(m_key, plainFile, rawSha(plain)).failure, SealedReader::Failure::NotSealed);
    }
};

QTEST_GUILESS_MAIN(TestSealedFile)
#include "tst_sealedfile.moc"
