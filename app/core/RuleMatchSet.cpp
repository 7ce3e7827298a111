#include "RuleMatchSet.h"

#include <QCoreApplication>

namespace {
QString fold(const QString& text) { return text.trimmed().toCaseFolded(); }

RuleMatchSet::ValueSet setOf(const RuleCondition& condition)
{
    RuleMatchSet::ValueSet set;
    auto add = [&set](const QString& value) { set.values.insert(fold(value), value.trimmed()); };
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

bool disjoint(const QHash<QString, QString>& a, const QHash<QString, QString>& b)
{
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    for (auto it = small.cbegin(); it != small.cend(); ++it) {
        if (large.contains(it.key()))
            return false;
    }
    return true;
}

bool contains(const QHash<QString, QString>& outer, const QHash<QString, QString>& inner)
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
{
    for (const RuleCondition& condition : rule.conditions) {
        const QString parameter = fold(condition.parameter);
        if (parameter.isEmpty())
            continue; // a row not filled in yet constrains nothing
        const ValueSet set = setOf(condition);
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
        const ValueSet common = intersect(*it, *other);
        if (common.isEmpty())
            return false;
        if (meeting)
            where.append(a.m_parameterNames.value(it.key()) + QLatin1String(": ") + describe(common));
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
    if (outer.m_nothing)
        return false;
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
    constexpr int Shown = 5;
    QStringList names;
    for (auto it = set.values.cbegin(); it != set.values.cend(); ++it)
        names.append(it.value().isEmpty() ? QCoreApplication::translate("RuleMatchSet", "(empty)") : it.value());
    names.sort(Qt::CaseInsensitive);
    QString list = names.mid(0, Shown).join(QLatin1String(", "));
    if (names.size() > Shown)
        list = QCoreApplication::translate("RuleMatchSet", "%1 and %n more", nullptr, int(names.size() - Shown)).arg(list);
    if (!set.anyExcept)
        return list;
    if (set.values.size() == 1 && set.values.contains(QString()))
        return QCoreApplication::translate("RuleMatchSet", "any value");
    return QCoreApplication::translate("RuleMatchSet", "any value except %1").arg(list);
}
