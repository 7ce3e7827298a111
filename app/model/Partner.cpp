#include "model/Partner.h"

#include <QStringList>

const QStringList& PartnerValues::profileTypes()
{
    static const QStringList types = { QStringLiteral("NCIP_P2P"), QStringLiteral("ISO_18626"),
        QStringLiteral("ISO"), QStringLiteral("NCIP"), QStringLiteral("EMAIL"), QStringLiteral("ART_EMAIL"),
        QStringLiteral("BLDSS"), QStringLiteral("FULFILLMENT_NETWORK"), QStringLiteral("RAPID") };
    return types;
}

const QStringList& PartnerValues::statuses()
{
    static const QStringList values = { QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE") };
    return values;
}
