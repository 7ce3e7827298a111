// Unit tests of SetupModel (and Presets): defaults from the staff guide, status derivation,
// change signals, the checklist's who/when, undo/redo, merging of typing, partner import, reset().
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace {
QString F(const char* id)
{
    return QString::fromLatin1(id);
}

QString firstStep(SectionId s)
{
    return SectionCatalog::section(s).steps.constFirst().key();
}

int stepCount(SectionId s)
{
    return int(SectionCatalog::section(s).steps.size());
}

int totalSteps()
{
    int n = 0;
    for (SectionId s : Sections::all())
        n += stepCount(s);
    return n;
}

void tickAll(SetupModel& m, SectionId s)
{
    for (const StepSpec& step : SectionCatalog::section(s).steps)
        m.setStepDone(s, step.key(), true);
}

Partner partner(const QString& code, const QString& name = {})
{
    Partner p;
    p.code = code;
    p.name = name.isEmpty() ? code + QStringLiteral(" library") : name;
    return p;
}

// Every emission of fieldChanged, as the list of ids.
QStringList ids(const QSignalSpy& spy)
{
    QStringList out;
    for (const auto& args : spy)
        out.append(args.at(0).toString());
    return out;
}
} // namespace

class TestSetupModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    // Defaults and presets.
    void defaultsMatchGuide();
    void defaultsAreComplete();
    void blankPresetLeavesCodesEmpty();
    void wrlcPreset();
    void unknownPresetIsBlank();
    void applyPresetKeepsWhoAndChecklist();

    // Status and progress.
    void statusDerivation();
    void statusOfStatic();
    void progressExcludesNotNeeded();
    void progressAllNotNeeded();
    void statusNames();

    // Signals.
    void fieldChangedSignal();
    void fieldNormalization();
    void stepChangedSignal();
    void sectionStatusChangedOnlyOnChange();
    void notNeededSignals();
    void progressChangedSignal();
    void partnersChangedSignal();
    void ruleChangedSignal();
    void otherSettingsAndPoliciesSignals();
    void currentPageNotUndoable();

    // Checklist who/when.
    void tickRecordsPreparedByAndTime();
    void tickFallsBackToLoginName();
    void untickClearsState();

    // Undo/redo.
    void undoRedoField();
    void undoRedoStep();
    void undoRedoPartnersAndRules();
    void undoKeepsCurrentPage();
    void typingMerges();
    void notNeededReasonMerges();

    // Partners.
    void partnerHelpers();
    void mergePartners();
    void mergePartnersNoChange();

    // reset().
    void resetFillsMissing();
    void resetKeepsGivenValues();
};

void TestSetupModel::init()
{
    // Tests that depend on the login name set it themselves.
    qputenv("USER", "test-login");
}

void TestSetupModel::defaultsMatchGuide()
{
    SetupModel m;
    QCOMPARE(m.text(F(FieldId::BorrowingProfileName)), QStringLiteral("Peer to Peer Borrowing"));
    QCOMPARE(m.text(F(FieldId::LendingProfileName)), QStringLiteral("Peer to Peer Lending"));
    QCOMPARE(m.text(F(FieldId::BorrowingProfileCode)), QStringLiteral("P2P_BORROWING"));
    QCOMPARE(m.text(F(FieldId::LendingProfileCode)), QStringLiteral("P2P_LENDING"));

    const QStringList borrowingSteps
        = { "AUTOMATIC_RENEW", "CANCELLED_BY_PATRON", "CANCELLED_BY_PARTNER", "CANCELLED_BY_STAFF", "CONDITIONAL",
              "LENDER_CHECK_IN", "MANUAL_RENEW", "REJECT", "RENEW_REQUESTED", "REQUEST_ACCEPTED", "WILL_SUPPLY" };
    QCOMPARE(m.list(F(FieldId::BorrowingProfileSteps)), borrowingSteps);
    QCOMPARE(m.list(F(FieldId::BorrowingProfileSteps)).size(), 11);
    const QStringList lendingSteps
        = { "BORROWER_RECALL", "CANCEL_REPLY", "CONDITIONAL", "LENDER_CHECK_IN", "PATRON_RENEWAL", "STAFF_RENEWAL" };
    QCOMPARE(m.list(F(FieldId::LendingProfileSteps)), lendingSteps);
    QCOMPARE(m.list(F(FieldId::LendingProfileSteps)).size(), 6);
    // The borrowing profile offers more steps than the guide checks.
    QVERIFY(FieldCatalog::get(F(FieldId::BorrowingProfileSteps)).choices.size() > 11);

    QCOMPARE(m.field(F(FieldId::JobExpiredRequestsActive)), QVariant(true));
    QCOMPARE(m.text(F(FieldId::JobExpiredRequestsSchedule)), QStringLiteral("DAILY_0200"));

    for (const char* id :
        { FieldId::LibraryIsRsLibrary, FieldId::LibraryCancelOnLocateFailure, FieldId::LibraryAutoActivateLocateProfile,
            FieldId::LibraryAutoLocate, FieldId::LibraryRejectNoAvailable, FieldId::LibraryRejectNoRequestable,
            FieldId::LibraryRejectOnlyElectronic, FieldId::LibraryIgnoreElectronic, FieldId::LibraryAutomaticCreation,
            FieldId::CircDeskCheckIn, FieldId::CircDeskCheckOut, FieldId::CircDeskReshelve }) {
        QVERIFY2(m.field(F(id)).typeId() == QMetaType::Bool, id);
        QVERIFY2(m.flag(F(id)), id);
    }

    const QStringList locateBy = { "TITLE", "AUTHOR", "ISBN_ISSN", "SYSTEM_CONTROL_NUMBER", "LCCN" };
    QCOMPARE(m.list(F(FieldId::LibraryLocateByFields)), locateBy);

    QCOMPARE(m.text(F(FieldId::LibraryChoice)), QStringLiteral("main"));
    QCOMPARE(m.text(F(FieldId::Preset)), QStringLiteral("blank"));
    QCOMPARE(m.number(F(FieldId::PartnerDefaultExpiryDays)), 4);
    QCOMPARE(m.text(F(FieldId::ItemPolicyCode)), QStringLiteral("P2P"));
    QCOMPARE(m.text(F(FieldId::RotaType)), QStringLiteral("NON_ORDERED"));
    QCOMPARE(m.text(F(FieldId::RotaStatus)), QStringLiteral("ACTIVE"));
    QCOMPARE(m.text(F(FieldId::BorrowingLocationType)), QStringLiteral("OPEN"));
    QCOMPARE(m.text(F(FieldId::LendingLocationType)), QStringLiteral("OPEN"));
    QCOMPARE(m.text(F(FieldId::LoanTouName)), QStringLiteral("Peer to Peer Loan"));

    // A new setup has nothing to undo, no step ticked and nothing marked not needed.
    QCOMPARE(m.undoStack()->count(), 0);
    QVERIFY(m.partners().isEmpty());
    QVERIFY(m.policies().isEmpty());
    for (SectionId s : Sections::all()) {
        QCOMPARE(m.status(s), SectionStatus::NotStarted);
        QCOMPARE(m.stepsDone(s), 0);
        QVERIFY(!m.isNotNeeded(s));
    }
    const SetupProgress p = m.progress();
    QCOMPARE(p.sectionsDone, 0);
    QCOMPARE(p.sectionsTotal, Sections::Count);
    QCOMPARE(p.stepsDone, 0);
    QCOMPARE(p.stepsTotal, totalSteps());
    QCOMPARE(p.percent(), 0);
}

