#pragma once

#include "model/SectionId.h"

// The checklist steps (SectionCatalog keys) that the API takes over: a plan does not list them
// as manual when the push does them, and verify ticks them when Alma shows them done. One list,
// so the two cannot drift apart; tst_almaapi checks every key exists in the catalog.
namespace AlmaStepKeys {
struct Step {
    SectionId section;
    const char* key;
};

inline constexpr Step AddBorrowingLocation { SectionId::TemporaryLocations, "add-borrowing-location" };
inline constexpr Step AddLendingLocation { SectionId::TemporaryLocations, "add-lending-location" };
inline constexpr Step AttachDeskBorrowing { SectionId::TemporaryLocations, "attach-desk-borrowing" };
inline constexpr Step AttachDeskLending { SectionId::TemporaryLocations, "attach-desk-lending" };
inline constexpr Step ActivateExpiredRequestsJob { SectionId::Jobs, "activate-expired-requests-job" };
inline constexpr Step CopyPartners { SectionId::Partners, "copy-from-community" };
inline constexpr Step SetWorkflows { SectionId::Partners, "set-workflows" };
inline constexpr Step SetExpiryTime { SectionId::Partners, "set-expiry-time" };
inline constexpr Step AddItemPolicyRow { SectionId::ItemPolicy, "add-row" };
inline constexpr Step SaveItemPolicy { SectionId::ItemPolicy, "save" };

inline constexpr Step All[] = { AddBorrowingLocation, AddLendingLocation, AttachDeskBorrowing, AttachDeskLending,
    ActivateExpiredRequestsJob, CopyPartners, SetWorkflows, SetExpiryTime, AddItemPolicyRow, SaveItemPolicy };
} // namespace AlmaStepKeys
