#include "checks/GuideChecks.h"

#include "checks/FindingCollector.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/RuleCatalog.h"

#include <algorithm>

namespace {
using Severity = Finding::Severity;

class Checks : public FindingCollector {
    Q_DECLARE_TR_FUNCTIONS(GuideChecks)

public:
    using FindingCollector::FindingCollector;

    void run()
    {
        libraryBoxes();
        locateByFields();
        deskAndLocations();
        jobSchedule();
        profileSteps();
        emptyLists();
        sendingRuleScope();
        ruleScopes();
    }

private:
    // A box the guide tells staff to check.
    void box(SectionId section, const char* id, Severity severity, const char* code, const QString& why)
    {
        if (flag(id))
            return;
        const QString name = FieldCatalog::get(id).plainLabel();
        add(severity, section, QString::fromLatin1(id), code,
            why.isEmpty() ? tr("%1 is not checked; the guide checks it.").arg(name)
                          : tr("%1 is not checked: %2").arg(name, why),
            tr("Check %1, as the guide says.").arg(name), label(id));
    }

    void libraryBoxes()
    {
        const SectionId s = SectionId::ResourceSharingLibrary;
        box(s, FieldId::LibraryIsRsLibrary, Severity::Warning, "not-resource-sharing-library",
            tr("the guide says to make sure it is checked."));
        box(s, FieldId::LibraryCancelOnLocateFailure, Severity::Warning, "guide-box", {});
        box(s, FieldId::LibraryAutoActivateLocateProfile, Severity::Warning, "guide-box", {});
        for (const char* id : { FieldId::LibraryAutoLocate, FieldId::LibraryRejectNoAvailable,
                 FieldId::LibraryRejectNoRequestable, FieldId::LibraryRejectOnlyElectronic,
                 FieldId::LibraryIgnoreElectronic, FieldId::LibraryAutomaticCreation })
            box(s, id, Severity::Warning, "guide-box", {});
        if (text(FieldId::LibraryDefaultPickupLocation).isEmpty())
            add(Severity::Warning, s, QString::fromLatin1(FieldId::LibraryDefaultPickupLocation),
                "pickup-location-empty",
                tr("No default pickup location is entered; the guide selects the library where patrons pick up "
                   "borrowed items."),
                tr("Enter the library to select in Default Pickup Location."),
                label(FieldId::LibraryDefaultPickupLocation));
        if (text(FieldId::LibrarySymbol).isEmpty())
            add(Severity::Warning, s, QString::fromLatin1(FieldId::LibrarySymbol), "symbol-empty",
                tr("No OCLC symbol is entered; the guide says to make sure it is listed in the Symbol field."),
                tr("Enter your OCLC symbol."), label(FieldId::LibrarySymbol));
    }

    void locateByFields()
    {
        const FieldSpec& spec = FieldCatalog::get(FieldId::LibraryLocateByFields);
        const QStringList chosen = list(FieldId::LibraryLocateByFields);
        QStringList missing;
        for (const ChoiceSpec& c : spec.choices) {
            if (!chosen.contains(QLatin1String(c.value)))
                missing.append(spec.choiceLabel(QLatin1String(c.value)));
        }
        if (!missing.isEmpty())
            add(Severity::Warning, SectionId::ResourceSharingLibrary,
                QString::fromLatin1(FieldId::LibraryLocateByFields), "locate-by-fields",
                tr("Locate By Fields lacks %1; the guide checks Title, Author, ISBN/ISSN, System Control Number and "
                   "LCCN (010).")
                    .arg(listed(missing)),
                tr("Check the missing fields."), label(FieldId::LibraryLocateByFields));
    }