void TestSetupModel::defaultsAreComplete()
{
    SetupModel m;
    for (const FieldSpec& spec : FieldCatalog::all()) {
        QVERIFY2(m.data().fields.contains(spec.key()), spec.id);
        if (spec.key() != F(FieldId::Preset))
            QCOMPARE(m.field(spec.key()), spec.defaultValue);
    }
    QCOMPARE(m.data().fields.size(), FieldCatalog::all().size());
    for (RuleId id : RuleIds::all())
        QVERIFY2(m.data().rules.contains(id), qPrintable(RuleIds::key(id)));
    QCOMPARE(m.data().sections.size(), Sections::Count);
    QCOMPARE(m.data().otherSettings.size(), 2);
    QCOMPARE(m.data().otherSettings.at(0).key, QStringLiteral("ill_item_creation_lib_code"));
    QCOMPARE(m.data().otherSettings.at(1).key, QStringLiteral("ill_item_creation_loc_code"));
}

void TestSetupModel::blankPresetLeavesCodesEmpty()
{
    const SetupData d = Presets::create(F(Presets::Blank));
    for (const char* id : { FieldId::BorrowingLocationCode, FieldId::LendingLocationCode, FieldId::LibraryCode,
             FieldId::LibraryBorrowingDefaultLocation, FieldId::LibraryLendingDefaultLocation,
             FieldId::BorrowingLocationName, FieldId::LendingLocationName, FieldId::CircDeskCode, FieldId::Institution,
             FieldId::PreparedBy }) {
        QVERIFY2(d.fields.contains(F(id)), id);
        QVERIFY2(d.fields.value(F(id)).toString().isEmpty(), id);
    }
    QCOMPARE(d.fields.value(F(FieldId::Preset)).toString(), QStringLiteral("blank"));
    QCOMPARE(d.fields.value(F(FieldId::LibraryChoice)).toString(), QStringLiteral("main"));
    // The other settings and the temporary item rule follow the (empty) codes.
    QCOMPARE(d.otherSettings.at(1).value, QString());
    const Rule tempItems = d.rules.value(RuleId::TemporaryItemCreation);
    bool sawLocation = false;
    for (const KeyValue& kv : tempItems.outputs) {
        if (kv.key == QLatin1String("Location")) {
            sawLocation = true;
            QCOMPARE(kv.value, QString());
        }
    }
    QVERIFY(sawLocation);
}

void TestSetupModel::wrlcPreset()
{
    QVERIFY(Presets::isKnown(F(Presets::Wrlc)));
    QVERIFY(Presets::isKnown(F(Presets::Blank)));
    QVERIFY(!Presets::isKnown(QStringLiteral("nope")));
    QCOMPARE(Presets::keys().size(), 2);

    const SetupData d = Presets::create(F(Presets::Wrlc));
    auto text = [&d](const char* id) { return d.fields.value(F(id)).toString(); };
    QCOMPARE(text(FieldId::Preset), QStringLiteral("wrlc"));
    QCOMPARE(text(FieldId::LibraryChoice), QStringLiteral("main"));
    QCOMPARE(text(FieldId::BorrowingLocationCode), QStringLiteral("CLSBORR"));
    QCOMPARE(text(FieldId::LendingLocationCode), QStringLiteral("CLSLEND"));
    QCOMPARE(text(FieldId::LibraryBorrowingDefaultLocation), QStringLiteral("CLSBORR"));
    QCOMPARE(text(FieldId::LibraryLendingDefaultLocation), QStringLiteral("CLSLEND"));
    // Location codes must fit Alma's 10 characters.
    QVERIFY(
        text(FieldId::BorrowingLocationCode).size() <= FieldCatalog::get(F(FieldId::BorrowingLocationCode)).maxLength);

    // The derived values use the preset's codes.
    QCOMPARE(
        d.otherSettings.at(1), (KeyValue { QStringLiteral("ill_item_creation_loc_code"), QStringLiteral("CLSBORR") }));
    const Rule tempItems = d.rules.value(RuleId::TemporaryItemCreation);
    QVERIFY(tempItems.outputs.contains(KeyValue { QStringLiteral("Location"), QStringLiteral("CLSBORR") }));
    QVERIFY(tempItems.outputs.contains(KeyValue { QStringLiteral("Item Policy"), QStringLiteral("P2P") }));

    // Guide defaults are untouched by the preset.
    QCOMPARE(text(FieldId::BorrowingProfileName), QStringLiteral("Peer to Peer Borrowing"));
    QCOMPARE(d.fields.value(F(FieldId::BorrowingProfileSteps)).toStringList().size(), 11);
    QCOMPARE(d.sections.size(), Sections::Count);
    QCOMPARE(d.rules.size(), RuleIds::all().size());
}

void TestSetupModel::unknownPresetIsBlank()
{
    const SetupData unknown = Presets::create(QStringLiteral("no-such-preset"));
    const SetupData blank = Presets::create(F(Presets::Blank));
    QCOMPARE(unknown.fields, blank.fields);
    QCOMPARE(unknown.otherSettings, blank.otherSettings);
    QCOMPARE(unknown.rules, blank.rules);
}

