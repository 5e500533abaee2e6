#include "vaultvfs.h"

#include "keypurpose.h"

#include <QHash>
#include <QUrl>
#include <QUuid>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <new>

namespace td::VaultVfs {
namespace {

constexpr int kPayload = kPageSize - kReservedBytes; // the encrypted part of a page
constexpr int kWalHeader = 32; // SQLite's WAL file header
constexpr int kFrameHeader = 24; // SQLite's WAL frame header
constexpr int kFrame = kFrameHeader + kPageSize;
constexpr int kAdBytes = 24;
constexpr char kName[] = "trustdesk-vault";

static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == kNonceBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == kTagBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == SecureKey::kSize);

enum class Kind : quint32
{
    MainDb = 1,
    Wal = 2,
};

// ---- keys -------------------------------------------------------------------------------------

struct KeyEntry
{
    std::shared_ptr<const SecureKey> pageKey;
    int holds = 0;
};

std::mutex &keysMutex()
{
    static std::mutex m;
    return m;
}

QHash<QString, KeyEntry> &keys()
{
    static QHash<QString, KeyEntry> k;
    return k;
}

std::shared_ptr<const SecureKey> keyFor(const char *token)
{
    if (!token)
        return {};
    const std::lock_guard lock(keysMutex());
    const auto it = keys().constFind(QString::fromLatin1(token));
    return it == keys().cend() ? nullptr : it->pageKey;
}

// ---- page sealing -----------------------------------------------------------------------------

void putBe32(unsigned char *p, quint32 v)
{
    p[0] = static_cast<unsigned char>(v >> 24);
    p[1] = static_cast<unsigned char>(v >> 16);
    p[2] = static_cast<unsigned char>(v >> 8);
    p[3] = static_cast<unsigned char>(v);
}

quint32 getBe32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// What a page is bound to: its file kind and page number, and in the WAL the frame's slot (the
// salt fields are kept in the format, zero; see walBinding).
struct Binding
{
    Kind kind = Kind::MainDb;
    quint32 pageNumber = 0;
    quint32 salt1 = 0;
    quint32 salt2 = 0;
    quint32 frame = 0;

    void write(unsigned char *ad) const
    {
        std::memcpy(ad, "TDV1", 4);
        putBe32(ad + 4, static_cast<quint32>(kind));
        putBe32(ad + 8, pageNumber);
        putBe32(ad + 12, salt1);
        putBe32(ad + 16, salt2);
        putBe32(ad + 20, frame);
    }
};

// plain (kPageSize bytes) → sealed (kPageSize bytes): ciphertext of the payload, nonce, tag.
void seal(
    const SecureKey &key, const Binding &binding, const unsigned char *plain, unsigned char *sealed)
{
    unsigned char ad[kAdBytes];
    binding.write(ad);
    unsigned char *nonce = sealed + kPayload;
    unsigned char *tag = nonce + kNonceBytes;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long tagLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        sealed, tag, &tagLength, plain, kPayload, ad, kAdBytes, nullptr, nonce, key.data());
}

// sealed → plain; false (plain zeroed) when the tag does not verify.
bool open(
    const SecureKey &key, const Binding &binding, const unsigned char *sealed, unsigned char *plain)
{
    unsigned char ad[kAdBytes];
    binding.write(ad);
    const unsigned char *nonce = sealed + kPayload;
    const unsigned char *tag = nonce + kNonceBytes;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            plain, nullptr, sealed, kPayload, tag, ad, kAdBytes, nonce, key.data())
        != 0) {
        sodium_memzero(plain, kPageSize);
        return false;
    }
    sodium_memzero(plain + kPayload, kReservedBytes); // SQLite never reads its reserved bytes
    return true;
}

bool allZero(const unsigned char *p, int n)
{
    unsigned char acc = 0;
    for (int i = 0; i < n; ++i)
        acc |= p[i];
    return acc == 0;
}

// A page-sized buffer that is wiped when it goes (it may hold plaintext).
struct PageBuffer
{
    unsigned char bytes[kPageSize];
    ~PageBuffer() { sodium_memzero(bytes, sizeof bytes); }
};

