#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// What the wizard last learned from Alma about one item it can push or read back (a partner,
// a temporary location, the library, the job…). Push and verify write these; they are saved
// with the setup, so a later push or a supervisor can see what was done and when.
struct AlmaRecord {
    enum class Outcome {
        Created, // push created it
        Updated, // push changed the fields in `detail`
        AsWanted, // push found it as the setup wants and left it alone
        Failed, // push could not write it; `detail` holds Alma's error, code and tracking id
        Verified, // verify read it back and it matches the setup
        Differs, // verify read it back and `detail` says what differs (or that it is missing)
    };

    Outcome outcome = Outcome::Verified;
    QString label; // the item as people call it, e.g. "Partner RES1 (Resource Library 1)"
    QString detail;
    QDateTime at;
    bool sandbox = false; // learned from the built-in sandbox or an Alma sandbox environment

    auto tied() const { return std::tie(outcome, label, detail, at, sandbox); }
    bool operator==(const AlmaRecord& o) const { return tied() == o.tied(); }
    bool operator!=(const AlmaRecord& o) const { return !(*this == o); }

    // Stable names for files and the command line: "created", "updated", "as-wanted", …
    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString& key);
    // Translated, for people.
    static QString outcomeName(Outcome outcome);
    // Pushed or verified without a problem.
    bool isGood() const { return outcome != Outcome::Failed && outcome != Outcome::Differs; }
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

// The operators' table is in RuleCatalog.cpp, with where each comes from.
namespace RuleOperators {
const QList<RuleOperator>& all();
// Stable token written to files: "=", "!=", "InList", "NotInList", "IsEmpty", "IsNotEmpty".
QString token(RuleOperator op);
std::optional<RuleOperator> fromToken(const QString& token);
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

// What the guide says of each rule (its section, its place, its parameters) is in RuleCatalog.
namespace RuleIds {
const QList<RuleId>& all();
QString key(RuleId id);
std::optional<RuleId> fromKey(const QString& key);
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

// Whether a checklist step was done in Alma, when and by whom it was ticked, and a note on it
// ("done with Kim from IT", "desk code was CIRC1").
struct StepState {
    bool done = false;
    QDateTime doneAt;
    QString doneBy;
    QString note;

    bool operator==(const StepState& o) const
    {
        return done == o.done && doneAt == o.doneAt && doneBy == o.doneBy && note == o.note;
    }
    bool operator!=(const StepState& o) const { return !(*this == o); }
};

enum class SectionStatus {
    NotStarted,
    InProgress,
    Done,
    NotNeeded,
};
