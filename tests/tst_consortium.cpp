// The consortium: roster files (round trip, every kind of bad file, the file left untouched),
// the members' CSV, member setups from one template and their regeneration without losing a
// member's edits, which file belongs to which member, every pair state of the reciprocity
// check in both directions, and the matrix report.
#include "checks/SetupValidator.h"
#include "consortium/MatrixReport.h"
#include "consortium/MemberSetupFiles.h"
#include "consortium/MemberSetupGenerator.h"
#include "consortium/ReciprocityCheck.h"
#include "consortium/RosterCsvReader.h"
#include "consortium/RosterFile.h"
#include "file/SetupFile.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "report/HtmlReport.h"
#include "report/ReportExporter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using Reciprocity::State;

namespace {
RosterMember member(const QString& code, const QString& profileType = QStringLiteral("ISO_18626"))
{
    RosterMember m;
    m.record.code = code;
    m.record.name = code + QStringLiteral(" Library");
    m.record.profileType = profileType;
    m.almaInstitution = QStringLiteral("01WRLC_") + code;
    if (QString Partner::*symbol = RosterRecords::symbolField(profileType))
        m.record.*symbol = code + QStringLiteral("SYM");
    m.region = QStringLiteral("na");
    m.library = code + QStringLiteral("_RS");
    m.borrowingLocation = code + QStringLiteral("BORR");
    m.lendingLocation = code + QStringLiteral("LEND");
    return m;
}

Roster roster(int members)
{
    Roster r;
    r.name = QStringLiteral("Test consortium");
    r.terms.expiryDays = 30;
    r.terms.borrowingWorkflow = QStringLiteral("P2P_BORROW");
    r.terms.lendingWorkflow = QStringLiteral("P2P_LEND");
    for (int i = 0; i < members; ++i)
        r.members.append(
            member(QStringLiteral("M%1").arg(i + 1), i % 2 ? QStringLiteral("ISO") : QStringLiteral("ISO_18626")));
    return r;
}

SetupData templateSetup()
{
    return Presets::create(QLatin1String(Presets::Blank));
}

// Each member's partners as generated: every pair agrees.
QHash<QString, Reciprocity::MemberPartners> generatedPartners(const Roster& r)
{
    QHash<QString, Reciprocity::MemberPartners> out;
    for (const RosterMember& m : r.members)
        out.insert(m.code(),
            Reciprocity::MemberPartners::from(m.code() + QStringLiteral(".p2p.json"),
                MemberSetupGenerator::generate(templateSetup(), r, m).partners));
    return out;
}

Partner* record(QHash<QString, Reciprocity::MemberPartners>& partners, const QString& holder, const QString& about)
{
    for (Partner& p : partners[holder].partners) {
        if (p.code == about)
            return &p;
    }
    return nullptr;
}

void removeRecord(QHash<QString, Reciprocity::MemberPartners>& partners, const QString& holder, const QString& about)
{
    auto& list = partners[holder].partners;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Partner& p) { return p.code == about; }), list.end());
}

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

bool containsLine(const QStringList& lines, const QString& part)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.contains(part); });
}
} // namespace

class TestConsortium : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rosterRoundTrip();
    void badRosterFiles_data();
    void badRosterFiles();
    void badRosterIsNeverSaved();
    void membersFromCsv();
    void badMemberCsv_data();
    void badMemberCsv();
    void generatedSetupHasEveryOtherMember();
    void generatedSetupsAllAgree();
    void pairStates_data();
    void pairStates();
    void todoSaysWhatToChange();
    void regenerateKeepsMemberEdits();
    void regenerateWithoutBaseOnlyAdds();
    void filesFindTheirMember();
    void matrixReport();

private:
    QTemporaryDir m_dir;
};

void TestConsortium::rosterRoundTrip()
{
    Roster r = roster(5);
    r.members[2].lends = false;
    r.members[3].borrows = false;
    r.members[4].almaUrl = QStringLiteral("https://api-eu.hosted.exlibrisgroup.com");
    r.terms.loanPeriod = QStringLiteral("28");
    r.terms.lendingPeriod = QStringLiteral("42");
    const QString path = m_dir.filePath(QStringLiteral("rt.consortium.json"));
    QVERIFY(!RosterFile::save(path, r));
    const RosterFile::Loaded loaded = RosterFile::load(path);
    QVERIFY2(loaded.roster, qPrintable(loaded.error.message()));
    QCOMPARE(*loaded.roster, r);
}

