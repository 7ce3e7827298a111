// Unit tests of the validation: RuleMatchSet (which requests two rules both match, and whether one
// rule shadows another) and SetupValidator (rule order, names that must line up between sections,
// formats, required values, sections marked not needed).
//
// Everything starts from validSetup(), a complete WRLC setup that validates without errors or
// warnings; each check then breaks one thing and expects exactly that finding.
#include "SandboxSetups.h"
#include "checks/Finding.h"
#include "checks/RuleMatchSet.h"
#include "checks/SetupValidator.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/RuleCatalog.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using Mutator = std::function<void(SetupData&)>;
Q_DECLARE_METATYPE(Rule)
Q_DECLARE_METATYPE(Mutator)
Q_DECLARE_METATYPE(SectionId)
Q_DECLARE_METATYPE(RuleId)
Q_DECLARE_METATYPE(Finding::Severity)

namespace {
using Op = RuleOperator;
using Severity = Finding::Severity;

QString F(const char* id)
{
    return QString::fromLatin1(id);
}

const QString Location = QStringLiteral("Location");
const QString UserGroup = QStringLiteral("User Group");
const QString ItemPolicy = QStringLiteral("Item Policy");
const QString PartnerParam = QStringLiteral("Resource Sharing Partner");
const QString Format = QStringLiteral("Requested Format");

RuleCondition cond(const QString& parameter, RuleOperator op, const QStringList& values = {})
{
    return RuleCondition { parameter, op, values };
}

Rule named(const QString& name, const QList<RuleCondition>& conditions, bool enabled = true)
{
    Rule r;
    r.name = name;
    r.conditions = conditions;
    r.enabled = enabled;
    return r;
}

Rule R(const QList<RuleCondition>& conditions)
{
    return named(QStringLiteral("rule"), conditions);
}

QString ruleSubject(RuleId id)
{
    return QStringLiteral("rules/") + RuleIds::key(id);
}

QString existingSubject(RuleId id, int index)
{
    return ruleSubject(id) + QStringLiteral("/existing/") + QString::number(index);
}

void set(SetupData& d, const char* id, const QVariant& value)
{
    d.fields.insert(F(id), value);
}

const QStringList& partnerCodes()
{
    static const QStringList codes = { "GWA", "GTU", "AUL", "CUA" };
    return codes;
}

// A partner with everything Alma requires of it (an NCIP_P2P partner).
Partner partner(const QString& code)
{
    Partner p = SandboxSetups::partner(code);
    p.name = code + " Library";
    return p;
}

// A complete WRLC setup: every required field filled, and every name that must line up does.
SetupData validSetup()
{
    SetupData d = Presets::create(QString::fromLatin1(Presets::Wrlc));
    set(d, FieldId::Institution, "WRLC test institution");
    set(d, FieldId::PreparedBy, "Test Librarian");
    set(d, FieldId::LibraryChoice, "main");
    set(d, FieldId::LibraryCode, "MAIN");
    set(d, FieldId::LibrarySymbol, "DGW");
    set(d, FieldId::LibraryDefaultPickupLocation, "MAIN");
    set(d, FieldId::LibraryBorrowingDefaultLocation, "CLSBORR");
    set(d, FieldId::LibraryLendingDefaultLocation, "CLSLEND");
    set(d, FieldId::BorrowingLocationCode, "CLSBORR");
    set(d, FieldId::BorrowingLocationName, "CLS Borrowing");
    set(d, FieldId::BorrowingLocationFulfillmentUnit, "MAIN_FU");
    set(d, FieldId::LendingLocationCode, "CLSLEND");
    set(d, FieldId::LendingLocationName, "CLS Lending");
    set(d, FieldId::LendingLocationFulfillmentUnit, "MAIN_FU");
    set(d, FieldId::CircDeskCode, "RS_DESK");
    set(d, FieldId::JobExpiredRequestsActive, true);
    set(d, FieldId::BorrowingProfileName, "Peer to Peer Borrowing");
    set(d, FieldId::BorrowingProfileCode, "P2P_BORROWING");
    set(d, FieldId::LendingProfileName, "Peer to Peer Lending");
    set(d, FieldId::LendingProfileCode, "P2P_LENDING");
    set(d, FieldId::PartnerDefaultExpiryDays, 4);
    set(d, FieldId::ItemPolicyCode, "P2P");
    set(d, FieldId::LoanTouName, "Peer to Peer Loan");
    set(d, FieldId::LendingTouName, "Peer to Peer Lending");
    set(d, FieldId::BorrowingTouName, "Peer to Peer Borrowing");
    set(d, FieldId::RotaCode, "P2P_ROTA");
    set(d, FieldId::RotaName, "Peer to Peer");

    d.otherSettings = { { "ill_item_creation_lib_code", "MAIN" }, { "ill_item_creation_loc_code", "CLSBORR" } };

    d.partners.clear();
    for (const QString& code : partnerCodes())
        d.partners.append(partner(code));

    d.policies = {
        { "Loan Period", "P2P Loan Period", "28 days", "Peer to peer loans" },
        { "Is Loanable", "P2P Loanable", "Yes", "" },
        { "Is Requestable", "P2P Requestable", "Yes", "" },
        { "Due Date Reminder", "P2P Reminder", "3 days", "" },
    };
    set(d, FieldId::LoanTouPolicies, QStringList { "P2P Loan Period", "P2P Loanable", "P2P Reminder" });
    set(d, FieldId::LendingTouPolicies, QStringList { "P2P Requestable" });
    set(d, FieldId::BorrowingTouPolicies, QStringList { "P2P Loanable", "P2P Requestable" });
    set(d, FieldId::RotaMembers, partnerCodes());

    auto rule = [&d](RuleId id) -> Rule& { return d.rules[id]; };
    rule(RuleId::TemporaryItemCreation)
        = named("Peer to peer temporary items", { cond(PartnerParam, Op::InList, partnerCodes()) }, true);
    rule(RuleId::TemporaryItemCreation).outputs = { { "Item Policy", "P2P" }, { "Location", "CLSBORR" } };
    rule(RuleId::FulfillmentUnitLoan) = named("Peer to peer loan", { cond(ItemPolicy, Op::Equals, { "P2P" }) });
    rule(RuleId::FulfillmentUnitLoan).outputs = { { "Terms of Use", "Peer to Peer Loan" } };
    rule(RuleId::FulfillmentUnitLendingResourceSharing)
        = named("Peer to peer lending", { cond(Location, Op::InList, { "CLSLEND" }) });
    rule(RuleId::FulfillmentUnitLendingResourceSharing).outputs = { { "Terms of Use", "Peer to Peer Lending" } };
    rule(RuleId::FulfillmentUnitBorrowingResourceSharing)
        = named("Peer to peer borrowing", { cond(UserGroup, Op::InList, { "FACULTY", "STAFF", "GRADUATE" }) });
    rule(RuleId::FulfillmentUnitBorrowingResourceSharing).outputs = { { "Terms of Use", "Peer to Peer Borrowing" } };
    rule(RuleId::RotaAssignment)
        = named("Peer to peer rota", { cond(Format, Op::IsNotEmpty), cond(UserGroup, Op::InList, { "FACULTY" }) });
    rule(RuleId::RotaAssignment).outputs = { { "Rota Templates", "P2P_ROTA" } };
    rule(RuleId::SendingBorrowingRequest)
        = named("Send to peer-to-peer partners", { cond(PartnerParam, Op::InList, partnerCodes()) });
    rule(RuleId::SendingBorrowingRequest).outputs = { { "Send Request Automatically", "Yes" } };
    return d;
}

QString dump(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines.append(
            QStringLiteral("%1 [%2] %3 %4: %5 | %6")
                .arg(Findings::severityKey(f.severity), Sections::key(f.section), f.subject, f.code, f.message, f.fix));
    return lines.isEmpty() ? QStringLiteral("(no findings)") : QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
}

// The findings of `section` with `code` (and `subject`, when given).
QList<Finding> matching(
    const QList<Finding>& findings, SectionId section, const QString& code, const QString& subject = {})
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.section == section && f.code == code && (subject.isEmpty() || f.subject == subject))
            out.append(f);
    }
    return out;
}

int countOf(const QList<Finding>& findings, Severity severity)
{
    return Findings::count(findings, severity);
}

// Brute-force oracle for the random RuleMatchSet test: whether `rule` matches a request that has
// `request[parameter]` for each folded parameter ("" = the request does not have it).
QString fold(const QString& s)
{
    return s.trimmed().toCaseFolded();
}

