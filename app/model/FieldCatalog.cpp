#include "model/FieldCatalog.h"

#include "model/FieldId.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FieldCatalog)
};

using S = SectionId;
using F = FieldType;

using Src = Source;

// rest_location.json, type: "Possible codes are OPEN/CLOSED/REMOTE as listed in the
// 'HLocation.locationType' code-table." Nothing else may be pushed.
const char* const LocationTypes = "rest_location.json: \"Possible codes are OPEN/CLOSED/REMOTE\"";
const QList<ChoiceSpec> kLocationTypes = {
    { "", QT_TRANSLATE_NOOP("FieldCatalog", "(not set: not sent, Alma keeps its own)"), Src::ExLibris,
        "rest_location.json: \"The location type code. Optional.\"" },
    { "OPEN", QT_TRANSLATE_NOOP("FieldCatalog", "Open"), Src::ExLibris, LocationTypes },
    { "CLOSED", QT_TRANSLATE_NOOP("FieldCatalog", "Closed"), Src::ExLibris, LocationTypes },
    { "REMOTE", QT_TRANSLATE_NOOP("FieldCatalog", "Remote"), Src::ExLibris, LocationTypes },
};

// Alma offers these in the Locate By Fields box; the guide checks the first five.
const QList<ChoiceSpec> kLocateByFields = {
    { "TITLE", QT_TRANSLATE_NOOP("FieldCatalog", "Title") },
    { "AUTHOR", QT_TRANSLATE_NOOP("FieldCatalog", "Author") },
    { "ISBN_ISSN", QT_TRANSLATE_NOOP("FieldCatalog", "ISBN/ISSN") },
    { "SYSTEM_CONTROL_NUMBER", QT_TRANSLATE_NOOP("FieldCatalog", "System Control Number") },
    { "LCCN", QT_TRANSLATE_NOOP("FieldCatalog", "LCCN (010)") },
};

// Borrowing workflow steps Alma offers; the guide checks the first eleven, the domain notes name the others.
const QList<ChoiceSpec> kBorrowingSteps = {
    { "AUTOMATIC_RENEW", QT_TRANSLATE_NOOP("FieldCatalog", "Automatic renew") },
    { "CANCELLED_BY_PATRON", QT_TRANSLATE_NOOP("FieldCatalog", "Cancelled By Patron") },
    { "CANCELLED_BY_PARTNER", QT_TRANSLATE_NOOP("FieldCatalog", "Cancelled by partner") },
    { "CANCELLED_BY_STAFF", QT_TRANSLATE_NOOP("FieldCatalog", "Cancelled by staff") },
    { "CONDITIONAL", QT_TRANSLATE_NOOP("FieldCatalog", "Conditional") },
    { "LENDER_CHECK_IN", QT_TRANSLATE_NOOP("FieldCatalog", "Lender check in") },
    { "MANUAL_RENEW", QT_TRANSLATE_NOOP("FieldCatalog", "Manual renew") },
    { "REJECT", QT_TRANSLATE_NOOP("FieldCatalog", "Reject") },
    { "RENEW_REQUESTED", QT_TRANSLATE_NOOP("FieldCatalog", "Renew requested") },
    { "REQUEST_ACCEPTED", QT_TRANSLATE_NOOP("FieldCatalog", "Request accepted") },
    { "WILL_SUPPLY", QT_TRANSLATE_NOOP("FieldCatalog", "Will supply") },
    { "CANCEL_REQUEST_NOT_ACCEPTED", QT_TRANSLATE_NOOP("FieldCatalog", "Cancel request not accepted"), Src::Public,
        "domain notes (public sources) §5: \"Other borrowing steps Alma offers\"" },
    { "DAMAGED_COMMUNICATED", QT_TRANSLATE_NOOP("FieldCatalog", "Damaged communicated"), Src::Public,
        "domain notes (public sources) §5: \"Other borrowing steps Alma offers\"" },
    { "DECLARED_LOST_BY_PARTNER", QT_TRANSLATE_NOOP("FieldCatalog", "Declared lost by partner"), Src::Public,
        "domain notes (public sources) §5: \"Other borrowing steps Alma offers\"" },
    { "LOST_COMMUNICATED", QT_TRANSLATE_NOOP("FieldCatalog", "Lost communicated"), Src::Public,
        "domain notes (public sources) §5: \"Other borrowing steps Alma offers\"" },
    { "RECALLED_BY_PARTNER", QT_TRANSLATE_NOOP("FieldCatalog", "Recalled by partner"), Src::Public,
        "domain notes (public sources) §5: \"Other borrowing steps Alma offers\"" },
};