void TestConsortium::badRosterFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("problem");
    const QByteArray head = R"({"format": "alma-p2p-wizard/consortium", "version": 1, )";
    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("{\n  \"members\": ]\n}") << QStringLiteral("line 2, column 14")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("cut short") << QByteArray(R"({"format": "alma-p2p-wizard/consortium")")
                               << QStringLiteral("line 1, column 40") << QStringLiteral("ends too early");
    QTest::newRow("a setup file") << QByteArray(R"({"format": "alma-p2p-wizard/setup", "version": 1})")
                                  << QStringLiteral("format")
                                  << QStringLiteral("not an alma-p2p-wizard consortium file");
    QTest::newRow("newer") << QByteArray(R"({"format": "alma-p2p-wizard/consortium", "version": 7})")
                           << QStringLiteral("version") << QStringLiteral("newer version");
    QTest::newRow("typo") << head + R"("memebrs": []})" << QStringLiteral("memebrs") << QStringLiteral("spelling");
    QTest::newRow("member typo") << head
            + R"("members": [{"record": {"code": "A", "profileType": "ISO"}, "lendz": true}]})"
                                 << QStringLiteral("members[0].lendz") << QStringLiteral("spelling");
    QTest::newRow("no record") << head + R"("members": [{"region": "na"}]})" << QStringLiteral("members[0]")
                               << QStringLiteral("record");
    QTest::newRow("wrong type") << head + R"("terms": {"expiryDays": "thirty"}})" << QStringLiteral("terms.expiryDays")
                                << QStringLiteral("expected a whole number");
    QTest::newRow("profile type") << head
            + R"("members": [{"record": {"code": "A", "profileType": "CARRIER_PIGEON"}}]})"
                                  << QStringLiteral("members[0].record.profileType")
                                  << QStringLiteral("not one of Alma's values");
    QTest::newRow("duplicate") << head
            + R"("members": [{"record": {"code": "A", "profileType": "ISO"}}, {"record": {"code": "A", "profileType": "ISO"}}]})"
                               << QStringLiteral("members") << QStringLiteral("too alike");
    QTest::newRow("codes alike") << head
            + R"("members": [{"record": {"code": "GWA", "profileType": "ISO"}}, {"record": {"code": "gwa", "profileType": "ISO"}}]})"
                                 << QStringLiteral("members") << QStringLiteral("too alike");
    QTest::newRow("expiry 0") << head + R"("terms": {"expiryDays": 0}})" << QStringLiteral("members")
                              << QStringLiteral("at least 1 day");
    QTest::newRow("no profile type") << head + R"("members": [{"record": {"code": "A"}}]})" << QStringLiteral("members")
                                     << QStringLiteral("no profile type");
    QTest::newRow("binary") << QByteArray("{\"a\":\0}", 7) << QStringLiteral("line 1, column 6")
                            << QStringLiteral("binary");
}

void TestConsortium::badRosterFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, location);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(QStringLiteral("bad.consortium.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const QByteArray before = hashOf(path);
    const RosterFile::Loaded loaded = RosterFile::load(path);
    QVERIFY(!loaded.roster);
    QCOMPARE(loaded.error.file, path);
    QCOMPARE(loaded.error.location, location);
    QVERIFY2(loaded.error.problem.contains(problem), qPrintable(loaded.error.message()));
    QCOMPARE(hashOf(path), before); // reading never changes the file
}

void TestConsortium::badRosterIsNeverSaved()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.consortium.json"));
    QVERIFY(!RosterFile::save(path, roster(3)));
    const QByteArray before = hashOf(path);
    Roster bad = roster(3);
    bad.members[2].record.code = bad.members[0].code();
    const auto error = RosterFile::save(path, bad);
    QVERIFY(error);
    QVERIFY(error->problem.contains(QStringLiteral("too alike")));
    QCOMPARE(hashOf(path), before);
}