bool matches(const Rule& rule, const QHash<QString, QString>& request)
{
    for (const RuleCondition& c : rule.conditions) {
        const QString parameter = fold(c.parameter);
        if (parameter.isEmpty())
            continue;
        const QString value = request.value(parameter);
        QSet<QString> values;
        for (const QString& v : c.values)
            values.insert(fold(v));
        bool ok = true;
        switch (c.op) {
        case Op::Equals:
        case Op::InList:
            if (values.isEmpty())
                values.insert(QString()); // documented: "= nothing" accepts only the empty value
            ok = values.contains(value);
            break;
        case Op::NotEquals:
        case Op::NotInList:
            ok = !values.contains(value);
            break;
        case Op::IsEmpty:
            ok = value.isEmpty();
            break;
        case Op::IsNotEmpty:
            ok = !value.isEmpty();
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

class TestValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // RuleMatchSet.
    void overlap_data();
    void overlap();
    void covers_data();
    void covers();
    void matchesNothingOrEverything_data();
    void matchesNothingOrEverything();
    void describe_data();
    void describe();
    void randomRulesAgainstBruteForce();

    // Rule order.
    void ruleOverlapsAbove();
    void ruleOverlapsAboveDisabled();
    void ruleOverlapsAboveRowNumber();
    void overlapAboveWithoutSharedParameterMessage();
    void ruleAboveNotOverlapping_data();
    void ruleAboveNotOverlapping();
    void ruleShadowsBelow();
    void ruleOverlapsBelowWithoutShadowing();
    void newRuleDisabled();
    void newRuleMatchesNothing();
    void ruleOrderSectionNotNeeded();
    void ruleOrderPositionClamped();
    void checkRuleOrderOnlyThatList();
    void sectionOfAndMustBeAtTop();

    // Cross-references, formats, required values.
    void validSetupIsClean();
    void wrlcPresetLeavesOnlyWhatTheGuideLeavesOpen();
    void check_data();
    void check();
    void notNeededSectionsAreNotChecked();
    void findingsInSectionOrderAndStable();
};

// ---------------------------------------------------------------------------------------------
// RuleMatchSet

void TestValidator::overlap_data()
{
    QTest::addColumn<Rule>("a");
    QTest::addColumn<Rule>("b");
    QTest::addColumn<bool>("overlaps");
    QTest::addColumn<QStringList>("meeting"); // checked only when they overlap

    const Rule everything = R({});
    QTest::newRow("no conditions, both") << everything << everything << true << QStringList {};
    QTest::newRow("no conditions vs =") << everything << R({ cond(Location, Op::Equals, { "CLSBORR" }) }) << true
                                        << QStringList {};
    QTest::newRow("no conditions vs Is Empty")
        << everything << R({ cond(Location, Op::IsEmpty) }) << true << QStringList {};
    QTest::newRow("no conditions vs multi-parameter")
        << R({ cond(Location, Op::Equals, { "A" }), cond(UserGroup, Op::NotInList, { "X" }) }) << everything << true
        << QStringList {};

    // = against =
    QTest::newRow("= same value") << R({ cond(Location, Op::Equals, { "CLSBORR" }) })
                                  << R({ cond(Location, Op::Equals, { "CLSBORR" }) }) << true
                                  << QStringList { "Location: CLSBORR" };
    QTest::newRow("= different values") << R({ cond(Location, Op::Equals, { "CLSBORR" }) })
                                        << R({ cond(Location, Op::Equals, { "CLSLEND" }) }) << false << QStringList {};

    // = against Not =
    QTest::newRow("= vs Not = same value") << R({ cond(Location, Op::Equals, { "A" }) })
                                           << R({ cond(Location, Op::NotEquals, { "A" }) }) << false << QStringList {};
    QTest::newRow("= vs Not = other value")
        << R({ cond(Location, Op::Equals, { "A" }) }) << R({ cond(Location, Op::NotEquals, { "B" }) }) << true
        << QStringList { "Location: A" };
    QTest::newRow("Not = vs Not =") << R({ cond(Location, Op::NotEquals, { "A" }) })
                                    << R({ cond(Location, Op::NotEquals, { "B" }) }) << true
                                    << QStringList { "Location: any value except A, B" };

    // InList against InList
    QTest::newRow("InList intersecting") << R({ cond(Location, Op::InList, { "A", "B", "C" }) })
                                         << R({ cond(Location, Op::InList, { "D", "C", "B" }) }) << true
                                         << QStringList { "Location: B, C" };
    QTest::newRow("InList disjoint") << R({ cond(Location, Op::InList, { "A", "B" }) })
                                     << R({ cond(Location, Op::InList, { "C", "D" }) }) << false << QStringList {};
    QTest::newRow("InList vs = inside") << R({ cond(Location, Op::InList, { "A", "B" }) })
                                        << R({ cond(Location, Op::Equals, { "B" }) }) << true
                                        << QStringList { "Location: B" };

    // NotInList against InList: only when the list has a value outside the excluded ones.
    QTest::newRow("NotInList vs InList, all excluded")
        << R({ cond(Location, Op::NotInList, { "A", "B", "C" }) }) << R({ cond(Location, Op::InList, { "A", "B" }) })
        << false << QStringList {};
    QTest::newRow("NotInList vs InList, one outside")
        << R({ cond(Location, Op::NotInList, { "A", "B" }) }) << R({ cond(Location, Op::InList, { "B", "C" }) }) << true
        << QStringList { "Location: C" };
    QTest::newRow("InList vs NotInList, one outside")
        << R({ cond(Location, Op::InList, { "B", "C" }) }) << R({ cond(Location, Op::NotInList, { "A", "B" }) }) << true
        << QStringList { "Location: C" };

    // NotInList against NotInList: always.
    QTest::newRow("NotInList vs NotInList, same")
        << R({ cond(Location, Op::NotInList, { "A", "B" }) }) << R({ cond(Location, Op::NotInList, { "A", "B" }) })
        << true << QStringList { "Location: any value except A, B" };
    QTest::newRow("NotInList vs NotInList, different")
        << R({ cond(Location, Op::NotInList, { "A" }) }) << R({ cond(Location, Op::NotInList, { "B", "C" }) }) << true
        << QStringList { "Location: any value except A, B, C" };

    // Is Empty / Is Not Empty
    QTest::newRow("Is Empty vs Is Not Empty")
        << R({ cond(Location, Op::IsEmpty) }) << R({ cond(Location, Op::IsNotEmpty) }) << false << QStringList {};
    QTest::newRow("Is Empty vs Is Empty") << R({ cond(Location, Op::IsEmpty) }) << R({ cond(Location, Op::IsEmpty) })
                                          << true << QStringList { "Location: (empty)" };
    QTest::newRow("Is Not Empty vs Is Not Empty")
        << R({ cond(Location, Op::IsNotEmpty) }) << R({ cond(Location, Op::IsNotEmpty) }) << true
        << QStringList { "Location: any value" };
    QTest::newRow("Is Empty vs = X") << R({ cond(Location, Op::IsEmpty) }) << R({ cond(Location, Op::Equals, { "X" }) })
                                     << false << QStringList {};
    QTest::newRow("Is Empty vs InList") << R({ cond(Location, Op::IsEmpty) })
                                        << R({ cond(Location, Op::InList, { "X", "Y" }) }) << false << QStringList {};
    QTest::newRow("Is Empty vs Not = X") << R({ cond(Location, Op::IsEmpty) })
                                         << R({ cond(Location, Op::NotEquals, { "X" }) }) << true
                                         << QStringList { "Location: (empty)" };
    QTest::newRow("Is Not Empty vs InList")
        << R({ cond(Location, Op::IsNotEmpty) }) << R({ cond(Location, Op::InList, { "B", "A" }) }) << true
        << QStringList { "Location: A, B" };
    QTest::newRow("Is Not Empty vs = X") << R({ cond(Location, Op::IsNotEmpty) })
                                         << R({ cond(Location, Op::Equals, { "X" }) }) << true
                                         << QStringList { "Location: X" };
    QTest::newRow("= nothing vs Is Empty")
        << R({ cond(Location, Op::InList, {}) }) << R({ cond(Location, Op::IsEmpty) }) << true
        << QStringList { "Location: (empty)" };
    QTest::newRow("= nothing vs = X") << R({ cond(Location, Op::InList, {}) })
                                      << R({ cond(Location, Op::Equals, { "X" }) }) << false << QStringList {};

    // Several parameters: every shared parameter must intersect; others do not matter.
    QTest::newRow("multi, all shared intersect")
        << R({ cond(Location, Op::InList, { "A", "B" }), cond(PartnerParam, Op::Equals, { "GWA" }) })
        << R({ cond(Location, Op::Equals, { "B" }), cond(PartnerParam, Op::InList, { "GWA", "GTU" }) }) << true
        << QStringList { "Location: B", "Resource Sharing Partner: GWA" };
    QTest::newRow("multi, one shared disjoint")
        << R({ cond(Location, Op::Equals, { "A" }), cond(PartnerParam, Op::Equals, { "GWA" }) })
        << R({ cond(Location, Op::Equals, { "A" }), cond(PartnerParam, Op::Equals, { "GTU" }) }) << false
        << QStringList {};
    QTest::newRow("multi, parameters only in one rule")
        << R({ cond(Location, Op::Equals, { "A" }), cond(UserGroup, Op::Equals, { "STAFF" }) })
        << R({ cond(Location, Op::InList, { "A", "B" }), cond(PartnerParam, Op::Equals, { "GWA" }) }) << true
        << QStringList { "Location: A" };
    QTest::newRow("multi, no shared parameter") << R({ cond(UserGroup, Op::Equals, { "STAFF" }) })
                                                << R({ cond(Location, Op::Equals, { "A" }) }) << true << QStringList {};
    QTest::newRow("multi, meeting sorted by parameter")
        << R({ cond(UserGroup, Op::Equals, { "STAFF" }), cond(Location, Op::Equals, { "A" }) })
        << R({ cond(UserGroup, Op::InList, { "STAFF", "FACULTY" }), cond(Location, Op::IsNotEmpty) }) << true
        << QStringList { "Location: A", "User Group: STAFF" };

    // Case and spaces do not matter, in values or parameter names.
    QTest::newRow("case and spaces, = vs =")
        << R({ cond(" location ", Op::Equals, { " cls " }) }) << R({ cond("LOCATION", Op::Equals, { "CLS" }) }) << true
        << QStringList { "location: cls" };
    QTest::newRow("case and spaces, = vs Not =")
        << R({ cond("Location", Op::Equals, { "cls" }) }) << R({ cond(" LOCATION", Op::NotEquals, { " CLS " }) })
        << false << QStringList {};
    QTest::newRow("case and spaces, InList vs NotInList")
        << R({ cond(Location, Op::InList, { "clsborr", "X" }) })
        << R({ cond(" location", Op::NotInList, { "CLSBORR " }) }) << true << QStringList { "Location: X" };
    QTest::newRow("case and spaces, parameter names differ only in case")
        << R({ cond("user group", Op::Equals, { "STAFF" }) }) << R({ cond("User Group", Op::Equals, { "FACULTY" }) })
        << false << QStringList {};

    // Contradictions in one rule: it matches nothing, so it overlaps nothing.
    const Rule contradictory = R({ cond(Location, Op::Equals, { "A" }), cond(Location, Op::Equals, { "B" }) });
    QTest::newRow("contradictory vs no conditions") << contradictory << everything << false << QStringList {};
    QTest::newRow("contradictory vs itself") << contradictory << contradictory << false << QStringList {};
    QTest::newRow("contradictory Is Empty and Is Not Empty")
        << R({ cond(Format, Op::IsEmpty), cond(Format, Op::IsNotEmpty) }) << R({ cond(Location, Op::Equals, { "A" }) })
        << false << QStringList {};
    QTest::newRow("same parameter twice, consistent")
        << R({ cond(Location, Op::InList, { "A", "B" }), cond(Location, Op::NotEquals, { "A" }) })
        << R({ cond(Location, Op::InList, { "A", "B", "C" }) }) << true << QStringList { "Location: B" };
    QTest::newRow("same parameter twice, consistent, disjoint")
        << R({ cond(Location, Op::InList, { "A", "B" }), cond(Location, Op::NotEquals, { "B" }) })
        << R({ cond(Location, Op::Equals, { "B" }) }) << false << QStringList {};

    // A row without a parameter (not filled in yet) constrains nothing.
    QTest::newRow("row without parameter") << R({ cond("  ", Op::Equals, { "A" }) })
                                           << R({ cond(Location, Op::Equals, { "B" }) }) << true << QStringList {};

    // Long lists are shortened in the meeting text.
    QTest::newRow("meeting with many values")
        << R({ cond(Location, Op::InList, { "G", "F", "E", "D", "C", "B", "A" }) })
        << R({ cond(Location, Op::IsNotEmpty) }) << true << QStringList { "Location: A, B, C, D, E and 2 more" };
}

void TestValidator::overlap()
{
    QFETCH(Rule, a);
    QFETCH(Rule, b);
    QFETCH(bool, overlaps);
    QFETCH(QStringList, meeting);

    const RuleMatchSet sa(a);
    const RuleMatchSet sb(b);
    QStringList where = { "stale" };
    QCOMPARE(RuleMatchSet::overlap(sa, sb, &where), overlaps);
    if (overlaps)
        QCOMPARE(where, meeting);
    // Symmetric, and the meeting text is optional.
    QCOMPARE(RuleMatchSet::overlap(sb, sa), overlaps);
    QCOMPARE(RuleMatchSet::overlap(sa, sb, nullptr), overlaps);
}

void TestValidator::covers_data()
{
    QTest::addColumn<Rule>("outer");
    QTest::addColumn<Rule>("inner");
    QTest::addColumn<bool>("covers");

    const Rule everything = R({});
    const Rule locA = R({ cond(Location, Op::Equals, { "A" }) });

    // No conditions: covers everything, and is covered only by another rule without conditions.
    QTest::newRow("no conditions covers no conditions") << everything << everything << true;
    QTest::newRow("no conditions covers =") << everything << locA << true;
    QTest::newRow("no conditions covers Is Empty") << everything << R({ cond(Location, Op::IsEmpty) }) << true;
    QTest::newRow("no conditions covers multi")
        << everything << R({ cond(Location, Op::Equals, { "A" }), cond(UserGroup, Op::NotInList, { "X" }) }) << true;
    QTest::newRow("= does not cover no conditions") << locA << everything << false;
    QTest::newRow("Is Not Empty does not cover no conditions")
        << R({ cond(Location, Op::IsNotEmpty) }) << everything << false;

    // = / InList
    QTest::newRow("= covers same =") << locA << R({ cond(Location, Op::Equals, { "A" }) }) << true;
    QTest::newRow("= does not cover other =") << locA << R({ cond(Location, Op::Equals, { "B" }) }) << false;
    QTest::newRow("InList covers sub-list") << R({ cond(Location, Op::InList, { "A", "B", "C" }) })
                                            << R({ cond(Location, Op::InList, { "C", "A" }) }) << true;
    QTest::newRow("sub-list does not cover InList") << R({ cond(Location, Op::InList, { "C", "A" }) })
                                                    << R({ cond(Location, Op::InList, { "A", "B", "C" }) }) << false;
    QTest::newRow("InList covers =") << R({ cond(Location, Op::InList, { "A", "B" }) }) << locA << true;
    QTest::newRow("InList overlapping, not covering")
        << R({ cond(Location, Op::InList, { "A", "B" }) }) << R({ cond(Location, Op::InList, { "B", "C" }) }) << false;
    QTest::newRow("= does not cover Not =") << locA << R({ cond(Location, Op::NotEquals, { "B" }) }) << false;
    QTest::newRow("InList does not cover NotInList")
        << R({ cond(Location, Op::InList, { "A", "B" }) }) << R({ cond(Location, Op::NotInList, { "C" }) }) << false;

    // Not = / NotInList
    QTest::newRow("Not = covers other =")
        << R({ cond(Location, Op::NotEquals, { "A" }) }) << R({ cond(Location, Op::Equals, { "B" }) }) << true;
    QTest::newRow("Not = does not cover same =") << R({ cond(Location, Op::NotEquals, { "A" }) }) << locA << false;
    QTest::newRow("Not = covers InList outside")
        << R({ cond(Location, Op::NotEquals, { "A" }) }) << R({ cond(Location, Op::InList, { "B", "C" }) }) << true;
    QTest::newRow("Not = does not cover InList with it")
        << R({ cond(Location, Op::NotEquals, { "A" }) }) << R({ cond(Location, Op::InList, { "A", "B" }) }) << false;
    QTest::newRow("NotInList covers NotInList excluding more")
        << R({ cond(Location, Op::NotInList, { "A" }) }) << R({ cond(Location, Op::NotInList, { "A", "B" }) }) << true;
    QTest::newRow("NotInList does not cover NotInList excluding less")
        << R({ cond(Location, Op::NotInList, { "A", "B" }) }) << R({ cond(Location, Op::NotInList, { "A" }) }) << false;
    QTest::newRow("NotInList covers same NotInList") << R({ cond(Location, Op::NotInList, { "A", "B" }) })
                                                     << R({ cond(Location, Op::NotInList, { "B", "A" }) }) << true;
    QTest::newRow("NotInList does not cover disjoint NotInList")
        << R({ cond(Location, Op::NotInList, { "A" }) }) << R({ cond(Location, Op::NotInList, { "B" }) }) << false;
    QTest::newRow("Not = covers Is Empty")
        << R({ cond(Location, Op::NotEquals, { "A" }) }) << R({ cond(Location, Op::IsEmpty) }) << true;

    // Is Empty / Is Not Empty
    QTest::newRow("Is Not Empty covers =") << R({ cond(Location, Op::IsNotEmpty) }) << locA << true;
    QTest::newRow("Is Not Empty covers InList")
        << R({ cond(Location, Op::IsNotEmpty) }) << R({ cond(Location, Op::InList, { "A", "B" }) }) << true;
    QTest::newRow("Is Not Empty does not cover Is Empty")
        << R({ cond(Location, Op::IsNotEmpty) }) << R({ cond(Location, Op::IsEmpty) }) << false;
    QTest::newRow("Is Not Empty does not cover Not =")
        << R({ cond(Location, Op::IsNotEmpty) }) << R({ cond(Location, Op::NotEquals, { "A" }) }) << false;
    QTest::newRow("Is Empty covers Is Empty")
        << R({ cond(Location, Op::IsEmpty) }) << R({ cond(Location, Op::IsEmpty) }) << true;
    QTest::newRow("Is Empty does not cover =") << R({ cond(Location, Op::IsEmpty) }) << locA << false;
    QTest::newRow("Not = does not cover Is Not Empty")
        << R({ cond(Location, Op::NotEquals, { "A" }) }) << R({ cond(Location, Op::IsNotEmpty) }) << false;

    // Several parameters: every parameter of the outer rule must be constrained, as a subset, by the inner.
    QTest::newRow("multi, inner constrains more")
        << locA << R({ cond(Location, Op::Equals, { "A" }), cond(PartnerParam, Op::Equals, { "GWA" }) }) << true;
    QTest::newRow("multi, outer constrains more")
        << R({ cond(Location, Op::Equals, { "A" }), cond(PartnerParam, Op::Equals, { "GWA" }) }) << locA << false;
    QTest::newRow("multi, all subsets") << R(
        { cond(Location, Op::InList, { "A", "B" }), cond(PartnerParam, Op::InList, { "GWA", "GTU" }) })
                                        << R({ cond(Location, Op::Equals, { "A" }),
                                               cond(PartnerParam, Op::Equals, { "GTU" }),
                                               cond(UserGroup, Op::Equals, { "STAFF" }) })
                                        << true;
    QTest::newRow("multi, one not a subset")
        << R({ cond(Location, Op::InList, { "A", "B" }), cond(PartnerParam, Op::Equals, { "GWA" }) })
        << R({ cond(Location, Op::Equals, { "A" }), cond(PartnerParam, Op::Equals, { "GTU" }) }) << false;
    QTest::newRow("multi, outer parameter missing in inner")
        << R({ cond(Location, Op::InList, { "A", "B" }), cond(UserGroup, Op::NotEquals, { "X" }) })
        << R({ cond(Location, Op::Equals, { "A" }), cond(PartnerParam, Op::Equals, { "GTU" }) }) << false;

    // Case and spaces.
    QTest::newRow("case and spaces") << R({ cond(" LOCATION ", Op::InList, { " cls ", "x" }) })
                                     << R({ cond("location", Op::Equals, { "CLS" }) }) << true;
    QTest::newRow("case and spaces, Not =") << R({ cond("location", Op::NotEquals, { "CLS" }) })
                                            << R({ cond(" Location", Op::Equals, { " cls " }) }) << false;

    // Contradictory rules are neither covered nor covering.
    const Rule contradictory = R({ cond(Location, Op::Equals, { "A" }), cond(Location, Op::Equals, { "B" }) });
    QTest::newRow("contradictory inner not covered") << everything << contradictory << false;
    QTest::newRow("contradictory inner not covered by itself") << contradictory << contradictory << false;
    QTest::newRow("contradictory outer covers nothing") << contradictory << locA << false;
}

void TestValidator::covers()
{
    QFETCH(Rule, outer);
    QFETCH(Rule, inner);
    QFETCH(bool, covers);

    const RuleMatchSet o(outer);
    const RuleMatchSet i(inner);
    QCOMPARE(RuleMatchSet::covers(o, i), covers);
    // A rule that covers another one also overlaps it.
    if (covers)
        QVERIFY(RuleMatchSet::overlap(o, i));
}

void TestValidator::matchesNothingOrEverything_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<bool>("nothing");
    QTest::addColumn<bool>("everything");

    QTest::newRow("no conditions") << R({}) << false << true;
    QTest::newRow("only unfilled rows") << R({ cond("", Op::Equals, { "A" }) }) << false << true;
    QTest::newRow("one condition") << R({ cond(Location, Op::Equals, { "A" }) }) << false << false;
    QTest::newRow("= A and = B") << R({ cond(Location, Op::Equals, { "A" }), cond(" location ", Op::Equals, { "B" }) })
                                 << true << false;
    QTest::newRow("= A and = a") << R({ cond(Location, Op::Equals, { "A" }), cond(Location, Op::Equals, { " a" }) })
                                 << false << false;
    QTest::newRow("= A and Not = A") << R(
        { cond(Location, Op::Equals, { "A" }), cond(Location, Op::NotEquals, { "A" }) })
                                     << true << false;
    QTest::newRow("InList and NotInList of the same")
        << R({ cond(Location, Op::InList, { "A", "B" }), cond(Location, Op::NotInList, { "b", "a" }) }) << true
        << false;
    QTest::newRow("Is Empty and Is Not Empty")
        << R({ cond(Location, Op::IsEmpty), cond(Location, Op::IsNotEmpty) }) << true << false;
    QTest::newRow("Is Empty and = X") << R({ cond(Location, Op::IsEmpty), cond(Location, Op::Equals, { "X" }) }) << true
                                      << false;
    QTest::newRow("Not = A and Not = B") << R(
        { cond(Location, Op::NotEquals, { "A" }), cond(Location, Op::NotEquals, { "B" }) })
                                         << false << false;
}

void TestValidator::matchesNothingOrEverything()
{
    QFETCH(Rule, rule);
    QFETCH(bool, nothing);
    QFETCH(bool, everything);
    const RuleMatchSet set(rule);
    QCOMPARE(set.matchesNothing(), nothing);
    QCOMPARE(set.matchesEverything(), everything);
}

void TestValidator::describe_data()
{
    QTest::addColumn<bool>("anyExcept");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one") << false << QStringList { "CLSBORR" } << "CLSBORR";
    QTest::newRow("sorted") << false << QStringList { "b", "C", "a" } << "a, b, C";
    QTest::newRow("empty value") << false << QStringList { "" } << "(empty)";
    QTest::newRow("five") << false << QStringList { "A", "B", "C", "D", "E" } << "A, B, C, D, E";
    QTest::newRow("six") << false << QStringList { "A", "B", "C", "D", "E", "F" } << "A, B, C, D, E and 1 more";
    QTest::newRow("any value") << true << QStringList { "" } << "any value";
    QTest::newRow("any value except") << true << QStringList { "B", "A" } << "any value except A, B";
}

void TestValidator::describe()
{
    QFETCH(bool, anyExcept);
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    RuleMatchSet::ValueSet set;
    set.anyExcept = anyExcept;
    for (const QString& v : values)
        set.values.insert(fold(v), v);
    QCOMPARE(RuleMatchSet::describe(set), expected);
}

// Random rules over a small universe, checked against brute force: every request is tried.
// Values not named in any rule behave alike, so one extra value ("z") stands for all of them.
void TestValidator::randomRulesAgainstBruteForce()
{
    QRandomGenerator random(20240611);
    const QStringList parameters = { "Location", " location ", "User Group", "USER GROUP", "Material Type" };
    const QStringList values = { "A", " a", "B", "c", "C " };
    const QList<Op> ops = RuleOperators::all();

    const QStringList foldedParameters = { "location", "user group", "material type" };
    const QStringList universe = { "", "a", "b", "c", "z" };
    QList<QHash<QString, QString>> requests;
    for (const QString& v1 : universe)
        for (const QString& v2 : universe)
            for (const QString& v3 : universe) {
                QHash<QString, QString> request;
                request.insert(foldedParameters[0], v1);
                request.insert(foldedParameters[1], v2);
                request.insert(foldedParameters[2], v3);
                requests.append(request);
            }

    auto randomRule = [&]() {
        Rule r;
        const int n = int(random.bounded(4)); // 0..3 conditions
        for (int i = 0; i < n; ++i) {
            RuleCondition c;
            c.parameter = parameters.at(int(random.bounded(int(parameters.size()))));
            c.op = ops.at(int(random.bounded(int(ops.size()))));
            if (RuleOperators::takesValues(c.op)) {
                // At least one value: a "Not =" without values is not something a librarian enters.
                const int count = 1 + int(random.bounded(3));
                for (int k = 0; k < count; ++k)
                    c.values.append(values.at(int(random.bounded(int(values.size())))));
            }
            r.conditions.append(c);
        }
        return r;
    };
    auto show = [](const Rule& r) {
        QStringList parts;
        for (const RuleCondition& c : r.conditions)
            parts.append(QStringLiteral("%1 %2 [%3]").arg(c.parameter, RuleOperators::token(c.op), c.values.join(',')));
        return parts.isEmpty() ? QStringLiteral("(no conditions)") : parts.join(QStringLiteral(" AND "));
    };

    for (int round = 0; round < 3000; ++round) {
        const Rule a = randomRule();
        const Rule b = randomRule();
        bool both = false;
        bool aAny = false;
        bool bAny = false;
        bool bInsideA = true;
        for (const auto& request : std::as_const(requests)) {
            const bool ma = matches(a, request);
            const bool mb = matches(b, request);
            aAny = aAny || ma;
            bAny = bAny || mb;
            both = both || (ma && mb);
            if (mb && !ma)
                bInsideA = false;
        }
        const RuleMatchSet sa(a);
        const RuleMatchSet sb(b);
        const QString context = QStringLiteral("a: %1\nb: %2").arg(show(a), show(b));
        QVERIFY2(sa.matchesNothing() == !aAny, qPrintable(context));
        QVERIFY2(RuleMatchSet::overlap(sa, sb) == both, qPrintable(context));
        // A rule matching nothing is not reported as shadowed.
        QVERIFY2(RuleMatchSet::covers(sa, sb) == (bAny && bInsideA), qPrintable(context));
    }
}

// ---------------------------------------------------------------------------------------------
// Rule order

namespace {
SetupData withExisting(RuleId list, const QList<Rule>& existing, int position)
{
    SetupData d = validSetup();
    d.existingRules[list] = existing;
    d.newRulePositions[list] = position;
    return d;
}

Rule facultyLoans()
{
    return named("Faculty loans",
        { cond(ItemPolicy, Op::InList, { "P2P", "REGULAR" }), cond(UserGroup, Op::Equals, { "FACULTY" }) });
}
} // namespace

void TestValidator::ruleOverlapsAbove()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    const SetupData d = withExisting(list, { facultyLoans() }, 1);
    const QList<Finding> findings = SetupValidator::checkRuleOrder(d, list);
    QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
    const Finding& f = findings.constFirst();
    QCOMPARE(Findings::severityKey(f.severity), QStringLiteral("error"));
    QCOMPARE(f.section, SectionId::FulfillmentUnitRules);
    QCOMPARE(f.code, QStringLiteral("rule-overlaps-above"));
    QCOMPARE(f.subject, existingSubject(list, 0));
    // The message names both rules and where they meet.
    QVERIFY2(f.message.contains("\"Faculty loans\""), qPrintable(f.message));
    QVERIFY2(f.message.contains("\"Peer to peer loan\""), qPrintable(f.message));
    QVERIFY2(f.message.contains("Item Policy: P2P"), qPrintable(f.message));
    QVERIFY2(f.message.contains("(row 1)"), qPrintable(f.message));
    // The fix says to move the new rule above the existing one.
    QCOMPARE(f.fix, QStringLiteral("Move \"Peer to peer loan\" above \"Faculty loans\"."));
    // validate() reports the same finding, and nothing else is wrong with the setup.
    const QList<Finding> all = SetupValidator::validate(d);
    QVERIFY(all.contains(f));
    QCOMPARE(countOf(all, Severity::Error), 1);
    QCOMPARE(countOf(all, Severity::Warning), 0);

    // Several parameters meet: all are named, by parameter.
    SetupData several = d;
    several.rules[list].conditions.append(cond(UserGroup, Op::InList, { "FACULTY", "STAFF" }));
    const QList<Finding> f2 = SetupValidator::checkRuleOrder(several, list);
    QVERIFY2(f2.size() == 1, qPrintable(dump(f2)));
    QVERIFY2(
        f2.constFirst().message.contains("Item Policy: P2P; User Group: FACULTY"), qPrintable(f2.constFirst().message));
}