const QList<ChoiceSpec> kLendingSteps = {
    { "BORROWER_RECALL", QT_TRANSLATE_NOOP("FieldCatalog", "Borrower recall") },
    { "CANCEL_REPLY", QT_TRANSLATE_NOOP("FieldCatalog", "Cancel reply") },
    { "CONDITIONAL", QT_TRANSLATE_NOOP("FieldCatalog", "Conditional") },
    { "LENDER_CHECK_IN", QT_TRANSLATE_NOOP("FieldCatalog", "Lender check in") },
    { "PATRON_RENEWAL", QT_TRANSLATE_NOOP("FieldCatalog", "Patron renewal") },
    { "STAFF_RENEWAL", QT_TRANSLATE_NOOP("FieldCatalog", "Staff renewal") },
};

QStringList valuesOf(const QList<ChoiceSpec>& choices, int count = -1)
{
    QStringList values;
    for (const auto& c : choices) {
        if (count >= 0 && values.size() == count)
            break;
        values.append(QString::fromLatin1(c.value));
    }
    return values;
}

QList<FieldSpec> buildFields();

struct RetiredChoice {
    const char* field;
    const char* value;
    const char* now;
};
const RetiredChoice kRetiredChoices[] = {
    { FieldId::BorrowingLocationType, "REMOTE_STORAGE", "REMOTE" },
    { FieldId::BorrowingLocationType, "UNAVAILABLE", "" },
    { FieldId::BorrowingLocationType, "NOT_IN_LIBRARY", "" },
    { FieldId::LendingLocationType, "REMOTE_STORAGE", "REMOTE" },
    { FieldId::LendingLocationType, "UNAVAILABLE", "" },
    { FieldId::LendingLocationType, "NOT_IN_LIBRARY", "" },
    { FieldId::JobExpiredRequestsSchedule, "DAILY_0400", "OTHER" },
    { FieldId::JobExpiredRequestsSchedule, "DAILY_2200", "OTHER" },
};

const char* const WrlcLocations = "\"WRLC's AFN / CLS process uses CLSBORR and CLSLEND as your Institution's temporary "
                                  "resource sharing locations\"";
const QList<FieldCatalog::PresetValue> kPresetValues {
    { "wrlc", FieldId::LibraryChoice, "main", Src::Guide,
        "\"WRLC's AFN / CLS process uses your institution's Main Library\"" },
    { "wrlc", FieldId::BorrowingLocationCode, "CLSBORR", Src::Guide, WrlcLocations },
    { "wrlc", FieldId::LendingLocationCode, "CLSLEND", Src::Guide, WrlcLocations },
    { "wrlc", FieldId::LibraryBorrowingDefaultLocation, "CLSBORR", Src::Guide, WrlcLocations },
    { "wrlc", FieldId::LibraryLendingDefaultLocation, "CLSLEND", Src::Guide, WrlcLocations },
    { "wrlc", FieldId::BorrowingLocationExists, "true", Src::Public, "WRLC members have CLSBORR and CLSLEND with AFN" },
    { "wrlc", FieldId::LendingLocationExists, "true", Src::Public, "WRLC members have CLSBORR and CLSLEND with AFN" },
    // An existing location keeps its type: a preset value would overwrite the real one.
    { "wrlc", FieldId::BorrowingLocationType, "", Src::ExLibris,
        "rest_location.json: \"The location type code. Optional.\"" },
    { "wrlc", FieldId::LendingLocationType, "", Src::ExLibris,
        "rest_location.json: \"The location type code. Optional.\"" },
};