void TestConsortium::membersFromCsv()
{
    const RosterCsvReader::Result read = RosterCsvReader::read(QStringLiteral(
        "Code,Name,profile_type,symbol,alma_institution,ill_server,region,lends,borrows,library,circulation desk,"
        "borrowing_location,lending_location\n"
        "GWA,George Washington,ISO_18626,GWA,01WRLC_GWA,https://ill.example/gwa,na,yes,yes,MAIN,DESK,GWB,GWL\n"
        "GMU,George Mason,NCIP_P2P,GMU,01WRLC_GMU,https://ill.example/gmu,na,yes,no,,,,\n"
        ",,,,,,,,,,,,\n"));
    QVERIFY2(read.ok(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.members.size(), 2);
    const RosterMember& gwa = read.members.at(0);
    QCOMPARE(gwa.record.isoSymbol, QStringLiteral("GWA")); // the symbol of its profile type
    QVERIFY(gwa.record.partnerSymbol.isEmpty());
    QCOMPARE(gwa.almaInstitution, QStringLiteral("01WRLC_GWA"));
    QCOMPARE(gwa.circulationDesk, QStringLiteral("DESK"));
    QCOMPARE(gwa.borrowingLocation, QStringLiteral("GWB"));
    const RosterMember& gmu = read.members.at(1);
    QCOMPARE(gmu.record.partnerSymbol, QStringLiteral("GMU"));
    QVERIFY(gmu.lends);
    QVERIFY(!gmu.borrows);
}

void TestConsortium::badMemberCsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no code") << QStringLiteral("name,profile_type\nA,ISO\n") << QStringLiteral("no \"code\" column");
    QTest::newRow("no profile type") << QStringLiteral("code,name\nA,Alpha\n")
                                     << QStringLiteral("line 2: member A has no profile type");
    QTest::newRow("bad profile type") << QStringLiteral("code,profile_type\nA,PIGEON\n")
                                      << QStringLiteral("not one of Alma's values");
    QTest::newRow("bad yes/no") << QStringLiteral("code,profile_type,lends\nA,ISO,perhaps\n")
                                << QStringLiteral("line 2: \"perhaps\" is not yes or no");
    QTest::newRow("symbol without one") << QStringLiteral("code,profile_type,symbol\nA,EMAIL,X\n")
                                        << QStringLiteral("EMAIL has no symbol");
    QTest::newRow("duplicate") << QStringLiteral("code,profile_type\nA,ISO\nA,ISO\n")
                               << QStringLiteral("already appears");
    QTest::newRow("unclosed quote") << QStringLiteral("code,profile_type\n\"A,ISO\n") << QStringLiteral("quote");
}

void TestConsortium::badMemberCsv()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const RosterCsvReader::Result read = RosterCsvReader::read(text);
    QVERIFY(!read.ok());
    QVERIFY2(containsLine(read.errors, error), qPrintable(read.errors.join(QLatin1Char('\n'))));
}

