#include "consortium/MemberSetupGenerator.h"

#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/Presets.h"
#include "model/RuleAutofill.h"
#include "model/RuleCatalog.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MemberSetupGenerator)
};

const QString PartnerParameter = QStringLiteral("Resource Sharing Partner");
const QString LoanPeriod = QStringLiteral("Loan Period");
// The rules whose partner list is the partners the member borrows from (sections 8 and 14).
const RuleId PartnerRules[] = { RuleId::TemporaryItemCreation, RuleId::SendingBorrowingRequest };

QString field(const char* id)
{
    return QString::fromLatin1(id);
}

void setIfGiven(SetupData& d, const char* id, const QString& value)
{
    if (!value.isEmpty())
        d.fields.insert(field(id), value);
}

QStringList conditionValues(const Rule& rule)
{
    for (const RuleCondition& c : rule.conditions) {
        if (c.parameter == PartnerParameter)
            return c.values;
    }
    return {};
}

// The values a generation sets, flat: "field:ID", "partners" (the consortium's codes, a list),
// "partner:CODE:KEY", "rule:KEY" (a partner list), "policy:NAME". `codes` are the partners
// that belong to the consortium; the member's own partners are not among them.
QHash<QString, QVariant> managed(const SetupData& d, const QSet<QString>& codes)
{
    QHash<QString, QVariant> v;
    for (const char* id : { FieldId::Institution, FieldId::LibraryCode, FieldId::LibrarySymbol, FieldId::CircDeskCode,
             FieldId::BorrowingLocationCode, FieldId::LendingLocationCode, FieldId::LibraryBorrowingDefaultLocation,
             FieldId::LibraryLendingDefaultLocation, FieldId::BorrowingProfileCode, FieldId::LendingProfileCode,
             FieldId::PartnerDefaultExpiryDays, FieldId::RotaMembers })
        v.insert(QStringLiteral("field:") + field(id), d.fields.value(field(id)));
    QStringList partnerCodes;
    for (const Partner& p : d.partners) {
        if (!codes.contains(p.code))
            continue;
        partnerCodes.append(p.code);
        for (const PartnerField& f : PartnerFields::all())
            v.insert(QStringLiteral("partner:%1:%2").arg(p.code, QLatin1String(f.key)), f.value(p));
    }
    v.insert(QStringLiteral("partners"), partnerCodes);
    for (RuleId id : PartnerRules)
        v.insert(QStringLiteral("rule:") + RuleIds::key(id), conditionValues(d.rules.value(id)));
    for (const FulfillmentPolicy& p : d.policies) {
        if (p.type == LoanPeriod)
            v.insert(QStringLiteral("policy:") + p.name, p.value);
    }
    return v;
}

void apply(SetupData& d, const QString& key, const QVariant& value)
{
    const QString kind = key.section(QLatin1Char(':'), 0, 0);
    if (kind == QLatin1String("field")) {
        d.fields.insert(key.section(QLatin1Char(':'), 1), value);
    } else if (kind == QLatin1String("partner")) {
        const QString code = key.section(QLatin1Char(':'), 1, 1);
        const PartnerField* f = PartnerFields::find(key.section(QLatin1Char(':'), 2));
        for (Partner& p : d.partners) {
            if (p.code == code)
                f->setValue(p, value);
        }
    } else if (kind == QLatin1String("rule")) {
        const auto id = RuleIds::fromKey(key.section(QLatin1Char(':'), 1));
        d.rules[*id] = RuleAutofill::withConditionValues(d.rules.value(*id), PartnerParameter, value.toStringList());
    } else if (kind == QLatin1String("policy")) {
        for (FulfillmentPolicy& p : d.policies) {
            if (p.type == LoanPeriod && p.name == key.section(QLatin1Char(':'), 1))
                p.value = value.toString();
        }
    }
}

// The partners list: the member's, without the consortium partners the roster dropped, with
// those it added (in the roster's order), and each added one filled from `fresh`.
QStringList mergedList(const QStringList& mine, const QStringList& base, const QStringList& fresh, bool hasBase)
{
    QStringList out;
    for (const QString& code : mine) {
        if (!hasBase || fresh.contains(code) || !base.contains(code))
            out.append(code);
    }
    for (const QString& code : fresh) {
        if (!out.contains(code) && (!hasBase || !base.contains(code)))
            out.append(code);
    }
    return out;
}