// Where each default value comes from, when it is not the guide's own words: one list, read by the
// pages' "suggested" marks, the report and docs/sources.md.
struct DefaultSource {
    const char* field;
    Source source;
    const char* where;
};
const DefaultSource kDefaultSources[] = {
    { FieldId::LibraryChoice, Src::Guide, "\"WRLC's AFN / CLS process uses your institution's Main Library\"" },
    { FieldId::BorrowingLocationType, Src::Suggestion, "the guide's table of values was lost" },
    { FieldId::LendingLocationType, Src::Suggestion, "the guide's table of values was lost" },
    { FieldId::BorrowingProfileCode, Src::Suggestion,
        "partners refer to the profile by a code the guide does not give" },
    { FieldId::LendingProfileCode, Src::Suggestion, "partners refer to the profile by a code the guide does not give" },
    { FieldId::PartnerDefaultExpiryDays, Src::Public, "domain notes (public sources) §6: \"SUNY and FLVC use 4\"" },
    { FieldId::ItemPolicyCode, Src::Suggestion, "the guide's image of the item policy was lost" },
    { FieldId::ItemPolicyDescription, Src::Suggestion, "the guide's image of the item policy was lost" },
    { FieldId::LoanTouName, Src::Suggestion, nullptr },
    { FieldId::LendingTouName, Src::Suggestion, nullptr },
    { FieldId::BorrowingTouName, Src::Suggestion, nullptr },
    { FieldId::RotaCode, Src::Suggestion, nullptr },
    { FieldId::RotaName, Src::Suggestion, nullptr },
    { FieldId::RotaType, Src::Public, "domain notes (public sources) §12: \"Type (e.g. Non Ordered)\"" },
    { FieldId::RotaStatus, Src::Suggestion, nullptr },
};

QList<FieldSpec> buildCatalog()
{
    QList<FieldSpec> catalog = buildFields();
    for (FieldSpec& spec : catalog) {
        for (const DefaultSource& d : kDefaultSources) {
            if (qstrcmp(spec.id, d.field) == 0) {
                spec.defaultSource = d.source;
                spec.defaultWhere = d.where;
            }
        }
    }
    return catalog;
}