void TestConsortium::generatedSetupHasEveryOtherMember()
{
    Roster r = roster(4);
    r.members[3].lends = false; // M4 only borrows: nobody borrows from it
    const SetupData d = MemberSetupGenerator::generate(templateSetup(), r, r.members.at(0));
    QStringList codes;
    for (const Partner& p : d.partners)
        codes.append(p.code);
    QCOMPARE(codes, (QStringList { QStringLiteral("M2"), QStringLiteral("M3"), QStringLiteral("M4") }));
    const QStringList borrowedFrom { QStringLiteral("M2"), QStringLiteral("M3") };
    QCOMPARE(d.fields.value(QLatin1String(FieldId::RotaMembers)).toStringList(), borrowedFrom);
    for (RuleId id : { RuleId::TemporaryItemCreation, RuleId::SendingBorrowingRequest }) {
        const Rule rule = d.rules.value(id);
        QVERIFY(std::any_of(rule.conditions.cbegin(), rule.conditions.cend(), [&](const RuleCondition& c) {
            return c.parameter == QLatin1String("Resource Sharing Partner") && c.values == borrowedFrom;
        }));
    }
    QCOMPARE(d.fields.value(QLatin1String(FieldId::Institution)).toString(), QStringLiteral("M1 Library"));
    QCOMPARE(d.fields.value(QLatin1String(FieldId::LibraryCode)).toString(), QStringLiteral("M1_RS"));
    QCOMPARE(d.fields.value(QLatin1String(FieldId::BorrowingLocationCode)).toString(), QStringLiteral("M1BORR"));
    QCOMPARE(
        d.fields.value(QLatin1String(FieldId::LibraryBorrowingDefaultLocation)).toString(), QStringLiteral("M1BORR"));
    const Partner& m4 = d.partners.at(2);
    QCOMPARE(m4.borrowingSupported, std::optional<bool>(false)); // M4 does not lend
    QCOMPARE(m4.lendingSupported, std::optional<bool>(true));
    QCOMPARE(m4.lendingWorkflow, QStringLiteral("P2P_LEND"));
    QVERIFY(m4.borrowingWorkflow.isEmpty());
    const Partner& m2 = d.partners.at(0); // ISO: expiry applies
    QCOMPARE(m2.expiryDays, std::optional<int>(30));
    QCOMPARE(m2.requestExpiryType, QStringLiteral("EXPIRY_TIME"));
    QCOMPARE(d.partners.at(1).expiryDays, std::optional<int>()); // ISO 18626 has no expiry
    // The names that must line up do: no check finds a partner missing from the rota or the rules.
    for (const Finding& f : SetupValidator::validate(d))
        QVERIFY2(f.code != QLatin1String("unknown-partner"), qPrintable(f.message));
}

void TestConsortium::generatedSetupsAllAgree()
{
    const Roster r = roster(6);
    const Reciprocity::Result result = Reciprocity::check(r, generatedPartners(r));
    QVERIFY(result.allAgree());
    QCOMPARE(result.count(State::Ok), 30);
    for (const QString& code : result.codes)
        QVERIFY2(result.todo.value(code).isEmpty(), qPrintable(result.todo.value(code).join(QLatin1Char('\n'))));
}

void TestConsortium::pairStates_data()
{
    // One change to M1's records (or to the roster), and the states of M1 borrowing from M2 and of
    // M2 borrowing from M1 that follow.
    QTest::addColumn<QString>("change");
    QTest::addColumn<State>("m1FromM2");
    QTest::addColumn<State>("m2FromM1");
    QTest::newRow("ok") << QString() << State::Ok << State::Ok;
    QTest::newRow("missing") << QStringLiteral("remove both") << State::Missing << State::Missing;
    QTest::newRow("one-sided (M1 lacks M2)") << QStringLiteral("remove M1's") << State::OneSided << State::OneSided;
    QTest::newRow("one-sided (M2 lacks M1)") << QStringLiteral("remove M2's") << State::OneSided << State::OneSided;
    QTest::newRow("code") << QStringLiteral("code") << State::CodeMismatch << State::CodeMismatch;
    // A record's institution_code is the institution its locate profile searches, not the member's
    // identity: it is not compared.
    QTest::newRow("locate institution code") << QStringLiteral("institution") << State::Ok << State::Ok;
    QTest::newRow("inactive") << QStringLiteral("inactive") << State::Inactive << State::Inactive;
    QTest::newRow("profile type") << QStringLiteral("profile") << State::ProfileMismatch << State::ProfileMismatch;
    QTest::newRow("symbol") << QStringLiteral("symbol") << State::SymbolMismatch << State::SymbolMismatch;
    QTest::newRow("borrowing off") << QStringLiteral("no borrowing") << State::DirectionOff << State::Ok;
    QTest::newRow("lending off") << QStringLiteral("no lending") << State::Ok << State::DirectionOff;
    QTest::newRow("borrowing terms") << QStringLiteral("borrowing workflow") << State::TermsDiffer << State::Ok;
    QTest::newRow("expiry") << QStringLiteral("expiry") << State::Ok << State::Ok; // M2 is ISO 18626: none
    QTest::newRow("lending terms") << QStringLiteral("lending workflow") << State::Ok << State::TermsDiffer;
    // Requests go to the rota template's partners only; an empty rota (a pulled file) is not checked.
    QTest::newRow("M1's rota leaves out M2")
        << QStringLiteral("M1 rota without M2") << State::DirectionOff << State::Ok;
    QTest::newRow("M2's rota leaves out M1")
        << QStringLiteral("M2 rota without M1") << State::Ok << State::DirectionOff;
    QTest::newRow("rota names M2") << QStringLiteral("M1 rota with M2") << State::Ok << State::Ok;
    QTest::newRow("not read") << QStringLiteral("M2 not read") << State::NotRead << State::NotRead;
    QTest::newRow("M2 does not lend") << QStringLiteral("M2 does not lend") << State::NotApplicable << State::Ok;
    QTest::newRow("M1 does not borrow") << QStringLiteral("M1 does not borrow") << State::NotApplicable << State::Ok;
}

