#pragma once

#include <QList>
#include <QString>

#include <optional>

// The 14 sections of the staff guide, in the guide's order.
// The enum value is only used in memory; files and settings use key(), which never changes.
enum class SectionId {
    ResourceSharingLibrary,
    TemporaryLocations,
    Jobs,
    OtherSettings,
    WorkflowProfiles,
    Partners,
    ItemPolicy,
    TemporaryItemCreationRule,
    FulfillmentPolicies,
    TermsOfUse,
    FulfillmentUnitRules,
    RotaTemplate,
    RotaAssignmentRule,
    SendingBorrowingRequestRule,
};

// Their keys and order are SectionCatalog's (SectionCatalog.cpp implements these).
namespace Sections {
constexpr int Count = int(SectionId::SendingBorrowingRequestRule) + 1;
// All sections in the guide's order.
const QList<SectionId>& all();
// Stable string id, e.g. "temporary-locations".
QString key(SectionId id);
std::optional<SectionId> fromKey(const QString& key);
// 1-based number in the guide.
inline int number(SectionId id)
{
    return static_cast<int>(id) + 1;
}
inline int index(SectionId id)
{
    return static_cast<int>(id);
}
} // namespace Sections
