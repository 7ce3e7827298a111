#include "FieldCatalog.h"

#include "FieldId.h"

#include <QCoreApplication>
#include <QHash>

namespace {
#define T(s) QT_TRANSLATE_NOOP("FieldCatalog", s)

using S = SectionId;
using F = FieldType;

const QList<ChoiceSpec> kLocationTypes = {
    { "OPEN", T("Open") },
    { "CLOSED", T("Closed") },
    { "REMOTE_STORAGE", T("Remote Storage") },
    { "UNAVAILABLE", T("Unavailable") },
    { "NOT_IN_LIBRARY", T("Not in Library") },
};

// Alma offers these in the Locate By Fields box; the guide checks the first five.
const QList<ChoiceSpec> kLocateByFields = {
    { "TITLE", T("Title") },
    { "AUTHOR", T("Author") },
    { "ISBN_ISSN", T("ISBN/ISSN") },
    { "SYSTEM_CONTROL_NUMBER", T("System Control Number") },
    { "LCCN", T("LCCN (010)") },
};

// Borrowing workflow steps Alma offers; the guide checks the first eleven.
const QList<ChoiceSpec> kBorrowingSteps = {
    { "AUTOMATIC_RENEW", T("Automatic renew") },
    { "CANCELLED_BY_PATRON", T("Cancelled By Patron") },
    { "CANCELLED_BY_PARTNER", T("Cancelled by partner") },
    { "CANCELLED_BY_STAFF", T("Cancelled by staff") },
    { "CONDITIONAL", T("Conditional") },
    { "LENDER_CHECK_IN", T("Lender check in") },
    { "MANUAL_RENEW", T("Manual renew") },
    { "REJECT", T("Reject") },
    { "RENEW_REQUESTED", T("Renew requested") },
    { "REQUEST_ACCEPTED", T("Request accepted") },
    { "WILL_SUPPLY", T("Will supply") },
    { "CANCEL_REQUEST_NOT_ACCEPTED", T("Cancel request not accepted") },
    { "DAMAGED_COMMUNICATED", T("Damaged communicated") },
    { "DECLARED_LOST_BY_PARTNER", T("Declared lost by partner") },
    { "LOST_COMMUNICATED", T("Lost communicated") },
    { "RECALLED_BY_PARTNER", T("Recalled by partner") },
};

const QList<ChoiceSpec> kLendingSteps = {
    { "BORROWER_RECALL", T("Borrower recall") },
    { "CANCEL_REPLY", T("Cancel reply") },
    { "CONDITIONAL", T("Conditional") },
    { "LENDER_CHECK_IN", T("Lender check in") },
    { "PATRON_RENEWAL", T("Patron renewal") },
    { "STAFF_RENEWAL", T("Staff renewal") },
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

QList<FieldSpec> buildCatalog()
{
    const QVariant on(true);
    const QVariant empty(QString {});
    return {
        // Introduction
        { FieldId::Institution, std::nullopt, F::Text, T("&Institution:"),
            T("The Institution Zone being configured, as the report should name it."), empty },
        { FieldId::PreparedBy, std::nullopt, F::Text, T("&Prepared by:"),
            T("Who is doing the setup. Ticked steps record this name."), empty },
        { FieldId::Preset, std::nullopt, F::Choice, T("P&reset:"), nullptr, QStringLiteral("blank"),
            { { "wrlc", T("WRLC AFN/CLS") }, { "blank", T("Blank") } } },

        // 1. Resource sharing library
        { FieldId::LibraryChoice, S::ResourceSharingLibrary, F::Choice, T("Resource sharing &library:"),
            T("Using the main library avoids a transit step on every receive and return."),
            QStringLiteral("main"),
            { { "main", T("Main library (no transit step)") },
                { "standalone", T("Stand-alone resource sharing library (adds a transit step)") } } },
        { FieldId::LibraryCode, S::ResourceSharingLibrary, F::Text, T("Library &code:"),
            T("The Alma code of the library chosen above."), empty },
        { FieldId::LibraryIsRsLibrary, S::ResourceSharingLibrary, F::Bool, T("Is &Resource Sharing Library"),
            nullptr, on },
        { FieldId::LibrarySymbol, S::ResourceSharingLibrary, F::Text, T("&Symbol (OCLC):"),
            T("Your OCLC symbol, as in the Symbol field."), empty },
        { FieldId::LibraryCancelOnLocateFailure, S::ResourceSharingLibrary, F::Bool,
            T("Cancel Request on Locate Fail&ure"), nullptr, on },
        { FieldId::LibraryAutoActivateLocateProfile, S::ResourceSharingLibrary, F::Bool,
            T("Automatically &Activate Locate Profile"), nullptr, on },
        { FieldId::LibraryBorrowingDefaultLocation, S::ResourceSharingLibrary, F::Text,
            T("Borrowing default l&ocation:"), T("The temporary borrowing location of section 2."), empty },
        { FieldId::LibraryDefaultPickupLocation, S::ResourceSharingLibrary, F::Text,
            T("Default &pickup location:"), T("The library where patrons pick up borrowed items."), empty },
        { FieldId::LibraryAutoLocate, S::ResourceSharingLibrary, F::Bool, T("Automatically Locate Reso&urce"),
            nullptr, on },
        { FieldId::LibraryRejectNoAvailable, S::ResourceSharingLibrary, F::Bool,
            T("Reject Request When No A&vailable Items"), nullptr, on },
        { FieldId::LibraryRejectNoRequestable, S::ResourceSharingLibrary, F::Bool,
            T("Reject Request When No Re&questable Items"), nullptr, on },
        { FieldId::LibraryRejectOnlyElectronic, S::ResourceSharingLibrary, F::Bool,
            T("Reject Request When Only Electr&onic Available"), nullptr, on },
        { FieldId::LibraryIgnoreElectronic, S::ResourceSharingLibrary, F::Bool, T("Ignore Electronic Resourc&es"),
            nullptr, on },
        { FieldId::LibraryAutomaticCreation, S::ResourceSharingLibrary, F::Bool, T("Automatic Crea&tion"), nullptr,
            on },
        { FieldId::LibraryLendingDefaultLocation, S::ResourceSharingLibrary, F::Text,
            T("Lending default loca&tion:"), T("The temporary lending location of section 2."), empty },
        { FieldId::LibraryLocateByFields, S::ResourceSharingLibrary, F::MultiChoice, T("Locate B&y Fields:"),
            nullptr, valuesOf(kLocateByFields), kLocateByFields },

        // 2. Temporary locations
        { FieldId::BorrowingLocationCode, S::TemporaryLocations, F::Text, T("&Code:"),
            T("At most 10 characters, no commas."), empty, {}, ChoiceSource::Static, 10 },
        { FieldId::BorrowingLocationName, S::TemporaryLocations, F::Text, T("Na&me:"), nullptr, empty },
        { FieldId::BorrowingLocationExternalName, S::TemporaryLocations, F::Text, T("E&xternal name:"), nullptr,
            empty },
        { FieldId::BorrowingLocationType, S::TemporaryLocations, F::Choice, T("&Type:"), nullptr,
            QStringLiteral("OPEN"), kLocationTypes },
        { FieldId::BorrowingLocationRemoteStorage, S::TemporaryLocations, F::Text, T("&Remote storage:"),
            T("Leave blank."), empty },
        { FieldId::BorrowingLocationFulfillmentUnit, S::TemporaryLocations, F::Text, T("Fulfillment un&it:"),
            T("Ends in _FU: the RS library's unit."), empty },
        { FieldId::BorrowingLocationCallNumberType, S::TemporaryLocations, F::Text, T("Call n&umber type:"),
            T("Leave blank."), empty },
        { FieldId::LendingLocationCode, S::TemporaryLocations, F::Text, T("C&ode:"),
            T("At most 10 characters, no commas."), empty, {}, ChoiceSource::Static, 10 },
        { FieldId::LendingLocationName, S::TemporaryLocations, F::Text, T("N&ame:"), nullptr, empty },
        { FieldId::LendingLocationExternalName, S::TemporaryLocations, F::Text, T("External na&me:"), nullptr,
            empty },
        { FieldId::LendingLocationType, S::TemporaryLocations, F::Choice, T("T&ype:"), nullptr,
            QStringLiteral("OPEN"), kLocationTypes },
        { FieldId::LendingLocationRemoteStorage, S::TemporaryLocations, F::Text, T("Remote st&orage:"),
            T("Leave blank."), empty },
        { FieldId::LendingLocationFulfillmentUnit, S::TemporaryLocations, F::Text, T("Fu&lfillment unit:"),
            T("Ends in _FU: the RS library's unit."), empty },
        { FieldId::LendingLocationCallNumberType, S::TemporaryLocations, F::Text, T("Call number t&ype:"),
            T("Leave blank."), empty },
        { FieldId::CircDeskCode, S::TemporaryLocations, F::Text, T("Circulation &desk:"),
            T("The RS library's desk, attached to both locations."), empty },
        { FieldId::CircDeskCheckIn, S::TemporaryLocations, F::Bool, T("Check &In"), nullptr, on },
        { FieldId::CircDeskCheckOut, S::TemporaryLocations, F::Bool, T("Check Ou&t"), nullptr, on },
        { FieldId::CircDeskReshelve, S::TemporaryLocations, F::Bool, T("Re&shelve"), nullptr, on },

        // 3. Jobs
        { FieldId::JobExpiredRequestsActive, S::Jobs, F::Bool, T("Expired Resource Sharing Requests job &active"),
            nullptr, on },
        { FieldId::JobExpiredRequestsSchedule, S::Jobs, F::Choice, T("&Schedule:"), nullptr,
            QStringLiteral("DAILY_0200"),
            { { "DAILY_0200", T("Every Day at 02:00") }, { "DAILY_0400", T("Every Day at 04:00") },
                { "DAILY_2200", T("Every Day at 22:00") } } },

        // 5. Workflow profiles
        { FieldId::BorrowingProfileName, S::WorkflowProfiles, F::Text, T("Borrowing profile na&me:"), nullptr,
            QStringLiteral("Peer to Peer Borrowing") },
        { FieldId::BorrowingProfileCode, S::WorkflowProfiles, F::Text, T("Borrowing profile &code:"),
            T("Partners refer to the profile by this code."), QStringLiteral("P2P_BORROWING") },
        { FieldId::BorrowingProfileSteps, S::WorkflowProfiles, F::MultiChoice, T("Borrowing &steps:"), nullptr,
            valuesOf(kBorrowingSteps, 11), kBorrowingSteps },
        { FieldId::LendingProfileName, S::WorkflowProfiles, F::Text, T("&Lending profile name:"), nullptr,
            QStringLiteral("Peer to Peer Lending") },
        { FieldId::LendingProfileCode, S::WorkflowProfiles, F::Text, T("Lending profile co&de:"),
            T("Partners refer to the profile by this code."), QStringLiteral("P2P_LENDING") },
        { FieldId::LendingProfileSteps, S::WorkflowProfiles, F::MultiChoice, T("Lending s&teps:"), nullptr,
            valuesOf(kLendingSteps), kLendingSteps },

        // 6. Partners
        { FieldId::PartnerDefaultExpiryDays, S::Partners, F::Integer, T("Default e&xpiry time (days):"),
            T("Used for new partners. SUNY and FLVC use 4."), 4, {}, ChoiceSource::Static, 0, 1, 365 },

        // 7. Item policy
        { FieldId::ItemPolicyCode, S::ItemPolicy, F::Text, T("&Code:"), nullptr, QStringLiteral("P2P") },
        { FieldId::ItemPolicyDescription, S::ItemPolicy, F::Text, T("&Description:"), nullptr,
            QStringLiteral("Peer to peer borrowed item") },

        // 10. Terms of use
        { FieldId::LoanTouName, S::TermsOfUse, F::Text, T("&Loan TOU name:"), nullptr,
            QStringLiteral("Peer to Peer Loan") },
        { FieldId::LoanTouPolicies, S::TermsOfUse, F::MultiChoice, T("Loan TOU p&olicies:"), nullptr, QStringList {},
            {}, ChoiceSource::FulfillmentPolicies },
        { FieldId::LendingTouName, S::TermsOfUse, F::Text, T("Lendin&g Resource Sharing TOU name:"), nullptr,
            QStringLiteral("Peer to Peer Lending") },
        { FieldId::LendingTouPolicies, S::TermsOfUse, F::MultiChoice, T("Lending TOU polic&ies:"), nullptr,
            QStringList {}, {}, ChoiceSource::FulfillmentPolicies },
        { FieldId::BorrowingTouName, S::TermsOfUse, F::Text, T("Borro&wing Resource Sharing TOU name:"), nullptr,
            QStringLiteral("Peer to Peer Borrowing") },
        { FieldId::BorrowingTouPolicies, S::TermsOfUse, F::MultiChoice, T("Borrowing TOU poli&cies:"), nullptr,
            QStringList {}, {}, ChoiceSource::FulfillmentPolicies },

        // 12. Rota template
        { FieldId::RotaCode, S::RotaTemplate, F::Text, T("&Code:"), nullptr, QStringLiteral("P2P_ROTA") },
        { FieldId::RotaName, S::RotaTemplate, F::Text, T("Na&me:"), nullptr, QStringLiteral("Peer to Peer") },
        { FieldId::RotaType, S::RotaTemplate, F::Choice, T("&Type:"), nullptr, QStringLiteral("NON_ORDERED"),
            { { "NON_ORDERED", T("Non Ordered") }, { "ORDERED", T("Ordered") } } },
        { FieldId::RotaStatus, S::RotaTemplate, F::Choice, T("&Status:"), nullptr, QStringLiteral("ACTIVE"),
            { { "ACTIVE", T("Active") }, { "INACTIVE", T("Inactive") } } },
        { FieldId::RotaMembers, S::RotaTemplate, F::MultiChoice, T("&Members:"),
            T("Peer-to-peer partners of section 6."), QStringList {}, {}, ChoiceSource::Partners },
    };
}
#undef T
} // namespace

QString FieldSpec::translatedLabel() const { return QCoreApplication::translate("FieldCatalog", label); }

QString FieldSpec::translatedHelp() const
{
    return help ? QCoreApplication::translate("FieldCatalog", help) : QString();
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

QList<const FieldSpec*> FieldCatalog::ofSection(SectionId section)
{
    QList<const FieldSpec*> list;
    for (const auto& f : all()) {
        if (f.section == section)
            list.append(&f);
    }
    return list;
}

QString FieldSpec::qualifiedLabel() const
{
    QString label = translatedLabel();
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
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
            return QCoreApplication::translate("FieldCatalog", "%1 %2")
                .arg(QCoreApplication::translate("FieldCatalog", g.group), label.toLower());
    }
    return label;
}
