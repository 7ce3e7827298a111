#include "model/RuleAutofill.h"

Rule RuleAutofill::withConditionValues(Rule rule, const QString& parameter, const QStringList& values)
{
    for (RuleCondition& c : rule.conditions) {
        if (c.parameter == parameter) {
            if (!RuleOperators::takesValues(c.op))
                c.op = RuleOperator::InList;
            c.values = values;
            return rule;
        }
    }
    rule.conditions.append({ parameter, RuleOperator::InList, values });
    return rule;
}

Rule RuleAutofill::withOutput(Rule rule, const QString& name, const QString& value)
{
    for (KeyValue& kv : rule.outputs) {
        if (kv.key == name) {
            kv.value = value;
            return rule;
        }
    }
    rule.outputs.append({ name, value });
    return rule;
}