QString describe(const QString& key)
{
    const QString kind = key.section(QLatin1Char(':'), 0, 0);
    if (kind == QLatin1String("field")) {
        const FieldSpec* spec = FieldCatalog::find(key.section(QLatin1Char(':'), 1));
        return spec ? spec->qualifiedLabel() : key;
    }
    if (kind == QLatin1String("partner"))
        return Text::tr("partner %1: %2")
            .arg(key.section(QLatin1Char(':'), 1, 1),
                PartnerFields::find(key.section(QLatin1Char(':'), 2))->translatedTitle());
    if (kind == QLatin1String("rule"))
        return Text::tr("the partner list of the %1")
            .arg(RuleCatalog::rule(*RuleIds::fromKey(key.section(QLatin1Char(':'), 1))).translatedTitle());
    if (kind == QLatin1String("policy"))
        return Text::tr("policy %1").arg(key.section(QLatin1Char(':'), 1));
    return key;
}

QString shown(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1String(", "));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? Text::tr("Yes") : Text::tr("No");
    const QString text = value.toString();
    return text.isEmpty() ? Text::tr("(empty)") : text;
}
} // namespace

SetupData MemberSetupGenerator::generate(
    const SetupData& templateSetup, const Roster& roster, const RosterMember& member)
{
    SetupData d = templateSetup;
    const SetupData blank = Presets::create(QLatin1String(Presets::Blank));
    d.sections = blank.sections; // nothing is done yet in the member's Alma
    d.alma.clear();
    d.currentPage.clear();
    d.visitedSections.clear();
    d.createdAt = QDateTime::currentDateTimeUtc();

    d.fields.insert(field(FieldId::Institution), member.record.name);
    setIfGiven(d, FieldId::LibrarySymbol, member.symbol());
    setIfGiven(d, FieldId::LibraryCode, member.library);
    setIfGiven(d, FieldId::CircDeskCode, member.circulationDesk);
    setIfGiven(d, FieldId::BorrowingLocationCode, member.borrowingLocation);
    setIfGiven(d, FieldId::LibraryBorrowingDefaultLocation, member.borrowingLocation);
    setIfGiven(d, FieldId::LendingLocationCode, member.lendingLocation);
    setIfGiven(d, FieldId::LibraryLendingDefaultLocation, member.lendingLocation);
    const AgreedTerms& terms = roster.terms;
    setIfGiven(d, FieldId::BorrowingProfileCode, terms.borrowingWorkflow);
    setIfGiven(d, FieldId::LendingProfileCode, terms.lendingWorkflow);
    if (terms.expiryDays)
        d.fields.insert(field(FieldId::PartnerDefaultExpiryDays), *terms.expiryDays);
    // Section 4's values follow the library and the borrowing location they name.
    for (KeyValue& setting : d.otherSettings) {
        for (const FieldCatalog::OtherSetting& known : FieldCatalog::otherSettings()) {
            if (setting.key == known.parameter.text())
                setting.value = d.fields.value(QLatin1String(known.valueField)).toString();
        }
    }

    // Every other member as a partner; the template's own partners that are not members stay.
    QSet<QString> memberCodes;
    for (const RosterMember& m : roster.members)
        memberCodes.insert(m.code());
    QList<Partner> partners;
    QStringList borrowedFrom;
    for (const RosterMember& other : roster.members) {
        if (other.code() == member.code())
            continue;
        partners.append(RosterRecords::expected(roster, member, other));
        if (RosterRecords::borrowsFrom(member, other))
            borrowedFrom.append(other.code());
    }
    for (const Partner& p : templateSetup.partners) {
        if (!memberCodes.contains(p.code))
            partners.append(p);
    }
    d.partners = partners;
    d.fields.insert(field(FieldId::RotaMembers), borrowedFrom);
    for (RuleId id : PartnerRules)
        d.rules[id] = RuleAutofill::withConditionValues(d.rules.value(id), PartnerParameter, borrowedFrom);
    if (!member.borrowingLocation.isEmpty())
        d.rules[RuleId::TemporaryItemCreation] = RuleAutofill::withOutput(
            d.rules.value(RuleId::TemporaryItemCreation), QStringLiteral("Location"), member.borrowingLocation);

    // The agreed loan periods, on the Loan Period policies the two terms of use name.
    const QStringList loanPolicies = d.fields.value(field(FieldId::LoanTouPolicies)).toStringList();
    const QStringList lendingPolicies = d.fields.value(field(FieldId::LendingTouPolicies)).toStringList();
    for (FulfillmentPolicy& p : d.policies) {
        if (p.type != LoanPeriod)
            continue;
        if (!terms.loanPeriod.isEmpty() && loanPolicies.contains(p.name))
            p.value = terms.loanPeriod;
        if (!terms.lendingPeriod.isEmpty() && lendingPolicies.contains(p.name))
            p.value = terms.lendingPeriod;
    }
    return d;
}