void TestValidator::ruleOverlapsAboveDisabled()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    Rule above = facultyLoans();
    above.enabled = false;
    const SetupData d = withExisting(list, { above }, 1);
    QVERIFY2(
        SetupValidator::checkRuleOrder(d, list).isEmpty(), qPrintable(dump(SetupValidator::checkRuleOrder(d, list))));
    const QList<Finding> all = SetupValidator::validate(d);
    QVERIFY2(countOf(all, Severity::Error) == 0 && countOf(all, Severity::Warning) == 0, qPrintable(dump(all)));
}

void TestValidator::ruleOverlapsAboveRowNumber()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    const Rule regular = named("Regular loans", { cond(ItemPolicy, Op::Equals, { "REGULAR" }) });
    const Rule staff
        = named("Staff loans", { cond(UserGroup, Op::Equals, { "STAFF" }), cond(ItemPolicy, Op::IsNotEmpty) });
    const Rule below = named("Reserves", { cond(ItemPolicy, Op::Equals, { "RESERVE" }) });
    const SetupData d = withExisting(list, { regular, staff, below }, 2);
    const QList<Finding> findings = SetupValidator::checkRuleOrder(d, list);
    QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
    const Finding& f = findings.constFirst();
    QCOMPARE(f.code, QStringLiteral("rule-overlaps-above"));
    QCOMPARE(f.subject, existingSubject(list, 1));
    QVERIFY2(f.message.contains("\"Staff loans\" (row 2)"), qPrintable(f.message));
    QVERIFY2(f.message.contains("Item Policy: P2P"), qPrintable(f.message));
}