    void deskAndLocations()
    {
        const SectionId s = SectionId::TemporaryLocations;
        for (const char* id : { FieldId::CircDeskCheckIn, FieldId::CircDeskCheckOut, FieldId::CircDeskReshelve })
            box(s, id, Severity::Warning, "desk-box",
                tr("the guide attaches the desk with Check In, Check Out and Reshelve."));
        const QString borrowingUnit = text(FieldId::BorrowingLocationFulfillmentUnit);
        const QString lendingUnit = text(FieldId::LendingLocationFulfillmentUnit);
        for (const char* id : { FieldId::BorrowingLocationFulfillmentUnit, FieldId::LendingLocationFulfillmentUnit }) {
            const QString unit = text(id);
            if (unit.isEmpty())
                add(Severity::Warning, s, QString::fromLatin1(id), "fulfillment-unit-empty",
                    tr("%1 is empty; the guide selects the resource sharing library's unit, a value ending in \"_FU\".")
                        .arg(label(id)),
                    tr("Enter the resource sharing library's fulfillment unit."), label(id));
            else if (!unit.endsWith(QLatin1String("_FU"), Qt::CaseInsensitive))
                add(Severity::Warning, s, QString::fromLatin1(id), "fulfillment-unit-suffix",
                    tr("%1 \"%2\" does not end in \"_FU\", as the guide's value does.").arg(label(id), unit),
                    tr("Check that this is the resource sharing library's fulfillment unit."), label(id));
        }
        if (!borrowingUnit.isEmpty() && !lendingUnit.isEmpty() && borrowingUnit != lendingUnit)
            add(Severity::Warning, s, QString::fromLatin1(FieldId::LendingLocationFulfillmentUnit),
                "fulfillment-unit-differs",
                tr("The two locations have different fulfillment units (%1 and %2); the guide gives both the resource "
                   "sharing library's.")
                    .arg(borrowingUnit, lendingUnit),
                tr("Use the same unit for both."), label(FieldId::LendingLocationFulfillmentUnit));
        for (const char* id : { FieldId::BorrowingLocationRemoteStorage, FieldId::BorrowingLocationCallNumberType,
                 FieldId::LendingLocationRemoteStorage, FieldId::LendingLocationCallNumberType }) {
            if (!text(id).isEmpty())
                add(Severity::Warning, s, QString::fromLatin1(id), "guide-blank",
                    tr("%1 is \"%2\"; the guide leaves it blank.").arg(label(id), text(id)), tr("Leave it blank."),
                    label(id));
        }
    }

    void jobSchedule()
    {
        if (flag(FieldId::JobExpiredRequestsActive)
            && text(FieldId::JobExpiredRequestsSchedule) != QLatin1String("DAILY_0200"))
            add(Severity::Warning, SectionId::Jobs, QString::fromLatin1(FieldId::JobExpiredRequestsSchedule),
                "job-schedule", tr("The job is not scheduled Every Day at 02:00, as the guide says."),
                tr("Select Every Day at 02:00 unless your institution has a reason for another time."),
                label(FieldId::JobExpiredRequestsSchedule));
    }

    void profileSteps()
    {
        struct Profile {
            const char* id;
            int guideSteps; // the guide checks the first ones of the catalog's list
        };
        for (const Profile& p :
            { Profile { FieldId::BorrowingProfileSteps, 11 }, Profile { FieldId::LendingProfileSteps, 6 } }) {
            const FieldSpec& spec = FieldCatalog::get(p.id);
            const QStringList chosen = list(p.id);
            QStringList missing;
            for (int i = 0; i < p.guideSteps && i < spec.choices.size(); ++i) {
                if (!chosen.contains(QLatin1String(spec.choices.at(i).value)))
                    missing.append(spec.choiceLabel(QLatin1String(spec.choices.at(i).value)));
            }
            if (!missing.isEmpty())
                add(Severity::Warning, SectionId::WorkflowProfiles, QString::fromLatin1(p.id), "profile-steps",
                    tr("%1 lacks steps the guide checks: %2.").arg(label(p.id), listed(missing, 11)),
                    tr("Check them in the profile."), label(p.id));
        }
    }

    // InList and NotInList need values; without them the condition means nothing Alma can use.
    void emptyLists()
    {
        for (RuleId id : RuleIds::all()) {
            const RuleSpec& spec = RuleCatalog::rule(id);
            auto checkRule = [&](const Rule& rule, const QString& subject) {
                for (const RuleCondition& c : rule.conditions) {
                    if ((c.op == RuleOperator::InList || c.op == RuleOperator::NotInList) && c.values.isEmpty())
                        add(Severity::Error, spec.section, subject, "empty-list",
                            tr("Rule \"%1\": the condition %2 %3 has no values.")
                                .arg(rule.name.trimmed(), c.parameter, RuleOperators::displayName(c.op)),
                            tr("Enter the values, or remove the condition."), rule.name.trimmed());
                }
            };
            checkRule(d.rules.value(id), ruleSubject(id));
            const QList<Rule> existing = d.existingRules.value(id);
            for (int i = 0; i < existing.size(); ++i)
                checkRule(existing.at(i), QStringLiteral("rules/%1/existing/%2").arg(RuleIds::key(id)).arg(i));
        }
    }

