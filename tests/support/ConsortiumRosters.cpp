#include "ConsortiumRosters.h"

Roster ConsortiumRosters::make(int members)
{
    Roster r;
    r.name = QStringLiteral("Test Consortium");
    r.terms.expiryDays = 30;
    r.terms.borrowingWorkflow = QStringLiteral("P2P_BORROW");
    r.terms.lendingWorkflow = QStringLiteral("P2P_LEND");
    for (int i = 0; i < members; ++i) {
        const QString number = QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        RosterMember m;
        m.record.code = QStringLiteral("L") + number;
        m.record.name = QStringLiteral("Library %1").arg(i + 1);
        m.record.profileType = i % 3 ? QStringLiteral("ISO_18626") : QStringLiteral("NCIP_P2P");
        (i % 3 ? m.record.isoSymbol : m.record.partnerSymbol) = QStringLiteral("S") + number;
        m.almaInstitution = QStringLiteral("01CONS_") + m.record.code;
        m.region = QStringLiteral("na");
        r.members.append(m);
    }
    return r;
}