// An overlap where the rules test different parameters: the above rule matches only some of the
// new rule's requests (here: those of faculty), so the message must not say it matches all of them.
void TestValidator::overlapAboveWithoutSharedParameterMessage()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    const Rule faculty = named("Faculty loans", { cond(UserGroup, Op::Equals, { "FACULTY" }) });
    const QList<Finding> findings = SetupValidator::checkRuleOrder(withExisting(list, { faculty }, 1), list);
    QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
    QCOMPARE(findings.constFirst().code, QStringLiteral("rule-overlaps-above"));
    QVERIFY2(!findings.constFirst().message.contains("every request the new rule matches"),
        qPrintable(findings.constFirst().message));

    // A rule without conditions above does match every request of the new rule.
    const Rule all = named("All loans", {});
    const QList<Finding> f2 = SetupValidator::checkRuleOrder(withExisting(list, { all }, 1), list);
    QVERIFY2(f2.size() == 1, qPrintable(dump(f2)));
    QCOMPARE(f2.constFirst().code, QStringLiteral("rule-overlaps-above"));
    QVERIFY2(
        f2.constFirst().message.contains("every request the new rule matches"), qPrintable(f2.constFirst().message));
}

void TestValidator::ruleAboveNotOverlapping_data()
{
    QTest::addColumn<RuleId>("list");
    QTest::addColumn<Rule>("above");
    QTest::addColumn<QString>("code"); // empty: no finding
    // An existing rule above that matches the same requests wins over the new one (an error);
    // one that does not is only against the guide's "at the top" (a warning).

    QTest::newRow("loan, other item policy")
        << RuleId::FulfillmentUnitLoan << named("Regular loans", { cond(ItemPolicy, Op::Equals, { "REGULAR" }) })
        << QString();
    QTest::newRow("loan, item policy not P2P")
        << RuleId::FulfillmentUnitLoan << named("Not P2P", { cond(ItemPolicy, Op::NotInList, { " p2p", "X" }) })
        << QString();
    QTest::newRow("borrowing RS, other user group")
        << RuleId::FulfillmentUnitBorrowingResourceSharing
        << named("Alumni", { cond(UserGroup, Op::InList, { "ALUMNI", "GUEST" }) }) << QString();
    QTest::newRow("temporary item creation, other partner")
        << RuleId::TemporaryItemCreation << named("OCLC items", { cond(PartnerParam, Op::Equals, { "OCLC_ILL" }) })
        << QStringLiteral("rule-not-at-top");
    QTest::newRow("temporary item creation, overlapping")
        << RuleId::TemporaryItemCreation << named("GWA items", { cond(PartnerParam, Op::Equals, { "GWA" }) })
        << QStringLiteral("rule-not-at-top");
    QTest::newRow("rota assignment, no format")
        << RuleId::RotaAssignment << named("No format", { cond(Format, Op::IsEmpty) })
        << QStringLiteral("rule-not-at-top");
    QTest::newRow("rota assignment, overlapping")
        << RuleId::RotaAssignment << named("Physical", { cond(Format, Op::Equals, { "PHYSICAL" }) })
        << QStringLiteral("rule-not-at-top");
    Rule disabled = named("OCLC items", { cond(PartnerParam, Op::Equals, { "OCLC_ILL" }) }, false);
    QTest::newRow("temporary item creation, disabled rule above")
        << RuleId::TemporaryItemCreation << disabled << QString();
}

void TestValidator::ruleAboveNotOverlapping()
{
    QFETCH(RuleId, list);
    QFETCH(Rule, above);
    QFETCH(QString, code);

    const SetupData d = withExisting(list, { above }, 1);
    const QList<Finding> findings = SetupValidator::checkRuleOrder(d, list);
    if (code.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
        return;
    }
    QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
    const Finding& f = findings.constFirst();
    const bool overlapping = QByteArray(QTest::currentDataTag()).contains("overlapping");
    QCOMPARE(Findings::severityKey(f.severity), overlapping ? QStringLiteral("error") : QStringLiteral("warning"));
    QCOMPARE(f.section, RuleCatalog::rule(list).section);
    QCOMPARE(f.code, code);
    QCOMPARE(f.subject, existingSubject(list, 0));
    QVERIFY2(f.message.contains('"' + above.name + '"'), qPrintable(f.message));
    QVERIFY2(f.message.contains('"' + d.rules.value(list).name + '"'), qPrintable(f.message));
    QVERIFY2(f.fix.contains('"' + d.rules.value(list).name + '"'), qPrintable(f.fix));

    // With the new rule at the top, the rule is below it: no order error (it may be shadowed, a warning).
    const QList<Finding> atTop = SetupValidator::checkRuleOrder(withExisting(list, { above }, 0), list);
    QVERIFY2(countOf(atTop, Severity::Error) == 0, qPrintable(dump(atTop)));
}

void TestValidator::ruleShadowsBelow()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    const Rule staff = named(
        "Staff P2P loans", { cond(UserGroup, Op::Equals, { "STAFF" }), cond(" item policy", Op::Equals, { "p2p " }) });
    const QList<Finding> findings = SetupValidator::checkRuleOrder(withExisting(list, { staff }, 0), list);
    QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
    const Finding& f = findings.constFirst();
    QCOMPARE(Findings::severityKey(f.severity), QStringLiteral("warning"));
    QCOMPARE(f.section, SectionId::FulfillmentUnitRules);
    QCOMPARE(f.code, QStringLiteral("rule-shadows-below"));
    QCOMPARE(f.subject, existingSubject(list, 0));
    QVERIFY2(f.message.contains("\"Peer to peer loan\""), qPrintable(f.message));
    QVERIFY2(f.message.contains("\"Staff P2P loans\" (row 2"), qPrintable(f.message));
    QVERIFY2(f.fix.contains("\"Staff P2P loans\""), qPrintable(f.fix));

    // In the middle of the list: the row counts the new rule.
    const Rule regular = named("Regular loans", { cond(ItemPolicy, Op::Equals, { "REGULAR" }) });
    const QList<Finding> f2 = SetupValidator::checkRuleOrder(withExisting(list, { regular, staff }, 1), list);
    QVERIFY2(f2.size() == 1, qPrintable(dump(f2)));
    QCOMPARE(f2.constFirst().code, QStringLiteral("rule-shadows-below"));
    QCOMPARE(f2.constFirst().subject, existingSubject(list, 1));
    QVERIFY2(f2.constFirst().message.contains("(row 3"), qPrintable(f2.constFirst().message));

    // A disabled rule below is not shadowed.
    Rule off = staff;
    off.enabled = false;
    QVERIFY(SetupValidator::checkRuleOrder(withExisting(list, { off }, 0), list).isEmpty());

    // A new rule without conditions shadows every enabled rule below it.
    SetupData unscoped = withExisting(RuleId::SendingBorrowingRequest, { regular, staff }, 0);
    unscoped.rules[RuleId::SendingBorrowingRequest].conditions.clear();
    const QList<Finding> f3 = SetupValidator::checkRuleOrder(unscoped, RuleId::SendingBorrowingRequest);
    QCOMPARE(matching(f3, SectionId::SendingBorrowingRequestRule, "rule-shadows-below").size(), 2);
}

void TestValidator::ruleOverlapsBelowWithoutShadowing()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    const QList<Rule> below = {
        named("P2P or regular", { cond(ItemPolicy, Op::InList, { "P2P", "REGULAR" }) }),
        named("Everything", {}),
        named("Not regular", { cond(ItemPolicy, Op::NotEquals, { "REGULAR" }) }),
    };
    const SetupData d = withExisting(list, below, 0);
    QVERIFY2(
        SetupValidator::checkRuleOrder(d, list).isEmpty(), qPrintable(dump(SetupValidator::checkRuleOrder(d, list))));
}

