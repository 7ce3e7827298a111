#include "SetupDifference.h"

QString firstDifference(const SetupData& a, const SetupData& b)
{
    for (auto it = a.fields.cbegin(); it != a.fields.cend(); ++it) {
        if (b.fields.value(it.key()) != it.value())
            return QStringLiteral("field %1: %2 vs %3")
                .arg(it.key(), it.value().toString(), b.fields.value(it.key()).toString());
    }
    if (a.fields.size() != b.fields.size())
        return QStringLiteral("number of fields");
    if (a.partners.size() != b.partners.size())
        return QStringLiteral("number of partners: %1 vs %2").arg(a.partners.size()).arg(b.partners.size());
    for (qsizetype i = 0; i < a.partners.size(); ++i) {
        if (a.partners.at(i) != b.partners.at(i))
            return QStringLiteral("partner %1").arg(i);
    }
    if (a.otherSettings != b.otherSettings)
        return QStringLiteral("otherSettings");
    if (a.policies != b.policies)
        return QStringLiteral("policies");
    if (a.rules != b.rules)
        return QStringLiteral("rules");
    if (a.existingRules != b.existingRules)
        return QStringLiteral("existingRules");
    if (a.newRulePositions != b.newRulePositions)
        return QStringLiteral("newRulePositions");
    if (a.sections != b.sections)
        return QStringLiteral("sections");
    if (a.alma != b.alma)
        return QStringLiteral("alma");
    if (a.currentPage != b.currentPage)
        return QStringLiteral("currentPage");
    if (a.createdAt != b.createdAt)
        return QStringLiteral("createdAt");
    return {};
}
