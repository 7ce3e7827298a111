#include "checks/RuleMatchSet.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RuleMatchSet)
};

QString fold(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

RuleMatchSet::ValueSet setOf(const RuleCondition& condition)
{
    RuleMatchSet::ValueSet set;
    auto add = [&set](const QString& value) {
        const QString shown = value.trimmed();
        set.values.insert(shown.toCaseFolded(), shown);
    };
    switch (condition.op) {
    case RuleOperator::Equals:
    case RuleOperator::InList:
        for (const QString& value : condition.values)
            add(value);
        if (condition.values.isEmpty())
            add(QString()); // "= nothing" accepts only the empty value
        break;
    case RuleOperator::NotEquals:
    case RuleOperator::NotInList:
        set.anyExcept = true;
        for (const QString& value : condition.values)
            add(value);
        break;
    case RuleOperator::IsEmpty:
        add(QString());
        break;
    case RuleOperator::IsNotEmpty:
        set.anyExcept = true;
        add(QString());
        break;
    }
    return set;
}

bool disjoint(const QMap<QString, QString>& a, const QMap<QString, QString>& b)
{
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    for (auto it = small.cbegin(); it != small.cend(); ++it) {
        if (large.contains(it.key()))
            return false;
    }
    return true;
}

// "A, B, C, D, E and 12 more": a sorted sample of at most five of `count` values.
QString listed(QStringList sample, qsizetype count)
{
    constexpr int Shown = 5;
    sample.sort(Qt::CaseInsensitive);
    QString list = sample.mid(0, Shown).join(QLatin1String(", "));
    if (count > Shown)
        list = Text::tr("%1 and %n more", nullptr, int(count - Shown)).arg(list);
    return list;
}

bool contains(const QMap<QString, QString>& outer, const QMap<QString, QString>& inner)
{
    if (inner.size() > outer.size())
        return false;
    for (auto it = inner.cbegin(); it != inner.cend(); ++it) {
        if (!outer.contains(it.key()))
            return false;
    }
    return true;
}
} // namespace

RuleMatchSet::RuleMatchSet(const Rule& rule)
    : RuleMatchSet(rule, nullptr)
{
}

RuleMatchSet::RuleMatchSet(const Rule& rule, const RuleMatchSet& relevantTo)
    : RuleMatchSet(rule, &relevantTo)
{
}

RuleMatchSet::RuleMatchSet(const Rule& rule, const RuleMatchSet* relevantTo)
{
    QStringList parameters;
    for (const RuleCondition& condition : rule.conditions)
        parameters.append(fold(condition.parameter));
    for (qsizetype i = 0; i < rule.conditions.size(); ++i) {
        const RuleCondition& condition = rule.conditions.at(i);
        const QString& parameter = parameters.at(i);
        if (parameter.isEmpty())
            continue; // a row not filled in yet constrains nothing
        // Parameters the other rule does not test cannot decide overlap or shadowing; they
        // matter only when tested twice here (the two tests may contradict each other).
        if (relevantTo && !relevantTo->m_sets.contains(parameter) && parameters.count(parameter) == 1) {
            m_leftOut = true;
            continue;
        }
        const ValueSet set = setOf(condition);
        if (set.anyExcept && set.values.isEmpty())
            continue; // "Not in (nothing)" accepts every value: no constraint at all
        const auto existing = m_sets.find(parameter);
        if (existing == m_sets.end()) {
            m_sets.insert(parameter, set);
            m_parameterNames.insert(parameter, condition.parameter.trimmed());
        } else {
            *existing = intersect(*existing, set);
        }
    }
    for (const ValueSet& set : std::as_const(m_sets)) {
        if (set.isEmpty())
            m_nothing = true;
    }
}

bool RuleMatchSet::accepts(const RuleCondition& condition, const QString& value)
{
    const ValueSet set = setOf(condition);
    return set.values.contains(value.trimmed().toCaseFolded()) != set.anyExcept;
}

RuleMatchSet::ValueSet RuleMatchSet::intersect(const ValueSet& a, const ValueSet& b)
{
    ValueSet out;
    if (!a.anyExcept && !b.anyExcept) { // both finite: the common values
        const auto& small = a.values.size() <= b.values.size() ? a.values : b.values;
        const auto& large = a.values.size() <= b.values.size() ? b.values : a.values;
        for (auto it = small.cbegin(); it != small.cend(); ++it) {
            if (large.contains(it.key()))
                out.values.insert(it.key(), it.value());
        }
    } else if (a.anyExcept && b.anyExcept) { // anything except either list
        out.anyExcept = true;
        out.values = a.values;
        out.values.insert(b.values);
    } else { // finite minus the excluded values
        const ValueSet& finite = a.anyExcept ? b : a;
        const ValueSet& except = a.anyExcept ? a : b;
        for (auto it = finite.values.cbegin(); it != finite.values.cend(); ++it) {
            if (!except.values.contains(it.key()))
                out.values.insert(it.key(), it.value());
        }
    }
    return out;
}