void TestValidator::newRuleDisabled()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    const Rule staff = named(
        "Staff P2P loans", { cond(UserGroup, Op::Equals, { "STAFF" }), cond(ItemPolicy, Op::Equals, { "P2P" }) });
    SetupData d = withExisting(list, { facultyLoans(), staff }, 1);
    d.rules[list].enabled = false;
    const QList<Finding> findings = SetupValidator::checkRuleOrder(d, list);
    QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
    const Finding& f = findings.constFirst();
    QCOMPARE(Findings::severityKey(f.severity), QStringLiteral("info"));
    QCOMPARE(f.section, SectionId::FulfillmentUnitRules);
    QCOMPARE(f.code, QStringLiteral("rule-disabled"));
    QCOMPARE(f.subject, ruleSubject(list));
    QVERIFY2(f.message.contains("\"Peer to peer loan\""), qPrintable(f.message));

    // For a list that must be at the top as well.
    SetupData top = withExisting(RuleId::RotaAssignment, { named("No format", { cond(Format, Op::IsEmpty) }) }, 1);
    top.rules[RuleId::RotaAssignment].enabled = false;
    const QList<Finding> f2 = SetupValidator::checkRuleOrder(top, RuleId::RotaAssignment);
    QVERIFY2(f2.size() == 1 && f2.constFirst().code == QLatin1String("rule-disabled"), qPrintable(dump(f2)));
}

void TestValidator::newRuleMatchesNothing()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    SetupData d = withExisting(list, { facultyLoans() }, 1);
    d.rules[list].conditions.append(cond(ItemPolicy, Op::Equals, { "REGULAR" }));
    const QList<Finding> findings = SetupValidator::checkRuleOrder(d, list);
    QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
    QCOMPARE(Findings::severityKey(findings.constFirst().severity), QStringLiteral("warning"));
    QCOMPARE(findings.constFirst().code, QStringLiteral("rule-matches-nothing"));
    QCOMPARE(findings.constFirst().subject, ruleSubject(list));
}

void TestValidator::ruleOrderSectionNotNeeded()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    const Rule staff = named(
        "Staff P2P loans", { cond(UserGroup, Op::Equals, { "STAFF" }), cond(ItemPolicy, Op::Equals, { "P2P" }) });
    SetupData d = withExisting(list, { facultyLoans(), staff }, 1);
    QCOMPARE(SetupValidator::checkRuleOrder(d, list).size(), 2); // overlap above, shadow below
    d.sections[SectionId::FulfillmentUnitRules].notNeeded = true;
    QVERIFY(SetupValidator::checkRuleOrder(d, list).isEmpty());
    QVERIFY2(Findings::ofSection(SetupValidator::validate(d), SectionId::FulfillmentUnitRules).isEmpty(),
        qPrintable(dump(SetupValidator::validate(d))));
    d.rules[list].enabled = false; // not even the note about the disabled rule
    QVERIFY(SetupValidator::checkRuleOrder(d, list).isEmpty());

    // A rule list that must be at the top, in a section not needed.
    SetupData top = withExisting(RuleId::RotaAssignment, { named("No format", { cond(Format, Op::IsEmpty) }) }, 1);
    QCOMPARE(SetupValidator::checkRuleOrder(top, RuleId::RotaAssignment).size(), 1);
    top.sections[SectionId::RotaAssignmentRule].notNeeded = true;
    QVERIFY(SetupValidator::checkRuleOrder(top, RuleId::RotaAssignment).isEmpty());
}

void TestValidator::ruleOrderPositionClamped()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    // A position past the end puts the new rule at the bottom: the existing rule is above it.
    const QList<Finding> bottom = SetupValidator::checkRuleOrder(withExisting(list, { facultyLoans() }, 99), list);
    QVERIFY2(bottom.size() == 1 && bottom.constFirst().code == QLatin1String("rule-overlaps-above"),
        qPrintable(dump(bottom)));
    // A negative one puts it at the top.
    const Rule staff = named(
        "Staff P2P loans", { cond(ItemPolicy, Op::Equals, { "P2P" }), cond(UserGroup, Op::Equals, { "STAFF" }) });
    const QList<Finding> top = SetupValidator::checkRuleOrder(withExisting(list, { staff }, -3), list);
    QVERIFY2(top.size() == 1 && top.constFirst().code == QLatin1String("rule-shadows-below"), qPrintable(dump(top)));
}

void TestValidator::checkRuleOrderOnlyThatList()
{
    const RuleId list = RuleId::FulfillmentUnitLoan;
    SetupData d = withExisting(list, { facultyLoans() }, 1);
    set(d, FieldId::LibraryCode, ""); // a finding of section 1 that checkRuleOrder must not report
    d.existingRules[RuleId::RotaAssignment] = { named("No format", { cond(Format, Op::IsEmpty) }) };
    d.newRulePositions[RuleId::RotaAssignment] = 1;
    const QList<Finding> findings = SetupValidator::checkRuleOrder(d, list);
    QVERIFY2(findings.size() == 1 && findings.constFirst().code == QLatin1String("rule-overlaps-above"),
        qPrintable(dump(findings)));
    // validate() has all three.
    const QList<Finding> all = SetupValidator::validate(d);
    QCOMPARE(matching(all, SectionId::ResourceSharingLibrary, "required", F(FieldId::LibraryCode)).size(), 1);
    QCOMPARE(matching(all, SectionId::FulfillmentUnitRules, "rule-overlaps-above").size(), 1);
    QCOMPARE(matching(all, SectionId::RotaAssignmentRule, "rule-not-at-top").size(), 1);
}

void TestValidator::sectionOfAndMustBeAtTop()
{
    QCOMPARE(RuleCatalog::rule(RuleId::TemporaryItemCreation).section, SectionId::TemporaryItemCreationRule);
    QCOMPARE(RuleCatalog::rule(RuleId::FulfillmentUnitLoan).section, SectionId::FulfillmentUnitRules);
    QCOMPARE(RuleCatalog::rule(RuleId::FulfillmentUnitLendingResourceSharing).section, SectionId::FulfillmentUnitRules);
    QCOMPARE(
        RuleCatalog::rule(RuleId::FulfillmentUnitBorrowingResourceSharing).section, SectionId::FulfillmentUnitRules);
    QCOMPARE(RuleCatalog::rule(RuleId::RotaAssignment).section, SectionId::RotaAssignmentRule);
    QCOMPARE(RuleCatalog::rule(RuleId::SendingBorrowingRequest).section, SectionId::SendingBorrowingRequestRule);
    for (RuleId id : RuleIds::all())
        QCOMPARE(RuleCatalog::rule(id).atTop, id == RuleId::TemporaryItemCreation || id == RuleId::RotaAssignment);
}

// ---------------------------------------------------------------------------------------------
// Cross-references, formats, required values

void TestValidator::validSetupIsClean()
{
    const QList<Finding> findings = SetupValidator::validate(validSetup());
    QVERIFY2(countOf(findings, Severity::Error) == 0, qPrintable(dump(findings)));
    QVERIFY2(countOf(findings, Severity::Warning) == 0, qPrintable(dump(findings)));
    // The preset with nothing filled in is not clean (the anchor is not vacuous).
    const QList<Finding> blank = SetupValidator::validate(Presets::create(QString::fromLatin1(Presets::Blank)));
    QVERIFY(countOf(blank, Severity::Error) > 0);
}

namespace {
// A row where breaking the setup with `m` gives a finding of that severity, section and code.
void found(const char* name, Severity severity, SectionId section, const char* code, const QString& subject, Mutator m)
{
    QTest::newRow(name) << m << true << severity << section << QString::fromLatin1(code) << subject;
}

// A row where the change must NOT give a finding with that section and code (any severity).
void clean(const char* name, SectionId section, const char* code, const QString& subject, Mutator m)
{
    QTest::newRow(name) << m << false << Severity::Error << section << QString::fromLatin1(code) << subject;
}

Mutator setField(const char* id, const QVariant& value)
{
    return [id, value](SetupData& d) { set(d, id, value); };
}

Rule& ruleOf(SetupData& d, RuleId id)
{
    return d.rules[id];
}

// Sets output `key` of rule `id` (removes it when value is null).
Mutator setOutput(RuleId id, const QString& key, const QString& value)
{
    return [id, key, value](SetupData& d) {
        QList<KeyValue>& outputs = ruleOf(d, id).outputs;
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            if (outputs[i].key == key) {
                if (value.isNull())
                    outputs.removeAt(i);
                else
                    outputs[i].value = value;
                return;
            }
        }
    };
}

Mutator setPartnerCondition(RuleOperator op, const QStringList& values)
{
    return [op, values](SetupData& d) {
        RuleCondition& c = ruleOf(d, RuleId::TemporaryItemCreation).conditions.first();
        c.op = op;
        c.values = values;
    };
}
} // namespace

// The WRLC preset as it comes, with only what the guide asks each institution for (its codes,
// partners, policies and user groups): no error, and no warning the guide would contradict;
// what remains is what the guide leaves to the lending agreement or lost with its images.
void TestValidator::wrlcPresetLeavesOnlyWhatTheGuideLeavesOpen()
{
    SetupData d = Presets::create(QString::fromLatin1(Presets::Wrlc));
    set(d, FieldId::Institution, "WRLC member");
    set(d, FieldId::LibraryCode, "MAIN");
    set(d, FieldId::LibrarySymbol, "DGW");
    set(d, FieldId::LibraryDefaultPickupLocation, "MAIN");
    set(d, FieldId::BorrowingLocationFulfillmentUnit, "MAIN_FU");
    set(d, FieldId::LendingLocationFulfillmentUnit, "MAIN_FU");
    set(d, FieldId::CircDeskCode, "RS_DESK");
    d.otherSettings = { { "ill_item_creation_lib_code", "MAIN" }, { "ill_item_creation_loc_code", "CLSBORR" } };
    d.partners = { partner("GWA"), partner("GTU") };
    d.policies = { { "Due Date", "P2P Due Date", "28 days", "" } };
    for (const char* id : { FieldId::LoanTouPolicies, FieldId::LendingTouPolicies, FieldId::BorrowingTouPolicies })
        set(d, id, QStringList { "P2P Due Date" });
    set(d, FieldId::RotaMembers, QStringList { "GWA", "GTU" });
    for (RuleId id : { RuleId::TemporaryItemCreation, RuleId::SendingBorrowingRequest })
        d.rules[id].conditions.first().values = QStringList { "GWA", "GTU" };
    for (RuleCondition& c : d.rules[RuleId::FulfillmentUnitBorrowingResourceSharing].conditions)
        c.values = QStringList { "FACULTY" };
    const QList<Finding> findings = SetupValidator::validate(d);
    QStringList codes;
    for (const Finding& f : findings)
        codes.append(Findings::severityKey(f.severity) + QLatin1Char(' ') + f.code);
    codes.sort();
    QCOMPARE(codes,
        (QStringList {
            QStringLiteral("warning lending-rule-unscoped"), QStringLiteral("warning rota-rule-unscoped") }));
}