QList<FieldSpec> buildFields()
{
    const QVariant on(true);
    const QVariant empty(QString {});
    return {
        // Introduction
        { FieldId::Institution, std::nullopt, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "&Institution:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "The Institution Zone being configured, as the report should name it."),
            empty },
        { FieldId::PreparedBy, std::nullopt, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "&Prepared by:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Who is doing the setup. Ticked steps record this name."), empty },
        { FieldId::Preset, std::nullopt, F::Choice, QT_TRANSLATE_NOOP("FieldCatalog", "P&reset:"), nullptr,
            QStringLiteral("blank"),
            { { "wrlc", QT_TRANSLATE_NOOP("FieldCatalog", "WRLC AFN/CLS") },
                { "blank", QT_TRANSLATE_NOOP("FieldCatalog", "Blank") } } },

        // 1. Resource sharing library
        { FieldId::LibraryChoice, S::ResourceSharingLibrary, F::Choice,
            QT_TRANSLATE_NOOP("FieldCatalog", "Resource sharing &library:"),
            QT_TRANSLATE_NOOP(
                "FieldCatalog", "Using the main library avoids a transit step on every receive and return."),
            QStringLiteral("main"),
            { { "main", QT_TRANSLATE_NOOP("FieldCatalog", "Main library (no transit step)") },
                { "standalone",
                    QT_TRANSLATE_NOOP(
                        "FieldCatalog", "Stand-alone resource sharing library (adds a transit step)") } } },
        { FieldId::LibraryCode, S::ResourceSharingLibrary, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "Library &code:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "The Alma code of the library chosen above."), empty },
        { FieldId::LibraryIsRsLibrary, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Is &Resource Sharing Library"), nullptr, on },
        { FieldId::LibrarySymbol, S::ResourceSharingLibrary, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "&Symbol (OCLC):"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Your OCLC symbol, as in the Symbol field."), empty },
        { FieldId::LibraryCancelOnLocateFailure, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Cancel Request on Locate Fail&ure"), nullptr, on },
        { FieldId::LibraryAutoActivateLocateProfile, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Automatically &Activate Locate Profile"), nullptr, on },
        { FieldId::LibraryBorrowingDefaultLocation, S::ResourceSharingLibrary, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Borrowing default l&ocation:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "The temporary borrowing location of section 2."), empty },
        { FieldId::LibraryDefaultPickupLocation, S::ResourceSharingLibrary, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Default &pickup location:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "The library where patrons pick up borrowed items."), empty },
        { FieldId::LibraryAutoLocate, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Automatically Locate Reso&urce"), nullptr, on },
        { FieldId::LibraryRejectNoAvailable, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Reject Request When No A&vailable Items"), nullptr, on },
        { FieldId::LibraryRejectNoRequestable, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Reject Request When No Re&questable Items"), nullptr, on },
        { FieldId::LibraryRejectOnlyElectronic, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Reject Request When Only Electr&onic Available"), nullptr, on },
        { FieldId::LibraryIgnoreElectronic, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Ignore E&lectronic Resources"), nullptr, on },
        { FieldId::LibraryAutomaticCreation, S::ResourceSharingLibrary, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Automatic Crea&tion"), nullptr, on },
        { FieldId::LibraryLendingDefaultLocation, S::ResourceSharingLibrary, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Lending default loca&tion:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "The temporary lending location of section 2."), empty },
        { FieldId::LibraryLocateByFields, S::ResourceSharingLibrary, F::MultiChoice,
            QT_TRANSLATE_NOOP("FieldCatalog", "Locate B&y Fields:"), nullptr, valuesOf(kLocateByFields),
            kLocateByFields },

        // 2. Temporary locations
        { FieldId::BorrowingLocationExists, S::TemporaryLocations, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Already e&xists in Alma: reuse it"),
            QT_TRANSLATE_NOOP("FieldCatalog",
                "Then the step is to check it; a push never creates it and changes only what differs from the values "
                "entered here (an empty name, or the suggested type Open, keeps Alma's)."),
            QVariant(false) },
        { FieldId::BorrowingLocationCode, S::TemporaryLocations, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "&Code:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "At most 10 characters, no commas."), empty, {}, ChoiceSource::Static,
            10 },
        { FieldId::BorrowingLocationName, S::TemporaryLocations, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "Na&me:"),
            nullptr, empty },
        { FieldId::BorrowingLocationExternalName, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "E&xternal name:"), nullptr, empty },
        { FieldId::BorrowingLocationType, S::TemporaryLocations, F::Choice, QT_TRANSLATE_NOOP("FieldCatalog", "&Type:"),
            nullptr, QStringLiteral("OPEN"), kLocationTypes },
        { FieldId::BorrowingLocationRemoteStorage, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "&Remote storage:"), QT_TRANSLATE_NOOP("FieldCatalog", "Leave blank."),
            empty },
        { FieldId::BorrowingLocationFulfillmentUnit, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Fulfillment un&it:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Ends in _FU: the RS library's unit."), empty },
        { FieldId::BorrowingLocationCallNumberType, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Call n&umber type:"), QT_TRANSLATE_NOOP("FieldCatalog", "Leave blank."),
            empty },
        { FieldId::LendingLocationExists, S::TemporaryLocations, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Already exists in Alma: re&use it"),
            QT_TRANSLATE_NOOP("FieldCatalog",
                "Then the step is to check it; a push never creates it and changes only what differs from the values "
                "entered here (an empty name, or the suggested type Open, keeps Alma's)."),
            QVariant(false) },
        { FieldId::LendingLocationCode, S::TemporaryLocations, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "C&ode:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "At most 10 characters, no commas."), empty, {}, ChoiceSource::Static,
            10 },
        { FieldId::LendingLocationName, S::TemporaryLocations, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "N&ame:"),
            nullptr, empty },
        { FieldId::LendingLocationExternalName, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "External na&me:"), nullptr, empty },
        { FieldId::LendingLocationType, S::TemporaryLocations, F::Choice, QT_TRANSLATE_NOOP("FieldCatalog", "T&ype:"),
            nullptr, QStringLiteral("OPEN"), kLocationTypes },
        { FieldId::LendingLocationRemoteStorage, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Remote st&orage:"), QT_TRANSLATE_NOOP("FieldCatalog", "Leave blank."),
            empty },
        { FieldId::LendingLocationFulfillmentUnit, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Fu&lfillment unit:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Ends in _FU: the RS library's unit."), empty },
        { FieldId::LendingLocationCallNumberType, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Call number t&ype:"), QT_TRANSLATE_NOOP("FieldCatalog", "Leave blank."),
            empty },
        { FieldId::CircDeskCode, S::TemporaryLocations, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Circulation &desk:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "The RS library's desk, attached to both locations."), empty },
        { FieldId::CircDeskCheckIn, S::TemporaryLocations, F::Bool, QT_TRANSLATE_NOOP("FieldCatalog", "Check &In"),
            nullptr, on },
        { FieldId::CircDeskCheckOut, S::TemporaryLocations, F::Bool, QT_TRANSLATE_NOOP("FieldCatalog", "Check Ou&t"),
            nullptr, on },
        { FieldId::CircDeskReshelve, S::TemporaryLocations, F::Bool, QT_TRANSLATE_NOOP("FieldCatalog", "Re&shelve"),
            nullptr, on },

        // 3. Jobs
        { FieldId::JobExpiredRequestsActive, S::Jobs, F::Bool,
            QT_TRANSLATE_NOOP("FieldCatalog", "Expired Resource Sharing Requests job &active"), nullptr, on },
        { FieldId::JobExpiredRequestsSchedule, S::Jobs, F::Choice, QT_TRANSLATE_NOOP("FieldCatalog", "&Schedule:"),
            nullptr, QStringLiteral("DAILY_0200"),
            { { "DAILY_0200", QT_TRANSLATE_NOOP("FieldCatalog", "Every Day at 02:00"), Src::Guide,
                  "\"select Every Day at 02:00 from the Schedule dropdown\"" },
                { "OTHER", QT_TRANSLATE_NOOP("FieldCatalog", "Another schedule (not the guide's)"), Src::Guide,
                    "\"select Every Day at 02:00\"; any other schedule departs from the guide" } } },

        // 5. Workflow profiles
        { FieldId::BorrowingProfileName, S::WorkflowProfiles, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Borrowing profile na&me:"), nullptr,
            QStringLiteral("Peer to Peer Borrowing") },
        { FieldId::BorrowingProfileCode, S::WorkflowProfiles, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Borrowing profile &code:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Partners refer to the profile by this code."),
            QStringLiteral("P2P_BORROWING") },
        { FieldId::BorrowingProfileSteps, S::WorkflowProfiles, F::MultiChoice,
            QT_TRANSLATE_NOOP("FieldCatalog", "Borrowing &steps:"), nullptr, valuesOf(kBorrowingSteps, 11),
            kBorrowingSteps },
        { FieldId::LendingProfileName, S::WorkflowProfiles, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "&Lending profile name:"), nullptr,
            QStringLiteral("Peer to Peer Lending") },
        { FieldId::LendingProfileCode, S::WorkflowProfiles, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Lending profile co&de:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Partners refer to the profile by this code."),
            QStringLiteral("P2P_LENDING") },
        { FieldId::LendingProfileSteps, S::WorkflowProfiles, F::MultiChoice,
            QT_TRANSLATE_NOOP("FieldCatalog", "Lending s&teps:"), nullptr, valuesOf(kLendingSteps), kLendingSteps },

        // 6. Partners
        { FieldId::PartnerDefaultExpiryDays, S::Partners, F::Integer,
            QT_TRANSLATE_NOOP("FieldCatalog", "Default e&xpiry time (days):"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Used for new partners. SUNY and FLVC use 4."), 4, {},
            ChoiceSource::Static, 0, 1, 365 },

        // 7. Item policy
        { FieldId::ItemPolicyCode, S::ItemPolicy, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "&Code:"), nullptr,
            QStringLiteral("P2P") },
        { FieldId::ItemPolicyDescription, S::ItemPolicy, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "&Description:"),
            nullptr, QStringLiteral("Peer to peer borrowed item") },

        // 10. Terms of use
        { FieldId::LoanTouName, S::TermsOfUse, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "&Loan TOU name:"), nullptr,
            QStringLiteral("Peer to Peer Loan") },
        { FieldId::LoanTouPolicies, S::TermsOfUse, F::MultiChoice,
            QT_TRANSLATE_NOOP("FieldCatalog", "Loan TOU p&olicies:"), nullptr, QStringList {}, {},
            ChoiceSource::FulfillmentPolicies },
        { FieldId::LendingTouName, S::TermsOfUse, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Lending Resource Sharing TO&U name:"), nullptr,
            QStringLiteral("Peer to Peer Lending") },
        { FieldId::LendingTouPolicies, S::TermsOfUse, F::MultiChoice,
            QT_TRANSLATE_NOOP("FieldCatalog", "Lending TOU polic&ies:"), nullptr, QStringList {}, {},
            ChoiceSource::FulfillmentPolicies },
        { FieldId::BorrowingTouName, S::TermsOfUse, F::Text,
            QT_TRANSLATE_NOOP("FieldCatalog", "Borro&wing Resource Sharing TOU name:"), nullptr,
            QStringLiteral("Peer to Peer Borrowing") },
        { FieldId::BorrowingTouPolicies, S::TermsOfUse, F::MultiChoice,
            QT_TRANSLATE_NOOP("FieldCatalog", "Borrowing TOU poli&cies:"), nullptr, QStringList {}, {},
            ChoiceSource::FulfillmentPolicies },

        // 12. Rota template
        { FieldId::RotaCode, S::RotaTemplate, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "&Code:"), nullptr,
            QStringLiteral("P2P_ROTA") },
        { FieldId::RotaName, S::RotaTemplate, F::Text, QT_TRANSLATE_NOOP("FieldCatalog", "Na&me:"), nullptr,
            QStringLiteral("Peer to Peer") },
        { FieldId::RotaType, S::RotaTemplate, F::Choice, QT_TRANSLATE_NOOP("FieldCatalog", "&Type:"), nullptr,
            QStringLiteral("NON_ORDERED"),
            { { "NON_ORDERED", QT_TRANSLATE_NOOP("FieldCatalog", "Non Ordered"), Src::Public,
                  "domain notes (public sources) §12: \"Type (e.g. Non Ordered)\"" },
                { "ORDERED", QT_TRANSLATE_NOOP("FieldCatalog", "Ordered"), Src::Suggestion, nullptr } } },
        { FieldId::RotaStatus, S::RotaTemplate, F::Choice, QT_TRANSLATE_NOOP("FieldCatalog", "&Status:"), nullptr,
            QStringLiteral("ACTIVE"),
            { { "ACTIVE", QT_TRANSLATE_NOOP("FieldCatalog", "Active"), Src::Suggestion,
                  "domain notes (public sources) §12 names a Status field; its values are not published" },
                { "INACTIVE", QT_TRANSLATE_NOOP("FieldCatalog", "Inactive"), Src::Suggestion, nullptr } } },
        { FieldId::RotaMembers, S::RotaTemplate, F::MultiChoice, QT_TRANSLATE_NOOP("FieldCatalog", "&Members:"),
            QT_TRANSLATE_NOOP("FieldCatalog", "Peer-to-peer partners of section 6."), QStringList {}, {},
            ChoiceSource::Partners },
    };
}
#undef T
} // namespace

