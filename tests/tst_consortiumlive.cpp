// The consortium's live check against the built-in sandbox on 127.0.0.1, serving each member as
// an institution of its own: every member read at once, a member whose key is wrong, whose key
// opens another institution or whose Alma fails part way is "not read" while the others
// complete, and nothing is written anywhere. Also Alma's partner objects read back as partners.
#include "api/AlmaMemberReader.h"
#include "api/AlmaPartnerJson.h"
#include "cli/ConsortiumSandbox.h"
#include "consortium/MemberSetupGenerator.h"
#include "consortium/ReciprocityCheck.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "sandbox/AlmaSandbox.h"

#include <QSignalSpy>
#include <QTest>

using Reciprocity::State;

namespace {
Roster roster(int members)
{
    Roster r;
    r.name = QStringLiteral("Live");
    r.terms.borrowingWorkflow = QStringLiteral("P2P_BORROW");
    r.terms.lendingWorkflow = QStringLiteral("P2P_LEND");
    r.terms.expiryDays = 14;
    for (int i = 0; i < members; ++i) {
        RosterMember m;
        m.record.code = QStringLiteral("M%1").arg(i + 1);
        m.record.name = QStringLiteral("Member %1").arg(i + 1);
        m.record.profileType = i % 2 ? QStringLiteral("ISO") : QStringLiteral("ISO_18626");
        m.record.isoSymbol = m.record.code + QStringLiteral("S");
        m.record.illServer = QStringLiteral("ill.example.org");
        m.record.illPort = 1611;
        m.almaInstitution = QStringLiteral("01LIVE_") + m.record.code;
        r.members.append(m);
    }
    return r;
}

QHash<QString, QList<Partner>> generated(const Roster& r)
{
    QHash<QString, QList<Partner>> out;
    for (const RosterMember& m : r.members)
        out.insert(
            m.code(), MemberSetupGenerator::generate(Presets::create(QLatin1String(Presets::Blank)), r, m).partners);
    return out;
}

AlmaEndpoint endpointOf(const AlmaSandbox& sandbox)
{
    QString error;
    return AlmaEndpoint::fromText(sandbox.baseUrl(), &error);
}

QHash<QString, Reciprocity::MemberPartners> readAll(const QList<AlmaMemberReader::Member>& members)
{
    AlmaMemberReader reader;
    reader.setCallsPerSecond(25);
    QSignalSpy finished(&reader, &AlmaMemberReader::finished);
    reader.read(members);
    if (finished.isEmpty())
        finished.wait(30000);
    return reader.results();
}
} // namespace

class TestConsortiumLive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void partnersReadBackFromAlma_data();
    void partnersReadBackFromAlma();
    void everyMemberReadAtOnce();
    void failingMembersDoNotStopTheOthers();
    void moreMembersThanReadAtOnce();
    void keysFromTheEnvironmentOrTheKeychain();
    void keysGoOnlyToAlmaOrThisMachine();
};

void TestConsortiumLive::partnersReadBackFromAlma_data()
{
    QTest::addColumn<QString>("profileType");
    for (const QString& type : PartnerFields::managedProfileTypes())
        QTest::newRow(qPrintable(type)) << type;
}

void TestConsortiumLive::partnersReadBackFromAlma()
{
    QFETCH(QString, profileType);
    // Every field the profile type holds, set; read back from Alma's object it is the same partner.
    Partner p;
    for (const PartnerField& f : PartnerFields::all()) {
        if (!f.appliesTo(profileType))
            continue;
        switch (f.kind) {
        case PartnerField::Kind::Text:
            f.setValue(p, QStringLiteral("v-") + QLatin1String(f.key));
            break;
        case PartnerField::Kind::Choice:
            f.setValue(p, f.choices.constFirst());
            break;
        case PartnerField::Kind::Number:
            f.setValue(p, 7);
            break;
        case PartnerField::Kind::YesNo:
            f.setValue(p, true);
            break;
        }
    }
    p.profileType = profileType;
    p.code = QStringLiteral("CODE1");
    QCOMPARE(AlmaPartnerJson::fromAlma(AlmaPartnerJson::toAlma(p)), p);

    // What Alma sends that the contract does not allow is left unset, never taken.
    nlohmann::json alma = AlmaPartnerJson::toAlma(p);
    alma["partner_details"]["status"] = { { "value", "SLEEPING" } };
    alma["partner_details"]["avg_supply_time"] = "soon";
    const Partner read = AlmaPartnerJson::fromAlma(alma);
    QVERIFY(read.status.isEmpty());
    QCOMPARE(read.avgSupplyTime, std::optional<int>());
}

