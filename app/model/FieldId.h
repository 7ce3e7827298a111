#pragma once

// Stable ids of the model's single-valued fields. They are written to setup files, so never
// rename one; add new ids instead. Grouped by section.
namespace FieldId {
// Introduction
inline constexpr char Institution[] = "setup.institution";
inline constexpr char PreparedBy[] = "setup.prepared-by";
inline constexpr char Preset[] = "setup.preset";

// 1. Resource sharing library
inline constexpr char LibraryChoice[] = "library.choice"; // "main" or "standalone"
inline constexpr char LibraryCode[] = "library.code";
inline constexpr char LibraryIsRsLibrary[] = "library.is-resource-sharing-library";
inline constexpr char LibrarySymbol[] = "library.symbol";
inline constexpr char LibraryCancelOnLocateFailure[] = "library.borrowing.cancel-on-locate-failure";
inline constexpr char LibraryAutoActivateLocateProfile[] = "library.borrowing.auto-activate-locate-profile";
inline constexpr char LibraryBorrowingDefaultLocation[] = "library.borrowing.default-location";
inline constexpr char LibraryDefaultPickupLocation[] = "library.borrowing.default-pickup-location";
inline constexpr char LibraryAutoLocate[] = "library.lending.auto-locate";
inline constexpr char LibraryRejectNoAvailable[] = "library.lending.reject-no-available";
inline constexpr char LibraryRejectNoRequestable[] = "library.lending.reject-no-requestable";
inline constexpr char LibraryRejectOnlyElectronic[] = "library.lending.reject-only-electronic";
inline constexpr char LibraryIgnoreElectronic[] = "library.lending.ignore-electronic";
inline constexpr char LibraryAutomaticCreation[] = "library.lending.automatic-creation";
inline constexpr char LibraryLendingDefaultLocation[] = "library.lending.default-location";
inline constexpr char LibraryLocateByFields[] = "library.locate-by-fields";

// 2. Temporary locations and the circulation desk
// Already in Alma (WRLC members have CLSBORR and CLSLEND): the step becomes a check, and a
// push updates only what the setup manages.
inline constexpr char BorrowingLocationExists[] = "location.borrowing.exists";
inline constexpr char LendingLocationExists[] = "location.lending.exists";
inline constexpr char BorrowingLocationCode[] = "location.borrowing.code";
inline constexpr char BorrowingLocationName[] = "location.borrowing.name";
inline constexpr char BorrowingLocationExternalName[] = "location.borrowing.external-name";
inline constexpr char BorrowingLocationType[] = "location.borrowing.type";
inline constexpr char BorrowingLocationRemoteStorage[] = "location.borrowing.remote-storage";
inline constexpr char BorrowingLocationFulfillmentUnit[] = "location.borrowing.fulfillment-unit";
inline constexpr char BorrowingLocationCallNumberType[] = "location.borrowing.call-number-type";
inline constexpr char LendingLocationCode[] = "location.lending.code";
inline constexpr char LendingLocationName[] = "location.lending.name";
inline constexpr char LendingLocationExternalName[] = "location.lending.external-name";
inline constexpr char LendingLocationType[] = "location.lending.type";
inline constexpr char LendingLocationRemoteStorage[] = "location.lending.remote-storage";
inline constexpr char LendingLocationFulfillmentUnit[] = "location.lending.fulfillment-unit";
inline constexpr char LendingLocationCallNumberType[] = "location.lending.call-number-type";
inline constexpr char CircDeskCode[] = "circ-desk.code";
inline constexpr char CircDeskCheckIn[] = "circ-desk.check-in";
inline constexpr char CircDeskCheckOut[] = "circ-desk.check-out";
inline constexpr char CircDeskReshelve[] = "circ-desk.reshelve";

// 3. Jobs
inline constexpr char JobExpiredRequestsActive[] = "job.expired-requests.active";
inline constexpr char JobExpiredRequestsSchedule[] = "job.expired-requests.schedule";

// 5. Workflow profiles
inline constexpr char BorrowingProfileName[] = "profile.borrowing.name";
inline constexpr char BorrowingProfileCode[] = "profile.borrowing.code";
inline constexpr char BorrowingProfileSteps[] = "profile.borrowing.steps";
inline constexpr char LendingProfileName[] = "profile.lending.name";
inline constexpr char LendingProfileCode[] = "profile.lending.code";
inline constexpr char LendingProfileSteps[] = "profile.lending.steps";

// 6. Partners (the list itself is SetupData::partners)
inline constexpr char PartnerDefaultExpiryDays[] = "partners.default-expiry-days";

// 7. Item policy
inline constexpr char ItemPolicyCode[] = "item-policy.code";
inline constexpr char ItemPolicyDescription[] = "item-policy.description";

// 10. Terms of use
inline constexpr char LoanTouName[] = "tou.loan.name";
inline constexpr char LoanTouPolicies[] = "tou.loan.policies";
inline constexpr char LendingTouName[] = "tou.lending.name";
inline constexpr char LendingTouPolicies[] = "tou.lending.policies";
inline constexpr char BorrowingTouName[] = "tou.borrowing.name";
inline constexpr char BorrowingTouPolicies[] = "tou.borrowing.policies";

// 12. Rota template
inline constexpr char RotaCode[] = "rota.code";
inline constexpr char RotaName[] = "rota.name";
inline constexpr char RotaType[] = "rota.type";
inline constexpr char RotaStatus[] = "rota.status";
inline constexpr char RotaMembers[] = "rota.members";
} // namespace FieldId
