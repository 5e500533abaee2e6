#include "draftstore.h"

#include "common/ownerfolder.h"
#include "database.h"
#include "domain/redactionpolicy.h"
#include "interchange/casejson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

#include <algorithm>

namespace td {
namespace {

const QString kFormat = QStringLiteral("trustdesk-draft");

// A sealed draft: the 8-byte header "TDDR", version 1, three zero bytes; a 24-byte random
// nonce; the JSON sealed with XChaCha20-Poly1305 (drafts subkey). The associated data is the
// header and the draft's id, so a draft copied over another one's name does not open.
constexpr char kSealedMagic[4] = {'T', 'D', 'D', 'R'};
constexpr unsigned char kSealedVersion = 1;
constexpr int kHeaderSize = 8;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

QByteArray sealedHeader()
{
    QByteArray header(kSealedMagic, 4);
    header.append(char(kSealedVersion));
    header.append(3, '\0');
    return header;
}

QByteArray associatedData(const QString &id)
{
    return sealedHeader() + id.toUtf8();
}

bool isSafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return re.match(id).hasMatch();
}

// The drafts of office servers whose office key is not unlocked: in memory only, per folder.
struct MemoryDrafts
{
    QMutex mutex;
    QHash<QString, QMap<QString, Draft>> byFolder;
};

MemoryDrafts &memoryDrafts()
{
    static MemoryDrafts drafts;
    return drafts;
}

} // namespace

QString DraftStore::serverFolder(const QString &displayUri)
{
    const QByteArray uri = displayUri.toUtf8();
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest,
        reinterpret_cast<const unsigned char *>(uri.constData()),
        static_cast<unsigned long long>(uri.size()), nullptr, 0);
    const QString name = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts/") + name);
}

DraftStore::DraftStore(const QString &databasePath)
    : m_folder(databasePath + QStringLiteral(".drafts"))
{ }

DraftStore::DraftStore(const QString &databasePath, SecureKey draftsKey)
    : m_folder(databasePath + QStringLiteral(".drafts"))
{
    if (!draftsKey.isNull())
        m_key = std::make_shared<const SecureKey>(std::move(draftsKey));
}

DraftStore::DraftStore(const Database &database)
{
    if (database.dialect() != SqlDialect::Postgres) {
        *this = DraftStore(database.path(), database.subKey(KeyPurpose::Drafts));
        return;
    }
    m_server = true;
    m_folder = serverFolder(database.path());
    const SecureKey *office = database.officeKey();
    if (office && !office->isNull())
        m_key = std::make_shared<const SecureKey>(office->derive(KeyPurpose::Drafts));
    else
        m_inMemory = true; // never in the clear on disk: the folder holds only live-editor locks
}

QByteArray DraftStore::seal(const QString &id, const QByteArray &plain) const
{
    QByteArray out = sealedHeader();
    out.resize(kHeaderSize + kNonceSize + plain.size() + kTagSize);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + kHeaderSize);
    randombytes_buf(nonce, kNonceSize);
    const QByteArray ad = associatedData(id);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data() + kHeaderSize + kNonceSize), &length,
        reinterpret_cast<const unsigned char *>(plain.constData()), plain.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(), nullptr, nonce,
        m_key->data());
    out.resize(kHeaderSize + kNonceSize + int(length));
    return out;
}

std::optional<QByteArray> DraftStore::open(const QString &id, const QByteArray &sealed) const
{
    if (sealed.size() < kHeaderSize + kNonceSize + kTagSize
        || sealed.left(kHeaderSize) != sealedHeader())
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData() + kHeaderSize);
    const qsizetype cipherLength = sealed.size() - kHeaderSize - kNonceSize;
    QByteArray plain(cipherLength - kTagSize, Qt::Uninitialized);
    const QByteArray ad = associatedData(id);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()),
            &length, nullptr,
            reinterpret_cast<const unsigned char *>(sealed.constData() + kHeaderSize + kNonceSize),
            cipherLength, reinterpret_cast<const unsigned char *>(ad.constData()), ad.size(), nonce,
            m_key->data())
        != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DraftStore::pathFor(const QString &id) const
{
    return QDir(m_folder).filePath(
        id + (m_key ? QStringLiteral(".tddraft") : QStringLiteral(".json")));
}

QString DraftStore::lockPathFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".lock"));
}

Status DraftStore::ensureFolder() const
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (QDir(m_folder).exists()) {
        QFile::setPermissions(m_folder, ownerOnly); // a folder copied in by hand, too
        return {};
    }
    if (!makeOwnerOnlyPath(m_folder))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DraftStore", "Cannot create the drafts folder %1.")
                .arg(QDir::toNativeSeparators(m_folder))};
    QFile::setPermissions(m_folder, ownerOnly);
    return {};
}