void TestValidator::check_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<bool>("present");
    QTest::addColumn<Finding::Severity>("severity");
    QTest::addColumn<SectionId>("section");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("subject"); // empty: any subject

    const auto E = Severity::Error;
    const auto W = Severity::Warning;
    const auto I = Severity::Info;

    // 1. Resource sharing library
    const SectionId s1 = SectionId::ResourceSharingLibrary;
    found("library code empty", E, s1, "required", F(FieldId::LibraryCode), setField(FieldId::LibraryCode, ""));
    found(
        "library code only spaces", E, s1, "required", F(FieldId::LibraryCode), setField(FieldId::LibraryCode, "   "));
    found("standalone library", W, s1, "standalone-transit", F(FieldId::LibraryChoice),
        setField(FieldId::LibraryChoice, "standalone"));
    clean("main library", s1, "standalone-transit", {}, setField(FieldId::LibraryChoice, "main"));
    found(
        "symbol lowercase", W, s1, "symbol-format", F(FieldId::LibrarySymbol), setField(FieldId::LibrarySymbol, "dgw"));
    found("symbol too long", W, s1, "symbol-format", F(FieldId::LibrarySymbol),
        setField(FieldId::LibrarySymbol, "TOOLONG1"));
    found(
        "symbol too short", W, s1, "symbol-format", F(FieldId::LibrarySymbol), setField(FieldId::LibrarySymbol, "DG"));
    found("symbol with a space inside", W, s1, "symbol-format", F(FieldId::LibrarySymbol),
        setField(FieldId::LibrarySymbol, "D GW"));
    clean("symbol DGW", s1, "symbol-format", {}, setField(FieldId::LibrarySymbol, "DGW"));
    clean("symbol five characters with digit", s1, "symbol-format", {}, setField(FieldId::LibrarySymbol, "AB12C"));
    clean("symbol surrounded by spaces", s1, "symbol-format", {}, setField(FieldId::LibrarySymbol, " DGW "));
    found("symbol empty is a warning", W, s1, "symbol-empty", F(FieldId::LibrarySymbol),
        setField(FieldId::LibrarySymbol, ""));
    clean("symbol empty is not a format problem", s1, "symbol-format", {}, setField(FieldId::LibrarySymbol, ""));
    found("borrowing default location differs", E, s1, "mismatch", F(FieldId::LibraryBorrowingDefaultLocation),
        setField(FieldId::LibraryBorrowingDefaultLocation, "MAINBORR"));
    found("borrowing default location is the lending one", E, s1, "mismatch",
        F(FieldId::LibraryBorrowingDefaultLocation), setField(FieldId::LibraryBorrowingDefaultLocation, "CLSLEND"));
    found("borrowing default location empty", E, s1, "required", F(FieldId::LibraryBorrowingDefaultLocation),
        setField(FieldId::LibraryBorrowingDefaultLocation, ""));
    found("lending default location differs", E, s1, "mismatch", F(FieldId::LibraryLendingDefaultLocation),
        setField(FieldId::LibraryLendingDefaultLocation, "MAINLEND"));
    found("lending default location empty", E, s1, "required", F(FieldId::LibraryLendingDefaultLocation),
        setField(FieldId::LibraryLendingDefaultLocation, ""));
    found("section 2 code changed, default location not", E, s1, "mismatch",
        F(FieldId::LibraryBorrowingDefaultLocation), setField(FieldId::BorrowingLocationCode, "P2PBORR"));
    clean("section 2 code empty: reported there only", s1, "mismatch", F(FieldId::LibraryBorrowingDefaultLocation),
        setField(FieldId::BorrowingLocationCode, ""));
    clean("default location with spaces", s1, "mismatch", {},
        setField(FieldId::LibraryBorrowingDefaultLocation, " CLSBORR "));

    // 2. Temporary locations and circulation desk
    const SectionId s2 = SectionId::TemporaryLocations;
    found("borrowing location code empty", E, s2, "required", F(FieldId::BorrowingLocationCode),
        setField(FieldId::BorrowingLocationCode, ""));
    found("lending location code empty", E, s2, "required", F(FieldId::LendingLocationCode),
        setField(FieldId::LendingLocationCode, ""));
    found("borrowing location code 11 characters", E, s2, "location-code-too-long", F(FieldId::BorrowingLocationCode),
        setField(FieldId::BorrowingLocationCode, "CLSBORROWIN"));
    found("lending location code 11 characters", E, s2, "location-code-too-long", F(FieldId::LendingLocationCode),
        setField(FieldId::LendingLocationCode, "CLSLENDINGX"));
    clean("location code 10 characters", s2, "location-code-too-long", {},
        setField(FieldId::BorrowingLocationCode, "CLSBORROWI"));
    clean("location code 10 characters with spaces around", s2, "location-code-too-long", {},
        setField(FieldId::BorrowingLocationCode, "  CLSBORROWI  "));
    found("borrowing location code with comma", E, s2, "location-code-comma", F(FieldId::BorrowingLocationCode),
        setField(FieldId::BorrowingLocationCode, "CLS,BORR"));
    found("lending location code with comma", E, s2, "location-code-comma", F(FieldId::LendingLocationCode),
        setField(FieldId::LendingLocationCode, "CLS,LEND"));
    found("borrowing location name empty", E, s2, "required", F(FieldId::BorrowingLocationName), [](SetupData& d) {
        set(d, FieldId::BorrowingLocationExists, false);
        set(d, FieldId::BorrowingLocationName, "");
    });
    found("lending location name empty", E, s2, "required", F(FieldId::LendingLocationName), [](SetupData& d) {
        set(d, FieldId::LendingLocationExists, false);
        set(d, FieldId::LendingLocationName, "");
    });
    clean("existing location keeps Alma's name", s2, "required", F(FieldId::BorrowingLocationName), [](SetupData& d) {
        set(d, FieldId::BorrowingLocationExists, true);
        set(d, FieldId::BorrowingLocationName, "");
    });
    found("same borrowing and lending codes", E, s2, "duplicate-code", F(FieldId::LendingLocationCode),
        setField(FieldId::LendingLocationCode, "CLSBORR"));
    found("same codes but case", E, s2, "duplicate-code", F(FieldId::LendingLocationCode),
        setField(FieldId::LendingLocationCode, " clsborr"));
    found("circulation desk empty", E, s2, "required", F(FieldId::CircDeskCode), setField(FieldId::CircDeskCode, ""));

    // 3. Jobs
    found("job inactive", W, SectionId::Jobs, "job-inactive", F(FieldId::JobExpiredRequestsActive),
        setField(FieldId::JobExpiredRequestsActive, false));

    // 4. Other settings
    const SectionId s4 = SectionId::OtherSettings;
    found("other settings duplicate key", E, s4, "duplicate-key", "otherSettings/ill_item_creation_lib_code",
        [](SetupData& d) {
            d.otherSettings.append(KeyValue { "ill_item_creation_lib_code", "MAIN" });
        });
    found("other settings duplicate key with spaces", E, s4, "duplicate-key",
        "otherSettings/ill_item_creation_loc_code", [](SetupData& d) {
            d.otherSettings.append(KeyValue { " ill_item_creation_loc_code ", "CLSBORR" });
        });
    found("other settings row missing", W, s4, "setting-missing", "otherSettings/ill_item_creation_loc_code",
        [](SetupData& d) { d.otherSettings.removeAt(1); });
    found("other settings library code mismatch", E, s4, "mismatch", "otherSettings/ill_item_creation_lib_code",
        [](SetupData& d) { d.otherSettings[0].value = "OTHERLIB"; });
    found("other settings location code mismatch", W, s4, "mismatch", "otherSettings/ill_item_creation_loc_code",
        [](SetupData& d) { d.otherSettings[1].value = "CLSLEND"; });
    found("other settings stale after section 2 change", W, s4, "mismatch", "otherSettings/ill_item_creation_loc_code",
        setField(FieldId::BorrowingLocationCode, "P2PBORR"));
    clean("other settings value with spaces", s4, "mismatch", {},
        [](SetupData& d) { d.otherSettings[0].value = " MAIN "; });
    clean("other settings key with spaces", s4, "setting-missing", {},
        [](SetupData& d) { d.otherSettings[0].key = " ill_item_creation_lib_code "; });
    clean("other settings extra row", s4, "duplicate-key", {}, [](SetupData& d) {
        d.otherSettings.append(KeyValue { "rs_keep_rejected_requests", "true" });
    });
    clean("other settings empty rows", s4, "duplicate-key", {}, [](SetupData& d) {
        d.otherSettings.append(KeyValue {});
        d.otherSettings.append(KeyValue { "  ", {} });
    });

    // 5. Workflow profiles
    const SectionId s5 = SectionId::WorkflowProfiles;
    found("borrowing profile name empty", E, s5, "required", F(FieldId::BorrowingProfileName),
        setField(FieldId::BorrowingProfileName, ""));
    found("borrowing profile code empty", E, s5, "required", F(FieldId::BorrowingProfileCode),
        setField(FieldId::BorrowingProfileCode, ""));
    found("lending profile name empty", E, s5, "required", F(FieldId::LendingProfileName),
        setField(FieldId::LendingProfileName, ""));
    found("lending profile code empty", E, s5, "required", F(FieldId::LendingProfileCode),
        setField(FieldId::LendingProfileCode, ""));
    found("profile codes the same", E, s5, "duplicate-code", F(FieldId::LendingProfileCode),
        setField(FieldId::LendingProfileCode, "p2p_borrowing "));

    // 6. Partners
    const SectionId s6 = SectionId::Partners;
    found("default expiry zero", E, s6, "expiry-not-positive", F(FieldId::PartnerDefaultExpiryDays),
        setField(FieldId::PartnerDefaultExpiryDays, 0));
    found("default expiry negative", E, s6, "expiry-not-positive", F(FieldId::PartnerDefaultExpiryDays),
        setField(FieldId::PartnerDefaultExpiryDays, -2));
    clean("default expiry one day", s6, "expiry-not-positive", {}, setField(FieldId::PartnerDefaultExpiryDays, 1));
    found("no partners", W, s6, "no-partners", "partners", [](SetupData& d) { d.partners.clear(); });
    found("partner code empty", E, s6, "required", {}, [](SetupData& d) { d.partners[1].code = "  "; });
    found("duplicate partner code", E, s6, "duplicate-code", "partners/GWA",
        [](SetupData& d) { d.partners.append(partner("GWA")); });
    found("duplicate partner code with spaces", E, s6, "duplicate-code", "partners/GTU",
        [](SetupData& d) { d.partners.append(partner(" GTU ")); });
    found("partner expiry zero", E, s6, "expiry-not-positive", "partners/AUL",
        [](SetupData& d) { d.partners[2].expiryDays = 0; });
    found("partner expiry negative", E, s6, "expiry-not-positive", "partners/AUL",
        [](SetupData& d) { d.partners[2].expiryDays = -1; });
    found("borrowing workflow empty", W, s6, "borrowing-workflow", "partners/GWA",
        [](SetupData& d) { d.partners[0].borrowingWorkflow.clear(); });
    found("borrowing workflow different", W, s6, "borrowing-workflow", "partners/GWA",
        [](SetupData& d) { d.partners[0].borrowingWorkflow = "OTHER_BORROWING"; });
    clean("borrowing not supported, no workflow", s6, "borrowing-workflow", {}, [](SetupData& d) {
        d.partners[0].borrowingSupported = false;
        d.partners[0].borrowingWorkflow.clear();
    });
    clean("borrowing workflow with spaces", s6, "borrowing-workflow", {},
        [](SetupData& d) { d.partners[0].borrowingWorkflow = " P2P_BORROWING "; });
    found("lending workflow empty", W, s6, "lending-workflow", "partners/GTU",
        [](SetupData& d) { d.partners[1].lendingWorkflow.clear(); });
    found("lending workflow different", W, s6, "lending-workflow", "partners/GTU",
        [](SetupData& d) { d.partners[1].lendingWorkflow = "P2P_BORROWING"; });
    clean("lending not supported, other workflow", s6, "lending-workflow", {}, [](SetupData& d) {
        d.partners[1].lendingSupported = false;
        d.partners[1].lendingWorkflow = "SOMETHING_ELSE";
    });
    found("profile code changed, partners not", W, s6, "borrowing-workflow", "partners/CUA",
        setField(FieldId::BorrowingProfileCode, "P2P_BORROW2"));

    // 7. Item policy
    found("item policy code empty", E, SectionId::ItemPolicy, "required", F(FieldId::ItemPolicyCode),
        setField(FieldId::ItemPolicyCode, ""));

    // 8. Temporary item creation rule
    const SectionId s8 = SectionId::TemporaryItemCreationRule;
    const QString r8 = ruleSubject(RuleId::TemporaryItemCreation);
    found("rule 8 without partner condition", E, s8, "partner-condition-missing", r8,
        [](SetupData& d) { ruleOf(d, RuleId::TemporaryItemCreation).conditions.clear(); });
    found("rule 8 partner condition on another parameter", E, s8, "partner-condition-missing", r8,
        [](SetupData& d) { ruleOf(d, RuleId::TemporaryItemCreation).conditions.first().parameter = "Material Type"; });
    clean("rule 8 partner parameter in other case", s8, "partner-condition-missing", {}, [](SetupData& d) {
        ruleOf(d, RuleId::TemporaryItemCreation).conditions.first().parameter = " resource sharing PARTNER";
    });
    found("rule 8 unknown partner", E, s8, "unknown-partner", r8,
        setPartnerCondition(Op::InList, { "GWA", "GTU", "AUL", "CUA", "UMD" }));
    found("rule 8 partner removed from section 6", E, s8, "unknown-partner", r8,
        [](SetupData& d) { d.partners.removeLast(); });
    found("rule 8 misses an active borrowing partner", W, s8, "partner-not-in-rule", r8,
        setPartnerCondition(Op::InList, { "GWA", "GTU", "AUL" }));
    found("rule 8 misses a new partner", W, s8, "partner-not-in-rule", r8,
        [](SetupData& d) { d.partners.append(partner("HUL")); });
    clean("rule 8 may miss an inactive partner", s8, "partner-not-in-rule", {}, [](SetupData& d) {
        Partner p = partner("HUL");
        p.status = "INACTIVE";
        d.partners.append(p);
    });
    clean("rule 8 may miss a lending-only partner", s8, "partner-not-in-rule", {}, [](SetupData& d) {
        Partner p = partner("HUL");
        p.borrowingSupported = false;
        d.partners.append(p);
    });
    clean("rule 8 partner codes with spaces", s8, "unknown-partner", {},
        setPartnerCondition(Op::InList, { " GWA", "GTU ", "AUL", "CUA" }));
    // "Resource Sharing Partner = GWA" gives the item policy to GWA's items only, just like InList GWA.
    found("rule 8 = one partner misses the others", W, s8, "partner-not-in-rule", r8,
        setPartnerCondition(Op::Equals, { "GWA" }));
    // "NotInList GWA" gives it to every partner except GWA: GWA's items miss the policy.
    found("rule 8 NotInList excludes an active partner", W, s8, "partner-not-in-rule", r8,
        setPartnerCondition(Op::NotInList, { "GWA" }));
    found("rule 8 item policy output mismatch", E, s8, "rule-output-mismatch", r8,
        setOutput(RuleId::TemporaryItemCreation, "Item Policy", "REGULAR"));
    found("rule 8 item policy output missing", E, s8, "rule-output-missing", r8,
        setOutput(RuleId::TemporaryItemCreation, "Item Policy", QString()));
    found("rule 8 item policy output empty", E, s8, "rule-output-missing", r8,
        setOutput(RuleId::TemporaryItemCreation, "Item Policy", ""));
    found("rule 8 location output mismatch", E, s8, "rule-output-mismatch", r8,
        setOutput(RuleId::TemporaryItemCreation, "Location", "CLSLEND"));
    found("rule 8 location output missing", E, s8, "rule-output-missing", r8,
        setOutput(RuleId::TemporaryItemCreation, "Location", QString()));
    found("rule 8 stale after item policy change", E, s8, "rule-output-mismatch", r8,
        setField(FieldId::ItemPolicyCode, "P2P_ITEMS"));
    clean("rule 8 output names in other case", s8, "rule-output-missing", {}, [](SetupData& d) {
        for (KeyValue& out : ruleOf(d, RuleId::TemporaryItemCreation).outputs)
            out.key = out.key.toUpper() + ' ';
    });

    // 9. Fulfillment policies
    const SectionId s9 = SectionId::FulfillmentPolicies;
    found("policy without name", E, s9, "required", "policies", [](SetupData& d) {
        d.policies.append(FulfillmentPolicy { "Loan Period", "  ", "14 days", "" });
    });
    found("duplicate policy", W, s9, "duplicate-name", "policies/Is Loanable/P2P Loanable", [](SetupData& d) {
        d.policies.append(FulfillmentPolicy { "Is Loanable", " P2P Loanable", "No", "" });
    });
    clean("same name, other type", s9, "duplicate-name", {}, [](SetupData& d) {
        d.policies.append(FulfillmentPolicy { "Is Requestable", "P2P Loanable", "Yes", "" });
    });

    // 10. Terms of use
    const SectionId s10 = SectionId::TermsOfUse;
    found("loan TOU name empty", E, s10, "required", F(FieldId::LoanTouName), setField(FieldId::LoanTouName, ""));
    found("lending TOU name empty", E, s10, "required", F(FieldId::LendingTouName),
        setField(FieldId::LendingTouName, ""));
    found("borrowing TOU name empty", E, s10, "required", F(FieldId::BorrowingTouName),
        setField(FieldId::BorrowingTouName, ""));
    found("loan TOU names undefined policy", E, s10, "unknown-policy", F(FieldId::LoanTouPolicies),
        setField(FieldId::LoanTouPolicies, QStringList { "P2P Loan Period", "Undefined Policy" }));
    found("lending TOU names undefined policy", E, s10, "unknown-policy", F(FieldId::LendingTouPolicies),
        setField(FieldId::LendingTouPolicies, QStringList { "Nope" }));
    found("borrowing TOU names undefined policy", E, s10, "unknown-policy", F(FieldId::BorrowingTouPolicies),
        setField(FieldId::BorrowingTouPolicies, QStringList { "P2P Loanable", "Nope" }));
    found("TOU names a policy that was removed", E, s10, "unknown-policy", F(FieldId::LoanTouPolicies),
        [](SetupData& d) { d.policies.removeFirst(); });
    clean("undefined policy, policies section not needed", s10, "unknown-policy", {}, [](SetupData& d) {
        set(d, FieldId::LoanTouPolicies, QStringList { "Existing Alma Policy" });
        d.sections[SectionId::FulfillmentPolicies].notNeeded = true;
    });
    clean("TOU policy names with spaces", s10, "unknown-policy", {},
        setField(FieldId::LoanTouPolicies, QStringList { " P2P Loan Period ", "P2P Loanable" }));
    found("loan and lending TOU same name", E, s10, "duplicate-name", F(FieldId::LendingTouName),
        setField(FieldId::LendingTouName, "peer to peer loan"));
    found("loan and borrowing TOU same name", E, s10, "duplicate-name", F(FieldId::BorrowingTouName),
        setField(FieldId::BorrowingTouName, "Peer to Peer Loan "));
    found("lending and borrowing TOU same name", E, s10, "duplicate-name", F(FieldId::BorrowingTouName),
        setField(FieldId::BorrowingTouName, "Peer to Peer Lending"));

    // 11. Fulfillment unit rules
    const SectionId s11 = SectionId::FulfillmentUnitRules;
    const QString loanRule = ruleSubject(RuleId::FulfillmentUnitLoan);
    found(
        "loan rule without item policy condition", E, s11, "item-policy-condition-missing", loanRule, [](SetupData& d) {
            ruleOf(d, RuleId::FulfillmentUnitLoan).conditions = { cond(UserGroup, Op::Equals, { "X" }) };
        });
    found("loan rule item policy mismatch", E, s11, "item-policy-mismatch", loanRule,
        [](SetupData& d) { ruleOf(d, RuleId::FulfillmentUnitLoan).conditions.first().values = { "REGULAR" }; });
    found("loan rule stale after item policy change", E, s11, "item-policy-mismatch", loanRule,
        setField(FieldId::ItemPolicyCode, "P2P_ITEMS"));
    clean("loan rule item policy parameter in other case", s11, "item-policy-condition-missing", {},
        [](SetupData& d) { ruleOf(d, RuleId::FulfillmentUnitLoan).conditions.first().parameter = "ITEM POLICY"; });
    clean("loan rule InList with the policy", s11, "item-policy-mismatch", {}, [](SetupData& d) {
        RuleCondition& c = ruleOf(d, RuleId::FulfillmentUnitLoan).conditions.first();
        c.op = Op::InList;
        c.values = { "P2P", "P2P_OLD" };
    });
    // "Item Policy Not = P2P" names the policy but matches every item except the peer-to-peer ones.
    found("loan rule Not = the item policy", E, s11, "item-policy-mismatch", loanRule,
        [](SetupData& d) { ruleOf(d, RuleId::FulfillmentUnitLoan).conditions.first().op = Op::NotEquals; });
    clean("no item policy: reported in section 7 only", s11, "item-policy-condition-missing", {}, [](SetupData& d) {
        set(d, FieldId::ItemPolicyCode, "");
        ruleOf(d, RuleId::FulfillmentUnitLoan).conditions.clear();
    });
    found("loan rule TOU output mismatch", E, s11, "rule-output-mismatch", loanRule,
        setOutput(RuleId::FulfillmentUnitLoan, "Terms of Use", "Standard Loan"));
    found("loan rule TOU output missing", E, s11, "rule-output-missing", loanRule,
        setOutput(RuleId::FulfillmentUnitLoan, "Terms of Use", QString()));
    found("lending RS rule TOU output mismatch", E, s11, "rule-output-mismatch",
        ruleSubject(RuleId::FulfillmentUnitLendingResourceSharing),
        setOutput(RuleId::FulfillmentUnitLendingResourceSharing, "Terms of Use", "Peer to Peer Loan"));
    found("borrowing RS rule TOU output mismatch", E, s11, "rule-output-mismatch",
        ruleSubject(RuleId::FulfillmentUnitBorrowingResourceSharing),
        setOutput(RuleId::FulfillmentUnitBorrowingResourceSharing, "Terms of Use", "Peer to Peer Lending"));
    found("borrowing RS rule TOU output missing", E, s11, "rule-output-missing",
        ruleSubject(RuleId::FulfillmentUnitBorrowingResourceSharing),
        setOutput(RuleId::FulfillmentUnitBorrowingResourceSharing, "Terms of Use", QString()));
    found("rules stale after TOU rename", E, s11, "rule-output-mismatch",
        ruleSubject(RuleId::FulfillmentUnitLendingResourceSharing),
        setField(FieldId::LendingTouName, "P2P Lending TOU"));
    clean("TOU output with spaces", s11, "rule-output-mismatch", {},
        setOutput(RuleId::FulfillmentUnitLoan, "Terms of Use", " Peer to Peer Loan "));

    // 12. Rota template
    const SectionId s12 = SectionId::RotaTemplate;
    found("rota code empty", E, s12, "required", F(FieldId::RotaCode), setField(FieldId::RotaCode, ""));
    found("rota name empty", E, s12, "required", F(FieldId::RotaName), setField(FieldId::RotaName, " "));
    found("rota without members", W, s12, "no-members", F(FieldId::RotaMembers),
        setField(FieldId::RotaMembers, QStringList {}));
    found("rota member not a partner", E, s12, "unknown-partner", F(FieldId::RotaMembers),
        setField(FieldId::RotaMembers, QStringList { "GWA", "UMD" }));
    clean("rota with some partners", s12, "unknown-partner", {},
        setField(FieldId::RotaMembers, QStringList { "GWA", " AUL" }));

    // 13. Rota assignment rule
    const SectionId s13 = SectionId::RotaAssignmentRule;
    const QString rotaRule = ruleSubject(RuleId::RotaAssignment);
    found("rota rule output mismatch", E, s13, "rule-output-mismatch", rotaRule,
        setOutput(RuleId::RotaAssignment, "Rota Templates", "OTHER_ROTA"));
    found("rota rule output missing", E, s13, "rule-output-missing", rotaRule,
        setOutput(RuleId::RotaAssignment, "Rota Templates", QString()));
    found("rota rule stale after rota code change", E, s13, "rule-output-mismatch", rotaRule,
        setField(FieldId::RotaCode, "P2P_ROTA2"));
    clean("no rota code: reported in section 12 only", s13, "rule-output-missing", {}, [](SetupData& d) {
        set(d, FieldId::RotaCode, "");
        ruleOf(d, RuleId::RotaAssignment).outputs.clear();
    });

    // What the guide says to check, select or leave blank (GuideChecks).
    found("not a resource sharing library", W, s1, "not-resource-sharing-library", F(FieldId::LibraryIsRsLibrary),
        setField(FieldId::LibraryIsRsLibrary, false));
    found("a lending box unchecked", W, s1, "guide-box", F(FieldId::LibraryIgnoreElectronic),
        setField(FieldId::LibraryIgnoreElectronic, false));
    found("no pickup location", W, s1, "pickup-location-empty", F(FieldId::LibraryDefaultPickupLocation),
        setField(FieldId::LibraryDefaultPickupLocation, ""));
    found("locate by fields without LCCN", W, s1, "locate-by-fields", F(FieldId::LibraryLocateByFields),
        setField(
            FieldId::LibraryLocateByFields, QStringList { "TITLE", "AUTHOR", "ISBN_ISSN", "SYSTEM_CONTROL_NUMBER" }));

    found("desk without reshelve", W, s2, "desk-box", F(FieldId::CircDeskReshelve),
        setField(FieldId::CircDeskReshelve, false));
    found("no fulfillment unit", W, s2, "fulfillment-unit-empty", F(FieldId::LendingLocationFulfillmentUnit),
        setField(FieldId::LendingLocationFulfillmentUnit, ""));
    found("fulfillment unit not _FU", W, s2, "fulfillment-unit-suffix", F(FieldId::BorrowingLocationFulfillmentUnit),
        [](SetupData& d) {
            set(d, FieldId::BorrowingLocationFulfillmentUnit, "MAIN_UNIT");
            set(d, FieldId::LendingLocationFulfillmentUnit, "MAIN_UNIT");
        });
    clean("fulfillment unit in lower case", s2, "fulfillment-unit-suffix", {}, [](SetupData& d) {
        set(d, FieldId::BorrowingLocationFulfillmentUnit, "main_fu");
        set(d, FieldId::LendingLocationFulfillmentUnit, "main_fu");
    });
    found("two fulfillment units", W, s2, "fulfillment-unit-differs", F(FieldId::LendingLocationFulfillmentUnit),
        setField(FieldId::LendingLocationFulfillmentUnit, "LAW_FU"));
    found("remote storage filled in", W, s2, "guide-blank", F(FieldId::LendingLocationRemoteStorage),
        setField(FieldId::LendingLocationRemoteStorage, "ANNEX"));
    found("job at another time", W, SectionId::Jobs, "job-schedule", F(FieldId::JobExpiredRequestsSchedule),
        setField(FieldId::JobExpiredRequestsSchedule, "OTHER"));
    clean("inactive job at another time", SectionId::Jobs, "job-schedule", {}, [](SetupData& d) {
        set(d, FieldId::JobExpiredRequestsSchedule, "OTHER");
        set(d, FieldId::JobExpiredRequestsActive, false);
    });
    found("borrowing profile without Will supply", W, SectionId::WorkflowProfiles, "profile-steps",
        F(FieldId::BorrowingProfileSteps), [](SetupData& d) {
            QStringList steps = d.fields.value(F(FieldId::BorrowingProfileSteps)).toStringList();
            steps.removeAll(QStringLiteral("WILL_SUPPLY"));
            set(d, FieldId::BorrowingProfileSteps, steps);
        });
    found("InList without values", E, SectionId::TemporaryItemCreationRule, "empty-list",
        ruleSubject(RuleId::TemporaryItemCreation),
        [](SetupData& d) { ruleOf(d, RuleId::TemporaryItemCreation).conditions.first().values.clear(); });
    found("NotInList without values in an existing rule", E, SectionId::FulfillmentUnitRules, "empty-list",
        existingSubject(RuleId::FulfillmentUnitLoan, 0), [](SetupData& d) {
            d.existingRules[RuleId::FulfillmentUnitLoan] = { named("Others", { cond(UserGroup, Op::NotInList) }) };
        });
    found("sending rule without input", W, SectionId::SendingBorrowingRequestRule, "sending-rule-unscoped",
        ruleSubject(RuleId::SendingBorrowingRequest),
        [](SetupData& d) { ruleOf(d, RuleId::SendingBorrowingRequest).conditions.clear(); });
    found("sending rule not testing the partner", W, SectionId::SendingBorrowingRequestRule, "sending-rule-no-partner",
        ruleSubject(RuleId::SendingBorrowingRequest), [](SetupData& d) {
            ruleOf(d, RuleId::SendingBorrowingRequest).conditions = { cond(Format, Op::Equals, { "PHYSICAL" }) };
        });
    found("lending rule without input", W, SectionId::FulfillmentUnitRules, "lending-rule-unscoped",
        ruleSubject(RuleId::FulfillmentUnitLendingResourceSharing),
        [](SetupData& d) { ruleOf(d, RuleId::FulfillmentUnitLendingResourceSharing).conditions.clear(); });
    found("rota rule with only Is Not Empty", W, SectionId::RotaAssignmentRule, "rota-rule-unscoped",
        ruleSubject(RuleId::RotaAssignment),
        [](SetupData& d) { ruleOf(d, RuleId::RotaAssignment).conditions = { cond(Format, Op::IsNotEmpty) }; });
    clean("disabled rota rule with only Is Not Empty", SectionId::RotaAssignmentRule, "rota-rule-unscoped", {},
        [](SetupData& d) {
            ruleOf(d, RuleId::RotaAssignment).conditions = { cond(Format, Op::IsNotEmpty) };
            ruleOf(d, RuleId::RotaAssignment).enabled = false;
        });
    found("borrowing rule without user groups", W, SectionId::FulfillmentUnitRules, "borrowing-rule-no-user-group",
        ruleSubject(RuleId::FulfillmentUnitBorrowingResourceSharing),
        [](SetupData& d) { ruleOf(d, RuleId::FulfillmentUnitBorrowingResourceSharing).conditions.clear(); });
    found("TOU without policies", W, SectionId::TermsOfUse, "tou-without-policies", F(FieldId::LendingTouPolicies),
        setField(FieldId::LendingTouPolicies, QStringList {}));

    // Partners against the contract, the rota and the sending rule (PartnerChecks).

    found("partner of an unknown profile type", E, s6, "profile-type-unknown", "partners/GWA",
        [](SetupData& d) { d.partners[0].profileType = "Z39_50"; });
    // What Alma requires of a partner is a note: the guide copies partners with it from the
    // Community tab. Once Alma is known to hold the partner, nothing is said.
    found("partner without average supply time", I, s6, "partner-mandatory-missing", "partners/GTU",
        [](SetupData& d) { d.partners[1].avgSupplyTime.reset(); });
    found("ISO partner without its server", I, s6, "partner-mandatory-missing", "partners/GTU", [](SetupData& d) {
        d.partners[1].profileType = "ISO";
        d.partners[1].illServer.clear();
    });
    clean("partner Alma holds without its server", s6, "partner-mandatory-missing", {}, [](SetupData& d) {
        d.partners[1].illServer.clear();
        AlmaRecord verified;
        verified.outcome = AlmaRecord::Outcome::Verified;
        d.alma.insert(QStringLiteral("partner/GTU"), verified);
    });
    found("partner without expiry days", W, s6, "expiry-missing", "partners/AUL",
        [](SetupData& d) { d.partners[2].expiryDays.reset(); });
    clean("email partner without expiry days", s6, "expiry-missing", {}, [](SetupData& d) {
        d.partners[2].profileType = "EMAIL";
        d.partners[2].expiryDays.reset();
    });
    found("expiry days with another expiry type", W, s6, "expiry-type", "partners/AUL",
        [](SetupData& d) { d.partners[2].requestExpiryType = "INTEREST_DATE"; });
    found("email partner with expiry days", W, s6, "expiry-unused", "partners/AUL",
        [](SetupData& d) { d.partners[2].profileType = "EMAIL"; });
    found("partner missing from the rota", W, SectionId::RotaTemplate, "partner-not-in-rota", F(FieldId::RotaMembers),
        setField(FieldId::RotaMembers, QStringList { "GWA", "GTU", "AUL" }));
    clean(
        "inactive partner missing from the rota", SectionId::RotaTemplate, "partner-not-in-rota", {}, [](SetupData& d) {
            set(d, FieldId::RotaMembers, QStringList { "GWA", "GTU", "AUL" });
            d.partners[3].status = "INACTIVE";
        });
    found("partner missing from the sending rule", W, SectionId::SendingBorrowingRequestRule,
        "partner-not-in-sending-rule", ruleSubject(RuleId::SendingBorrowingRequest), [](SetupData& d) {
            ruleOf(d, RuleId::SendingBorrowingRequest).conditions = { cond(PartnerParam, Op::InList, { "GWA" }) };
        });
    // A partner the library only lends to gets no borrowing requests: neither list needs it.
    clean("lending-only partner missing from the rota", SectionId::RotaTemplate, "partner-not-in-rota", {},
        [](SetupData& d) {
            set(d, FieldId::RotaMembers, QStringList { "GWA", "GTU", "AUL" });
            d.partners[3].borrowingSupported = false;
        });
    clean("lending-only partner missing from the sending rule", SectionId::SendingBorrowingRequestRule,
        "partner-not-in-sending-rule", {}, [](SetupData& d) {
            ruleOf(d, RuleId::SendingBorrowingRequest).conditions
                = { cond(PartnerParam, Op::InList, { "GWA", "GTU", "AUL" }) };
            d.partners[3].borrowingSupported = false;
        });
    found("sending rule lists a code that is no partner", E, SectionId::SendingBorrowingRequestRule, "unknown-partner",
        ruleSubject(RuleId::SendingBorrowingRequest),
        [](SetupData& d) { ruleOf(d, RuleId::SendingBorrowingRequest).conditions[0].values.append("GONE"); });
}

