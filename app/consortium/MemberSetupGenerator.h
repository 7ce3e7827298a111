#pragma once

#include "consortium/Roster.h"
#include "model/SetupData.h"

#include <QSet>
#include <QStringList>

#include <optional>

// Member setups from one template: each member gets the template with its own values (library,
// desk, locations, symbol), every other member as a partner with the agreed terms, those it
// borrows from in the rota and in the partner lists of rules 8 and 14, and the agreed loan
// periods. Regenerating keeps what the member ticked and changed.
namespace MemberSetupGenerator {
// A new setup for `member`. The template's ticks and Alma results are not carried over.
SetupData generate(const SetupData& templateSetup, const Roster& roster, const RosterMember& member);

struct Merged {
    SetupData data;
    QStringList changes; // one sentence each: "partner CUA added", "kept your …"
};
// The member's setup `current` brought up to `fresh` (a new generate()). `base` is the last
// generation (kept in the member's file): a value the member changed since then wins over the
// roster. Without a base nothing the member has is changed: only what is missing is added.
// `codes` are the consortium's members, now and at the last generation: partners with other
// codes are the member's own and stay as they are, as do ticks, notes and Alma results.
Merged merge(
    const SetupData& current, const std::optional<SetupData>& base, const SetupData& fresh, const QSet<QString>& codes);
} // namespace MemberSetupGenerator