void TestSetupModel::applyPresetKeepsWhoAndChecklist()
{
    SetupModel m;
    m.setField(F(FieldId::Institution), QStringLiteral("Example University"));
    m.setField(F(FieldId::PreparedBy), QStringLiteral("Jane"));
    m.setField(F(FieldId::ItemPolicyDescription), QStringLiteral("changed"));
    m.setStepDone(SectionId::Jobs, firstStep(SectionId::Jobs), true);
    m.insertPartners(0, { partner(QStringLiteral("AAA")) });
    const int commands = m.undoStack()->count();

    QSignalSpy fieldSpy(&m, &SetupModel::fieldChanged);
    QSignalSpy otherSpy(&m, &SetupModel::otherSettingsChanged);
    QSignalSpy ruleSpy(&m, &SetupModel::ruleChanged);
    m.applyPreset(F(Presets::Wrlc));

    QCOMPARE(m.undoStack()->count(), commands + 1);
    QCOMPARE(m.text(F(FieldId::BorrowingLocationCode)), QStringLiteral("CLSBORR"));
    QCOMPARE(m.text(F(FieldId::Preset)), QStringLiteral("wrlc"));
    QCOMPARE(m.text(F(FieldId::Institution)), QStringLiteral("Example University"));
    QCOMPARE(m.text(F(FieldId::PreparedBy)), QStringLiteral("Jane"));
    QCOMPARE(m.text(F(FieldId::ItemPolicyDescription)), QStringLiteral("Peer to peer borrowed item"));
    QVERIFY(m.step(SectionId::Jobs, firstStep(SectionId::Jobs)).done);
    QCOMPARE(m.partners().size(), 1);
    QVERIFY(ids(fieldSpy).contains(F(FieldId::BorrowingLocationCode)));
    QVERIFY(!ids(fieldSpy).contains(F(FieldId::Institution)));
    QCOMPARE(otherSpy.count(), 1);
    QVERIFY(ruleSpy.count() >= 1); // the temporary item rule's location changed

    m.undoStack()->undo();
    QCOMPARE(m.text(F(FieldId::BorrowingLocationCode)), QString());
    QCOMPARE(m.text(F(FieldId::Preset)), QStringLiteral("blank"));
    QCOMPARE(m.text(F(FieldId::ItemPolicyDescription)), QStringLiteral("changed"));
}

void TestSetupModel::statusDerivation()
{
    SetupModel m;
    const SectionId s = SectionId::ResourceSharingLibrary;
    const auto& steps = SectionCatalog::section(s).steps;
    QVERIFY(steps.size() >= 3);

    QCOMPARE(m.status(s), SectionStatus::NotStarted);
    m.setStepDone(s, steps.at(0).key(), true);
    QCOMPARE(m.status(s), SectionStatus::InProgress);
    QCOMPARE(m.stepsDone(s), 1);
    for (int i = 1; i < steps.size() - 1; ++i)
        m.setStepDone(s, steps.at(i).key(), true);
    QCOMPARE(m.status(s), SectionStatus::InProgress);
    m.setStepDone(s, steps.constLast().key(), true);
    QCOMPARE(m.status(s), SectionStatus::Done);
    QCOMPARE(m.stepsDone(s), int(steps.size()));

    // Not needed wins over the checklist, and is undone by marking the section needed.
    m.setNotNeeded(s, true, QStringLiteral("done by the network"));
    QCOMPARE(m.status(s), SectionStatus::NotNeeded);
    QVERIFY(m.isNotNeeded(s));
    QCOMPARE(m.notNeededReason(s), QStringLiteral("done by the network"));
    m.setNotNeeded(s, false, QString());
    QCOMPARE(m.status(s), SectionStatus::Done);

    m.setStepDone(s, steps.at(0).key(), false);
    QCOMPARE(m.status(s), SectionStatus::InProgress);
    for (const StepSpec& step : steps)
        m.setStepDone(s, step.key(), false);
    QCOMPARE(m.status(s), SectionStatus::NotStarted);

    // A not-needed section with no steps ticked is NotNeeded too.
    m.setNotNeeded(SectionId::FulfillmentPolicies, true, QString());
    QCOMPARE(m.status(SectionId::FulfillmentPolicies), SectionStatus::NotNeeded);

    // Other sections are not affected.
    QCOMPARE(m.status(SectionId::Jobs), SectionStatus::NotStarted);
}

void TestSetupModel::statusOfStatic()
{
    SetupData d = Presets::create(F(Presets::Blank));
    const SectionId s = SectionId::TermsOfUse;
    QCOMPARE(SetupModel::statusOf(d, s), SectionStatus::NotStarted);
    d.sections[s].steps.insert(
        firstStep(s), StepState { true, QDateTime::currentDateTimeUtc(), QStringLiteral("x"), {} });
    QCOMPARE(SetupModel::statusOf(d, s), SectionStatus::InProgress);
    QCOMPARE(SetupModel::stepsDoneOf(d, s), 1);
    // A stored state that says "not done" does not count.
    d.sections[s].steps.insert(SectionCatalog::section(s).steps.at(1).key(), StepState {});
    QCOMPARE(SetupModel::stepsDoneOf(d, s), 1);
    // Unknown step keys (e.g. from an older file) do not count.
    d.sections[s].steps.insert(QStringLiteral("no-such-step"), StepState { true, {}, {}, {} });
    QCOMPARE(SetupModel::stepsDoneOf(d, s), 1);
    for (const StepSpec& step : SectionCatalog::section(s).steps)
        d.sections[s].steps.insert(step.key(), StepState { true, {}, {}, {} });
    QCOMPARE(SetupModel::statusOf(d, s), SectionStatus::Done);
    d.sections[s].notNeeded = true;
    QCOMPARE(SetupModel::statusOf(d, s), SectionStatus::NotNeeded);
}

void TestSetupModel::progressExcludesNotNeeded()
{
    SetupModel m;
    const int total = totalSteps();

    // Jobs has one step: ticking it finishes the section.
    QCOMPARE(stepCount(SectionId::Jobs), 1);
    m.setStepDone(SectionId::Jobs, firstStep(SectionId::Jobs), true);
    SetupProgress p = m.progress();
    QCOMPARE(p.sectionsDone, 1);
    QCOMPARE(p.stepsDone, 1);
    QCOMPARE(p.stepsTotal, total);

    // One step of a bigger section: steps count, the section does not.
    m.setStepDone(SectionId::Partners, firstStep(SectionId::Partners), true);
    p = m.progress();
    QCOMPARE(p.sectionsDone, 1);
    QCOMPARE(p.stepsDone, 2);

    // A ticked step in a section later marked not needed counts neither as done nor in the total.
    m.setStepDone(SectionId::FulfillmentPolicies, firstStep(SectionId::FulfillmentPolicies), true);
    QCOMPARE(m.progress().stepsDone, 3);
    m.setNotNeeded(SectionId::FulfillmentPolicies, true, QStringLiteral("shared policies"));
    p = m.progress();
    QCOMPARE(p.sectionsDone, 2);
    QCOMPARE(p.stepsDone, 2);
    QCOMPARE(p.stepsTotal, total - stepCount(SectionId::FulfillmentPolicies));
    QCOMPARE(p.sectionsTotal, Sections::Count);
    QCOMPARE(p.percent(), 2 * 100 / (total - stepCount(SectionId::FulfillmentPolicies)));

    m.setNotNeeded(SectionId::SendingBorrowingRequestRule, true, QString());
    p = m.progress();
    QCOMPARE(p.sectionsDone, 3);
    QCOMPARE(p.stepsTotal,
        total - stepCount(SectionId::FulfillmentPolicies) - stepCount(SectionId::SendingBorrowingRequestRule));

    // Everything else ticked: 100 %.
    for (SectionId s : Sections::all()) {
        if (!m.isNotNeeded(s))
            tickAll(m, s);
    }
    p = m.progress();
    QCOMPARE(p.sectionsDone, Sections::Count);
    QCOMPARE(p.stepsDone, p.stepsTotal);
    QCOMPARE(p.percent(), 100);
}

