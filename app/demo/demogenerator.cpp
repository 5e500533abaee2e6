#include "demogenerator.h"

#include "demodata.h"
#include "demorandom.h"
#include "domain/violationcategory.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <span>

// Every person, phone number, address, badge and tracking number below is invented. Names are
// drawn from separate lists of given and family names and combined at random, so no generated
// client stands for a real person. Phone numbers stay in 555-0100…0199, reserved for fiction.
//
// Each random draw is its own statement: the order in which function arguments are evaluated is
// unspecified, and a draw inside `arg(pick(a), pick(b))` would make the output compiler-dependent.

namespace td {
namespace {

using namespace td::demo;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// ---- Building one case --------------------------------------------------------------------------

class CaseBuilder
{
public:
    CaseBuilder(std::uint64_t seed, QDate base)
        : m_rng(seed)
        , m_base(base)
    { }

    CaseFile build()
    {
        CaseFile c;
        static constexpr int kStatusWeights[] = {15, 20, 12, 18, 15, 20};
        c.status = allCaseStatuses()[static_cast<std::size_t>(m_rng.weighted(kStatusWeights))];
        openAndClose(c);
        if (c.status != CaseStatus::Intake || m_rng.chance(70)) {
            const QString caseworker = m_rng.pick(kCaseworkers);
            c.assignedCaseworker = caseworker;
        }
        const LanguageProfile &language = pickLanguage();
        c.client = client(c, language);
        const int incidents = m_rng.chance(25) ? 2 : 1;
        QDate incidentDate = c.openedOn.addDays(-m_rng.between(0, 45));
        for (int i = 0; i < incidents; ++i) {
            c.incidents.append(incident(incidentDate, c.client, language));
            incidentDate = incidentDate.addDays(-m_rng.between(1, 120));
        }
        complaints(c);
        followUps(c);
        return c;
    }

private:
    static int rank(CaseStatus status) { return static_cast<int>(status); }

    /// A date between `from` and `to` (inclusive); `from` when the range is empty.
    QDate dateBetween(QDate from, QDate to)
    {
        const auto span = static_cast<int>(from.daysTo(to));
        return from.addDays(m_rng.between(0, std::max(span, 0)));
    }

    void openAndClose(CaseFile &c)
    {
        // The further along a case is, the longer ago it was opened; never more than three years.
        static constexpr int kOldest[] = {120, 365, 500, 800, 1000, 1095};
        static constexpr int kNewest[] = {0, 7, 20, 30, 60, 120};
        const auto r = static_cast<std::size_t>(rank(c.status));
        c.openedOn = m_base.addDays(-m_rng.between(kNewest[r], kOldest[r]));
        if (c.status == CaseStatus::Closed)
            c.closedOn = dateBetween(c.openedOn.addDays(30), m_base);
    }

    const LanguageProfile &pickLanguage()
    {
        std::array<int, kLanguages.size()> weights {};
        for (std::size_t i = 0; i < kLanguages.size(); ++i)
            weights[i] = kLanguages[i].weight;
        return kLanguages[static_cast<std::size_t>(m_rng.weighted(weights))];
    }

    QString personName(const LanguageProfile &language)
    {
        const QString given = m_rng.pick(language.given);
        QString family = m_rng.pick(language.family);
        switch (language.order) {
        case NameOrder::FamilyGiven:
            return family + QLatin1Char(' ') + given;
        case NameOrder::FamilyGivenNoSpace:
            return family + given;
        case NameOrder::GivenFamily:
            break;
        }
        if (QLatin1String(language.code) == QLatin1String("es") && m_rng.chance(50)) {
            const QString second = m_rng.pick(language.family);
            if (second != family)
                family += QLatin1Char(' ') + second;
        }
        return given + QLatin1Char(' ') + family;
    }

    QString fictionalPhone()
    {
        static constexpr const char *kAreaCodes[] = {"617", "617", "857", "781"};
        const QString area = m_rng.pick(kAreaCodes);
        const int line = m_rng.between(0, 99);
        return QStringLiteral("%1-555-01%2").arg(area).arg(line, 2, 10, QLatin1Char('0'));
    }

