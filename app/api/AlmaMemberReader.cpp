#include "api/AlmaMemberReader.h"

#include "api/AlmaClient.h"
#include "api/AlmaPartnerJson.h"
#include "api/AlmaSnapshotReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaMemberReader)
};

// Straight into partners, sorted by code: a copy of every answer in a snapshot would cost more
// than the reading. (Doing this on other threads was measured: slower on two cores.)
QString toPartners(const QList<nlohmann::json>& items, QList<Partner>* partners)
{
    partners->reserve(items.size());
    for (const nlohmann::json& item : items) {
        Partner p = AlmaPartnerJson::fromAlma(item);
        if (p.code.isEmpty())
            return Text::tr("Alma's answer holds a partner without a code.");
        partners->append(std::move(p));
    }
    std::sort(partners->begin(), partners->end(), [](const Partner& a, const Partner& b) { return a.code < b.code; });
    return {};
}
} // namespace

struct AlmaMemberReader::Reading {
    Member member;
    AlmaClient* client = nullptr;
    int waiting = 2;
    QString error;
    AlmaSnapshot snapshot; // what GET /conf/general says
    bool unverified = false; // the key may not read /conf/general
    QList<Partner> partners;
};

AlmaMemberReader::AlmaMemberReader(QObject* parent)
    : QObject(parent)
{
}

AlmaMemberReader::~AlmaMemberReader() = default;

void AlmaMemberReader::read(const QList<Member>& members)
{
    if (m_waiting > 0)
        return; // one reading at a time: the running one's results would mix in
    m_results.clear();
    m_total = int(members.size());
    m_waiting = m_total;
    if (members.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_pending = members.mid(MaxAtOnce);
    for (const Member& m : members.mid(0, MaxAtOnce))
        readMember(m);
}

std::optional<AlmaMemberReader::Member> AlmaMemberReader::target(
    const RosterMember& member, const QString& key, QString* problem)
{
    QString error;
    const AlmaEndpoint endpoint
        = AlmaEndpoint::fromText(member.almaUrl.isEmpty() ? member.region : member.almaUrl, &error);
    if (!endpoint.isValid()) {
        *problem = Text::tr("no Alma address (region or almaUrl in the roster): %1").arg(error);
        return std::nullopt;
    }
    const QString host = endpoint.baseUrl().host().toLower();
    if (!host.endsWith(QLatin1String(".hosted.exlibrisgroup.com"))
        && !host.endsWith(QLatin1String(".hosted.exlibrisgroup.com.cn"))
        && !AlmaEndpoint::isLoopback(endpoint.baseUrl())) {
        *problem = Text::tr("%1 is not an Ex Libris API host; its key was not sent").arg(host);
        return std::nullopt;
    }
    return Member { member.code(), endpoint, key, member.almaInstitution };
}

QList<AlmaMemberReader::Member> AlmaMemberReader::targets(const Roster& roster,
    const QHash<QString, MemberKeys::Found>& keys, QHash<QString, Reciprocity::MemberPartners>* partners)
{
    QList<Member> out;
    for (const RosterMember& m : roster.members) {
        const MemberKeys::Found found = keys.value(m.code());
        if (found.key.isEmpty()) {
            if (!partners->value(m.code()).read) {
                QString why = found.keychainAsked
                    ? Text::tr("no key in %1 or the system keychain, and no setup file")
                          .arg(MemberKeys::variable(m.code()))
                    : Text::tr("no key in %1, and no setup file").arg(MemberKeys::variable(m.code()));
                if (!found.problem.isEmpty())
                    why += QStringLiteral(" (%1)").arg(found.problem);
                (*partners)[m.code()] = Reciprocity::MemberPartners::notRead(why);
            }
            continue;
        }
        QString problem;
        if (const auto member = target(m, found.key, &problem))
            out.append(*member);
        else
            (*partners)[m.code()] = Reciprocity::MemberPartners::notRead(problem);
    }
    return out;
}

void AlmaMemberReader::readMember(const Member& member)
{
    auto reading = std::make_shared<Reading>();
    reading->member = member;
    reading->client = new AlmaClient(member.endpoint, member.key, this);
    reading->client->setCallsPerSecond(m_callsPerSecond);
    reading->client->setTimeoutMs(m_timeoutMs);
    // A refused key or the daily threshold ends this member's reading; the others go on.
    auto fail = [reading](const AlmaError& error) {
        if (reading->error.isEmpty())
            reading->error = error.text();
    };

    // The partners first: the member's longest answer is then taken in while its second call
    // waits for its turn under the per-second threshold.
    reading->client->getAll(QStringLiteral("/partners"), "partner", {},
        [this, reading, fail](const QList<nlohmann::json>& items, const AlmaError& error) {
            if (error.isError()) {
                fail(error);
            } else {
                const QString wrong = toPartners(items, &reading->partners);
                if (!wrong.isEmpty() && reading->error.isEmpty())
                    reading->error = wrong;
            }
            done(reading);
        });

    AlmaRequest general;
    general.path = QStringLiteral("/conf/general");
    reading->client->send(general, [this, reading, fail](const AlmaReply& reply) {
        if (reply.error.kind == AlmaError::Kind::Unauthorized) {
            // Perhaps a key for the partners API only: the partners say whether it is refused.
            reading->unverified = true;
        } else if (reply.error.isError()) {
            fail(reply.error);
        } else {
            AlmaSnapshotReader::general(reply.json, &reading->snapshot);
            const QString expected = reading->member.institutionCode;
            const QString opened = reading->snapshot.institutionCode;
            // The wrong institution says more than whatever its partners' answer said.
            if (!expected.isEmpty() && !opened.isEmpty() && opened.compare(expected, Qt::CaseInsensitive) != 0)
                reading->error = Text::tr("the key opens %1 (%2), not %3")
                                     .arg(opened, reading->snapshot.institutionName, expected);
        }
        done(reading);
    });
}

void AlmaMemberReader::done(const std::shared_ptr<Reading>& reading)
{
    if (--reading->waiting > 0)
        return;
    Reciprocity::MemberPartners result;
    result.source = Text::tr("Alma (%1)").arg(reading->member.endpoint.baseUrl().host());
    if (reading->unverified)
        result.source += Text::tr(", institution not verified (the key cannot read the Configuration API)");
    if (!reading->error.isEmpty()) {
        result.error = reading->error;
    } else {
        result.read = true;
        result.partners = std::move(reading->partners);
    }
    m_results.insert(reading->member.code, result);
    m_finishedClients.append(reading->client);
    const bool last = --m_waiting == 0;
    if (!m_pending.isEmpty())
        readMember(m_pending.takeFirst());
    // Deleting a client waits for its network thread to end, which would hold up the members
    // still being read: done at the end, or when as many wait as are read at once. Before the
    // signals, which may end this reader.
    if (last || m_finishedClients.size() >= MaxAtOnce) {
        for (AlmaClient* client : std::exchange(m_finishedClients, {}))
            client->deleteLater();
    }
    const QString code = reading->member.code;
    const int done = m_total - m_waiting;
    Q_EMIT memberRead(code, done, m_total);
    if (last)
        Q_EMIT finished();
}

void AlmaMemberReader::cancel()
{
    m_pending.clear();
    m_waiting = 0;
    // The clients go now, and their calls with them: nothing more is answered or signalled.
    for (AlmaClient* client : findChildren<AlmaClient*>(QString(), Qt::FindDirectChildrenOnly))
        delete client;
    m_finishedClients.clear();
}
