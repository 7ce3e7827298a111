#include "model/SectionCatalog.h"

#include "model/FieldId.h"
#include "model/SetupData.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SectionCatalog)
};

using L = ConfigLevel;

QList<SectionSpec> buildCatalog()
{
    const char* libraryDetails
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > Library Management > Library Details");
    const char* physicalLocations
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > Locations > Physical Locations");
    const char* jobs
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > General > Fulfillment Jobs Configuration");
    const char* otherSettings
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > General > Other Settings");
    const char* profiles
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > Resource Sharing > Workflow Profiles");
    const char* partners = QT_TRANSLATE_NOOP("SectionCatalog", "Fulfillment > Resource Sharing > Partners");
    const char* itemPolicy
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > Physical Fulfillment > Item Policy");
    const char* tempItemRules = QT_TRANSLATE_NOOP(
        "SectionCatalog", "Configuration > Fulfillment > Library Management > Temporary Item Creation Rules");
    const char* policies = QT_TRANSLATE_NOOP(
        "SectionCatalog", "Configuration > Fulfillment > Physical Fulfillment > Advanced Policy Configuration");
    const char* tous = QT_TRANSLATE_NOOP(
        "SectionCatalog", "Configuration > Fulfillment > Physical Fulfillment > Terms of Use and Policies");
    const char* fuRules
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > Physical Fulfillment > Fulfillment Units");
    const char* rotaTemplates = QT_TRANSLATE_NOOP("SectionCatalog", "Fulfillment > Resource Sharing > Rota Templates");
    const char* rotaRules
        = QT_TRANSLATE_NOOP("SectionCatalog", "Configuration > Fulfillment > Resource Sharing > Rota Assignment Rules");
    const char* sendingRules = QT_TRANSLATE_NOOP(
        "SectionCatalog", "Configuration > Fulfillment > Resource Sharing > Sending Borrowing Request Rules");

    return {
        { SectionId::ResourceSharingLibrary, "resource-sharing-library",
            QT_TRANSLATE_NOOP("SectionCatalog", "Resource Sharing Library"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "The resource sharing library houses the temporary borrowing and lending locations. Using your main "
                "library avoids a transit step on every receive and return; the stand-alone library Ex Libris "
                "created adds one."),
            libraryDetails, L::ResourceSharingLibrary, false,
            {
                { "open-details",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Select the resource sharing library from the Configuring dropdown and open Library Details."),
                    libraryDetails, L::ResourceSharingLibrary },
                { "resource-sharing-information",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "In Resource Sharing Information, check Is Resource Sharing Library and enter your OCLC "
                        "symbol in the Symbol field."),
                    libraryDetails, L::ResourceSharingLibrary },
                { "borrowing-information",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "In Borrowing Information, check Cancel Request on Locate Failure and Automatically Activate "
                        "Locate Profile, then select the default location (temporary borrowing location) and the "
                        "default pickup location."),
                    libraryDetails, L::ResourceSharingLibrary },
                { "lending-information",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "In Lending Information, check the six lending boxes and select the temporary lending "
                        "location as the default location."),
                    libraryDetails, L::ResourceSharingLibrary },
                { "locate-by-fields",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Check Locate By Fields, click No, and check the locate-by fields chosen below."),
                    libraryDetails, L::ResourceSharingLibrary },
                { "save", QT_TRANSLATE_NOOP("SectionCatalog", "Click Save."), libraryDetails,
                    L::ResourceSharingLibrary },
            } },
        { SectionId::TemporaryLocations, "temporary-locations",
            QT_TRANSLATE_NOOP("SectionCatalog", "Temporary Resource Sharing Locations"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "Temporary item records for items you borrow are housed in the temporary borrowing location; items "
                "you lend are moved to the temporary lending location while they are away."),
            physicalLocations, L::ResourceSharingLibrary, false,
            {
                { "open-locations",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Select the resource sharing library from the Configuring dropdown and open Physical "
                        "Locations."),
                    physicalLocations, L::ResourceSharingLibrary },
                { "add-borrowing-location",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Add Location: the temporary borrowing location, with the values below."),
                    physicalLocations, L::ResourceSharingLibrary, FieldId::BorrowingLocationExists,
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Open the existing temporary borrowing location and check it has the values below.") },
                { "add-lending-location",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Add Location: the temporary lending location, with the values below."),
                    physicalLocations, L::ResourceSharingLibrary, FieldId::LendingLocationExists,
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Open the existing temporary lending location and check it has the values below.") },
                { "attach-desk-borrowing",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Attach the resource sharing library's circulation desk to the borrowing location with Check "
                        "In, Check Out and Reshelve checked, then Save."),
                    physicalLocations, L::ResourceSharingLibrary },
                { "attach-desk-lending",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Attach the same circulation desk to the lending location with Check In, Check Out and "
                        "Reshelve checked, then Save."),
                    physicalLocations, L::ResourceSharingLibrary },
            } },
        { SectionId::Jobs, "jobs", QT_TRANSLATE_NOOP("SectionCatalog", "Resource Sharing Jobs"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "Without the Expired Resource Sharing Requests job, requests never move on to the next lender when a "
                "partner does not fill them within its expiry days. Requests expire at the next run after that, not "
                "at exactly that many days."),
            jobs, L::Institution, false,
            {
                { "activate-expired-requests-job",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Switch the Expired Resource Sharing Requests job to Active, select the schedule below, and "
                        "click Save."),
                    jobs, L::Institution },
            } },
        { SectionId::OtherSettings, "other-settings",
            QT_TRANSLATE_NOOP("SectionCatalog", "Other Resource Sharing Settings"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "The guide sets two parameters here, to the code of your resource sharing library and to the code of "
                "your temporary borrowing location: where Alma creates the temporary items of borrowed books. The "
                "guide's table of their names was lost; only the library parameter's name is confirmed."),
            otherSettings, L::Institution, false,
            {
                { "open-other-settings",
                    QT_TRANSLATE_NOOP("SectionCatalog", "Open Other Settings (the fulfillment customer parameters)."),
                    otherSettings, L::Institution },
                { "set-parameters",
                    QT_TRANSLATE_NOOP("SectionCatalog", "Set each parameter below to its value and click Save."),
                    otherSettings, L::Institution },
            } },
        { SectionId::WorkflowProfiles, "workflow-profiles", QT_TRANSLATE_NOOP("SectionCatalog", "Workflow Profiles"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "Workflow profiles decide which steps a resource sharing request goes through. Partners refer to "
                "them, so create them before editing the partners."),
            profiles, L::Institution, false,
            {
                { "add-borrowing-profile",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Add Workflow Profile: the borrowing profile, Type Borrowing, with the steps checked below; "
                        "Add and Close."),
                    profiles, L::Institution },
                { "add-lending-profile",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Add Workflow Profile: the lending profile, Type Lending, with the steps checked below; Add "
                        "and Close."),
                    profiles, L::Institution },
            } },
        { SectionId::Partners, "partners", QT_TRANSLATE_NOOP("SectionCatalog", "Resource Sharing Partners"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "Partners let Alma institutions send resource sharing requests to each other. Each partner needs "
                "your workflow profiles and an expiry time."),
            partners, L::MainAlmaPage, false,
            {
                { "copy-from-community",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "On the Community tab, search by Name for each partner, click the ellipsis and Copy."),
                    partners, L::MainAlmaPage },
                { "set-workflows",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "On the Institution tab, Edit each partner and select the borrowing and lending workflow "
                        "profiles."),
                    partners, L::MainAlmaPage },
                { "set-expiry-time",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "On the Parameters tab, set Expiry Time (Days) and click Save."),
                    partners, L::MainAlmaPage },
            } },
        { SectionId::ItemPolicy, "item-policy", QT_TRANSLATE_NOOP("SectionCatalog", "Item Policy"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "This item policy is added to the temporary records Alma creates for the items you borrow, so they "
                "get the right terms of use."),
            itemPolicy, L::ResourceSharingLibrary, false,
            {
                { "open-item-policy",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Select the resource sharing library from the Configuring dropdown and open Item Policy."),
                    itemPolicy, L::ResourceSharingLibrary },
                { "add-row",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Click Add Row, enter the code and description below, and click Add Row."),
                    itemPolicy, L::ResourceSharingLibrary },
                { "save", QT_TRANSLATE_NOOP("SectionCatalog", "Click Save."), itemPolicy, L::ResourceSharingLibrary },
            } },
        { SectionId::TemporaryItemCreationRule, "temporary-item-creation-rule",
            QT_TRANSLATE_NOOP("SectionCatalog", "Temporary Item Creation Rule"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "This rule gives the temporary records of borrowed items your item policy and the temporary "
                "borrowing location. Without it, borrowed items get the wrong terms of use and due dates."),
            tempItemRules, L::ResourceSharingLibrary, false,
            {
                { "add-rule",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Select the resource sharing library from the Configuring dropdown, open Temporary Item "
                        "Creation Rules and click Add Rule."),
                    tempItemRules, L::ResourceSharingLibrary },
                { "set-inputs-outputs",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Set the input Resource Sharing Partner InList your partners, and the outputs below."),
                    tempItemRules, L::ResourceSharingLibrary },
                { "move-to-top",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Move the rule to the top of the Temporary Item Creation Rules list."),
                    tempItemRules, L::ResourceSharingLibrary },
            } },
        { SectionId::FulfillmentPolicies, "fulfillment-policies",
            QT_TRANSLATE_NOOP("SectionCatalog", "Fulfillment Policies"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "The loan and lending terms of use are built from these policies. Agree the values with your lending "
                "partners; policies you already have can be reused."),
            policies, L::Institution, true,
            {
                { "agree-values",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Agree the policy values (loan period, renewals, due date …) with your partners."),
                    policies, L::Institution },
                { "add-policies",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Click Add Fulfillment Policy for each policy below, configure it and click Save."),
                    policies, L::Institution },
            } },
        { SectionId::TermsOfUse, "terms-of-use", QT_TRANSLATE_NOOP("SectionCatalog", "Terms of Use"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "The terms of use set the loan and renewal periods for items you borrow and lend, and decide which "
                "user groups may place borrowing requests in Primo."),
            tous, L::Institution, false,
            {
                { "add-loan-tou",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Add a Terms of Use of type Loan with the policies below, and Save."),
                    tous, L::Institution },
                { "add-lending-tou",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Add a Terms of Use of type Lending Resource Sharing with the policies below, and Save."),
                    tous, L::Institution },
                { "add-borrowing-tou",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Add a Terms of Use of type Borrowing Resource Sharing with the policies below, and Save."),
                    tous, L::Institution },
            } },
        { SectionId::FulfillmentUnitRules, "fulfillment-unit-rules",
            QT_TRANSLATE_NOOP("SectionCatalog", "Fulfillment Unit Rules"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "These rules assign your new terms of use to the items you borrow and lend. Alma uses the first rule "
                "that matches, so each new rule must stand above any rule that could match the same items or users."),
            fuRules, L::ResourceSharingLibrary, false,
            {
                { "add-loan-rule",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Edit the resource sharing fulfillment unit, Fulfillment Unit Rules tab, Rule Type Loan: add "
                        "the Loan rule below."),
                    fuRules, L::ResourceSharingLibrary },
                { "order-loan-rule",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Move the Loan rule above any other Loan rule that could match the same items."),
                    fuRules, L::ResourceSharingLibrary },
                { "add-lending-rule",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Rule Type Lending Resource Sharing: add the lending rule below."),
                    fuRules, L::ResourceSharingLibrary },
                { "order-lending-rule",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Move the lending rule above any other Lending Resource Sharing rule that could match the same "
                        "items."),
                    fuRules, L::ResourceSharingLibrary },
                { "add-borrowing-rule",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Rule Type Borrowing Resource Sharing: add the borrowing rule below with the user groups "
                        "allowed "
                        "to request."),
                    fuRules, L::ResourceSharingLibrary },
                { "order-borrowing-rule",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Move the borrowing rule above any other Borrowing Resource Sharing rule that could stop these "
                        "users from requesting."),
                    fuRules, L::ResourceSharingLibrary },
            } },
        { SectionId::RotaTemplate, "rota-template", QT_TRANSLATE_NOOP("SectionCatalog", "Rota Template"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "The rota template decides which peer-to-peer libraries are added to your request rotas. It is done "
                "from the main Alma page, not from Configuration."),
            rotaTemplates, L::MainAlmaPage, false,
            {
                { "add-template",
                    QT_TRANSLATE_NOOP("SectionCatalog",
                        "Click Add Template, fill in the values below and click Save and Add Members."),
                    rotaTemplates, L::MainAlmaPage },
                { "add-members",
                    QT_TRANSLATE_NOOP("SectionCatalog", "Click Add Partners, select the members below and click Save."),
                    rotaTemplates, L::MainAlmaPage },
            } },
        { SectionId::RotaAssignmentRule, "rota-assignment-rule",
            QT_TRANSLATE_NOOP("SectionCatalog", "Rota Assignment Rule"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "The rota assignment rule determines where your peer-to-peer libraries are positioned in your request "
                "rotas. Alma uses the first rule that matches, so the guide puts it at the top of the list."),
            rotaRules, L::Institution, false,
            {
                { "add-rule",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Click Add Rule, configure it as agreed with your partners and click Save."),
                    rotaRules, L::Institution },
                { "move-to-top",
                    QT_TRANSLATE_NOOP("SectionCatalog", "Move the rule to the top of the Rota Assignment Rules list."),
                    rotaRules, L::Institution },
            } },
        { SectionId::SendingBorrowingRequestRule, "sending-borrowing-request-rule",
            QT_TRANSLATE_NOOP("SectionCatalog", "Sending Borrowing Request Rule"),
            QT_TRANSLATE_NOOP("SectionCatalog",
                "This rule sends borrowing requests to your peer-to-peer partners automatically; without one, "
                "requests wait in Ready to be sent. Your existing rules may already do this."),
            sendingRules, L::Institution, true,
            {
                { "add-rule",
                    QT_TRANSLATE_NOOP(
                        "SectionCatalog", "Click Add Rule, configure it as agreed with your partners and click Save."),
                    sendingRules, L::Institution },
            } },
    };
}
#undef T

