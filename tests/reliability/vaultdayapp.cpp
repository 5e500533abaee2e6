// What the window does to a vault that trustdesk-cli cannot, for vaultday.py: it edits a case
// (the editor's save, with its revision check), keeps an editor's draft of another case on disk
// (sealed, as the window writes it every few seconds), deletes a case, and reads the case list
// in every sort order both ways, page by page, as the list view scrolls.
//
//   vaultdayapp --db PATH (--recovery-key-file FILE | --passphrase-file FILE | nothing: plaintext)
//               [--edit REF --text TEXT] [--draft REF] [--delete REF] [--sorts]
//               [--saves N --like REF --prefix PREFIX]
//
// --saves saves N copies of the case REF, one save (one transaction) each, under the references
// PREFIX0001…: the window saving case after case, for vaultday.py to kill in the middle.
// Prints "EDITED REF", "DRAFT FILE", "DELETED REF", "SORTED COLUMN asc|desc N" (N cases read) and
// "SAVED REF", each once it has succeeded (a save once it has committed); exit status 0 when
// everything did, 1 otherwise (the reason on standard error, never case data).
#include "crypto/vaultkeyfile.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "testcases.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>

using namespace td;

namespace {

QString argText(const QStringList &args, const QString &name)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int complain(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
    return 1;
}

QString firstLine(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
}

// Pages through the whole list in one order, as the list view does while it scrolls.
Result<int> readSorted(CaseRepository &repository, CaseSort sort, bool descending)
{
    CaseQuery query;
    query.sort = sort;
    query.descending = descending;
    constexpr int kPage = 50;
    int read = 0;
    std::optional<CaseSummary> last;
    for (;;) {
        auto page = repository.pageAfter(query, last ? &*last : nullptr, kPage);
        if (!page)
            return page.error();
        read += static_cast<int>(page->size());
        if (page->size() < kPage)
            return read;
        last = page->constLast();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = argText(args, QStringLiteral("--db"));
    if (path.isEmpty())
        return complain(QStringLiteral("usage: vaultdayapp --db PATH [--recovery-key-file FILE]"));

    SecureKey key;
    const QString recovery = argText(args, QStringLiteral("--recovery-key-file"));
    const QString passphrase = argText(args, QStringLiteral("--passphrase-file"));
    if (!recovery.isEmpty() || !passphrase.isEmpty()) {
        const QString keyFile = VaultKeyFile::pathFor(path);
        auto unlocked = recovery.isEmpty()
            ? VaultKeyFile::unlock(keyFile, firstLine(passphrase))
            : VaultKeyFile::unlockWithRecoveryKey(keyFile, firstLine(recovery));
        if (!unlocked)
            return complain(QStringLiteral("unlock: ") + unlocked.error().message);
        key = std::move(unlocked.value());
    }
    auto db = key.isNull() ? Database::open(path, Database::OpenMode::ExistingOnly)
                           : Database::open(path, Database::OpenMode::ExistingOnly, key);
    if (!db)
        return complain(QStringLiteral("open: ") + db.error().message);
    CaseRepository repository(**db, QStringLiteral("vaultday-app"));

    if (const QString ref = argText(args, QStringLiteral("--edit")); !ref.isEmpty()) {
        auto loaded = repository.loadByReference(ref);
        if (!loaded)
            return complain(QStringLiteral("edit: load: ") + loaded.error().message);
        auto revision = repository.revision(loaded->id);
        if (!revision)
            return complain(QStringLiteral("edit: revision: ") + revision.error().message);
        const QString text = argText(args, QStringLiteral("--text"));
        CaseFile edited = loaded.value();
        if (!edited.incidents.isEmpty())
            edited.incidents.first().narrative += QLatin1Char(' ') + text;
        edited.client.notes = text;
        edited.assignedCaseworker = QStringLiteral("Editor of ") + ref;
        auto saved = repository.save(edited, revision.value());
        if (!saved)
            return complain(QStringLiteral("edit: save: ") + saved.error().message);
        say(QStringLiteral("EDITED ") + ref);
    }

    if (const QString ref = argText(args, QStringLiteral("--draft")); !ref.isEmpty()) {
        auto loaded = repository.loadByReference(ref);
        if (!loaded)
            return complain(QStringLiteral("draft: load: ") + loaded.error().message);
        DraftStore drafts(**db);
        Draft draft;
        draft.id = DraftStore::newId();
        draft.caseId = loaded->id;
        draft.savedAt = QDateTime::currentDateTimeUtc();
        draft.caseFile = loaded.value();
        draft.caseFile.client.notes += QStringLiteral(" (typed, not saved yet)");
        if (const Status s = drafts.save(draft); !s)
            return complain(QStringLiteral("draft: ") + s.error().message);
        say(QStringLiteral("DRAFT ") + draft.id);
    }

    if (const QString ref = argText(args, QStringLiteral("--delete")); !ref.isEmpty()) {
        auto id = repository.idForReference(ref);
        if (!id)
            return complain(QStringLiteral("delete: ") + id.error().message);
        if (const Status s = repository.remove(id.value()); !s)
            return complain(QStringLiteral("delete: ") + s.error().message);
        say(QStringLiteral("DELETED ") + ref);
    }

    if (args.contains(QStringLiteral("--sorts"))) {
        const QList<QPair<CaseSort, QString>> sorts {{CaseSort::Newest, QStringLiteral("newest")},
            {CaseSort::Reference, QStringLiteral("reference")},
            {CaseSort::Client, QStringLiteral("client")},
            {CaseSort::Status, QStringLiteral("status")},
            {CaseSort::Opened, QStringLiteral("opened")},
            {CaseSort::LastIncident, QStringLiteral("last-incident")},
            {CaseSort::Caseworker, QStringLiteral("caseworker")}};
        for (const auto &[sort, name] : sorts) {
            for (const bool descending : {false, true}) {
                auto read = readSorted(repository, sort, descending);
                if (!read)
                    return complain(
                        QStringLiteral("sort by %1: %2").arg(name, read.error().message));
                say(QStringLiteral("SORTED %1 %2 %3")
                        .arg(name, descending ? QStringLiteral("desc") : QStringLiteral("asc"))
                        .arg(read.value()));
            }
        }
    }
    if (const int saves = argText(args, QStringLiteral("--saves")).toInt(); saves > 0) {
        auto like = repository.loadByReference(argText(args, QStringLiteral("--like")));
        if (!like)
            return complain(QStringLiteral("saves: load: ") + like.error().message);
        const QString prefix = argText(args, QStringLiteral("--prefix"));
        for (int i = 1; i <= saves; ++i) {
            CaseFile copy = test::withoutIds(like.value());
            copy.reference = prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
            auto saved = repository.save(copy);
            if (!saved)
                return complain(QStringLiteral("save %1: %2").arg(i).arg(saved.error().message));
            say(QStringLiteral("SAVED ") + saved->reference);
        }
    }
    return 0;
}
