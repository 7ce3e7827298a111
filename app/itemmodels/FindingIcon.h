#pragma once

#include "checks/Finding.h"

#include <QIcon>

// The small mark of a finding's severity, the same wherever a finding is pointed at (a field, a
// table cell, the side list): a red disc with "!" for an error, an amber triangle with "!" for
// a warning, a blue disc with "i" for information. The shapes differ, so colour is not the only cue.
namespace FindingIcon {
QIcon of(Finding::Severity severity);
// The worst severity among `findings` (Error before Warning before Info); none when empty.
std::optional<Finding::Severity> worst(const QList<Finding>& findings);
// "Error: message Fix: fix" lines, one per finding, for a tooltip.
QString tooltip(const QList<Finding>& findings);
} // namespace FindingIcon