    void sendingRuleScope()
    {
        const Rule rule = d.rules.value(RuleId::SendingBorrowingRequest);
        if (rule.conditions.isEmpty())
            add(Severity::Warning, SectionId::SendingBorrowingRequestRule, ruleSubject(RuleId::SendingBorrowingRequest),
                "sending-rule-unscoped",
                tr("Rule \"%1\" has no input, so it would send every borrowing request automatically, to any partner "
                   "(ILLiad, Rapido, …), not only to your peer-to-peer partners.")
                    .arg(rule.name.trimmed()),
                tr("Add the input Resource Sharing Partner InList your peer-to-peer partners (\"Use all partners\")."),
                rule.name.trimmed());
    }

    // Rules the presets leave without a narrowing input: they would apply to every request.
    void ruleScopes()
    {
        const Rule sending = d.rules.value(RuleId::SendingBorrowingRequest);
        const QString partner = RuleCatalog::rule(RuleId::SendingBorrowingRequest).parameters.constFirst().text();
        const bool testsPartner = std::any_of(sending.conditions.cbegin(), sending.conditions.cend(),
            [&](const RuleCondition& c) { return c.parameter.trimmed().compare(partner, Qt::CaseInsensitive) == 0; });
        if (!sending.conditions.isEmpty() && !testsPartner)
            add(Severity::Warning, SectionId::SendingBorrowingRequestRule, ruleSubject(RuleId::SendingBorrowingRequest),
                "sending-rule-no-partner",
                tr("Rule \"%1\" does not test the resource sharing partner, so it may send requests to partners that "
                   "are not your peer-to-peer ones.")
                    .arg(sending.name.trimmed()),
                tr("Add the input Resource Sharing Partner InList your peer-to-peer partners (\"Use all partners\")."),
                sending.name.trimmed());
        struct Scope {
            RuleId rule;
            const char* code;
            QString what;
        };
        const Scope scopes[] = {
            { RuleId::FulfillmentUnitLendingResourceSharing, "lending-rule-unscoped",
                tr("the Lending Resource Sharing TOU would apply to every item you lend, not only to items loaned to "
                   "your peer-to-peer partners") },
            { RuleId::RotaAssignment, "rota-rule-unscoped",
                tr("every borrowing request would get the peer-to-peer rota; the guide says to configure the rule "
                   "according to the terms of your lending agreement") },
        };
        for (const Scope& scope : scopes) {
            const Rule rule = d.rules.value(scope.rule);
            // IsNotEmpty on a parameter every request has narrows nothing either.
            const bool narrows = std::any_of(rule.conditions.cbegin(), rule.conditions.cend(),
                [](const RuleCondition& c) { return c.op != RuleOperator::IsNotEmpty; });
            if (rule.enabled && !narrows)
                add(Severity::Warning, RuleCatalog::rule(scope.rule).section, ruleSubject(scope.rule), scope.code,
                    tr("Rule \"%1\" has no input that narrows it: %2.").arg(rule.name.trimmed(), scope.what),
                    tr("Add inputs that select your peer-to-peer requests."), rule.name.trimmed());
        }
        const Rule borrowing = d.rules.value(RuleId::FulfillmentUnitBorrowingResourceSharing);
        const bool userGroups
            = std::any_of(borrowing.conditions.cbegin(), borrowing.conditions.cend(), [](const RuleCondition& c) {
                  return c.parameter.trimmed().compare(QLatin1String("User Group"), Qt::CaseInsensitive) == 0;
              });
        if (!userGroups)
            add(Severity::Warning, SectionId::FulfillmentUnitRules,
                ruleSubject(RuleId::FulfillmentUnitBorrowingResourceSharing), "borrowing-rule-no-user-group",
                tr("Rule \"%1\" has no User Group input; the guide selects the user groups allowed to submit "
                   "borrowing requests.")
                    .arg(borrowing.name.trimmed()),
                tr("Add the input User Group InList the groups allowed to request."), borrowing.name.trimmed());
    }
};
} // namespace

void GuideChecks::check(FindingCollector& findings)
{
    Checks(&findings).run();
}
