#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <tuple>

// A key/value row, e.g. one Other Settings customer parameter or one output of a rule.
struct KeyValue {
    QString key;
    QString value;

    bool operator==(const KeyValue& o) const { return key == o.key && value == o.value; }
    bool operator!=(const KeyValue& o) const { return !(*this == o); }
};

// A fulfillment policy of section 9 (Advanced Policy Configuration).
struct FulfillmentPolicy {
    QString type; // e.g. "Loan Period", "Is Loanable"
    QString name;
    QString value;
    QString description;

    auto tied() const { return std::tie(type, name, value, description); }
    bool operator==(const FulfillmentPolicy& o) const { return tied() == o.tied(); }
    bool operator!=(const FulfillmentPolicy& o) const { return !(*this == o); }
};

// Operators of Alma's rule input parameters.
enum class RuleOperator {
    Equals,
    NotEquals,
    InList,
    NotInList,
    IsEmpty,
    IsNotEmpty,
};

namespace RuleOperators {
const QList<RuleOperator>& all();
// Stable token written to files: "=", "!=", "InList", "NotInList", "IsEmpty", "IsNotEmpty".
QString token(RuleOperator op);
bool fromToken(const QString& token, RuleOperator* op);
// As Alma shows it ("Not =", "Is Empty", …).
QString displayName(RuleOperator op);
bool takesValues(RuleOperator op);
} // namespace RuleOperators

// One input parameter of a rule: "Resource Sharing Partner InList A, B".
struct RuleCondition {
    QString parameter;
    RuleOperator op = RuleOperator::Equals;
    QStringList values;

    bool operator==(const RuleCondition& o) const
    {
        return parameter == o.parameter && op == o.op && values == o.values;
    }
    bool operator!=(const RuleCondition& o) const { return !(*this == o); }
};

// The rules the guide asks for. Stable keys via RuleIds::key().
enum class RuleId {
    TemporaryItemCreation,
    FulfillmentUnitLoan,
    FulfillmentUnitLendingResourceSharing,
    FulfillmentUnitBorrowingResourceSharing,
    RotaAssignment,
    SendingBorrowingRequest,
};

namespace RuleIds {
const QList<RuleId>& all();
QString key(RuleId id);
bool fromKey(const QString& key, RuleId* id);
// Parameters Alma offers as inputs for this kind of rule (editable suggestions).
QStringList suggestedParameters(RuleId id);
// Output names for this kind of rule.
QStringList suggestedOutputs(RuleId id);
} // namespace RuleIds

// A rule as entered in Alma: inputs (all must match) and outputs.
struct Rule {
    QString name;
    QString description;
    bool enabled = true;
    QList<RuleCondition> conditions; // no condition = matches everything
    QList<KeyValue> outputs;

    auto tied() const { return std::tie(name, description, enabled, conditions, outputs); }
    bool operator==(const Rule& o) const { return tied() == o.tied(); }
    bool operator!=(const Rule& o) const { return !(*this == o); }
};

// Whether a checklist step was done in Alma, and when and by whom it was ticked.
struct StepState {
    bool done = false;
    QDateTime doneAt;
    QString doneBy;

    bool operator==(const StepState& o) const { return done == o.done && doneAt == o.doneAt && doneBy == o.doneBy; }
    bool operator!=(const StepState& o) const { return !(*this == o); }
};

enum class SectionStatus {
    NotStarted,
    InProgress,
    Done,
    NotNeeded,
};