    QString emailFor(const Client &client, const LanguageProfile &language)
    {
        // Latin-script names give the address; other scripts use a romanised stem.
        QString local;
        const QString decomposed = client.fullName.normalized(QString::NormalizationForm_D);
        for (QChar ch : decomposed) {
            if (ch == QChar(0x0110) || ch == QChar(0x0111)) // Đ đ have no decomposition
                ch = QLatin1Char('d');
            ch = ch.toLower();
            if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')))
                local += ch;
            else if ((ch == QLatin1Char(' ') || ch == QLatin1Char('-'))
                && !local.endsWith(QLatin1Char('.')))
                local += QLatin1Char('.');
        }
        if (local.size() < 3 || !client.fullName.at(0).isLetter()
            || client.fullName.at(0).unicode() > 0x024F) {
            if (!language.emailStems.empty())
                local = m_rng.pick(language.emailStems);
            else
                local = QStringLiteral("client");
        }
        const int number = m_rng.between(1, 999);
        return QStringLiteral("%1%2@example.org").arg(local).arg(number);
    }

    Client client(const CaseFile &c, const LanguageProfile &language)
    {
        Client client;
        client.preferredLanguage = QString::fromLatin1(language.code);
        client.interpreterNeeded = language.noEnglish && m_rng.chance(80);
        client.anonymous = m_rng.chance(12);
        client.countryOfBirth = m_rng.pick(language.countries);
        client.immigrationStatus = m_rng.pick(kImmigrationStatuses);
        if (!client.anonymous) {
            client.fullName = personName(language);
            if (!language.nicknames.empty() && m_rng.chance(35))
                client.preferredName = m_rng.pick(language.nicknames);
            else if (language.order == NameOrder::GivenFamily && m_rng.chance(20))
                client.preferredName = client.fullName.section(QLatin1Char(' '), 0, 0);
            const int age = m_rng.between(18, 70);
            client.dateOfBirth = m_base.addYears(-age).addDays(-m_rng.between(0, 364));
            if (m_rng.chance(55))
                client.email = emailFor(client, language);
            if (m_rng.chance(85)) {
                const Neighbourhood &n = kNeighbourhoods[m_rng.index(kNeighbourhoods.size())];
                const int number = m_rng.between(3, 480);
                const QString street = m_rng.pick(n.streets);
                QString unit;
                if (m_rng.chance(40)) {
                    const int apartment = m_rng.between(1, 12);
                    unit = QStringLiteral(", Apt %1").arg(apartment);
                }
                client.address
                    = QStringLiteral("%1 %2%3, %4, MA %5")
                          .arg(QString::number(number), street, unit, u(n.name), u(n.zip));
            }
            const bool hasANumber = client.immigrationStatus != u("Undocumented")
                && client.immigrationStatus != u("Not disclosed") && m_rng.chance(80);
            if (hasANumber) {
                const int high = m_rng.between(0, 99999);
                const int low = m_rng.between(0, 9999);
                client.aNumber = QStringLiteral("A%1%2")
                                     .arg(high, 5, 10, QLatin1Char('0'))
                                     .arg(low, 4, 10, QLatin1Char('0'));
            }
        }
        if (m_rng.chance(client.anonymous ? 40 : 90))
            client.phone = fictionalPhone();
        // Nothing is filed without consent; early cases often have not been asked yet.
        client.consentToFile = rank(c.status) >= rank(CaseStatus::Ready) || m_rng.chance(50);
        if (client.consentToFile)
            client.consentDate = dateBetween(c.openedOn, std::min(c.openedOn.addDays(14), m_base));
        if (m_rng.chance(40))
            client.notes = m_rng.pick(kClientNotes);
        return client;
    }