// ---- the file ---------------------------------------------------------------------------------

struct VaultFile
{
    sqlite3_file base; // first: SQLite sees only this
    sqlite3_file *real = nullptr; // the underlying file, placed right after this struct
    Kind kind = Kind::MainDb;
    std::shared_ptr<const SecureKey> key;
};

sqlite3_vfs *realVfs(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

VaultFile *vaultFile(sqlite3_file *f)
{
    return reinterpret_cast<VaultFile *>(f);
}

int mainRead(VaultFile *f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    PageBuffer sealed;
    PageBuffer plain;
    bool shortRead = false;
    while (amount > 0) {
        const sqlite3_int64 page = offset / kPageSize;
        const int within = static_cast<int>(offset - page * kPageSize);
        const int take = std::min(amount, kPageSize - within);
        const int rc = f->real->pMethods->xRead(f->real, sealed.bytes, kPageSize, page * kPageSize);
        if (rc == SQLITE_IOERR_SHORT_READ && allZero(sealed.bytes, kPageSize)) {
            // Beyond the end of the file (a new database): zeros, as SQLite expects.
            std::memset(out, 0, static_cast<size_t>(take));
            shortRead = true;
        } else if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) {
            return rc;
        } else {
            const Binding binding {Kind::MainDb, static_cast<quint32>(page + 1)};
            if (rc == SQLITE_IOERR_SHORT_READ || !open(*f->key, binding, sealed.bytes, plain.bytes))
                return SQLITE_CORRUPT; // cut off, changed or moved: damage, never other data
            std::memcpy(out, plain.bytes + within, static_cast<size_t>(take));
        }
        out += take;
        offset += take;
        amount -= take;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int mainWrite(VaultFile *f, const unsigned char *in, int amount, sqlite3_int64 offset)
{
    if (offset % kPageSize != 0 || amount % kPageSize != 0)
        return SQLITE_IOERR_WRITE; // only whole pages are ever written, never a plaintext slice
    PageBuffer sealed;
    for (; amount > 0; amount -= kPageSize, offset += kPageSize, in += kPageSize) {
        const auto pageNumber = static_cast<quint32>(offset / kPageSize + 1);
        // Page 1 says how many bytes each page reserves: without room for the nonce and tag,
        // sealing would overwrite SQLite's own data.
        if (pageNumber == 1 && (in[20] < kReservedBytes || ((in[16] << 8) | in[17]) != kPageSize))
            return SQLITE_IOERR_WRITE;
        seal(*f->key, Binding {Kind::MainDb, pageNumber}, in, sealed.bytes);
        const int rc = f->real->pMethods->xWrite(f->real, sealed.bytes, kPageSize, offset);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

bool isFrameStart(sqlite3_int64 offset)
{
    return offset >= kWalHeader && (offset - kWalHeader) % kFrame == 0;
}

// Whether [offset, offset + amount) lies within the WAL header or one frame header, which hold
// no page content (SQLite also reads and rewrites single checksum fields there).
bool withinHeaders(sqlite3_int64 offset, int amount)
{
    if (offset + amount <= kWalHeader)
        return true;
    if (offset < kWalHeader)
        return false;
    const sqlite3_int64 within = (offset - kWalHeader) % kFrame;
    return within + amount <= kFrameHeader;
}

// A WAL page is bound to its page number and its frame's slot. Not to the WAL's salts: while a
// transaction larger than the cache is being written, SQLite writes frame headers with zeroed
// salts and checksums and fills them in at the commit, after the page is sealed.
Binding walBinding(const unsigned char *frameHeader, sqlite3_int64 frameOffset)
{
    return Binding {Kind::Wal, getBe32(frameHeader), 0, 0,
        static_cast<quint32>((frameOffset - kWalHeader) / kFrame)};
}

int walRead(VaultFile *f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = f->real;
    if (withinHeaders(offset, amount))
        return real->pMethods->xRead(real, out, amount, offset); // headers hold no page content
    if (amount == kFrame && isFrameStart(offset)) {
        // Recovery reads whole frames and checks their checksums over what we return: a frame
        // that does not decrypt (torn by a crash) comes back zeroed and fails that check, so
        // recovery stops there exactly as it would for a torn plaintext frame.
        const int rc = real->pMethods->xRead(real, out, amount, offset);
        if (rc != SQLITE_OK)
            return rc;
        PageBuffer plain;
        if (open(*f->key, walBinding(out, offset), out + kFrameHeader, plain.bytes))
            std::memcpy(out + kFrameHeader, plain.bytes, kPageSize);
        else
            std::memset(out + kFrameHeader, 0, kPageSize);
        return SQLITE_OK;
    }
    if (amount == kPageSize && isFrameStart(offset - kFrameHeader)) {
        // A frame SQLite already validated: failing to decrypt it now is damage.
        unsigned char header[kFrameHeader];
        int rc = real->pMethods->xRead(real, header, kFrameHeader, offset - kFrameHeader);
        if (rc != SQLITE_OK)
            return rc;
        PageBuffer sealed;
        rc = real->pMethods->xRead(real, sealed.bytes, kPageSize, offset);
        if (rc != SQLITE_OK)
            return rc;
        return open(*f->key, walBinding(header, offset - kFrameHeader), sealed.bytes, out)
            ? SQLITE_OK
            : SQLITE_CORRUPT;
    }
    return SQLITE_IOERR_READ; // a read this format does not know: refuse rather than guess
}

int walWrite(VaultFile *f, const unsigned char *in, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = f->real;
    if (withinHeaders(offset, amount))
        return real->pMethods->xWrite(real, in, amount, offset);
    if (amount == kPageSize && isFrameStart(offset - kFrameHeader)) {
        // SQLite writes the frame header just before its page: read it back for the binding.
        unsigned char header[kFrameHeader];
        const int rc = real->pMethods->xRead(real, header, kFrameHeader, offset - kFrameHeader);
        if (rc != SQLITE_OK)
            return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
        PageBuffer sealed;
        seal(*f->key, walBinding(header, offset - kFrameHeader), in, sealed.bytes);
        return real->pMethods->xWrite(real, sealed.bytes, kPageSize, offset);
    }
    return SQLITE_IOERR_WRITE; // never write a page in any other shape (it could be plaintext)
}

int xClose(sqlite3_file *file)
{
    VaultFile *f = vaultFile(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    f->~VaultFile();
    return rc;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    VaultFile *f = vaultFile(file);
    auto *out = static_cast<unsigned char *>(buffer);
    return f->kind == Kind::MainDb ? mainRead(f, out, amount, offset)
                                   : walRead(f, out, amount, offset);
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    VaultFile *f = vaultFile(file);
    const auto *in = static_cast<const unsigned char *>(buffer);
    return f->kind == Kind::MainDb ? mainWrite(f, in, amount, offset)
                                   : walWrite(f, in, amount, offset);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xTruncate(r, size);
}

int xSync(sqlite3_file *file, int flags)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xSync(r, flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xFileSize(r, size);
}

int xLock(sqlite3_file *file, int lock)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xLock(r, lock);
}

int xUnlock(sqlite3_file *file, int lock)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xUnlock(r, lock);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xCheckReservedLock(r, out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    sqlite3_file *r = vaultFile(file)->real;
    const int rc = r->pMethods->xFileControl(r, op, arg);
    if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK) {
        // Say which VFS is in use, so an open can check that the file really is encrypted.
        char **name = static_cast<char **>(arg);
        char *ours = sqlite3_mprintf("%s/%z", kName, *name);
        *name = ours;
    }
    return rc;
}

int xSectorSize(sqlite3_file *file)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xSectorSize(r);
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *r = vaultFile(file)->real;
    // Batch-atomic writes would bypass the page path; the rest describes the disk as it is.
    return r->pMethods->xDeviceCharacteristics(r) & ~SQLITE_IOCAP_BATCH_ATOMIC;
}

int xShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xShmMap(r, page, size, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xShmLock(r, offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    sqlite3_file *r = vaultFile(file)->real;
    r->pMethods->xShmBarrier(r);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *r = vaultFile(file)->real;
    return r->pMethods->xShmUnmap(r, deleteFlag);
}

// Version 2: the shared-memory methods WAL needs, and no xFetch, so SQLite never maps the
// file into memory (which would hand it the ciphertext).
const sqlite3_io_methods kMethods = {
    2,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    nullptr,
    nullptr,
};

int xOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = new (file) VaultFile;
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    if (flags & SQLITE_OPEN_MAIN_DB) {
        f->kind = Kind::MainDb;
    } else if (flags & SQLITE_OPEN_WAL) {
        f->kind = Kind::Wal;
    } else {
        // Rollback journals and temporary files would hold pages in the clear: a vault runs in
        // WAL mode with temp_store=MEMORY and never needs them.
        f->~VaultFile();
        return SQLITE_CANTOPEN;
    }
    const char *database = f->kind == Kind::MainDb ? name : sqlite3_filename_database(name);
    f->key = keyFor(database ? sqlite3_uri_parameter(database, "tdkey") : nullptr);
    if (!f->key) {
        f->~VaultFile();
        return SQLITE_CANTOPEN;
    }
    sqlite3_vfs *real = realVfs(vfs);
    std::memset(f->real, 0, static_cast<size_t>(real->szOsFile));
    const int rc = real->xOpen(real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        f->~VaultFile();
        return rc;
    }
    f->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDir);
}

int xAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, out);
}

int xFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}

void *xDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return realVfs(vfs)->xDlOpen(realVfs(vfs), name);
}

void xDlError(sqlite3_vfs *vfs, int size, char *out)
{
    realVfs(vfs)->xDlError(realVfs(vfs), size, out);
}

void (*xDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return realVfs(vfs)->xDlSym(realVfs(vfs), handle, symbol);
}

void xDlClose(sqlite3_vfs *vfs, void *handle)
{
    realVfs(vfs)->xDlClose(realVfs(vfs), handle);
}

int xRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}

int xSleep(sqlite3_vfs *vfs, int microseconds)
{
    return realVfs(vfs)->xSleep(realVfs(vfs), microseconds);
}

int xCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return realVfs(vfs)->xCurrentTime(realVfs(vfs), out);
}

int xGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xGetLastError(realVfs(vfs), size, out);
}

int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    return realVfs(vfs)->xCurrentTimeInt64(realVfs(vfs), out);
}

} // namespace

const char *name()
{
    return kName;
}

bool ensureRegistered()
{
    static const bool registered = [] {
        if (!sodiumReady())
            return false;
        sqlite3_vfs *real = sqlite3_vfs_find(nullptr);
        if (!real || real->iVersion < 2)
            return false;
        static sqlite3_vfs vfs {};
        vfs.iVersion = 2;
        vfs.szOsFile = static_cast<int>(sizeof(VaultFile)) + real->szOsFile;
        vfs.mxPathname = real->mxPathname;
        vfs.zName = kName;
        vfs.pAppData = real;
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xDlOpen = xDlOpen;
        vfs.xDlError = xDlError;
        vfs.xDlSym = xDlSym;
        vfs.xDlClose = xDlClose;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    }();
    return registered;
}

QString addKey(const SecureKey &dataKey)
{
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    auto pageKey = std::make_shared<const SecureKey>(
        dataKey.derive(static_cast<quint64>(KeyPurpose::Pages), keyContext(KeyPurpose::Pages)));
    if (pageKey->isNull())
        return {};
    const std::lock_guard lock(keysMutex());
    keys().insert(token, KeyEntry {std::move(pageKey), 1});
    return token;
}

void releaseKey(const QString &token)
{
    const std::lock_guard lock(keysMutex());
    auto it = keys().find(token);
    if (it != keys().end() && --it->holds <= 0)
        keys().erase(it); // the last shared_ptr (an open file may still hold one) wipes it
}

QString uriFor(const QString &path, const QString &token)
{
    // Percent-encode the path the way SQLite's URI parser expects (RFC 3986 path characters).
    const QByteArray encoded = QUrl::toPercentEncoding(path, "/");
    return QStringLiteral("file:%1?vfs=%2&tdkey=%3")
        .arg(QString::fromLatin1(encoded), QString::fromLatin1(kName), token);
}

} // namespace td::VaultVfs