void TestSetupModel::progressAllNotNeeded()
{
    SetupModel m;
    for (SectionId s : Sections::all())
        m.setNotNeeded(s, true, QString());
    const SetupProgress p = m.progress();
    QCOMPARE(p.stepsTotal, 0);
    QCOMPARE(p.stepsDone, 0);
    QCOMPARE(p.sectionsDone, Sections::Count);
    QCOMPARE(p.percent(), 100);
}

void TestSetupModel::statusNames()
{
    QSet<QString> names;
    for (SectionStatus st :
        { SectionStatus::NotStarted, SectionStatus::InProgress, SectionStatus::Done, SectionStatus::NotNeeded })
        names.insert(SetupModel::statusName(st));
    QCOMPARE(names.size(), 4);
    QVERIFY(!names.contains(QString()));
    QCOMPARE(SetupModel::statusName(SectionStatus::Done), QStringLiteral("Done"));
}

void TestSetupModel::fieldChangedSignal()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::fieldChanged);
    QSignalSpy changed(&m, &SetupModel::changed);
    QSignalSpy progress(&m, &SetupModel::progressChanged);

    m.setField(F(FieldId::Institution), QStringLiteral("Example University"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), F(FieldId::Institution));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(progress.count(), 0);
    QCOMPARE(m.text(F(FieldId::Institution)), QStringLiteral("Example University"));

    // The same value again: no signal, nothing to undo.
    const int commands = m.undoStack()->count();
    m.setField(F(FieldId::Institution), QStringLiteral("Example University"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m.undoStack()->count(), commands);

    m.setField(F(FieldId::JobExpiredRequestsActive), false);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), F(FieldId::JobExpiredRequestsActive));
    QVERIFY(!m.flag(F(FieldId::JobExpiredRequestsActive)));

    m.setField(F(FieldId::LendingProfileSteps), QStringList { QStringLiteral("CONDITIONAL") });
    QCOMPARE(spy.count(), 3);
    QCOMPARE(m.list(F(FieldId::LendingProfileSteps)), QStringList { QStringLiteral("CONDITIONAL") });
}

void TestSetupModel::fieldNormalization()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::fieldChanged);
    // A Bool field stores a bool whatever it is given; "true" for an already true field is no change.
    m.setField(F(FieldId::CircDeskCheckIn), QStringLiteral("true"));
    QCOMPARE(spy.count(), 0);
    m.setField(F(FieldId::CircDeskCheckIn), 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m.field(F(FieldId::CircDeskCheckIn)).typeId(), int(QMetaType::Bool));
    QCOMPARE(m.flag(F(FieldId::CircDeskCheckIn)), false);

    // An Integer field stores an int; the same number as text is no change.
    m.setField(F(FieldId::PartnerDefaultExpiryDays), QStringLiteral("4"));
    QCOMPARE(spy.count(), 1);
    m.setField(F(FieldId::PartnerDefaultExpiryDays), QStringLiteral("7"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m.field(F(FieldId::PartnerDefaultExpiryDays)).typeId(), int(QMetaType::Int));
    QCOMPARE(m.number(F(FieldId::PartnerDefaultExpiryDays)), 7);

    // A Text field stores a string.
    m.setField(F(FieldId::LibraryCode), 42);
    QCOMPARE(m.field(F(FieldId::LibraryCode)).typeId(), int(QMetaType::QString));
    QCOMPARE(m.text(F(FieldId::LibraryCode)), QStringLiteral("42"));
}

void TestSetupModel::stepChangedSignal()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::stepChanged);
    const QString key = firstStep(SectionId::ItemPolicy);
    m.setStepDone(SectionId::ItemPolicy, key, true);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SectionId>(), SectionId::ItemPolicy);
    QCOMPARE(spy.at(0).at(1).toString(), key);

    // Ticking an already ticked step changes nothing.
    m.setStepDone(SectionId::ItemPolicy, key, true);
    QCOMPARE(spy.count(), 1);

    m.setStepDone(SectionId::ItemPolicy, key, false);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).toString(), key);
    m.setStepDone(SectionId::ItemPolicy, key, false);
    QCOMPARE(spy.count(), 2);
}

void TestSetupModel::sectionStatusChangedOnlyOnChange()
{
    SetupModel m;
    const SectionId s = SectionId::FulfillmentUnitRules;
    const auto& steps = SectionCatalog::section(s).steps;
    QVERIFY(steps.size() >= 3);
    QSignalSpy spy(&m, &SetupModel::sectionStatusChanged);

    m.setStepDone(s, steps.at(0).key(), true); // NotStarted -> InProgress
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SectionId>(), s);
    m.setStepDone(s, steps.at(1).key(), true); // still InProgress
    QCOMPARE(spy.count(), 1);
    for (int i = 2; i < steps.size() - 1; ++i)
        m.setStepDone(s, steps.at(i).key(), true);
    QCOMPARE(spy.count(), 1);
    m.setStepDone(s, steps.constLast().key(), true); // -> Done
    QCOMPARE(spy.count(), 2);
    m.setStepDone(s, steps.at(0).key(), false); // -> InProgress
    QCOMPARE(spy.count(), 3);

    // Editing a field never changes a status.
    m.setField(F(FieldId::RotaName), QStringLiteral("x"));
    QCOMPARE(spy.count(), 3);

    // Changing only the reason of a not-needed section keeps its status.
    m.setNotNeeded(SectionId::Jobs, true, QStringLiteral("a"));
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.at(3).at(0).value<SectionId>(), SectionId::Jobs);
    m.setNotNeeded(SectionId::Jobs, true, QStringLiteral("ab"));
    QCOMPARE(spy.count(), 4);
}

