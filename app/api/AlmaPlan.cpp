#include "api/AlmaPlan.h"

#include "api/AlmaJsonFields.h"
#include "api/AlmaPartnerJson.h"
#include "checks/SetupValidator.h"
#include "model/AlmaItemKey.h"
#include "model/AlmaStepKeys.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QSet>

#include <algorithm>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlmaPlan)
};
} // namespace

QString AlmaPlanItem::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return Text::tr("Create");
    case Action::Update:
        return Text::tr("Update");
    case Action::AsWanted:
        return Text::tr("Already as wanted");
    }
    return {};
}

QString AlmaPlanItem::actionKey(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::AsWanted:
        return QStringLiteral("as-wanted");
    }
    return {};
}

int AlmaPlan::count(AlmaPlanItem::Action action) const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [action](const AlmaPlanItem& i) { return i.action == action; }));
}

int AlmaPlan::pushableCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
        [](const AlmaPlanItem& i) { return i.action != AlmaPlanItem::Action::AsWanted && i.pushable(); }));
}

int AlmaPlan::blockedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
        [](const AlmaPlanItem& i) { return i.action != AlmaPlanItem::Action::AsWanted && !i.pushable(); }));
}

QString AlmaPlan::partnerLabel(const Partner& p)
{
    return p.name.isEmpty() ? Text::tr("Partner %1").arg(p.code) : Text::tr("Partner %1 (%2)").arg(p.code, p.name);
}

QString AlmaPlan::locationLabel(const WantedLocation& l)
{
    return l.borrowing ? Text::tr("Temporary borrowing location %1 in %2").arg(l.code, l.library)
                       : Text::tr("Temporary lending location %1 in %2").arg(l.code, l.library);
}

namespace {
// Whether a finding is about what this item would send.
bool concerns(const AlmaPlanItem& item, const Finding& f)
{
    if (item.kind == AlmaPlanItem::Kind::Partner)
        return f.subject == QLatin1String("partners/") + item.partner.code.trimmed();
    const QLatin1String own(item.location.borrowing ? "location.borrowing." : "location.lending.");
    return f.subject.startsWith(own) || f.subject == QLatin1String(FieldId::LibraryCode)
        || f.subject == QLatin1String(FieldId::CircDeskCode);
}
} // namespace

