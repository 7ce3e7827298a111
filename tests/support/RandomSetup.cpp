#include "RandomSetup.h"

#include <QTimeZone>

#include "model/FieldCatalog.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"

namespace {
// Characters that stress encoding: quotes, backslashes, control characters, non-Latin scripts.
const QString Alphabet = QStringLiteral("abcXYZ 019\"\\\n\t/äöüßéçñ漢字Ωж—€");
} // namespace

QString RandomSetup::text(int maxLength)
{
    QString s;
    const int length = between(0, maxLength);
    for (int i = 0; i < length; ++i)
        s.append(Alphabet.at(between(0, int(Alphabet.size()) - 1)));
    if (chance())
        s.append(QString::fromUtf8("\xF0\x9F\x93\x9A")); // a book emoji, outside the BMP
    return s;
}

QString RandomSetup::code()
{
    return QStringLiteral("P%1%2").arg(++m_serial).arg(text(4).remove(QLatin1Char('\n')));
}

Rule RandomSetup::rule()
{
    Rule r;
    r.name = QStringLiteral("Rule %1 ").arg(++m_serial) + text(10);
    r.description = text();
    r.enabled = chance();
    const QList<RuleOperator>& ops = RuleOperators::all();
    for (int i = between(0, 3); i > 0; --i) {
        RuleCondition c;
        c.parameter = QStringLiteral("Param %1").arg(i) + text(6);
        c.op = ops.at(between(0, int(ops.size()) - 1));
        for (int v = between(0, 3); v > 0; --v)
            c.values.append(text(8));
        r.conditions.append(c);
    }
    for (int i = between(0, 2); i > 0; --i)
        r.outputs.append({ QStringLiteral("Output %1").arg(i), text(8) });
    return r;
}

SetupData RandomSetup::create(const Sizes& sizes)
{
    SetupData d = Presets::create(QString::fromLatin1(chance() ? Presets::Wrlc : Presets::Blank));
    for (const FieldSpec& spec : FieldCatalog::all()) {
        QVariant value;
        switch (spec.type) {
        case FieldType::Text:
            value = text();
            break;
        case FieldType::Bool:
            value = chance();
            break;
        case FieldType::Integer:
            value = between(-5, 100000);
            break;
        case FieldType::Choice:
            value = spec.choices.isEmpty()
                ? text()
                : QString::fromLatin1(spec.choices.at(between(0, int(spec.choices.size()) - 1)).value);
            break;
        case FieldType::MultiChoice: {
            QStringList list;
            if (spec.choiceSource != ChoiceSource::Static || spec.choices.isEmpty()) {
                for (int i = between(0, 4); i > 0; --i)
                    list.append(text(8));
            } else {
                for (const ChoiceSpec& choice : spec.choices) {
                    if (chance())
                        list.append(QString::fromLatin1(choice.value));
                }
            }
            value = list;
            break;
        }
        }
        d.fields.insert(spec.key(), value);
    }

    d.partners.clear();
    for (int i = 0; i < sizes.partners; ++i) {
        // Every field of PartnerFields, set or left unset at random (unset ones are not managed).
        Partner p;
        p.code = code();
        for (const PartnerField& f : PartnerFields::all()) {
            if (f.text == &Partner::code || chance())
                continue;
            switch (f.kind) {
            case PartnerField::Kind::Text:
                f.setValue(p, text(12));
                break;
            case PartnerField::Kind::Choice:
                f.setValue(p, f.choices.at(between(0, int(f.choices.size()) - 1)));
                break;
            case PartnerField::Kind::Number:
                f.setValue(p, between(0, 365));
                break;
            case PartnerField::Kind::YesNo:
                f.setValue(p, chance());
                break;
            }
        }
        d.partners.append(p);
    }
    d.otherSettings.clear();
    for (int i = 0; i < sizes.otherSettings; ++i)
        d.otherSettings.append({ QStringLiteral("key_%1").arg(i) + text(6), text() });
    d.policies.clear();
    for (int i = 0; i < sizes.policies; ++i)
        d.policies.append({ text(10), QStringLiteral("Policy %1").arg(i) + text(6), text(6), text() });

    for (RuleId id : RuleIds::all()) {
        d.rules.insert(id, rule());
        QList<Rule> existing;
        for (int i = 0; i < sizes.existingRulesPerList; ++i)
            existing.append(rule());
        d.existingRules.insert(id, existing);
        d.newRulePositions.insert(id, between(0, int(existing.size())));
    }

    for (SectionId s : Sections::all()) {
        SectionState state;
        state.notNeeded = chance() && chance();
        state.notNeededReason = chance() ? text(60) : QString();
        for (const StepSpec& step : SectionCatalog::section(s).steps) {
            if (!chance())
                continue;
            StepState st;
            st.done = true;
            st.doneAt = QDateTime::fromMSecsSinceEpoch(
                qint64(1700000000000) + qint64(m_random.bounded(1000000000)), QTimeZone::utc());
            st.doneBy = text(16);
            st.note = chance() ? text(40) : QString();
            state.steps.insert(step.key(), st);
        }
        d.sections.insert(s, state);
    }
    const QStringList pages = { QStringLiteral("introduction"), QStringLiteral("partners"), QStringLiteral("summary"),
        Sections::key(SectionId::RotaTemplate) };
    d.currentPage = pages.at(between(0, int(pages.size()) - 1));
    d.createdAt = QDateTime::fromMSecsSinceEpoch(
        qint64(1600000000000) + qint64(m_random.bounded(1000000000)), QTimeZone::utc());
    // What push and verify learned from Alma, for some partners (last, so the rest of a seeded
    // setup stays as it was before results existed).
    for (const Partner& p : std::as_const(d.partners)) {
        if (!chance() || !chance())
            continue;
        AlmaRecord r;
        r.outcome = static_cast<AlmaRecord::Outcome>(between(0, int(AlmaRecord::Outcome::Differs)));
        r.label = text(30);
        r.detail = chance() ? text(80) : QString();
        r.at = QDateTime::fromMSecsSinceEpoch(
            qint64(1750000000000) + qint64(m_random.bounded(1000000000)), QTimeZone::utc());
        r.sandbox = chance();
        d.alma.insert(QStringLiteral("partner/") + p.code, r);
    }
    return d;
}
