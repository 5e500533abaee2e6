#include "draftstore.h"

#include "domain/redactionpolicy.h"
#include "interchange/casejson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace td {
namespace {

const QString kFormat = QStringLiteral("trustdesk-draft");

bool isSafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return re.match(id).hasMatch();
}

} // namespace

DraftStore::DraftStore(const QString &databasePath)
    : m_folder(databasePath + QStringLiteral(".drafts"))
{ }

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DraftStore::pathFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".json"));
}

QString DraftStore::lockPathFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".lock"));
}

Status DraftStore::ensureFolder() const
{
    if (QDir(m_folder).exists())
        return {};
    if (!QDir().mkpath(m_folder))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DraftStore", "Cannot create the drafts folder %1.")
                .arg(QDir::toNativeSeparators(m_folder))};
    QFile::setPermissions(
        m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DraftStore", "Cannot save the draft: %1")
                .arg(file.errorString())};
    return {};
}

QList<Draft> DraftStore::list(Live live) const
{
    QList<Draft> drafts;
    const QDir dir(m_folder);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = info.completeBaseName();
        if (!isSafeId(id) || info.size() > 16 * 1024 * 1024 || (live == Live::Skip && isLive(id)))
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
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

Status DraftStore::remove(const QString &id)
{
    if (!isSafeId(id))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("DraftStore", "The draft has an invalid name.")};
    const QString path = pathFor(id);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("DraftStore", "Cannot delete the draft %1.")
                .arg(QDir::toNativeSeparators(path))};
    return {};
}

} // namespace td