void TestConsortiumLive::everyMemberReadAtOnce()
{
    const Roster r = roster(8);
    AlmaSandbox sandbox;
    QVERIFY(sandbox.listenOnLoopback());
    ConsortiumSandbox::serve(sandbox, r, generated(r));
    QList<AlmaMemberReader::Member> members;
    for (const RosterMember& m : r.members)
        members.append({ m.code(), endpointOf(sandbox), ConsortiumSandbox::keyOf(m), m.almaInstitution });
    const auto read = readAll(members);
    QCOMPARE(read.size(), 8);
    for (const auto& m : read)
        QVERIFY2(m.read, qPrintable(m.error));
    const Reciprocity::Result result = Reciprocity::check(r, read);
    QVERIFY(result.allAgree());
    QCOMPARE(result.count(State::Ok), 56);
    // Only reading: no call but GET reached any member's Alma.
    QCOMPARE(sandbox.callsWithMethod("GET"), sandbox.calls());
    QCOMPARE(sandbox.calls(), 16); // /conf/general and one page of partners each
    QCOMPARE(sandbox.rejectedPerSecond(), 0); // each member kept to its own institution's threshold
}

void TestConsortiumLive::failingMembersDoNotStopTheOthers()
{
    const Roster r = roster(5);
    AlmaSandbox sandbox;
    QVERIFY(sandbox.listenOnLoopback());
    ConsortiumSandbox::serve(sandbox, r, generated(r));
    // M5's Alma is another one, which starts failing after its first call: the first of the
    // two pages of its 150 partners.
    AlmaSandbox failing;
    QVERIFY(failing.listenOnLoopback());
    SandboxInstitution& m5 = failing.addInstitution(QStringLiteral("m5-key"), SandboxKeyAccess::readOnly());
    m5.setIdentity(r.members.at(4).almaInstitution, r.members.at(4).record.name);
    for (int i = 0; i < 150; ++i) {
        Partner p = r.members.at(0).record;
        p.code = QStringLiteral("OTHER%1").arg(i);
        m5.putPartner(AlmaPartnerJson::toAlma(p));
    }
    SandboxFaults faults;
    faults.keyRevokedAfter = 1;
    failing.setFaults(faults);

    QList<AlmaMemberReader::Member> members;
    members.append({ QStringLiteral("M1"), endpointOf(sandbox), ConsortiumSandbox::keyOf(r.members.at(0)),
        r.members.at(0).almaInstitution });
    members.append(
        { QStringLiteral("M2"), endpointOf(sandbox), QStringLiteral("wrong-key"), r.members.at(1).almaInstitution });
    // M3's key opens M4's institution.
    members.append({ QStringLiteral("M3"), endpointOf(sandbox), ConsortiumSandbox::keyOf(r.members.at(3)),
        r.members.at(2).almaInstitution });
    members.append({ QStringLiteral("M4"), endpointOf(sandbox), ConsortiumSandbox::keyOf(r.members.at(3)),
        r.members.at(3).almaInstitution });
    members.append(
        { QStringLiteral("M5"), endpointOf(failing), QStringLiteral("m5-key"), r.members.at(4).almaInstitution });
    const auto read = readAll(members);

    QVERIFY(read.value(QStringLiteral("M1")).read);
    QVERIFY(read.value(QStringLiteral("M4")).read);
    QVERIFY(!read.value(QStringLiteral("M2")).read);
    QVERIFY2(read.value(QStringLiteral("M2")).error.contains(QStringLiteral("UNAUTHORIZED"))
            || read.value(QStringLiteral("M2")).error.contains(QStringLiteral("key")),
        qPrintable(read.value(QStringLiteral("M2")).error));
    QVERIFY(!read.value(QStringLiteral("M3")).read);
    QVERIFY2(read.value(QStringLiteral("M3")).error.contains(QStringLiteral("the key opens 01LIVE_M4")),
        qPrintable(read.value(QStringLiteral("M3")).error));
    QVERIFY(!read.value(QStringLiteral("M5")).read);
    QVERIFY2(read.value(QStringLiteral("M5")).error.contains(QStringLiteral("UNAUTHORIZED")),
        qPrintable(read.value(QStringLiteral("M5")).error));
    QCOMPARE(failing.calls(), 3); // the first page, then /conf/general and the second page, refused

    const Reciprocity::Result result = Reciprocity::check(r, read);
    QCOMPARE(result.pair(0, 3).state, State::Ok); // M1 and M4 were both read
    QCOMPARE(result.pair(0, 1).state, State::NotRead);
    QCOMPARE(result.pair(4, 0).state, State::NotRead);
    // Nothing was written anywhere.
    QCOMPARE(sandbox.callsWithMethod("GET"), sandbox.calls());
    QCOMPARE(failing.callsWithMethod("GET"), failing.calls());
}