void TestConsortium::pairStates()
{
    QFETCH(QString, change);
    QFETCH(State, m1FromM2);
    QFETCH(State, m2FromM1);
    Roster r = roster(3);
    r.members[1] = member(QStringLiteral("M2"), QStringLiteral("ISO_18626"));
    auto partners = generatedPartners(r);
    const QString m1 = QStringLiteral("M1");
    const QString m2 = QStringLiteral("M2");
    Partner* m1OfM2 = record(partners, m1, m2);
    QVERIFY(m1OfM2);
    if (change == QLatin1String("remove both")) {
        removeRecord(partners, m1, m2);
        removeRecord(partners, m2, m1);
    } else if (change == QLatin1String("remove M1's")) {
        removeRecord(partners, m1, m2);
    } else if (change == QLatin1String("remove M2's")) {
        removeRecord(partners, m2, m1);
    } else if (change == QLatin1String("code")) {
        m1OfM2->code = QStringLiteral("M2-OLD"); // the same symbol under another code
    } else if (change == QLatin1String("institution")) {
        m1OfM2->institutionCode = QStringLiteral("01WRLC_OTHER");
    } else if (change == QLatin1String("inactive")) {
        m1OfM2->status = QStringLiteral("INACTIVE");
    } else if (change == QLatin1String("profile")) {
        m1OfM2->profileType = QStringLiteral("EMAIL");
    } else if (change == QLatin1String("symbol")) {
        m1OfM2->isoSymbol = QStringLiteral("XYZ");
    } else if (change == QLatin1String("no borrowing")) {
        m1OfM2->borrowingSupported = false;
    } else if (change == QLatin1String("no lending")) {
        m1OfM2->lendingSupported = false;
    } else if (change == QLatin1String("borrowing workflow")) {
        m1OfM2->borrowingWorkflow = QStringLiteral("OTHER");
    } else if (change == QLatin1String("expiry")) {
        m1OfM2->expiryDays = 4;
    } else if (change == QLatin1String("lending workflow")) {
        m1OfM2->lendingWorkflow = QStringLiteral("OTHER");
    } else if (change == QLatin1String("M1 rota without M2")) {
        partners[m1].rota = QStringList { QStringLiteral("M3") };
    } else if (change == QLatin1String("M2 rota without M1")) {
        partners[m2].rota = QStringList { QStringLiteral("M3") };
    } else if (change == QLatin1String("M1 rota with M2")) {
        partners[m1].rota = QStringList { QStringLiteral("M3"), m2 };
    } else if (change == QLatin1String("M2 not read")) {
        partners[m2] = Reciprocity::MemberPartners::notRead(QStringLiteral("no setup file was given"));
    } else if (change == QLatin1String("M2 does not lend")) {
        r.members[1].lends = false;
        partners = generatedPartners(r);
    } else if (change == QLatin1String("M1 does not borrow")) {
        r.members[0].borrows = false;
        partners = generatedPartners(r);
    }
    const Reciprocity::Result result = Reciprocity::check(r, partners);
    QCOMPARE(result.pair(0, 1).state, m1FromM2);
    QCOMPARE(result.pair(1, 0).state, m2FromM1);
    if (change == QLatin1String("M1 rota without M2")) {
        QCOMPARE(result.pair(0, 1).reasons,
            QStringList { QStringLiteral("M1's rota template leaves out M2: no borrowing request goes to it") });
        QVERIFY(result.todo.value(m1).contains(
            QStringLiteral("Add M2 to the rota template (section 12) and to the partner lists of rules 8 and 14.")));
        QVERIFY(result.todo.value(m2).isEmpty());
    }
    for (const Reciprocity::Pair& p : { result.pair(0, 1), result.pair(1, 0) }) {
        if (p.state != State::Ok && p.state != State::NotApplicable)
            QVERIFY2(!p.reasons.isEmpty(), "a pair that needs work says why");
        else
            QVERIFY(p.reasons.isEmpty());
    }
    // Pairs without M1 or M2's change stay as they were.
    QCOMPARE(result.pair(2, 0).state == State::Ok || change.contains(QLatin1String("M1 does not")), true);
    QCOMPARE(result.allAgree(), m1FromM2 >= State::Ok && m2FromM1 >= State::Ok);
}