    QString narrative(const Incident &incident, const Neighbourhood &n, const QString &place,
        const Client &client, const LanguageProfile &language)
    {
        QStringList sentences;
        const QString activity = m_rng.pick(kActivities);
        const QString when = incident.time.isValid()
            ? QStringLiteral("On %1 at about %2")
                  .arg(incident.date.toString(Qt::ISODate),
                      incident.time.toString(QStringLiteral("HH:mm")))
            : QStringLiteral("On %1").arg(incident.date.toString(Qt::ISODate));
        sentences.append(QStringLiteral("%1, the client was %2 %3 in %4 when %5 approached.")
                             .arg(when, activity, place, u(n.name),
                                 incident.officers.size() == 1 ? QStringLiteral("an officer")
                                                               : QStringLiteral("officers")));
        if (client.interpreterNeeded && language.noEnglish && m_rng.chance(60))
            sentences.append(QStringLiteral(
                "The client said \"%1\" but the officer kept asking questions in English.")
                                 .arg(u(language.noEnglish)));
        for (const QString &code : incident.violations) {
            if (code == QLatin1String("pii_sharing"))
                sentences.append(m_rng.pick(kPiiSharing));
            else if (code == QLatin1String("civil_detainer"))
                sentences.append(m_rng.pick(kCivilDetainer));
            else if (code == QLatin1String("immigration_questioning"))
                sentences.append(m_rng.pick(kQuestioning));
            else
                sentences.append(m_rng.pick(kOther));
        }
        const int details = m_rng.between(0, 2);
        for (int i = 0; i < details; ++i) {
            const QString detail = m_rng.pick(kDetails);
            if (!sentences.contains(detail))
                sentences.append(detail);
        }
        sentences.append(m_rng.pick(kEndings));
        return sentences.join(QLatin1Char(' '));
    }

    Officer officer(const Incident &incident)
    {
        const bool transit = incident.agency.startsWith(QLatin1String("MBTA"));
        Officer o;
        if (m_rng.chance(40)) {
            const QString rankTitle = m_rng.pick(kOfficerRanks);
            const QString name = m_rng.pick(kOfficerNames);
            o.name = rankTitle + QLatin1Char(' ') + name;
        }
        if (m_rng.chance(75)) {
            // Badges are kept exactly as people wrote them down.
            const int digits = m_rng.between(1000, 99999);
            switch (m_rng.below(5)) {
            case 0:
                o.badgeNumber = QString::number(digits);
                break;
            case 1:
                o.badgeNumber = QStringLiteral("%1").arg(digits % 10000, 5, 10, QLatin1Char('0'));
                break;
            case 2:
                o.badgeNumber = QStringLiteral("A-%1").arg(digits % 10000);
                break;
            case 3: {
                const auto letter = static_cast<char>('A' + m_rng.below(6));
                o.badgeNumber = QStringLiteral("%1%2").arg(digits % 10000).arg(QLatin1Char(letter));
                break;
            }
            default:
                o.badgeNumber = QStringLiteral("%1 %2")
                                    .arg(transit ? QStringLiteral("MBTA") : QStringLiteral("BPD"))
                                    .arg(digits % 10000);
                break;
            }
        }
        if (m_rng.chance(60)) {
            const QString unit = m_rng.pick(transit ? Words(kTransitUnits) : Words(kUnits));
            o.unit = unit == u("District patrol")
                ? QStringLiteral("District %1 patrol").arg(incident.policeDistrict)
                : unit;
        }
        // Two officers at one stop rarely look alike: take the next description when one is used.
        const Words looks(kOfficerLooks);
        std::size_t look = m_rng.index(looks.size());
        for (std::size_t tries = 0; tries < looks.size();
             ++tries, look = (look + 1) % looks.size()) {
            const bool used = std::any_of(incident.officers.cbegin(), incident.officers.cend(),
                [&](const Officer &other) { return other.description == u(looks[look]); });
            if (!used)
                break;
        }
        o.description = u(looks[look]);
        return o;
    }

    Witness witness()
    {
        Witness w;
        if (m_rng.chance(70)) {
            const LanguageProfile &language = pickLanguage();
            w.name = personName(language);
        } else {
            w.name = m_rng.pick(kWitnessRoles);
        }
        const int contact = m_rng.below(3);
        if (contact == 0)
            w.contact = fictionalPhone();
        else if (contact == 1)
            w.contact = QStringLiteral("Through the client");
        w.statement = m_rng.pick(kWitnessStatements);
        return w;
    }

