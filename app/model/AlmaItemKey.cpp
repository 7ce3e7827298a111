#include "model/AlmaItemKey.h"

#include "model/FieldId.h"
#include "model/SetupData.h"

QString AlmaItemKey::partner(const QString& code)
{
    return QStringLiteral("partner/") + code;
}

QString AlmaItemKey::location(const QString& library, const QString& code)
{
    return QStringLiteral("location/%1/%2").arg(library, code);
}

QString AlmaItemKey::library(const QString& code)
{
    return QStringLiteral("library/") + code;
}

QString AlmaItemKey::circDesk(const QString& library, const QString& code)
{
    return QStringLiteral("circ-desk/%1/%2").arg(library, code);
}

QString AlmaItemKey::expiredRequestsJob()
{
    return QStringLiteral("job/expired-requests");
}

QString AlmaItemKey::itemPolicy(const QString& code)
{
    return QStringLiteral("item-policy/") + code;
}

SectionId AlmaItemKey::sectionOf(const QString& key)
{
    const QString kind = key.section(QLatin1Char('/'), 0, 0);
    if (kind == QLatin1String("partner"))
        return SectionId::Partners;
    if (kind == QLatin1String("location") || kind == QLatin1String("circ-desk"))
        return SectionId::TemporaryLocations;
    if (kind == QLatin1String("job"))
        return SectionId::Jobs;
    if (kind == QLatin1String("item-policy"))
        return SectionId::ItemPolicy;
    return SectionId::ResourceSharingLibrary;
}

QSet<QString> AlmaItemKey::currentKeys(const SetupData& d)
{
    auto field = [&d](const char* id) { return d.fields.value(QString::fromLatin1(id)).toString().trimmed(); };
    QSet<QString> keys;
    for (const Partner& p : d.partners)
        keys.insert(partner(p.code));
    const QString lib = field(FieldId::LibraryCode);
    keys.insert(library(lib));
    keys.insert(location(lib, field(FieldId::BorrowingLocationCode)));
    keys.insert(location(lib, field(FieldId::LendingLocationCode)));
    keys.insert(circDesk(lib, field(FieldId::CircDeskCode)));
    keys.insert(itemPolicy(field(FieldId::ItemPolicyCode)));
    keys.insert(expiredRequestsJob());
    return keys;
}