std::unique_ptr<QLockFile> DraftStore::holdLive(const QString &id)
{
    if (!isSafeId(id) || !ensureFolder())
        return nullptr;
    auto lock = std::make_unique<QLockFile>(lockPathFor(id));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool DraftStore::isLive(const QString &id) const
{
    const QString path = lockPathFor(id);
    if (!QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // it was stale (its window crashed): removes it
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

Status DraftStore::save(const Draft &draft)
{
    if (!isSafeId(draft.id))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("DraftStore", "The draft has an invalid name.")};
    if (m_inMemory) {
        QMutexLocker locker(&memoryDrafts().mutex);
        Draft copy = draft;
        copy.savedAt = draft.savedAt.toUTC();
        memoryDrafts().byFolder[m_folder].insert(draft.id, copy);
        return {};
    }
    if (auto s = ensureFolder(); !s)
        return s;
    QJsonObject o {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1},
        {QStringLiteral("case_id"), draft.caseId},
        {QStringLiteral("base_revision"), draft.baseRevision},
        {QStringLiteral("client_id"), draft.caseFile.client.id},
        {QStringLiteral("saved_at"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("case"),
            CaseJson::write(draft.caseFile, RedactionPolicy::includeEverything())}};
    QSaveFile file(pathFor(draft.id));
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DraftStore", "Cannot save the draft: %1")
                .arg(file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    file.write(m_key ? seal(draft.id, json) : json);
    if (!file.commit())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DraftStore", "Cannot save the draft: %1")
                .arg(file.errorString())};
    return {};
}

QList<Draft> DraftStore::list(Live live, QStringList *setAside) const
{
    QList<Draft> drafts;
    if (m_inMemory) {
        {
            QMutexLocker locker(&memoryDrafts().mutex);
            for (const Draft &d : memoryDrafts().byFolder.value(m_folder))
                if (live == Live::Include || !isLive(d.id))
                    drafts.append(d);
        }
        std::sort(drafts.begin(), drafts.end(),
            [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
        return drafts;
    }
    const QDir dir(m_folder);
    // A vault's store reads sealed drafts only: a plaintext file in its folder is never taken
    // for one of them.
    const QString pattern = m_key ? QStringLiteral("*.tddraft") : QStringLiteral("*.json");
    for (const QFileInfo &info : dir.entryInfoList({pattern}, QDir::Files)) {
        const QString id = info.completeBaseName();
        if (!isSafeId(id) || info.size() > 16 * 1024 * 1024 || (live == Live::Skip && isLive(id)))
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = file.readAll();
        file.close();
        if (m_key) {
            auto opened = open(id, bytes);
            if (!opened) {
                const QString aside = info.filePath() + QStringLiteral(".damaged");
                QFile::remove(aside);
                if (QFile::rename(info.filePath(), aside) && setAside)
                    setAside->append(aside);
                continue;
            }
            bytes = std::move(*opened);
        }
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        if (o.value(QLatin1String("format")).toString() != kFormat
            || o.value(QLatin1String("version")).toInt() != 1)
            continue;
        Draft d;
        d.id = id;
        d.caseId = o.value(QLatin1String("case_id")).toInteger();
        d.baseRevision = o.value(QLatin1String("base_revision")).toInteger(); // absent: 0
        d.savedAt = QDateTime::fromString(
            o.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
        QStringList ignored; // a draft may be incomplete: that is why it is a draft
        d.caseFile = CaseJson::read(o.value(QLatin1String("case")).toObject(), QString(), ignored);
        d.caseFile.id = d.caseId;
        d.caseFile.client.id = o.value(QLatin1String("client_id")).toInteger();
        drafts.append(d);
    }
    // A window that was killed leaves the lock of a draft it never wrote: clear those that are
    // stale (their process is gone); a live window's stay.
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.lock")}, QDir::Files)) {
        if (QFileInfo::exists(pathFor(info.completeBaseName())))
            continue;
        QLockFile probe(info.filePath());
        probe.setStaleLockTime(0);
        if (probe.tryLock(0))
            probe.unlock();
    }
    std::sort(drafts.begin(), drafts.end(),
        [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

int DraftStore::sealPlaintextLeftovers()
{
    if (!m_key || m_inMemory)
        return 0;
    if (m_server) {
        // Typed before the office key was unlocked: kept in memory until now, sealed on disk now.
        QMap<QString, Draft> kept;
        {
            QMutexLocker locker(&memoryDrafts().mutex);
            kept = memoryDrafts().byFolder.take(m_folder);
        }
        int sealed = 0;
        for (const Draft &draft : std::as_const(kept)) {
            if (save(draft)) {
                ++sealed;
                continue;
            }
            QMutexLocker locker(&memoryDrafts().mutex); // not lost: still in memory
            memoryDrafts().byFolder[m_folder].insert(draft.id, draft);
        }
        return sealed;
    }
    // The same folder read as a plaintext database's drafts (m_folder is "<database>.drafts").
    const DraftStore plain(m_folder.chopped(int(QStringLiteral(".drafts").size())));
    int sealed = 0;
    for (const Draft &draft : plain.list(Live::Include)) {
        if (!save(draft))
            continue; // kept as it is; tried again next time
        QFile::remove(plain.pathFor(draft.id));
        ++sealed;
    }
    return sealed;
}

Status DraftStore::remove(const QString &id)
{
    if (!isSafeId(id))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("DraftStore", "The draft has an invalid name.")};
    if (m_inMemory) {
        QMutexLocker locker(&memoryDrafts().mutex);
        memoryDrafts().byFolder[m_folder].remove(id);
        return {};
    }
    const QString path = pathFor(id);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DraftStore", "Cannot delete the draft %1.")
                .arg(QDir::toNativeSeparators(path))};
    return {};
}

} // namespace td
