#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>

// A resource sharing partner as Alma holds it (rest_partner.xsd): its general details and the
// connection details of its profile type. A value the setup leaves unset (empty text, no number,
// no yes/no) is not managed: a push leaves Alma's value as it is. PartnerFields describes each
// member once for the table, CSV, files, the Alma mapping, the checks and the report.
struct Partner {
    // partner_details
    QString code; // unique and immutable in Alma
    QString name;
    QString profileType; // profile_details.profile_type: ISO, ISO_18626, NCIP_P2P, EMAIL, …
    QString status; // ACTIVE or INACTIVE
    QString systemType; // a code of Alma's PartnerSystemTypes table
    std::optional<bool> borrowingSupported;
    QString borrowingWorkflow; // the code of a borrowing workflow profile (section 5)
    std::optional<bool> lendingSupported;
    QString lendingWorkflow;
    std::optional<int> avgSupplyTime; // days
    std::optional<int> deliveryDelay; // days
    QString locateProfile;
    QString institutionCode;
    QString holdingCode;

    // profile_details.<type>_details: the connection, by profile type
    QString requestExpiryType; // NO_EXPIRY, INTEREST_DATE or EXPIRY_TIME (ISO, NCIP_P2P)
    std::optional<int> expiryDays; // expiry_time: the Parameters tab's Expiry Time (Days)
    QString illServer; // ISO, ISO_18626, NCIP_P2P
    std::optional<int> illPort; // ISO
    QString isoSymbol; // ISO, ISO_18626
    QString partnerSymbol; // NCIP_P2P
    QString partnerInstitutionCode; // NCIP_P2P: the partner's institution symbol
    QString userIdentifierType; // NCIP_P2P: general_user_id_type, a UserIdentifierTypes code
    QString emailAddress; // ISO and NCIP_P2P: email_address (overdue messages)
    QString email; // EMAIL: the address requests go to
    std::optional<bool> sendRequesterInformation; // ISO, ISO_18626, NCIP_P2P
    std::optional<bool> sharedBarcodes; // ISO, ISO_18626

    auto tied() const
    {
        return std::tie(code, name, profileType, status, systemType, borrowingSupported, borrowingWorkflow,
            lendingSupported, lendingWorkflow, avgSupplyTime, deliveryDelay, locateProfile, institutionCode,
            holdingCode, requestExpiryType, expiryDays, illServer, illPort, isoSymbol, partnerSymbol,
            partnerInstitutionCode, userIdentifierType, emailAddress, email, sendRequesterInformation, sharedBarcodes);
    }
    // Whether the library borrows from this partner: it has a code, is not INACTIVE and does not
    // say borrowing is unsupported. Only such partners belong in the rota and the borrowing rules.
    bool isBorrowedFrom() const
    {
        return borrowingSupported.value_or(true) && status != QLatin1String("INACTIVE") && !code.trimmed().isEmpty();
    }

    bool operator==(const Partner& other) const { return tied() == other.tied(); }
    bool operator!=(const Partner& other) const { return !(*this == other); }
};
