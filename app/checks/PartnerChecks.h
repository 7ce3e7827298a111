#pragma once

class FindingCollector;

// What Alma's contract and the guide ask of each partner beyond its code and workflows: the fields
// rest_partner.xsd requires for its profile type (a push cannot create it without them), expiry
// days its profile type has no place for, and that every partner is a member of the rota template
// and in the sending rule's partner list.
namespace PartnerChecks {
void check(FindingCollector& findings);
} // namespace PartnerChecks