void TestValidator::check()
{
    QFETCH(Mutator, mutate);
    QFETCH(bool, present);
    QFETCH(Finding::Severity, severity);
    QFETCH(SectionId, section);
    QFETCH(QString, code);
    QFETCH(QString, subject);

    // The valid setup never has it.
    QVERIFY(matching(SetupValidator::validate(validSetup()), section, code).isEmpty());

    SetupData d = validSetup();
    mutate(d);
    const QList<Finding> findings = SetupValidator::validate(d);
    const QList<Finding> hits = matching(findings, section, code, subject);
    if (!present) {
        QVERIFY2(matching(findings, section, code).isEmpty(), qPrintable(dump(findings)));
        return;
    }
    QVERIFY2(!hits.isEmpty(), qPrintable(dump(findings)));
    QVERIFY2(hits.size() == 1, qPrintable(dump(hits)));
    const Finding& f = hits.constFirst();
    QCOMPARE(Findings::severityKey(f.severity), Findings::severityKey(severity));
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.fix.isEmpty());
    QVERIFY2(!f.message.contains(QLatin1Char('%')) && !f.fix.contains(QLatin1Char('%')),
        qPrintable(f.message + " | " + f.fix));

    // The same setup with the section marked not needed: nothing reported for that section.
    d.sections[section].notNeeded = true;
    const QList<Finding> skipped = SetupValidator::validate(d);
    QVERIFY2(Findings::ofSection(skipped, section).isEmpty(), qPrintable(dump(skipped)));
}

