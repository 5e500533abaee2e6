#include "officerhint.h"

#include "common/logging.h"
#include "domain/officeridentity.h"
#include "rowlisteditor.h"

#include <QLineEdit>
#include <QLocale>

namespace td::ui {

OfficerHint::OfficerHint(RowListEditor *officers, QLineEdit *agency, Lookup lookup, QObject *parent)
    : QObject(parent)
    , m_officers(officers)
    , m_agency(agency)
    , m_lookup(std::move(lookup))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &OfficerHint::refresh);
    // Any change to the rows (typing, adding, removing, undo) or the agency starts the pause anew.
    connect(officers, &RowListEditor::changed, &m_timer, qOverload<>(&QTimer::start));
    connect(agency, &QLineEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
}

void OfficerHint::refresh()
{
    m_timer.stop();
    const QString agency = m_agency->text();
    for (int row = 0; row < m_officers->rowCount(); ++row) {
        auto *badge
            = qobject_cast<QLineEdit *>(m_officers->input(row, QStringLiteral("badge_number")));
        if (!badge)
            continue;
        QString note;
        if (!OfficerIdentity::badgeKey(badge->text()).isEmpty()) {
            auto cases = m_lookup(badge->text(), agency);
            if (cases)
                note = text(cases.value());
            else
                qCWarning(lcUi) << "officer lookup failed";
        }
        if (m_officers->rowNote(row) != note)
            m_officers->setRowNote(row, note);
        if (badge->accessibleDescription() != note)
            badge->setAccessibleDescription(note);
    }
}

QString OfficerHint::text(const QList<OfficerCase> &cases)
{
    if (cases.isEmpty())
        return {};
    constexpr qsizetype kShown = 5;
    QStringList references;
    for (qsizetype i = 0; i < cases.size() && i < kShown; ++i)
        references.append(cases.at(i).reference);
    QString list = QLocale().createSeparatedList(references);
    if (cases.size() > kShown)
        list = references.join(QLatin1String(", ")) + QChar(0x2026);
    return tr("This officer appears in %n other case(s): %1", nullptr, int(cases.size())).arg(list);
}

} // namespace td::ui
