#pragma once

#include "consortium/Roster.h"

#include <QHash>
#include <QList>

class AlmaSandbox;

// The built-in sandbox as a consortium: one institution per member, each opened by its own
// read-only key, answering GET /conf/general with the member's institution code and holding the
// member's partners. For `consortium check --live --sandbox`, the tests and the benchmark.
namespace ConsortiumSandbox {
QString keyOf(const RosterMember& member); // "sandbox-GWA"
// Adds the members to `sandbox`; `partners` are each member's partner records (by code).
void serve(AlmaSandbox& sandbox, const Roster& roster, const QHash<QString, QList<Partner>>& partners);
} // namespace ConsortiumSandbox