void TestConsortium::todoSaysWhatToChange()
{
    const Roster r = roster(3);
    auto partners = generatedPartners(r);
    removeRecord(partners, QStringLiteral("M2"), QStringLiteral("M3"));
    record(partners, QStringLiteral("M1"), QStringLiteral("M2"))->status = QStringLiteral("INACTIVE");
    record(partners, QStringLiteral("M1"), QStringLiteral("M3"))->borrowingWorkflow = QStringLiteral("OLD");
    const Reciprocity::Result result = Reciprocity::check(r, partners);
    const QStringList m1 = result.todo.value(QStringLiteral("M1"));
    QCOMPARE(m1.size(), 2);
    QVERIFY(containsLine(m1, QStringLiteral("Set partner M2's Status to ACTIVE.")));
    QVERIFY(containsLine(m1, QStringLiteral("Set partner M3's Borrowing workflow to P2P_BORROW.")));
    const QStringList m2 = result.todo.value(QStringLiteral("M2"));
    QCOMPARE(m2.size(), 1);
    QVERIFY2(m2.constFirst().startsWith(QStringLiteral("Add partner M3 (M3 Library): ")), qPrintable(m2.constFirst()));
    QVERIFY(m2.constFirst().contains(QStringLiteral("ISO symbol M3SYM")));
    QVERIFY(result.todo.value(QStringLiteral("M3")).isEmpty());
}