AlmaPlan AlmaPlan::build(const SetupData& data, const AlmaSnapshot& alma)
{
    AlmaPlan plan;
    plan.sandbox = alma.sandbox;
    auto needed = [&](SectionId s) { return !data.sections.value(s).notNeeded; };

    if (needed(SectionId::TemporaryLocations) && alma.locationsPart.read) {
        for (const WantedLocation& l : AlmaLocationJson::wanted(data)) {
            AlmaPlanItem item;
            item.kind = AlmaPlanItem::Kind::Location;
            item.key = AlmaItemKey::location(l.library, l.code);
            item.label = locationLabel(l);
            item.location = l;
            if (!l.circDesk.isEmpty() && alma.circDesksPart.read) {
                const auto desk = std::find_if(alma.circDesks.cbegin(), alma.circDesks.cend(),
                    [&](const nlohmann::json& d) { return AlmaJsonFields::text(d, "code") == l.circDesk; });
                if (desk == alma.circDesks.cend()) {
                    item.problems.append(
                        Text::tr("the circulation desk %1 is not in library %2 in Alma").arg(l.circDesk, l.library));
                } else {
                    item.location.circDeskName = AlmaJsonFields::text(*desk, "name");
                    item.location.circDeskLink = AlmaJsonFields::text(*desk, "link");
                    // rest_location-post.json requires both with the desk's code.
                    if (item.location.circDeskName.isEmpty())
                        item.problems.append(
                            Text::tr("Alma gives no name for the circulation desk %1, which a location needs")
                                .arg(l.circDesk));
                    if (item.location.circDeskLink.isEmpty())
                        item.problems.append(
                            Text::tr("Alma gives no link for the circulation desk %1, which a location needs")
                                .arg(l.circDesk));
                }
            } else if (!l.circDesk.isEmpty()) {
                item.problems.append(Text::tr("the circulation desks of %1 could not be read").arg(l.library));
            }
            const auto found = alma.locations.constFind(l.code);
            if (found == alma.locations.cend()) {
                if (l.exists)
                    item.problems.append(Text::tr("Alma has no location %1 in %2, though this setup says it exists; "
                                                  "clear \"already exists\" to have the push create it")
                                             .arg(l.code, l.library));
                else if (l.name.isEmpty())
                    item.problems.append(Text::tr("the location has no name, which Alma requires"));
                item.action = AlmaPlanItem::Action::Create;
            } else {
                item.changes = AlmaLocationJson::differences(l, *found);
                item.action = item.changes.isEmpty() ? AlmaPlanItem::Action::AsWanted : AlmaPlanItem::Action::Update;
            }
            plan.items.append(item);
        }
    }
    if (needed(SectionId::Partners) && alma.partnersPart.read) {
        for (const Partner& p : data.partners) {
            if (p.code.trimmed().isEmpty())
                continue;
            AlmaPlanItem item;
            item.kind = AlmaPlanItem::Kind::Partner;
            item.key = AlmaItemKey::partner(p.code);
            item.label = partnerLabel(p);
            item.partner = p;
            const auto found = alma.partners.constFind(p.code);
            const nlohmann::json base = found == alma.partners.cend() ? nlohmann::json::object() : *found;
            if (found == alma.partners.cend()) {
                item.action = AlmaPlanItem::Action::Create;
                if (AlmaPartnerJson::detailsUnmanaged(p))
                    item.problems.append(
                        Text::tr("this program does not hold the connection details of profile type %1: "
                                 "copy the partner from the Community tab in Alma")
                            .arg(p.profileType));
            } else {
                item.changes = AlmaPartnerJson::differences(p, *found);
                item.action = item.changes.isEmpty() ? AlmaPlanItem::Action::AsWanted : AlmaPlanItem::Action::Update;
                // A new profile type replaces the old type's details with the new one's, which
                // this program must hold (their mandatory fields are checked below).
                const QString almaType = AlmaPartnerJson::profileTypeOf(*found);
                if (!p.profileType.isEmpty() && p.profileType != almaType && AlmaPartnerJson::detailsUnmanaged(p))
                    item.problems.append(
                        Text::tr("this program does not hold the connection details of profile type %1: change the "
                                 "type in Alma")
                            .arg(p.profileType));
            }
            const QStringList missing = AlmaPartnerJson::missingMandatory(p, base);
            if (!missing.isEmpty() && item.action != AlmaPlanItem::Action::AsWanted)
                item.problems.append(Text::tr("Alma requires %1 for %2 partners")
                                         .arg(missing.join(QLatin1String(", ")),
                                             p.profileType.isEmpty() ? Text::tr("all") : p.profileType));
            plan.items.append(item);
        }
    }

    // An item the checks find an error in is not sent: the plan names the error that holds it back.
    const QList<Finding> findings = SetupValidator::validate(data);
    for (AlmaPlanItem& item : plan.items) {
        if (item.action == AlmaPlanItem::Action::AsWanted)
            continue;
        for (const Finding& f : findings) {
            if (f.severity == Finding::Severity::Error && concerns(item, f))
                item.problems.append(Text::tr("open error in this setup: %1").arg(f.message));
        }
    }

    // Steps a push does for the user are not manual; verify ticks them once Alma shows them done.
    QSet<QString> pushedSteps; // "section/step"
    auto covers = [&](const AlmaStepKeys::Step& step) {
        pushedSteps.insert(Sections::key(step.section) + QLatin1Char('/') + QLatin1String(step.key));
    };
    bool allWorkflows = true;
    bool allExpiry = true;
    bool allPartnersPushable = true;
    bool anyPartner = false;
    for (const AlmaPlanItem& i : std::as_const(plan.items)) {
        if (!i.pushable()) {
            // Left as it is: its steps stay the user's.
            if (i.kind == AlmaPlanItem::Kind::Partner)
                allWorkflows = allExpiry = allPartnersPushable = false;
            continue;
        }
        if (i.kind == AlmaPlanItem::Kind::Location) {
            covers(i.location.borrowing ? AlmaStepKeys::AddBorrowingLocation : AlmaStepKeys::AddLendingLocation);
            if (!i.location.circDesk.isEmpty())
                covers(i.location.borrowing ? AlmaStepKeys::AttachDeskBorrowing : AlmaStepKeys::AttachDeskLending);
        } else {
            anyPartner = true;
            allWorkflows
                = allWorkflows && !i.partner.borrowingWorkflow.isEmpty() && !i.partner.lendingWorkflow.isEmpty();
            // The expiry time is pushed only where the profile type's details hold it.
            allExpiry = allExpiry && i.partner.expiryDays
                && PartnerFields::find(QStringLiteral("expiryDays"))->appliesTo(i.partner.profileType);
        }
    }
    if (anyPartner) {
        if (allPartnersPushable)
            covers(AlmaStepKeys::CopyPartners); // a pushed partner is in the institution's list, as a copy would be
        if (allExpiry)
            covers(AlmaStepKeys::SetExpiryTime);
        if (allWorkflows)
            covers(AlmaStepKeys::SetWorkflows);
    }
    auto pushed = [&](SectionId section, const QString& step) {
        return pushedSteps.contains(Sections::key(section) + QLatin1Char('/') + step);
    };
    for (SectionId id : Sections::all()) {
        const SectionSpec& section = SectionCatalog::section(id);
        if (!needed(section.id))
            continue;
        for (const StepSpec& step : section.steps) {
            if (pushed(section.id, step.key()))
                continue;
            if (!data.sections.value(section.id).steps.value(step.key()).done)
                plan.manualSteps.append({ section.id, step.translatedText(data), step.translatedMenuPath() });
        }
    }
    return plan;
}
