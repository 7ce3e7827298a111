#include "model/SectionId.h"

namespace {
struct KeyEntry {
    SectionId id;
    const char* key;
};
constexpr KeyEntry kKeys[] = {
    { SectionId::ResourceSharingLibrary, "resource-sharing-library" },
    { SectionId::TemporaryLocations, "temporary-locations" },
    { SectionId::Jobs, "jobs" },
    { SectionId::OtherSettings, "other-settings" },
    { SectionId::WorkflowProfiles, "workflow-profiles" },
    { SectionId::Partners, "partners" },
    { SectionId::ItemPolicy, "item-policy" },
    { SectionId::TemporaryItemCreationRule, "temporary-item-creation-rule" },
    { SectionId::FulfillmentPolicies, "fulfillment-policies" },
    { SectionId::TermsOfUse, "terms-of-use" },
    { SectionId::FulfillmentUnitRules, "fulfillment-unit-rules" },
    { SectionId::RotaTemplate, "rota-template" },
    { SectionId::RotaAssignmentRule, "rota-assignment-rule" },
    { SectionId::SendingBorrowingRequestRule, "sending-borrowing-request-rule" },
};
static_assert(sizeof(kKeys) / sizeof(kKeys[0]) == Sections::Count);
} // namespace

const QList<SectionId>& Sections::all()
{
    static const QList<SectionId> list = [] {
        QList<SectionId> l;
        for (const auto& e : kKeys)
            l.append(e.id);
        return l;
    }();
    return list;
}

QString Sections::key(SectionId id)
{
    return QString::fromLatin1(kKeys[index(id)].key);
}

std::optional<SectionId> Sections::fromKey(const QString& key)
{
    for (const auto& e : kKeys) {
        if (key == QLatin1String(e.key))
            return e.id;
    }
    return std::nullopt;
}