void TestConsortium::regenerateKeepsMemberEdits()
{
    Roster r = roster(3);
    const RosterMember& m1 = r.members.at(0);
    const SetupData base = MemberSetupGenerator::generate(templateSetup(), r, m1);

    // The member works on its setup: ticks a step, changes a partner, drops one, adds its own.
    SetupData mine = base;
    StepState tick;
    tick.done = true;
    tick.doneBy = QStringLiteral("Kim");
    tick.note = QStringLiteral("done with IT");
    mine.sections[SectionId::Partners].steps.insert(QStringLiteral("copy-from-community"), tick);
    mine.partners[0].avgSupplyTime = 5; // M2
    mine.partners[0].borrowingWorkflow = QStringLiteral("MY_BORROW"); // M2: the member's choice
    mine.partners.removeAt(1); // M3
    Partner own;
    own.code = QStringLiteral("ILLIAD");
    own.profileType = QStringLiteral("EMAIL");
    mine.partners.append(own);

    // The consortium changes its terms and adds a member.
    r.terms.borrowingWorkflow = QStringLiteral("P2P_B2");
    r.members.append(member(QStringLiteral("M4")));
    const SetupData fresh = MemberSetupGenerator::generate(templateSetup(), r, r.members.at(0));
    QSet<QString> codes;
    for (const RosterMember& m : r.members)
        codes.insert(m.code());
    const MemberSetupGenerator::Merged merged = MemberSetupGenerator::merge(mine, base, fresh, codes);
    const SetupData& d = merged.data;

    QCOMPARE(d.sections.value(SectionId::Partners).steps.value(QStringLiteral("copy-from-community")), tick);
    QStringList partnerCodes;
    for (const Partner& p : d.partners)
        partnerCodes.append(p.code);
    QCOMPARE(partnerCodes, (QStringList { QStringLiteral("M2"), QStringLiteral("ILLIAD"), QStringLiteral("M4") }));
    QCOMPARE(d.partners.at(0).avgSupplyTime, std::optional<int>(5));
    QCOMPARE(d.partners.at(0).borrowingWorkflow, QStringLiteral("MY_BORROW")); // the member's edit wins
    QCOMPARE(d.partners.at(1), own);
    QCOMPARE(d.partners.at(2), fresh.partners.at(2)); // M4, as the roster says
    QCOMPARE(d.fields.value(QLatin1String(FieldId::BorrowingProfileCode)).toString(), QStringLiteral("P2P_B2"));
    // The rota: the member's list (without M3, which it dropped), with the roster's new M4.
    QCOMPARE(d.fields.value(QLatin1String(FieldId::RotaMembers)).toStringList(),
        (QStringList { QStringLiteral("M2"), QStringLiteral("M3"), QStringLiteral("M4") }));
    QVERIFY(containsLine(merged.changes, QStringLiteral("partner M4 added")));
    QVERIFY(containsLine(merged.changes, QStringLiteral("partner M2: Borrowing workflow: kept yours, MY_BORROW")));
    QVERIFY(containsLine(merged.changes, QStringLiteral("P2P_BORROW → P2P_B2")));

    // Regenerating again with nothing new changes nothing.
    const MemberSetupGenerator::Merged again = MemberSetupGenerator::merge(d, fresh, fresh, codes);
    QCOMPARE(again.data, d);
    QVERIFY(again.changes.isEmpty());

    // A member that leaves the roster leaves the partners it had not been edited in.
    Roster smaller = r;
    smaller.members.removeLast();
    const SetupData fresher = MemberSetupGenerator::generate(templateSetup(), smaller, smaller.members.at(0));
    const MemberSetupGenerator::Merged left = MemberSetupGenerator::merge(d, fresh, fresher, codes);
    QVERIFY(std::none_of(left.data.partners.cbegin(), left.data.partners.cend(),
        [](const Partner& p) { return p.code == QLatin1String("M4"); }));
    QVERIFY(containsLine(left.changes, QStringLiteral("partner M4 removed")));

    // One the member had changed stays, and the list says why.
    SetupData edited = d;
    edited.partners[2].avgSupplyTime = 9; // M4
    const MemberSetupGenerator::Merged kept = MemberSetupGenerator::merge(edited, fresh, fresher, codes);
    QVERIFY(std::any_of(kept.data.partners.cbegin(), kept.data.partners.cend(),
        [](const Partner& p) { return p.code == QLatin1String("M4") && p.avgSupplyTime == 9; }));
    QVERIFY(containsLine(kept.changes, QStringLiteral("partner M4: kept yours (no longer in the roster")));
}

