#pragma once

#include "securekey.h"

#include <QString>

namespace td {

/// The encrypting SQLite VFS of a TrustDesk vault, registered in the process's own libsqlite3
/// (the one Qt's QSQLITE driver uses) and chosen per connection with a `file:…?vfs=` URI.
///
/// Every database page is encrypted on its way to disk with XChaCha20-Poly1305 (libsodium): a
/// fresh random 24-byte nonce per write, the 16-byte tag beside it in the page's reserved bytes
/// (kReservedBytes, set on a new file before its first write), and the file kind and page number
/// (in the WAL also the frame's slot) bound in as associated data, so a page moved,
/// swapped, replayed into another slot or changed by one bit fails to decrypt and reads as
/// damage, never as other data. The main file and the WAL are handled; rollback journals and
/// temporary files are refused (a vault runs in WAL mode with temp_store=MEMORY), so no page is
/// ever written in the clear. See docs/encryption.md for the format and the residual leaks.
namespace VaultVfs {

constexpr int kPageSize = 4096;
constexpr int kNonceBytes = 24;
constexpr int kTagBytes = 16;
/// The bytes SQLite leaves unused at the end of every page: nonce, then tag.
constexpr int kReservedBytes = kNonceBytes + kTagBytes;

/// The VFS's name, for `?vfs=`.
const char *name();
/// Registers the VFS once per process (not as the default); false when it cannot.
bool ensureRegistered();

/// Makes `dataKey` usable for database files opened with `?tdkey=<token>` and returns that
/// token (random, not secret: it only names the entry). The key stays registered until every
/// holder of the token released it.
QString addKey(const SecureKey &dataKey);
/// Releases one hold on `token`; the key is wiped when the last one goes.
void releaseKey(const QString &token);

/// The URI that opens `path` through the VFS with the key of `token`.
QString uriFor(const QString &path, const QString &token);

} // namespace VaultVfs
} // namespace td
