#pragma once

#include <QString>
#include <QStringList>

#include <tuple>

// A resource sharing partner, with the fields of Alma's partner object that the setup manages
// (names follow rest_partner: code, name, status, profile_details.profile_type, …).
struct Partner {
    QString code; // unique and immutable in Alma
    QString name;
    QString profileType = QStringLiteral("NCIP_P2P"); // ISO, ISO_18626, NCIP_P2P, …
    QString status = QStringLiteral("ACTIVE"); // ACTIVE or INACTIVE
    QString borrowingWorkflow;
    QString lendingWorkflow;
    int expiryDays = 4; // Parameters tab: Expiry Time (Days)
    int avgSupplyTime = 4; // days, required by Alma
    int deliveryDelay = 0;
    bool borrowingSupported = true;
    bool lendingSupported = true;
    QString systemType;
    QString locateProfile;
    QString institutionCode;
    QString holdingCode;

    auto tied() const
    {
        return std::tie(code, name, profileType, status, borrowingWorkflow, lendingWorkflow, expiryDays,
            avgSupplyTime, deliveryDelay, borrowingSupported, lendingSupported, systemType, locateProfile,
            institutionCode, holdingCode);
    }
    bool operator==(const Partner& other) const { return tied() == other.tied(); }
    bool operator!=(const Partner& other) const { return !(*this == other); }
};

namespace PartnerValues {
// Alma's profile types (rest_partner.xsd), the peer-to-peer one first.
const QStringList& profileTypes();
const QStringList& statuses();
} // namespace PartnerValues
