#pragma once

#include "model/SetupData.h"

// Setups that fit the built-in sandbox's demo institution, for the Alma tests and benchmarks.
namespace SandboxSetups {
// The WRLC preset pointed at the sandbox's MAIN library (its fulfillment unit and desk), with
// the two locations to be created there.
SetupData wrlcInMain();
// A partner with both workflows set, named "Library CODE".
Partner partner(const QString& code, int expiryDays = 4);
// `count` partners PREFIX0000, PREFIX0001, …
QList<Partner> partners(int count, const QString& prefix = QStringLiteral("P"));
} // namespace SandboxSetups