void TestConsortiumLive::moreMembersThanReadAtOnce()
{
    const int count = AlmaMemberReader::MaxAtOnce + 12;
    const Roster r = roster(count);
    AlmaSandbox sandbox;
    QVERIFY(sandbox.listenOnLoopback());
    QHash<QString, QList<Partner>> held;
    for (const RosterMember& m : r.members)
        held.insert(m.code(), { r.members.at(m.code() == QLatin1String("M1") ? 1 : 0).record });
    ConsortiumSandbox::serve(sandbox, r, held);
    QList<AlmaMemberReader::Member> members;
    for (const RosterMember& m : r.members)
        members.append({ m.code(), endpointOf(sandbox), ConsortiumSandbox::keyOf(m), m.almaInstitution });
    const auto read = readAll(members);
    QCOMPARE(read.size(), count);
    for (const RosterMember& m : r.members)
        QVERIFY2(read.value(m.code()).read, qPrintable(m.code() + QLatin1Char(' ') + read.value(m.code()).error));
    QCOMPARE(sandbox.calls(), 2 * count);
}

void TestConsortiumLive::keysFromTheEnvironmentOrTheKeychain()
{
    Roster r = roster(3);
    r.members[0].record.code = QStringLiteral("m-1"); // ALMA_API_KEY_M_1
    QCOMPARE(MemberKeys::variable(r.members[0].code()), QStringLiteral("ALMA_API_KEY_M_1"));
    QCOMPARE(MemberKeys::account(r.members[1]), QStringLiteral("consortium member 01LIVE_M2"));
    const QString secret = QStringLiteral("l8xx-test-%1").arg(QCoreApplication::applicationPid());
    qputenv("ALMA_API_KEY_M_1", secret.toUtf8());
    qunsetenv("ALMA_API_KEY_M2");
    qunsetenv("ALMA_API_KEY_M3");
    MemberKeys keys;
    QSignalSpy finished(&keys, &MemberKeys::finished);
    keys.read(r.members);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!keys.isReading());
    QCOMPARE(keys.found().value(QStringLiteral("m-1")).key, secret);
    QCOMPARE(keys.found().value(QStringLiteral("m-1")).from, QStringLiteral("ALMA_API_KEY_M_1"));
    // Without a desktop session the keychain refuses, once, in words; with one it has no entry.
    for (const QString& code : { QStringLiteral("M2"), QStringLiteral("M3") }) {
        const MemberKeys::Found found = keys.found().value(code);
        QVERIFY(found.key.isEmpty());
        QVERIFY(!found.problem.contains(secret));
    }
    qunsetenv("ALMA_API_KEY_M_1");

    // Those without a key: from their setup file when it was read, or not read, saying why.
    QHash<QString, Reciprocity::MemberPartners> partners;
    partners.insert(QStringLiteral("M2"), Reciprocity::MemberPartners::from(QStringLiteral("M2.p2p.json"), {}));
    r.members[0].almaUrl = QStringLiteral("http://127.0.0.1:9");
    const QList<AlmaMemberReader::Member> targets = AlmaMemberReader::targets(r, keys.found(), &partners);
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().code, QStringLiteral("m-1"));
    QCOMPARE(targets.first().key, secret);
    QVERIFY(partners.value(QStringLiteral("M2")).read);
    QVERIFY(!partners.value(QStringLiteral("M3")).read);
    QVERIFY2(partners.value(QStringLiteral("M3")).error.contains(QLatin1String("ALMA_API_KEY_M3")),
        qPrintable(partners.value(QStringLiteral("M3")).error));
}

void TestConsortiumLive::keysGoOnlyToAlmaOrThisMachine()
{
    Roster r = roster(4);
    r.members[0].region = QStringLiteral("eu"); // api-eu.hosted.exlibrisgroup.com
    r.members[1].almaUrl = QStringLiteral("https://collector.example.org");
    r.members[2].almaUrl = QStringLiteral("http://127.0.0.1:8080");
    r.members[3].almaUrl = QStringLiteral("not an address");
    QHash<QString, MemberKeys::Found> keys;
    for (const RosterMember& m : r.members)
        keys.insert(m.code(), { QStringLiteral("key"), QStringLiteral("test"), QString() });
    QHash<QString, Reciprocity::MemberPartners> partners;
    partners.insert(QStringLiteral("M2"), Reciprocity::MemberPartners::from(QStringLiteral("M2.p2p.json"), {}));
    const QList<AlmaMemberReader::Member> targets = AlmaMemberReader::targets(r, keys, &partners);
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).endpoint.baseUrl().host(), QStringLiteral("api-eu.hosted.exlibrisgroup.com"));
    QCOMPARE(targets.at(1).code, QStringLiteral("M3"));
    // Not sent, and not read (even with a file: the member asked to be read from Alma).
    QVERIFY(!partners.value(QStringLiteral("M2")).read);
    QVERIFY(partners.value(QStringLiteral("M2")).error.contains(QLatin1String("collector.example.org")));
    QVERIFY(!partners.value(QStringLiteral("M4")).read);
    QVERIFY(partners.value(QStringLiteral("M4")).error.contains(QLatin1String("no Alma address")));
}

QTEST_GUILESS_MAIN(TestConsortiumLive)
#include "tst_consortiumlive.moc"
