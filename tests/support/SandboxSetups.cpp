#include "SandboxSetups.h"

#include "model/FieldId.h"
#include "model/Presets.h"

SetupData SandboxSetups::wrlcInMain()
{
    SetupData d = Presets::create(QString::fromLatin1(Presets::Wrlc));
    auto set = [&d](const char* id, const QVariant& v) { d.fields.insert(QString::fromLatin1(id), v); };
    set(FieldId::LibraryCode, QStringLiteral("MAIN"));
    set(FieldId::BorrowingLocationFulfillmentUnit, QStringLiteral("MAIN_FU"));
    set(FieldId::LendingLocationFulfillmentUnit, QStringLiteral("MAIN_FU"));
    set(FieldId::CircDeskCode, QStringLiteral("DEFAULT_CIRC_DESK"));
    // The sandbox's MAIN has no CLSBORR and CLSLEND yet: the push creates them.
    set(FieldId::BorrowingLocationExists, false);
    set(FieldId::LendingLocationExists, false);
    set(FieldId::BorrowingLocationName, QStringLiteral("CLS Borrowing"));
    set(FieldId::LendingLocationName, QStringLiteral("CLS Lending"));
    return d;
}

Partner SandboxSetups::partner(const QString& code, int expiryDays)
{
    // A peer-to-peer partner with everything Alma requires of an NCIP_P2P partner.
    Partner p;
    p.code = code;
    p.name = QStringLiteral("Library ") + code;
    p.profileType = QStringLiteral("NCIP_P2P");
    p.status = QStringLiteral("ACTIVE");
    p.systemType = QStringLiteral("ALMA");
    p.borrowingSupported = true;
    p.lendingSupported = true;
    p.borrowingWorkflow = QStringLiteral("P2P_BORROWING");
    p.lendingWorkflow = QStringLiteral("P2P_LENDING");
    p.avgSupplyTime = 4;
    p.requestExpiryType = QStringLiteral("EXPIRY_TIME");
    p.expiryDays = expiryDays;
    p.illServer = QStringLiteral("ill.%1.example.edu").arg(code);
    p.partnerSymbol = QStringLiteral("01%1_INST").arg(code);
    p.userIdentifierType = QStringLiteral("userName");
    p.emailAddress = QStringLiteral("ill@%1.example.edu").arg(code);
    return p;
}

QList<Partner> SandboxSetups::partners(int count, const QString& prefix)
{
    QList<Partner> out;
    for (int i = 0; i < count; ++i)
        out.append(partner(QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'))));
    return out;
}