// The catalog's texts are marked with QT_TRANSLATE_NOOP above and translated when shown.
QString translated(const char* text)
{
    return QCoreApplication::translate("SectionCatalog", text);
}
} // namespace

QString StepSpec::translatedText() const
{
    return translated(text);
}
QString StepSpec::translatedText(const SetupData& data) const
{
    const bool when = whenField && data.fields.value(QString::fromLatin1(whenField)).toBool();
    return translated(when ? whenText : text);
}
QString StepSpec::translatedMenuPath() const
{
    return translated(menuPath);
}
QString SectionSpec::translatedTitle() const
{
    return translated(title);
}
QString SectionSpec::translatedWhy() const
{
    return translated(why);
}
QString SectionSpec::translatedMenuPath() const
{
    return translated(menuPath);
}

QString SectionSpec::numberedTitle() const
{
    return QStringLiteral("%1. %2").arg(Sections::number(id)).arg(translatedTitle());
}

const StepSpec* SectionSpec::step(const QString& key) const
{
    for (const auto& s : steps) {
        if (key == QLatin1String(s.id))
            return &s;
    }
    return nullptr;
}

const QList<SectionSpec>& SectionCatalog::all()
{
    static const QList<SectionSpec> catalog = buildCatalog();
    return catalog;
}

const SectionSpec& SectionCatalog::section(SectionId id)
{
    return all().at(Sections::index(id));
}

// The sections' order and keys are the catalog's.
const QList<SectionId>& Sections::all()
{
    static const QList<SectionId> list = [] {
        QList<SectionId> l;
        for (const SectionSpec& s : SectionCatalog::all())
            l.append(s.id);
        return l;
    }();
    return list;
}

QString Sections::key(SectionId id)
{
    return QString::fromLatin1(SectionCatalog::section(id).key);
}

std::optional<SectionId> Sections::fromKey(const QString& key)
{
    for (const SectionSpec& s : SectionCatalog::all()) {
        if (key == QLatin1String(s.key))
            return s.id;
    }
    return std::nullopt;
}

QString SectionCatalog::levelName(ConfigLevel level)
{
    switch (level) {
    case ConfigLevel::Institution:
        return Text::tr("Institution level");
    case ConfigLevel::ResourceSharingLibrary:
        return Text::tr("Configuring: the resource sharing library");
    case ConfigLevel::MainAlmaPage:
        return Text::tr("Main Alma page (not Configuration)");
    }
    return {};
}