QString FieldSpec::translatedLabel() const
{
    return QCoreApplication::translate("FieldCatalog", label);
}

QString FieldSpec::translatedHelp() const
{
    return help ? QCoreApplication::translate("FieldCatalog", help) : QString();
}

const ChoiceSpec* FieldSpec::choice(const QString& value) const
{
    for (const auto& c : choices) {
        if (value == QLatin1String(c.value))
            return &c;
    }
    return nullptr;
}

std::optional<QString> FieldSpec::replacementFor(const QString& retiredValue) const
{
    for (const RetiredChoice& r : kRetiredChoices) {
        if (qstrcmp(id, r.field) == 0 && retiredValue == QLatin1String(r.value))
            return QString::fromLatin1(r.now);
    }
    return std::nullopt;
}

const QList<FieldCatalog::PresetValue>& FieldCatalog::presetValues()
{
    return kPresetValues;
}

const FieldCatalog::PresetValue* FieldCatalog::presetValue(const QString& preset, const QString& field)
{
    for (const PresetValue& p : kPresetValues) {
        if (preset == QLatin1String(p.preset) && field == QLatin1String(p.field))
            return &p;
    }
    return nullptr;
}

QString FieldSpec::suggestionNote(const QVariant& value) const
{
    for (const FieldCatalog::PresetValue& p : FieldCatalog::presetValues()) {
        if (qstrcmp(id, p.field) == 0 && p.source == Source::Suggestion
            && value.toString() == QString::fromUtf8(p.value))
            return Sources::describe(p.source, p.where);
    }
    if (type == FieldType::Choice) {
        const ChoiceSpec* c = choice(value.toString());
        if (c && c->source == Source::Suggestion)
            return Sources::describe(c->source, c->where);
    }
    if (defaultSource == Source::Suggestion && value == defaultValue && !value.toString().isEmpty())
        return Sources::describe(defaultSource, defaultWhere);
    return {};
}

