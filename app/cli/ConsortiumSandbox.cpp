#include "cli/ConsortiumSandbox.h"

#include "api/AlmaPartnerJson.h"
#include "sandbox/AlmaSandbox.h"

QString ConsortiumSandbox::keyOf(const RosterMember& member)
{
    return QStringLiteral("sandbox-") + member.code();
}

void ConsortiumSandbox::serve(
    AlmaSandbox& sandbox, const Roster& roster, const QHash<QString, QList<Partner>>& partners)
{
    for (const RosterMember& m : roster.members) {
        SandboxInstitution& institution = sandbox.addInstitution(keyOf(m), SandboxKeyAccess::readOnly());
        institution.setIdentity(m.almaInstitution, m.record.name);
        institution.removeAllPartners();
        for (const Partner& p : partners.value(m.code()))
            institution.putPartner(AlmaPartnerJson::toAlma(p));
    }
}
