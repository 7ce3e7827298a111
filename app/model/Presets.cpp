#include "model/Presets.h"

#include "model/FieldCatalog.h"
#include "model/FieldId.h"

namespace {
Rule makeRule(const QString& name, QList<RuleCondition> conditions, QList<KeyValue> outputs)
{
    Rule rule;
    rule.name = name;
    rule.conditions = std::move(conditions);
    rule.outputs = std::move(outputs);
    return rule;
}

// The rules the guide describes, wired to the values of the other sections.
QMap<RuleId, Rule> guideRules(const SetupData& d)
{
    auto text = [&d](const char* id) { return d.fields.value(QString::fromLatin1(id)).toString(); };
    const QString itemPolicy = QStringLiteral("Item Policy");
    QMap<RuleId, Rule> rules;
    rules.insert(RuleId::TemporaryItemCreation,
        makeRule(QStringLiteral("Peer to peer temporary items"),
            { { QStringLiteral("Resource Sharing Partner"), RuleOperator::InList, {} } },
            { { itemPolicy, text(FieldId::ItemPolicyCode) },
                { QStringLiteral("Location"), text(FieldId::BorrowingLocationCode) } }));
    rules.insert(RuleId::FulfillmentUnitLoan,
        makeRule(QStringLiteral("Peer to peer loan"),
            { { itemPolicy, RuleOperator::Equals, { text(FieldId::ItemPolicyCode) } } },
            { { QStringLiteral("Terms of Use"), text(FieldId::LoanTouName) } }));
    rules.insert(RuleId::FulfillmentUnitLendingResourceSharing,
        makeRule(QStringLiteral("Peer to peer lending"), {},
            { { QStringLiteral("Terms of Use"), text(FieldId::LendingTouName) } }));
    rules.insert(RuleId::FulfillmentUnitBorrowingResourceSharing,
        makeRule(QStringLiteral("Peer to peer borrowing"),
            { { QStringLiteral("User Group"), RuleOperator::InList, {} } },
            { { QStringLiteral("Terms of Use"), text(FieldId::BorrowingTouName) } }));
    rules.insert(RuleId::RotaAssignment,
        makeRule(QStringLiteral("Peer to peer rota"),
            { { QStringLiteral("Requested Format"), RuleOperator::IsNotEmpty, {} } },
            { { QStringLiteral("Rota Templates"), text(FieldId::RotaCode) } }));
    // Scoped to the peer-to-peer partners (the same list as rule 8 and the rota): without an input
    // it would send every borrowing request, to ILLiad or Rapido too.
    rules.insert(RuleId::SendingBorrowingRequest,
        makeRule(QStringLiteral("Send to peer-to-peer partners"),
            { { QStringLiteral("Resource Sharing Partner"), RuleOperator::InList, {} } },
            { { QStringLiteral("Send Request Automatically"), QStringLiteral("Yes") } }));
    return rules;
}
} // namespace

QStringList Presets::keys()
{
    return { QString::fromLatin1(Wrlc), QString::fromLatin1(Blank) };
}

bool Presets::isKnown(const QString& key)
{
    return keys().contains(key);
}

SetupData Presets::create(const QString& key)
{
    SetupData d;
    for (const auto& spec : FieldCatalog::all())
        d.fields.insert(spec.key(), spec.defaultValue);
    const bool wrlc = key == QLatin1String(Wrlc);
    d.fields.insert(
        QString::fromLatin1(FieldId::Preset), wrlc ? QString::fromLatin1(Wrlc) : QString::fromLatin1(Blank));

    for (const FieldCatalog::PresetValue& p : FieldCatalog::presetValues()) {
        if (key != QLatin1String(p.preset))
            continue;
        const FieldSpec& spec = FieldCatalog::get(p.field);
        const QString value = QString::fromUtf8(p.value);
        d.fields.insert(
            spec.key(), spec.type == FieldType::Bool ? QVariant(value == QLatin1String("true")) : QVariant(value));
    }

    for (const FieldCatalog::OtherSetting& setting : FieldCatalog::otherSettings())
        d.otherSettings.append(
            { setting.parameter.text(), d.fields.value(QString::fromLatin1(setting.valueField)).toString() });
    d.rules = guideRules(d);
    for (RuleId id : RuleIds::all()) {
        d.existingRules.insert(id, {}); // none entered yet: the new rule is at the top
        d.newRulePositions.insert(id, 0);
    }
    for (SectionId s : Sections::all())
        d.sections.insert(s, SectionState {});
    d.currentPage = QStringLiteral("introduction");
    d.createdAt = QDateTime::currentDateTimeUtc();
    return d;
}

void Presets::complete(SetupData& data)
{
    const SetupData defaults = create(QString::fromLatin1(Blank));
    for (auto it = defaults.fields.cbegin(); it != defaults.fields.cend(); ++it) {
        if (!data.fields.contains(it.key()))
            data.fields.insert(it.key(), it.value());
    }
    for (RuleId id : RuleIds::all()) {
        if (!data.rules.contains(id))
            data.rules.insert(id, defaults.rules.value(id));
        if (!data.existingRules.contains(id))
            data.existingRules.insert(id, {});
        const int existing = int(data.existingRules.value(id).size());
        data.newRulePositions.insert(id, qBound(0, data.newRulePositions.value(id), existing));
    }
    for (SectionId s : Sections::all()) {
        if (!data.sections.contains(s))
            data.sections.insert(s, SectionState {});
    }
}