void TestSetupModel::notNeededSignals()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::notNeededChanged);
    m.setNotNeeded(SectionId::RotaTemplate, true, QStringLiteral("no rota"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SectionId>(), SectionId::RotaTemplate);
    m.setNotNeeded(SectionId::RotaTemplate, true, QStringLiteral("no rota"));
    QCOMPARE(spy.count(), 1);
    m.setNotNeeded(SectionId::RotaTemplate, true, QStringLiteral("no rota at all"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m.notNeededReason(SectionId::RotaTemplate), QStringLiteral("no rota at all"));
}

void TestSetupModel::progressChangedSignal()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::progressChanged);
    m.setField(F(FieldId::LibraryCode), QStringLiteral("MAIN"));
    QCOMPARE(spy.count(), 0);
    m.insertPartners(0, { partner(QStringLiteral("A")) });
    QCOMPARE(spy.count(), 0);
    m.setStepDone(SectionId::Partners, firstStep(SectionId::Partners), true);
    QCOMPARE(spy.count(), 1);
    m.setNotNeeded(SectionId::Partners, true, QString());
    QCOMPARE(spy.count(), 2);
    m.undoStack()->undo();
    QCOMPARE(spy.count(), 3);
    QVERIFY(!m.isNotNeeded(SectionId::Partners));
}

void TestSetupModel::partnersChangedSignal()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::partnersChanged);
    m.insertPartners(0, { partner(QStringLiteral("A")), partner(QStringLiteral("B")) });
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m.partnerCodes(), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));

    // Inserting in the middle.
    m.insertPartners(1, { partner(QStringLiteral("C")) });
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m.partnerCodes(), (QStringList { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B") }));

    // Invalid or empty edits change nothing.
    m.insertPartners(5, { partner(QStringLiteral("X")) });
    m.insertPartners(-1, { partner(QStringLiteral("X")) });
    m.insertPartners(0, {});
    m.removePartners(2, 2);
    m.removePartners(0, 0);
    m.setPartner(3, partner(QStringLiteral("X")));
    m.setPartner(0, m.partners().at(0)); // the same partner
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m.partners().size(), 3);

    Partner p = m.partners().at(0);
    p.name = QStringLiteral("Renamed");
    m.setPartner(0, p);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(m.partners().at(0).name, QStringLiteral("Renamed"));

    m.removePartners(0, 2);
    QCOMPARE(spy.count(), 4);
    QCOMPARE(m.partnerCodes(), QStringList { QStringLiteral("B") });
}

void TestSetupModel::ruleChangedSignal()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::ruleChanged);
    Rule r = m.rule(RuleId::RotaAssignment);
    r.description = QStringLiteral("for all formats");
    m.setRule(RuleId::RotaAssignment, r);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<RuleId>(), RuleId::RotaAssignment);
    QCOMPARE(m.rule(RuleId::RotaAssignment).description, QStringLiteral("for all formats"));

    // The same rule again: nothing.
    m.setRule(RuleId::RotaAssignment, r);
    QCOMPARE(spy.count(), 1);

    r = m.rule(RuleId::SendingBorrowingRequest);
    r.enabled = false;
    m.setRule(RuleId::SendingBorrowingRequest, r);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<RuleId>(), RuleId::SendingBorrowingRequest);
    QVERIFY(!m.rule(RuleId::SendingBorrowingRequest).enabled);
    // Other rules are unchanged.
    QCOMPARE(m.rule(RuleId::FulfillmentUnitLoan),
        Presets::create(F(Presets::Blank)).rules.value(RuleId::FulfillmentUnitLoan));
}

void TestSetupModel::otherSettingsAndPoliciesSignals()
{
    SetupModel m;
    QSignalSpy other(&m, &SetupModel::otherSettingsChanged);
    QSignalSpy policies(&m, &SetupModel::policiesChanged);
    QList<KeyValue> rows = m.otherSettings();
    rows.append({ QStringLiteral("rs_hold_shelf_days"), QStringLiteral("7") });
    m.setOtherSettings(rows);
    QCOMPARE(other.count(), 1);
    QCOMPARE(m.otherSettings(), rows);
    m.setOtherSettings(rows);
    QCOMPARE(other.count(), 1);

    const QList<FulfillmentPolicy> list
        = { { QStringLiteral("Loan Period"), QStringLiteral("P2P 28 days"), QStringLiteral("28"), {} },
              { QStringLiteral("Is Loanable"), QStringLiteral("Loanable"), QStringLiteral("Yes"), {} },
              { QStringLiteral("Is Renewable"), QStringLiteral("Loanable"), QStringLiteral("Yes"), {} },
              { QStringLiteral("Due Date"), QString(), QString(), {} } };
    m.setPolicies(list);
    QCOMPARE(policies.count(), 1);
    QCOMPARE(m.policies(), list);
    // Names: unique, non-empty, in order.
    QCOMPARE(m.policyNames(), (QStringList { QStringLiteral("P2P 28 days"), QStringLiteral("Loanable") }));
    m.setPolicies(list);
    QCOMPARE(policies.count(), 1);
    QCOMPARE(other.count(), 1);
}