    Incident incident(QDate date, const Client &client, const LanguageProfile &language)
    {
        Incident incident;
        incident.date = date;
        if (m_rng.chance(80)) {
            const int hour = m_rng.chance(15) ? m_rng.between(0, 5) : m_rng.between(6, 23);
            const int minute = m_rng.below(12) * 5;
            incident.time = QTime(hour, minute);
        }
        const Neighbourhood &n = kNeighbourhoods[m_rng.index(kNeighbourhoods.size())];
        QString place;
        if (m_rng.chance(60)) {
            place = m_rng.pick(n.landmarks);
            incident.location = place + QStringLiteral(", ") + u(n.name);
        } else {
            const int number = m_rng.between(3, 480);
            const QString street = m_rng.pick(n.streets);
            place = QStringLiteral("near %1 %2").arg(number).arg(street);
            incident.location
                = QStringLiteral("%1 %2, %3").arg(QString::number(number), street, u(n.name));
        }
        incident.policeDistrict = u(n.district);
        incident.agency = m_rng.pick(kAgencies);

        const auto categories = violationCategories();
        const std::size_t first = m_rng.index(categories.size());
        incident.violations.append(categories[first].codeString());
        if (m_rng.chance(35)) {
            const std::size_t second = m_rng.index(categories.size());
            if (second != first)
                incident.violations.append(categories[second].codeString());
        }

        static constexpr int kOfficerWeights[] = {20, 35, 25, 12, 8};
        const int officers = m_rng.weighted(kOfficerWeights);
        for (int i = 0; i < officers; ++i)
            incident.officers.append(officer(incident));
        static constexpr int kWitnessWeights[] = {45, 30, 17, 8};
        const int witnesses = m_rng.weighted(kWitnessWeights);
        for (int i = 0; i < witnesses; ++i)
            incident.witnesses.append(witness());
        incident.narrative = narrative(incident, n, place, client, language);
        return incident;
    }

    void complaints(CaseFile &c)
    {
        if (rank(c.status) < rank(CaseStatus::Filed)
            || (c.status == CaseStatus::Closed && m_rng.chance(20)))
            return;
        const QDate last = c.closedOn.isValid() ? c.closedOn : m_base;
        const int count = m_rng.chance(30) ? 2 : 1;
        for (int i = 0; i < count; ++i) {
            ComplaintSubmission s;
            const Oversight &body = kOversight[m_rng.index(kOversight.size())];
            s.filedWith = u(body.name);
            s.filedOn = dateBetween(std::min(c.openedOn.addDays(5), last), last);
            s.channel = m_rng.pick(kChannels);
            if (c.status == CaseStatus::Filed && m_rng.chance(30)) {
                s.status = QStringLiteral("submitted");
            } else {
                const int number = m_rng.between(1, 9999);
                s.trackingNumber = QStringLiteral("%1-%2-%3")
                                       .arg(u(body.prefix))
                                       .arg(s.filedOn.year())
                                       .arg(number, 4, 10, QLatin1Char('0'));
                s.status = m_rng.pick(c.status == CaseStatus::Closed ? Words(kClosedComplaintStates)
                                                                     : Words(kOpenComplaintStates));
            }
            c.complaints.append(s);
        }
    }

    void followUps(CaseFile &c)
    {
        static constexpr int kWeights[] = {25, 40, 25, 10};
        const int count = m_rng.weighted(kWeights);
        for (int i = 0; i < count; ++i) {
            FollowUp f;
            f.dueOn = c.openedOn.addDays(m_rng.between(3, 120));
            f.note = m_rng.pick(kFollowUps);
            f.done = c.status == CaseStatus::Closed || (f.dueOn < m_base && m_rng.chance(70));
            c.followUps.append(f);
        }
    }

    DemoRandom m_rng;
    QDate m_base;
};

} // namespace

DemoGenerator::DemoGenerator(std::uint64_t seed, QDate baseDate)
    : m_seed(seed)
    , m_base(baseDate)
{ }

QDate DemoGenerator::defaultBaseDate()
{
    return QDate(2026, 1, 1);
}

CaseFile DemoGenerator::next()
{
    // Mix seed and index so that neighbouring seeds and indexes give unrelated streams.
    std::uint64_t state = m_seed;
    const std::uint64_t seedHash = DemoRandom::splitMix(state);
    state = seedHash ^ (m_index * 0xd1b54a32d192ed03ULL);
    const std::uint64_t caseSeed = DemoRandom::splitMix(state);
    ++m_index;
    return CaseBuilder(caseSeed, m_base).build();
}

QList<CaseFile> DemoGenerator::generate(int count)
{
    QList<CaseFile> cases;
    cases.reserve(std::max(count, 0));
    for (int i = 0; i < count; ++i)
        cases.append(next());
    return cases;
}

} // namespace td
