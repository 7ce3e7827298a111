#pragma once

#include "model/SetupTypes.h"

// Fills a rule from the values of other sections, for the pages' "fill" buttons.
namespace RuleAutofill {
// Sets the values of the first condition on `parameter` (adding an InList condition if there
// is none) to `values`.
Rule withConditionValues(Rule rule, const QString& parameter, const QStringList& values);
// Sets output `name` to `value`, adding the output if the rule has none of that name.
Rule withOutput(Rule rule, const QString& name, const QString& value);
} // namespace RuleAutofill