bool RuleMatchSet::isSubset(const ValueSet& inner, const ValueSet& outer)
{
    if (!inner.anyExcept && !outer.anyExcept)
        return contains(outer.values, inner.values);
    if (!inner.anyExcept && outer.anyExcept)
        return disjoint(inner.values, outer.values);
    if (inner.anyExcept && !outer.anyExcept)
        return false; // endless values cannot fit in a list
    return contains(inner.values, outer.values); // excluding more is narrower
}

bool RuleMatchSet::meet(const ValueSet& a, const ValueSet& b, QString* description)
{
    // Like intersect(), but without building the common set: lists of thousands of partner
    // codes meet thousands of times in one validation.
    constexpr int Samples = 6;
    QStringList sample;
    qsizetype count = 0;
    if (!a.anyExcept && !b.anyExcept) {
        const auto& small = a.values.size() <= b.values.size() ? a.values : b.values;
        const auto& large = a.values.size() <= b.values.size() ? b.values : a.values;
        for (auto it = small.cbegin(); it != small.cend(); ++it) {
            if (large.contains(it.key()) && ++count <= Samples)
                sample.append(it.value());
        }
        if (count == 0)
            return false;
    } else if (a.anyExcept && b.anyExcept) {
        if (description) {
            ValueSet excluded;
            excluded.anyExcept = true;
            excluded.values = a.values;
            excluded.values.insert(b.values);
            *description = describe(excluded);
        }
        return true; // endless values minus two lists
    } else {
        const ValueSet& finite = a.anyExcept ? b : a;
        const ValueSet& except = a.anyExcept ? a : b;
        qsizetype excludedCount = 0;
        const bool finiteSmaller = finite.values.size() <= except.values.size();
        const auto& small = finiteSmaller ? finite.values : except.values;
        const auto& large = finiteSmaller ? except.values : finite.values;
        for (auto it = small.cbegin(); it != small.cend(); ++it) {
            if (large.contains(it.key()))
                ++excludedCount;
        }
        count = finite.values.size() - excludedCount;
        if (count == 0)
            return false;
        for (auto it = finite.values.cbegin(); it != finite.values.cend() && sample.size() < Samples; ++it) {
            if (!except.values.contains(it.key()))
                sample.append(it.value());
        }
    }
    if (description) {
        for (QString& value : sample) {
            if (value.isEmpty())
                value = Text::tr("(empty)");
        }
        *description = listed(sample, count);
    }
    return true;
}

bool RuleMatchSet::overlap(const RuleMatchSet& a, const RuleMatchSet& b, QStringList* meeting)
{
    if (a.m_nothing || b.m_nothing)
        return false;
    QStringList where;
    const RuleMatchSet& fewer = a.m_sets.size() <= b.m_sets.size() ? a : b;
    const RuleMatchSet& more = a.m_sets.size() <= b.m_sets.size() ? b : a;
    for (auto it = fewer.m_sets.cbegin(); it != fewer.m_sets.cend(); ++it) {
        const auto other = more.m_sets.constFind(it.key());
        if (other == more.m_sets.cend())
            continue; // only one rule constrains it: any value the other accepts will do
        QString description;
        if (!meet(*it, *other, meeting ? &description : nullptr))
            return false;
        if (meeting)
            where.append(a.m_parameterNames.value(it.key(), b.m_parameterNames.value(it.key())) + QLatin1String(": ")
                + description);
    }
    if (meeting) {
        where.sort(Qt::CaseInsensitive);
        *meeting = where;
    }
    return true;
}

bool RuleMatchSet::covers(const RuleMatchSet& outer, const RuleMatchSet& inner)
{
    if (inner.m_nothing)
        return false; // a rule that never fires is not "shadowed" in any useful sense
    if (outer.m_nothing || outer.m_leftOut)
        return false; // outer tests a parameter inner does not (left out when it was built)
    for (auto it = outer.m_sets.cbegin(); it != outer.m_sets.cend(); ++it) {
        const auto constraint = inner.m_sets.constFind(it.key());
        if (constraint == inner.m_sets.cend())
            return false; // inner accepts every value there; outer does not
        if (!isSubset(*constraint, *it))
            return false;
    }
    return true;
}

QString RuleMatchSet::describe(const ValueSet& set)
{
    // "Any value except (empty), A" reads badly: an excluded empty value goes without saying.
    const bool dropEmpty = set.anyExcept && set.values.contains(QString());
    QStringList names;
    for (auto it = set.values.cbegin(); it != set.values.cend() && names.size() < 6; ++it) {
        if (it.value().isEmpty() && dropEmpty)
            continue;
        names.append(it.value().isEmpty() ? Text::tr("(empty)") : it.value());
    }
    const QString list = listed(names, set.values.size() - (dropEmpty ? 1 : 0));
    if (!set.anyExcept)
        return list;
    if (names.isEmpty())
        return Text::tr("any value");
    return Text::tr("any value except %1").arg(list);
}
