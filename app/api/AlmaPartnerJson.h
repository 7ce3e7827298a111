#pragma once

#include "model/Partner.h"

#include <QStringList>

#include <nlohmann/json.hpp>

// Converts the setup's partners to and from Alma's partner object (rest_partner: partner_details,
// profile_details.<type>_details, contact_info…), field by field from PartnerFields. Only the
// fields the setup sets are written; everything else in `base` (contact info, notes, ISO
// addresses, billing, unset fields…) is kept, so an update is GET, change, PUT of the whole object.
namespace AlmaPartnerJson {
nlohmann::json toAlma(const Partner& partner, const nlohmann::json& base = nlohmann::json::object());
// The set fields where Alma's object differs from the partner, one line each, with the fields'
// titles (empty: as wanted).
// `fieldKeys`, if given, receives the PartnerField keys of the fields that differ.
QStringList differences(const Partner& wanted, const nlohmann::json& alma, QStringList* fieldKeys = nullptr);
// Alma's profile_type of a partner object (empty if it has none).
QString profileTypeOf(const nlohmann::json& alma);
// The titles of the fields Alma requires for the partner's profile type that neither the setup
// nor `base` (Alma's object, for an update) holds: a push of it would be refused.
QStringList missingMandatory(const Partner& partner, const nlohmann::json& base = nlohmann::json::object());
// A profile type the wizard does not hold the connection details of: Alma would refuse a create.
bool detailsUnmanaged(const Partner& partner);
QString codeOf(const nlohmann::json& alma);
// The partner Alma holds, as the setup holds partners: every field PartnerFields knows, where
// Alma has it (a value of the wrong type or a choice outside the contract is left unset, and
// texts are cut to SetupLimits::MaxText). For `pull` and the consortium's live check.
Partner fromAlma(const nlohmann::json& alma);
QString nameOf(const nlohmann::json& alma);
} // namespace AlmaPartnerJson
