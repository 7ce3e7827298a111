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
    return d;
}

Partner SandboxSetups::partner(const QString& code, int expiryDays)
{
    Partner p;
    p.code = code;
    p.name = QStringLiteral("Library ") + code;
    p.borrowingWorkflow = QStringLiteral("P2P_BORROWING");
    p.lendingWorkflow = QStringLiteral("P2P_LENDING");
    p.expiryDays = expiryDays;
    return p;
}

QList<Partner> SandboxSetups::partners(int count, const QString& prefix)
{
    QList<Partner> out;
    for (int i = 0; i < count; ++i)
        out.append(partner(QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'))));
    return out;
}