void TestSetupModel::currentPageNotUndoable()
{
    SetupModel m;
    QSignalSpy spy(&m, &SetupModel::currentPageChanged);
    QSignalSpy changed(&m, &SetupModel::changed);
    m.setCurrentPage(QStringLiteral("partners"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("partners"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m.currentPage(), QStringLiteral("partners"));
    QCOMPARE(m.undoStack()->count(), 0);
    m.setCurrentPage(QStringLiteral("partners"));
    QCOMPARE(spy.count(), 1);
}

void TestSetupModel::tickRecordsPreparedByAndTime()
{
    SetupModel m;
    m.setField(F(FieldId::PreparedBy), QStringLiteral("  Jane Doe "));
    QCOMPARE(m.actor(), QStringLiteral("Jane Doe"));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    m.setStepDone(SectionId::WorkflowProfiles, firstStep(SectionId::WorkflowProfiles), true);
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const StepState st = m.step(SectionId::WorkflowProfiles, firstStep(SectionId::WorkflowProfiles));
    QVERIFY(st.done);
    QCOMPARE(st.doneBy, QStringLiteral("Jane Doe"));
    QVERIFY(st.doneAt.isValid());
    QCOMPARE(st.doneAt.timeSpec(), Qt::UTC);
    QVERIFY(st.doneAt >= before);
    QVERIFY(st.doneAt <= after);

    // A later tick by someone else records the new name; the first keeps its own.
    m.setField(F(FieldId::PreparedBy), QStringLiteral("John Roe"));
    const QString second = SectionCatalog::section(SectionId::WorkflowProfiles).steps.at(1).key();
    m.setStepDone(SectionId::WorkflowProfiles, second, true);
    QCOMPARE(m.step(SectionId::WorkflowProfiles, second).doneBy, QStringLiteral("John Roe"));
    QCOMPARE(
        m.step(SectionId::WorkflowProfiles, firstStep(SectionId::WorkflowProfiles)).doneBy, QStringLiteral("Jane Doe"));
}

void TestSetupModel::tickFallsBackToLoginName()
{
    qputenv("USER", "jdoe");
    SetupModel m;
    QVERIFY(m.text(F(FieldId::PreparedBy)).isEmpty());
    QCOMPARE(m.actor(), QStringLiteral("jdoe"));
    m.setField(F(FieldId::PreparedBy), QStringLiteral("   "));
    QCOMPARE(m.actor(), QStringLiteral("jdoe"));
    m.setStepDone(SectionId::Jobs, firstStep(SectionId::Jobs), true);
    QCOMPARE(m.step(SectionId::Jobs, firstStep(SectionId::Jobs)).doneBy, QStringLiteral("jdoe"));
}

void TestSetupModel::untickClearsState()
{
    SetupModel m;
    m.setField(F(FieldId::PreparedBy), QStringLiteral("Jane"));
    const QString key = firstStep(SectionId::RotaTemplate);
    m.setStepDone(SectionId::RotaTemplate, key, true);
    m.setStepDone(SectionId::RotaTemplate, key, false);
    const StepState st = m.step(SectionId::RotaTemplate, key);
    QVERIFY(!st.done);
    QVERIFY(st.doneBy.isEmpty());
    QVERIFY(!st.doneAt.isValid());
}

void TestSetupModel::undoRedoField()
{
    SetupModel m;
    QUndoStack* stack = m.undoStack();
    QVERIFY(!stack->canUndo());
    m.setField(F(FieldId::LibraryCode), QStringLiteral("MAIN"));
    m.setField(F(FieldId::JobExpiredRequestsSchedule), QStringLiteral("DAILY_2200"));
    QCOMPARE(stack->count(), 2);
    QVERIFY(stack->canUndo());
    QVERIFY(!stack->undoText().isEmpty());

    QSignalSpy spy(&m, &SetupModel::fieldChanged);
    QSignalSpy changed(&m, &SetupModel::changed);
    stack->undo();
    QCOMPARE(m.text(F(FieldId::JobExpiredRequestsSchedule)), QStringLiteral("DAILY_0200"));
    QCOMPARE(m.text(F(FieldId::LibraryCode)), QStringLiteral("MAIN"));
    QCOMPARE(ids(spy), QStringList { F(FieldId::JobExpiredRequestsSchedule) });
    QVERIFY(changed.count() >= 1);

    stack->undo();
    QCOMPARE(m.text(F(FieldId::LibraryCode)), QString());
    QCOMPARE(ids(spy), (QStringList { F(FieldId::JobExpiredRequestsSchedule), F(FieldId::LibraryCode) }));
    QVERIFY(!stack->canUndo());

    spy.clear();
    stack->redo();
    QCOMPARE(m.text(F(FieldId::LibraryCode)), QStringLiteral("MAIN"));
    QCOMPARE(ids(spy), QStringList { F(FieldId::LibraryCode) });
    stack->redo();
    QCOMPARE(m.text(F(FieldId::JobExpiredRequestsSchedule)), QStringLiteral("DAILY_2200"));
    QCOMPARE(spy.count(), 2);
    QVERIFY(!stack->canRedo());

    // A new edit after an undo drops the redo branch.
    stack->undo();
    m.setField(F(FieldId::RotaCode), QStringLiteral("R1"));
    QVERIFY(!stack->canRedo());
    QCOMPARE(m.text(F(FieldId::JobExpiredRequestsSchedule)), QStringLiteral("DAILY_0200"));
    QCOMPARE(stack->count(), 2);
}

void TestSetupModel::undoRedoStep()
{
    SetupModel m;
    m.setField(F(FieldId::PreparedBy), QStringLiteral("Jane"));
    const SectionId s = SectionId::Jobs;
    m.setStepDone(s, firstStep(s), true);
    const StepState ticked = m.step(s, firstStep(s));
    QCOMPARE(m.status(s), SectionStatus::Done);

    QSignalSpy stepSpy(&m, &SetupModel::stepChanged);
    QSignalSpy statusSpy(&m, &SetupModel::sectionStatusChanged);
    QSignalSpy progressSpy(&m, &SetupModel::progressChanged);
    QSignalSpy fieldSpy(&m, &SetupModel::fieldChanged);
    m.undoStack()->undo();
    QVERIFY(!m.step(s, firstStep(s)).done);
    QCOMPARE(m.status(s), SectionStatus::NotStarted);
    QCOMPARE(stepSpy.count(), 1);
    QCOMPARE(stepSpy.at(0).at(0).value<SectionId>(), s);
    QCOMPARE(stepSpy.at(0).at(1).toString(), firstStep(s));
    QCOMPARE(statusSpy.count(), 1);
    QCOMPARE(progressSpy.count(), 1);
    QCOMPARE(fieldSpy.count(), 0);
    QCOMPARE(m.progress().stepsDone, 0);

    m.undoStack()->redo();
    // Redo restores the original tick, with its time and name.
    QCOMPARE(m.step(s, firstStep(s)), ticked);
    QCOMPARE(m.status(s), SectionStatus::Done);
    QCOMPARE(stepSpy.count(), 2);
    QCOMPARE(statusSpy.count(), 2);
    QCOMPARE(progressSpy.count(), 2);

    // Not needed is undoable as well.
    m.setNotNeeded(SectionId::RotaAssignmentRule, true, QStringLiteral("r"));
    QSignalSpy nnSpy(&m, &SetupModel::notNeededChanged);
    m.undoStack()->undo();
    QVERIFY(!m.isNotNeeded(SectionId::RotaAssignmentRule));
    QCOMPARE(m.notNeededReason(SectionId::RotaAssignmentRule), QString());
    QCOMPARE(nnSpy.count(), 1);
}

void TestSetupModel::undoRedoPartnersAndRules()
{
    SetupModel m;
    QSignalSpy partnersSpy(&m, &SetupModel::partnersChanged);
    QSignalSpy ruleSpy(&m, &SetupModel::ruleChanged);
    QSignalSpy otherSpy(&m, &SetupModel::otherSettingsChanged);
    QSignalSpy policiesSpy(&m, &SetupModel::policiesChanged);

    m.insertPartners(0, { partner(QStringLiteral("A")), partner(QStringLiteral("B")) });
    m.removePartners(0, 1);
    const Rule original = m.rule(RuleId::FulfillmentUnitLoan);
    Rule r = original;
    r.conditions.append({ QStringLiteral("User Group"), RuleOperator::NotInList, { QStringLiteral("STAFF") } });
    m.setRule(RuleId::FulfillmentUnitLoan, r);
    m.setOtherSettings({});
    m.setPolicies({ { QStringLiteral("Loan Period"), QStringLiteral("LP"), QStringLiteral("28"), {} } });
    partnersSpy.clear();
    ruleSpy.clear();
    otherSpy.clear();
    policiesSpy.clear();

    QUndoStack* stack = m.undoStack();
    stack->undo(); // policies
    QVERIFY(m.policies().isEmpty());
    QCOMPARE(policiesSpy.count(), 1);
    stack->undo(); // other settings
    QCOMPARE(m.otherSettings().size(), 2);
    QCOMPARE(otherSpy.count(), 1);
    stack->undo(); // rule
    QCOMPARE(m.rule(RuleId::FulfillmentUnitLoan), original);
    QCOMPARE(ruleSpy.count(), 1);
    QCOMPARE(ruleSpy.at(0).at(0).value<RuleId>(), RuleId::FulfillmentUnitLoan);
    stack->undo(); // remove
    QCOMPARE(m.partnerCodes(), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(partnersSpy.count(), 1);
    stack->undo(); // insert
    QVERIFY(m.partners().isEmpty());
    QCOMPARE(partnersSpy.count(), 2);
    QVERIFY(!stack->canUndo());
    QCOMPARE(ruleSpy.count(), 1);
    QCOMPARE(otherSpy.count(), 1);
    QCOMPARE(policiesSpy.count(), 1);

    while (stack->canRedo())
        stack->redo();
    QCOMPARE(m.partnerCodes(), QStringList { QStringLiteral("B") });
    QCOMPARE(m.rule(RuleId::FulfillmentUnitLoan), r);
    QVERIFY(m.otherSettings().isEmpty());
    QCOMPARE(m.policies().size(), 1);
    QCOMPARE(partnersSpy.count(), 4);
    QCOMPARE(ruleSpy.count(), 2);
}

void TestSetupModel::undoKeepsCurrentPage()
{
    SetupModel m;
    m.setCurrentPage(QStringLiteral("jobs"));
    m.setField(F(FieldId::LibraryCode), QStringLiteral("MAIN"));
    m.setCurrentPage(QStringLiteral("partners"));
    m.undoStack()->undo();
    QCOMPARE(m.currentPage(), QStringLiteral("partners"));
    QCOMPARE(m.text(F(FieldId::LibraryCode)), QString());
    m.undoStack()->redo();
    QCOMPARE(m.currentPage(), QStringLiteral("partners"));

    // Undo does not move the user, so it should not announce a page change either.
    m.setField(F(FieldId::LibraryCode), QStringLiteral("MAIN2"));
    m.setCurrentPage(QStringLiteral("jobs"));
    QSignalSpy pageSpy(&m, &SetupModel::currentPageChanged);
    m.undoStack()->undo();
    QCOMPARE(m.currentPage(), QStringLiteral("jobs"));
    QCOMPARE(pageSpy.count(), 0);
}

void TestSetupModel::typingMerges()
{
    SetupModel m;
    QUndoStack* stack = m.undoStack();
    const QString inst = F(FieldId::Institution);
    m.setField(inst, QStringLiteral("E"));
    m.setField(inst, QStringLiteral("Ex"));
    m.setField(inst, QStringLiteral("Exa"));
    m.setField(inst, QStringLiteral("Example"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m.text(inst), QStringLiteral("Example"));

    QSignalSpy spy(&m, &SetupModel::fieldChanged);
    stack->undo();
    QCOMPARE(m.text(inst), QString());
    QCOMPARE(spy.count(), 1);
    stack->redo();
    QCOMPARE(m.text(inst), QStringLiteral("Example"));

    // Another field is another step; coming back to the first field is again another step.
    m.setField(F(FieldId::LibrarySymbol), QStringLiteral("A"));
    m.setField(F(FieldId::LibrarySymbol), QStringLiteral("AB"));
    QCOMPARE(stack->count(), 2);
    m.setField(inst, QStringLiteral("Example U"));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(m.text(inst), QStringLiteral("Example"));
    QCOMPARE(m.text(F(FieldId::LibrarySymbol)), QStringLiteral("AB"));
    stack->undo();
    QCOMPARE(m.text(F(FieldId::LibrarySymbol)), QString());
    QCOMPARE(m.text(inst), QStringLiteral("Example"));
    stack->redo();
    stack->redo();

    // Integer fields merge like text.
    const int before = stack->count();
    m.setField(F(FieldId::PartnerDefaultExpiryDays), 1);
    m.setField(F(FieldId::PartnerDefaultExpiryDays), 14);
    QCOMPARE(stack->count(), before + 1);

    // Switching a box or a choice is one step each time.
    m.setField(F(FieldId::CircDeskReshelve), false);
    m.setField(F(FieldId::CircDeskReshelve), true);
    QCOMPARE(stack->count(), before + 3);
    m.setField(F(FieldId::RotaType), QStringLiteral("ORDERED"));
    m.setField(F(FieldId::RotaType), QStringLiteral("NON_ORDERED"));
    QCOMPARE(stack->count(), before + 5);

    // A tick between two edits of the same field stops the merge.
    m.setField(inst, QStringLiteral("X"));
    m.setStepDone(SectionId::Jobs, firstStep(SectionId::Jobs), true);
    m.setField(inst, QStringLiteral("XY"));
    QCOMPARE(stack->count(), before + 8);
    stack->undo();
    QCOMPARE(m.text(inst), QStringLiteral("X"));
}

void TestSetupModel::notNeededReasonMerges()
{
    SetupModel m;
    QUndoStack* stack = m.undoStack();
    const SectionId s = SectionId::FulfillmentPolicies;
    m.setNotNeeded(s, true, QStringLiteral("s"));
    m.setNotNeeded(s, true, QStringLiteral("sh"));
    m.setNotNeeded(s, true, QStringLiteral("shared"));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QVERIFY(m.isNotNeeded(s));
    QCOMPARE(m.notNeededReason(s), QStringLiteral("s"));
    stack->undo();
    QVERIFY(!m.isNotNeeded(s));
    QCOMPARE(m.notNeededReason(s), QString());
}

void TestSetupModel::partnerHelpers()
{
    SetupModel m;
    m.insertPartners(0, { partner(QStringLiteral("A")), partner(QStringLiteral("B")), partner(QStringLiteral("C")) });
    QCOMPARE(m.partnerRow(QStringLiteral("A")), 0);
    QCOMPARE(m.partnerRow(QStringLiteral("C")), 2);
    QCOMPARE(m.partnerRow(QStringLiteral("Z")), -1);
    QCOMPARE(m.partnerRow(QString()), -1);
    QCOMPARE(m.partnerCodes(), (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));
    QCOMPARE(m.undoStack()->count(), 1);
}

void TestSetupModel::mergePartners()
{
    SetupModel m;
    m.insertPartners(0,
        { partner(QStringLiteral("A"), QStringLiteral("Alpha")),
            partner(QStringLiteral("B"), QStringLiteral("Beta")) });
    const int commands = m.undoStack()->count();
    QSignalSpy spy(&m, &SetupModel::partnersChanged);

    Partner a2 = partner(QStringLiteral("A"), QStringLiteral("Alpha 2"));
    a2.expiryDays = 9;
    const Partner b = m.partners().at(1);
    const Partner c = partner(QStringLiteral("C"), QStringLiteral("Gamma"));
    const Partner d = partner(QStringLiteral("D"), QStringLiteral("Delta"));
    const auto [added, updated] = m.mergePartners({ a2, c, b, d });
    QCOMPARE(added, 2);
    QCOMPARE(updated, 1);
    QCOMPARE(m.partnerCodes(),
        (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") }));
    QCOMPARE(m.partners().at(0), a2);
    QCOMPARE(m.partners().at(1), b);
    QCOMPARE(m.partners().at(2), c);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m.undoStack()->count(), commands + 1);

    m.undoStack()->undo();
    QCOMPARE(m.partnerCodes(), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(m.partners().at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(spy.count(), 2);
    m.undoStack()->redo();
    QCOMPARE(m.partners().size(), 4);
    QCOMPARE(m.partners().at(0).expiryDays, 9);
}

void TestSetupModel::mergePartnersNoChange()
{
    SetupModel m;
    m.insertPartners(0, { partner(QStringLiteral("A")) });
    const int commands = m.undoStack()->count();
    QSignalSpy spy(&m, &SetupModel::partnersChanged);
    QSignalSpy changed(&m, &SetupModel::changed);
    const auto result = m.mergePartners({ m.partners().at(0) });
    QCOMPARE(result.first, 0);
    QCOMPARE(result.second, 0);
    QCOMPARE(m.mergePartners({}).first, 0);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m.undoStack()->count(), commands);

    // Into an empty setup, everything is added.
    SetupModel empty;
    const auto r = empty.mergePartners({ partner(QStringLiteral("X")), partner(QStringLiteral("Y")) });
    QCOMPARE(r.first, 2);
    QCOMPARE(r.second, 0);
    QCOMPARE(empty.partnerCodes(), (QStringList { QStringLiteral("X"), QStringLiteral("Y") }));

    // The same new code twice in one import: one partner is added (the last one wins), none of the
    // existing partners is updated.
    SetupModel dup;
    const auto d = dup.mergePartners(
        { partner(QStringLiteral("D"), QStringLiteral("one")), partner(QStringLiteral("D"), QStringLiteral("two")) });
    QCOMPARE(dup.partners().size(), 1);
    QCOMPARE(dup.partners().at(0).name, QStringLiteral("two"));
    QCOMPARE(d.first, 1);
    QCOMPARE(d.second, 0);
}

void TestSetupModel::resetFillsMissing()
{
    SetupModel m;
    m.setField(F(FieldId::LibraryCode), QStringLiteral("MAIN"));
    QVERIFY(m.undoStack()->canUndo());

    SetupData d;
    d.fields.insert(F(FieldId::Institution), QStringLiteral("Old File University"));
    d.partners = { partner(QStringLiteral("P1")) };

    QSignalSpy resetSpy(&m, &SetupModel::modelReset);
    QSignalSpy progressSpy(&m, &SetupModel::progressChanged);
    QSignalSpy changedSpy(&m, &SetupModel::changed);
    m.reset(d);
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(progressSpy.count(), 1);
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(m.undoStack()->count(), 0);
    QVERIFY(!m.undoStack()->canUndo());

    QCOMPARE(m.text(F(FieldId::Institution)), QStringLiteral("Old File University"));
    // Missing fields come from the blank preset.
    QCOMPARE(m.text(F(FieldId::LibraryCode)), QString());
    QCOMPARE(m.text(F(FieldId::BorrowingProfileName)), QStringLiteral("Peer to Peer Borrowing"));
    QCOMPARE(m.list(F(FieldId::BorrowingProfileSteps)).size(), 11);
    QCOMPARE(m.text(F(FieldId::JobExpiredRequestsSchedule)), QStringLiteral("DAILY_0200"));
    for (const FieldSpec& spec : FieldCatalog::all())
        QVERIFY2(m.data().fields.contains(spec.key()), spec.id);
    const SetupData blank = Presets::create(F(Presets::Blank));
    for (RuleId id : RuleIds::all())
        QCOMPARE(m.rule(id), blank.rules.value(id));
    QCOMPARE(m.data().sections.size(), Sections::Count);
    for (SectionId s : Sections::all())
        QCOMPARE(m.status(s), SectionStatus::NotStarted);
    QCOMPARE(m.partnerCodes(), QStringList { QStringLiteral("P1") });

    // The model works normally afterwards.
    m.setStepDone(SectionId::Jobs, firstStep(SectionId::Jobs), true);
    QCOMPARE(m.status(SectionId::Jobs), SectionStatus::Done);
    QCOMPARE(m.undoStack()->count(), 1);
}

void TestSetupModel::resetKeepsGivenValues()
{
    SetupModel m;
    SetupData d = Presets::create(F(Presets::Wrlc));
    d.fields.remove(F(FieldId::RotaCode));
    d.fields.insert(F(FieldId::BorrowingProfileName), QStringLiteral("Custom"));
    Rule custom;
    custom.name = QStringLiteral("Custom rule");
    d.rules.clear();
    d.rules.insert(RuleId::RotaAssignment, custom);
    d.sections.clear();
    d.sections[SectionId::Jobs].notNeeded = true;
    d.sections[SectionId::Jobs].notNeededReason = QStringLiteral("central");
    d.currentPage = QStringLiteral("partners");
    m.reset(d);

    QCOMPARE(m.text(F(FieldId::BorrowingProfileName)), QStringLiteral("Custom"));
    QCOMPARE(m.text(F(FieldId::BorrowingLocationCode)), QStringLiteral("CLSBORR"));
    QCOMPARE(m.text(F(FieldId::RotaCode)), QStringLiteral("P2P_ROTA"));
    QCOMPARE(m.rule(RuleId::RotaAssignment), custom);
    QCOMPARE(m.rule(RuleId::FulfillmentUnitLoan),
        Presets::create(F(Presets::Blank)).rules.value(RuleId::FulfillmentUnitLoan));
    QCOMPARE(m.data().rules.size(), RuleIds::all().size());
    QCOMPARE(m.data().sections.size(), Sections::Count);
    QCOMPARE(m.status(SectionId::Jobs), SectionStatus::NotNeeded);
    QCOMPARE(m.notNeededReason(SectionId::Jobs), QStringLiteral("central"));
    QCOMPARE(m.currentPage(), QStringLiteral("partners"));
}

QTEST_GUILESS_MAIN(TestSetupModel)
#include "tst_setupmodel.moc"