void TestValidator::notNeededSectionsAreNotChecked()
{
    // The blank preset has findings in many sections; marking them all not needed silences them all.
    SetupData d = Presets::create(QString::fromLatin1(Presets::Blank));
    d.partners.append(partner("")); // and a broken partner
    d.existingRules[RuleId::RotaAssignment] = { named("No format", { cond(Format, Op::IsEmpty) }) };
    d.newRulePositions[RuleId::RotaAssignment] = 1;
    const QList<Finding> before = SetupValidator::validate(d);
    QVERIFY(!before.isEmpty());
    for (SectionId s : Sections::all())
        d.sections[s].notNeeded = true;
    const QList<Finding> after = SetupValidator::validate(d);
    QVERIFY2(after.isEmpty(), qPrintable(dump(after)));
}

void TestValidator::findingsInSectionOrderAndStable()
{
    SetupData d = Presets::create(QString::fromLatin1(Presets::Blank));
    d.existingRules[RuleId::TemporaryItemCreation] = { named("First", {}) };
    d.newRulePositions[RuleId::TemporaryItemCreation] = 1;
    d.partners.append(partner("GWA"));
    d.partners.append(partner("GWA"));
    const QList<Finding> findings = SetupValidator::validate(d);
    QVERIFY(findings.size() > 5);
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY2(Sections::index(findings.at(i - 1).section) <= Sections::index(findings.at(i).section),
            qPrintable(dump(findings)));
    QVERIFY(SetupValidator::validate(d) == findings);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
