#pragma once

#include "model/Partner.h"

#include <QStringList>

#include <nlohmann/json.hpp>

// Converts the setup's partners to and from Alma's partner object (rest_partner: partner_details,
// profile_details.<type>_details, contact_info…). Only the fields the wizard manages are
// written; everything else in `base` (contact info, notes, ISO addresses, billing…) is kept, so
// an update is GET, change, PUT of the whole object. Text fields the setup leaves empty are not
// managed: Alma's value stays.
namespace AlmaPartnerJson {
nlohmann::json toAlma(const Partner& partner, const nlohmann::json& base = nlohmann::json::object());
// The managed fields where Alma's object differs from the partner, as "field: Alma → setup"
// lines using Alma's field names (empty: as wanted).
QStringList differences(const Partner& wanted, const nlohmann::json& alma);
QString codeOf(const nlohmann::json& alma);
QString nameOf(const nlohmann::json& alma);
// The profile details member for a profile type: "ISO_18626" → "iso_18626_details".
std::string detailsKey(const QString& profileType);
} // namespace AlmaPartnerJson
