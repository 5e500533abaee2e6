#include "clientmatcher.h"

#include "database.h"
#include "searchindex.h"
#include "searchtext.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <map>

namespace td {
namespace {

QString whatFailed()
{
    return QCoreApplication::translate("ClientMatcher", "Looking for existing clients");
}

} // namespace

ClientMatcher::ClientMatcher(Database &db)
    : m_db(db)
{ }

QString ClientMatcher::phoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    if (digits.size() < 7)
        return {};
    return digits.right(10);
}

Result<QList<ClientMatch>> ClientMatcher::find(
    const QString &fullName, const QString &phone, qint64 excludeClientId, int limit)
{
    std::map<qint64, ClientMatch> found;
    const QString foldedName = SearchText::fold(fullName).simplified();

    // Names: the search index narrows the candidates, the folded comparison decides.
    if (!foldedName.isEmpty()) {
        const QString match = SearchIndex::matchValue(m_db.dialect(), fullName);
        const SearchIndex::SqlParts search = SearchIndex::sqlParts(m_db.dialect());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT DISTINCT cl.id, cl.full_name, cl.preferred_name FROM ")
            + search.indexJoinCases
            + QStringLiteral(" JOIN clients cl ON cl.id = c.client_id WHERE ") + search.matches
            + QStringLiteral(" AND cl.anonymous = 0 LIMIT 500"));
        q.bindValue(QStringLiteral(":match"), match);
        if (!match.isEmpty()) {
            if (!q.exec())
                return sqlError(q.lastError(), whatFailed());
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (id == excludeClientId
                    || SearchText::fold(q.value(1).toString()).simplified() != foldedName)
                    continue;
                ClientMatch &m = found[id];
                m.clientId = id;
                m.displayName = q.value(1).toString();
                m.nameMatches = true;
            }
        }
    }

    // Phones: compare the digits; SQL narrows by the last four so the scan stays cheap.
    if (const QString key = phoneKey(phone); !key.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT id, full_name, phone FROM clients WHERE phone LIKE ? AND anonymous = 0"));
        q.addBindValue(QStringLiteral("%") + key.right(4));
        if (!q.exec())
            return sqlError(q.lastError(), whatFailed());
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id == excludeClientId || phoneKey(q.value(2).toString()) != key)
                continue;
            ClientMatch &m = found[id];
            m.clientId = id;
            m.displayName = q.value(1).toString();
            m.phoneMatches = true;
        }
    }

    QList<ClientMatch> out;
    QSqlQuery refs(m_db.connection());
    refs.prepare(QStringLiteral("SELECT reference FROM cases WHERE client_id = ? ORDER BY id"));
    for (auto &[id, match] : found) {
        if (out.size() >= limit)
            break;
        refs.bindValue(0, id);
        if (!refs.exec())
            return sqlError(refs.lastError(), whatFailed());
        while (refs.next())
            match.caseReferences.append(refs.value(0).toString());
        out.append(match);
    }
    return out;
}

} // namespace td
