#pragma once

#include "model/SetupTypes.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

// The requests a rule matches, for rule-order analysis: for each parameter the rule constrains,
// the set of values it accepts. Alma ANDs a rule's conditions, and a rule with no conditions
// matches every request.
//
// A value set is either finite (=, InList, Is Empty: exactly these values) or "anything but"
// (Not =, NotInList, Is Not Empty: every value except these). The empty value stands for a
// parameter a request does not have. Values compare without regard to case or surrounding spaces.
class RuleMatchSet final {
public:
    struct ValueSet {
        bool anyExcept = false; // false: exactly `values`; true: anything except `values`
        QMap<QString, QString> values; // folded value -> as written ("" is "empty"), sorted

        bool isEmpty() const { return !anyExcept && values.isEmpty(); }
    };

    explicit RuleMatchSet(const Rule& rule);
    // Only what matters when comparing with `relevantTo`: the parameters it tests (overlap() and
    // covers() give the same answers as with the full set, in less time for long rule lists).
    RuleMatchSet(const Rule& rule, const RuleMatchSet& relevantTo);

    // The rule's conditions contradict each other (e.g. Location = A and Location = B).
    bool matchesNothing() const { return m_nothing; }
    bool matchesEverything() const { return !m_nothing && m_sets.isEmpty(); }

    // Some request matches both rules. `meeting` gets, for each parameter both constrain, the
    // values where they meet ("Location: CLSBORR"); it stays empty when they share no parameter.
    static bool overlap(const RuleMatchSet& a, const RuleMatchSet& b, QStringList* meeting = nullptr);
    // Every request `inner` matches, `outer` matches too (so `outer` above `inner` shadows it).
    static bool covers(const RuleMatchSet& outer, const RuleMatchSet& inner);

    // Whether one condition accepts `value` for its parameter (case and spaces ignored).
    static bool accepts(const RuleCondition& condition, const QString& value);
    static ValueSet intersect(const ValueSet& a, const ValueSet& b);
    // Whether some value is in both sets, and if so (when asked) where they meet, in words;
    // in time proportional to the smaller set.
    static bool meet(const ValueSet& a, const ValueSet& b, QString* description = nullptr);
    static bool isSubset(const ValueSet& inner, const ValueSet& outer);
    // "A, B", "any value except A", "empty", with at most a few values named.
    static QString describe(const ValueSet& set);

private:
    RuleMatchSet(const Rule& rule, const RuleMatchSet* relevantTo);

    QHash<QString, ValueSet> m_sets; // by folded parameter name
    QHash<QString, QString> m_parameterNames; // folded -> as written
    bool m_nothing = false;
    bool m_leftOut = false; // built for comparison and left out parameters the other rule does not test
};