MemberSetupGenerator::Merged MemberSetupGenerator::merge(
    const SetupData& current, const std::optional<SetupData>& base, const SetupData& fresh, const QSet<QString>& codes)
{
    const QHash<QString, QVariant> mine = managed(current, codes);
    const QHash<QString, QVariant> then = base ? managed(*base, codes) : QHash<QString, QVariant>();
    const QHash<QString, QVariant> now = managed(fresh, codes);

    Merged out { current, {} };
    // The partner list first, so the values of added partners have a partner to go to.
    const QString partnersKey = QStringLiteral("partners");
    const QStringList mineCodes = mine.value(partnersKey).toStringList();
    const QStringList merged = mergedList(
        mineCodes, then.value(partnersKey).toStringList(), now.value(partnersKey).toStringList(), base.has_value());
    // A partner whose member left the roster goes, unless the member edited its record since.
    auto editedSinceBase = [&](const QString& code) {
        const QString prefix = QStringLiteral("partner:%1:").arg(code);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            if (it.key().startsWith(prefix) && it.value() != then.value(it.key()))
                return true;
        }
        return false;
    };
    QList<Partner> partners;
    for (const Partner& p : current.partners) {
        if (!codes.contains(p.code) || merged.contains(p.code)) {
            partners.append(p);
        } else if (editedSinceBase(p.code)) {
            partners.append(p);
            out.changes.append(
                Text::tr("partner %1: kept yours (no longer in the roster, but you changed it)").arg(p.code));
        } else {
            out.changes.append(Text::tr("partner %1 removed (no longer in the roster)").arg(p.code));
        }
    }
    for (const QString& code : merged) {
        if (!mineCodes.contains(code)) {
            Partner p;
            p.code = code;
            partners.append(p);
            out.changes.append(Text::tr("partner %1 added").arg(code));
        }
    }
    out.data.partners = partners;

    QStringList keys = now.keys();
    keys.sort();
    for (const QString& key : keys) {
        if (key == partnersKey)
            continue;
        const QVariant m = mine.value(key);
        const QVariant f = now.value(key);
        const bool added
            = key.startsWith(QLatin1String("partner:")) && !mineCodes.contains(key.section(QLatin1Char(':'), 1, 1));
        if (m == f)
            continue;
        const bool memberChanged = !added && (base ? m != then.value(key) : true);
        if (f.typeId() == QMetaType::QStringList && !added) {
            // Lists (rota, rule partner lists) merge like the partners: the member's, with the
            // roster's additions and without its removals.
            const QStringList list
                = mergedList(m.toStringList(), then.value(key).toStringList(), f.toStringList(), base.has_value());
            if (list != m.toStringList()) {
                apply(out.data, key, list);
                out.changes.append(Text::tr("%1: %2 → %3").arg(describe(key), shown(m), shown(list)));
            }
            continue;
        }
        // Without a base, an empty value is filled in: that overrides nothing the member did.
        const bool empty = !m.isValid() || m.toString().isEmpty();
        if (memberChanged && !(!base && empty)) {
            if (!base || f != then.value(key))
                out.changes.append(
                    Text::tr("%1: kept yours, %2 (the roster says %3)").arg(describe(key), shown(m), shown(f)));
            continue;
        }
        apply(out.data, key, f);
        if (!added)
            out.changes.append(Text::tr("%1: %2 → %3").arg(describe(key), shown(m), shown(f)));
    }
    return out;
}
