#pragma once

#include "checks/Finding.h"
#include "model/SetupData.h"

// Checks a setup the way Alma would judge it, before Alma does: the order of each rule list
// (first match wins), names that must line up between sections, formats and required values.
// Sections marked "not needed" are not checked. Pure function of the data: the same setup
// always gives the same findings, in section order.
namespace SetupValidator {
QList<Finding> validate(const SetupData& data);

// Only the rule-order findings of one rule list (also part of validate()).
QList<Finding> checkRuleOrder(const SetupData& data, RuleId list);
} // namespace SetupValidator