const QList<FieldCatalog::OtherSetting>& FieldCatalog::otherSettings()
{
    static const QList<OtherSetting> settings {
        { { "ill_item_creation_lib_code", Src::Public,
              "domain notes (public sources) §4: \"ill_item_creation_lib_code is confirmed\"" },
            FieldId::LibraryCode },
        { { "ill_item_creation_loc_code", Src::Suggestion,
              "unconfirmed: no public source names this parameter; check your Other Settings table" },
            FieldId::BorrowingLocationCode },
    };
    return settings;
}

const QList<Sourced>& FieldCatalog::policyTypes()
{
    // The domain notes (section 9) name "loan period, is loanable, renewable, maximum renewal
    // period, due date"; an Ex Libris Knowledge Center article names two of them as Alma writes them.
    static const char* const named
        = "domain notes (public sources) §9: \"loan period, is loanable, renewable, maximum renewal period, due date\"";
    static const char* const knowledgeCenter = "Ex Libris Knowledge Center, \"Loan doesn't renew as expected\": "
                                               "\"the 'Maximum Renewal Period' policy in the Loan Terms of Use\", "
                                               "\"the 'Due Date' policy\"";
    static const QList<Sourced> types {
        { "Loan Period", Src::Public, named },
        { "Is Loanable", Src::Public, named },
        { "Is Renewable", Src::Suggestion, "the domain notes say \"renewable\"; Alma's name for it is not published" },
        { "Maximum Renewal Period", Src::ExLibris, knowledgeCenter },
        { "Due Date", Src::ExLibris, knowledgeCenter },
    };
    return types;
}

