#include "evidencejob.h"

#include "common/jobthread.h"

#include "evidencenames.h"
#include "evidenceverifier.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace td {

EvidenceJob::EvidenceJob(Kind kind, QString databasePath, QString actor)
    : m_kind(kind)
    , m_databasePath(std::move(databasePath))
    , m_actor(std::move(actor))
{ }

EvidenceJob *EvidenceJob::attach(const QString &databasePath, const QString &caseReference,
    const QStringList &files, const AttachOptions &options, const QString &actor)
{
    auto *job = new EvidenceJob(Kind::Attach, databasePath, actor);
    job->m_caseReference = caseReference;
    job->m_files = files;
    job->m_options = options;
    return job;
}

EvidenceJob *EvidenceJob::verify(const QString &databasePath, const QString &actor)
{
    return new EvidenceJob(Kind::Verify, databasePath, actor);
}

EvidenceJob *EvidenceJob::open(
    const QString &databasePath, qint64 evidenceId, const QString &actor, qint64 keepBytes)
{
    auto *job = new EvidenceJob(Kind::Open, databasePath, actor);
    job->m_evidenceId = evidenceId;
    job->m_keepBytes = keepBytes;
    return job;
}

void EvidenceJob::setDataKey(const SecureKey *dataKey)
{
    m_dataKey = dataKey && !dataKey->isNull()
        ? std::make_unique<SecureKey>(SecureKey::fromBytes(dataKey->data()))
        : nullptr;
}

QThread *EvidenceJob::start()
{
    return startJobThread(this, QStringLiteral("evidence-job"));
}

bool EvidenceJob::report(qint64 done, qint64 total, const QString &label)
{
    // At most a thousand signals a job, however many chunks: the UI thread is never flooded.
    const int permille = total > 0 ? int(done * 1000 / total) : 0;
    if (permille != m_lastPermille) {
        m_lastPermille = permille;
        emit progress(done, total, label);
    }
    return !m_cancelled.load();
}

void EvidenceJob::run()
{
    QStringList messages;
    bool ok = true;
    {
        auto opened = !m_session.isNull() ? m_session.open(Database::OpenMode::ExistingOnly)
            : m_dataKey
            ? Database::open(m_databasePath, Database::OpenMode::ExistingOnly, *m_dataKey)
            : Database::open(m_databasePath, Database::OpenMode::ExistingOnly);
        if (!opened) {
            emit finished(false, {opened.error().message});
            return;
        }
        switch (m_kind) {
        case Kind::Attach:
            runAttach(**opened, messages, ok);
            break;
        case Kind::Verify:
            runVerify(**opened, messages, ok);
            break;
        case Kind::Open:
            runOpen(**opened, messages, ok);
            break;
        }
    } // the connection closes in the thread that opened it
    emit finished(ok && !m_cancelled.load(), messages);
}

void EvidenceJob::runAttach(Database &db, QStringList &messages, bool &ok)
{
    EvidenceStore store(db, m_actor);
    qint64 total = 0;
    for (const auto &file : std::as_const(m_files))
        total += QFileInfo(file).isSymLink() ? 0 : QFileInfo(file).size();
    qint64 before = 0;
    for (const auto &file : std::as_const(m_files)) {
        const QString name = EvidenceNames::displayName(file);
        if (m_cancelled.load()) {
            messages.append(
                QCoreApplication::translate("EvidenceJob", "\"%1\" was not attached: canceled.")
                    .arg(name));
            ok = false;
            continue;
        }
        const qint64 base = before;
        auto attached = store.attach(m_caseReference, file, m_options,
            [&](qint64 done, qint64) { return report(base + done, total, name); });
        before += QFileInfo(file).isSymLink() ? 0 : QFileInfo(file).size();
        if (!attached) {
            ok = false;
            messages.append(attached.error().message);
            continue;
        }
        switch (attached->outcome) {
        case AttachResult::Outcome::Added:
            messages.append(
                QCoreApplication::translate("EvidenceJob", "Attached \"%1\".").arg(name));
            break;
        case AttachResult::Outcome::FileAdded:
            messages.append(QCoreApplication::translate(
                "EvidenceJob", "Attached \"%1\": the file of imported evidence.")
                                .arg(name));
            break;
        case AttachResult::Outcome::AlreadyAttached:
            messages.append(
                QCoreApplication::translate("EvidenceJob",
                    "\"%1\" is already attached to this case as \"%2\"; it is stored once.")
                    .arg(name, EvidenceNames::displayName(attached->evidence.item.originalName)));
            break;
        }
    }
    report(total, total, QString());
}

void EvidenceJob::runVerify(Database &db, QStringList &messages, bool &ok)
{
    const QString label
        = QCoreApplication::translate("EvidenceJob", "Verifying the evidence store");
    auto result = EvidenceVerifier(db, m_actor).run([&](qint64 done, qint64 total) {
        return report(done, total, label);
    });
    if (!result) {
        ok = false;
        messages.append(result.error().message);
        return;
    }
    if (auto s = EvidenceVerifier::recordCustody(db, m_actor, result.value()); !s)
        messages.append(s.error().message);
    ok = result->ok();
    messages.append(result->problems);
    if (ok)
        messages.append(QCoreApplication::translate(
            "EvidenceJob", "All %n evidence file(s) are intact.", nullptr, result->filesChecked));
}

void EvidenceJob::runOpen(Database &db, QStringList &messages, bool &ok)
{
    EvidenceStore store(db, m_actor);
    const QString label
        = QCoreApplication::translate("EvidenceJob", "Checking the file before showing it");
    auto checked = store.open(m_evidenceId, m_keepBytes,
        [&](qint64 done, qint64 total) { return report(done, total, label); });
    if (!checked) {
        ok = false;
        messages.append(checked.error().message);
        return;
    }
    emit opened(m_evidenceId, checked.value());
}

} // namespace td