void TestConsortium::regenerateWithoutBaseOnlyAdds()
{
    const Roster r = roster(3);
    SetupData mine = Presets::create(QLatin1String(Presets::Wrlc));
    mine.fields.insert(QLatin1String(FieldId::Institution), QStringLiteral("Our own name"));
    Partner known;
    known.code = QStringLiteral("M2");
    known.profileType = QStringLiteral("ISO");
    known.borrowingWorkflow = QStringLiteral("LOCAL");
    mine.partners = { known };
    const SetupData fresh = MemberSetupGenerator::generate(templateSetup(), r, r.members.at(0));
    const QSet<QString> codes { QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3") };
    const MemberSetupGenerator::Merged merged = MemberSetupGenerator::merge(mine, std::nullopt, fresh, codes);
    QCOMPARE(merged.data.fields.value(QLatin1String(FieldId::Institution)).toString(), QStringLiteral("Our own name"));
    QCOMPARE(merged.data.partners.size(), 2);
    QCOMPARE(merged.data.partners.at(0).borrowingWorkflow, QStringLiteral("LOCAL"));
    QCOMPARE(merged.data.partners.at(1).code, QStringLiteral("M3"));
    QCOMPARE(merged.data.partners.at(1), fresh.partners.at(1));
}

void TestConsortium::filesFindTheirMember()
{
    const Roster r = roster(3);
    QTemporaryDir dir;
    auto write = [&](const QString& name, const RosterMember& m, bool renameInstitution) {
        SetupData d = MemberSetupGenerator::generate(templateSetup(), r, m);
        if (renameInstitution)
            d.fields.insert(QLatin1String(FieldId::Institution), QStringLiteral("Someone else"));
        const QString path = dir.filePath(name);
        return SetupFile::save(path, d) ? QString() : path;
    };
    const QString byName = write(QStringLiteral("m1.p2p.json"), r.members.at(0), true);
    const QString bySymbol = write(QStringLiteral("second.p2p.json"), r.members.at(1), true);
    SetupData third = MemberSetupGenerator::generate(templateSetup(), r, r.members.at(2));
    third.fields.remove(QLatin1String(FieldId::LibrarySymbol));
    const QString byInstitution = dir.filePath(QStringLiteral("third.p2p.json"));
    QVERIFY(!SetupFile::save(byInstitution, third));
    QStringList errors;
    auto read = MemberSetupFiles::read(r, { byName, bySymbol, byInstitution }, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.value(QStringLiteral("M1")).source, byName);
    QCOMPARE(read.value(QStringLiteral("M2")).source, bySymbol);
    QCOMPARE(read.value(QStringLiteral("M3")).source, byInstitution);
    // With the rota template: the members M1 borrows from.
    QCOMPARE(read.value(QStringLiteral("M1")).rota, (QStringList { QStringLiteral("M2"), QStringLiteral("M3") }));

    // A file of nobody, the same member twice, an unreadable file: each an error; a member
    // without a file is "not read".
    SetupData stranger = templateSetup();
    stranger.fields.insert(QLatin1String(FieldId::Institution), QStringLiteral("Stranger"));
    const QString strangerPath = dir.filePath(QStringLiteral("x.p2p.json"));
    QVERIFY(!SetupFile::save(strangerPath, stranger));
    const QString broken = dir.filePath(QStringLiteral("m3.p2p.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ nope");
    f.close();
    errors.clear();
    read = MemberSetupFiles::read(r, { byName, strangerPath, byName, broken }, &errors);
    QCOMPARE(errors.size(), 3);
    QVERIFY(containsLine(errors, QStringLiteral("belongs to no member")));
    QVERIFY(containsLine(errors, QStringLiteral("are both M1's setup")));
    QVERIFY(containsLine(errors, QStringLiteral("not valid JSON")));
    QVERIFY(!read.value(QStringLiteral("M2")).read);
    QCOMPARE(read.value(QStringLiteral("M2")).error, QStringLiteral("no setup file was given"));
}

void TestConsortium::matrixReport()
{
    const Roster r = roster(14); // more lenders than one block
    auto partners = generatedPartners(r);
    removeRecord(partners, QStringLiteral("M1"), QStringLiteral("M14"));
    partners[QStringLiteral("M5")] = Reciprocity::MemberPartners::notRead(QStringLiteral("no setup file was given"));
    const Reciprocity::Result result = Reciprocity::check(r, partners);
    const ReportDocument doc = MatrixReport::build(r, result, partners);
    int matrixTables = 0;
    for (const ReportBlock& b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Table && b.headers.value(0) == QLatin1String("Borrower")
            && b.headers.value(1) != QLatin1String("Lender")) {
            ++matrixTables;
            QCOMPARE(b.rows.size(), 14);
            QVERIFY(b.headers.size() <= MatrixReport::LendersPerBlock + 1);
        }
    }
    QCOMPARE(matrixTables, 2);
    const QString html = HtmlReport::write(doc);
    QVERIFY(html.contains(QStringLiteral("one-sided")));
    QVERIFY(html.contains(QStringLiteral("M1 has no partner record of M14")));
    QVERIFY(html.contains(QStringLiteral("Not read: no setup file was given.")));
    QVERIFY(ReportExporter::pdf(doc).startsWith("%PDF-"));

    const auto json = nlohmann::json::parse(MatrixReport::json(result).toStdString());
    QCOMPARE(json.at("members").size(), std::size_t(14));
    QCOMPARE(json.at("pairs").size(), std::size_t(14 * 13));
    QCOMPARE(json.at("counts").at("one-sided").get<int>(), 2);
    QCOMPARE(json.at("counts").at("not-read").get<int>(), 26);
    QCOMPARE(json.at("todo").at("M1").size(), std::size_t(1));
}

QTEST_MAIN(TestConsortium)
#include "tst_consortium.moc"