QString FieldSpec::choiceLabel(const QString& value) const
{
    for (const auto& c : choices) {
        if (value == QLatin1String(c.value))
            return QCoreApplication::translate("FieldCatalog", c.label);
    }
    return value;
}

const QList<FieldSpec>& FieldCatalog::all()
{
    static const QList<FieldSpec> catalog = buildCatalog();
    return catalog;
}

const FieldSpec* FieldCatalog::find(const QString& id)
{
    static const QHash<QString, const FieldSpec*> index = [] {
        QHash<QString, const FieldSpec*> h;
        for (const auto& f : all())
            h.insert(f.key(), &f);
        return h;
    }();
    return index.value(id, nullptr);
}

const FieldSpec& FieldCatalog::get(const QString& id)
{
    const FieldSpec* spec = find(id);
    Q_ASSERT_X(spec, "FieldCatalog::get", qPrintable(id));
    return *spec;
}

const FieldSpec& FieldCatalog::get(const char* id)
{
    return get(QString::fromLatin1(id));
}

QList<const FieldSpec*> FieldCatalog::ofSection(SectionId section)
{
    QList<const FieldSpec*> list;
    for (const auto& f : all()) {
        if (f.section == section)
            list.append(&f);
    }
    return list;
}

QString FieldSpec::plainLabel() const
{
    QString label = translatedLabel();
    label.remove(QLatin1Char('&'));
    label = label.trimmed();
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed(); // French puts a space before the colon
}

QString FieldSpec::qualifiedLabel() const
{
    const QString label = plainLabel();
    static const struct {
        const char* prefix;
        const char* group;
    } groups[] = {
        { "location.borrowing.", QT_TRANSLATE_NOOP("FieldCatalog", "Temporary borrowing location") },
        { "location.lending.", QT_TRANSLATE_NOOP("FieldCatalog", "Temporary lending location") },
        { "item-policy.", QT_TRANSLATE_NOOP("FieldCatalog", "Item policy") },
        { "rota.", QT_TRANSLATE_NOOP("FieldCatalog", "Rota template") },
    };
    for (const auto& g : groups) {
        if (qstrncmp(id, g.prefix, qstrlen(g.prefix)) == 0)
            return Text::tr("%1 (%2)").arg(QCoreApplication::translate("FieldCatalog", g.group), label);
    }
    return label;
}
