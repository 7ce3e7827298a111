#include "checks/SetupValidator.h"

#include "model/AlmaItemKey.h"

#include "checks/FindingCollector.h"
#include "checks/GuideChecks.h"
#include "checks/PartnerChecks.h"
#include "checks/RuleMatchSet.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/RuleCatalog.h"
#include "model/RuleText.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

QString FindingCollector::label(const char* id)
{
    return FieldCatalog::get(id).qualifiedLabel();
}

QString FindingCollector::listed(const QStringList& names, int shown)
{
    QString text = names.mid(0, shown).join(QLatin1String(", "));
    if (names.size() > shown)
        text = tr("%1 and %n more", nullptr, int(names.size() - shown)).arg(text);
    return text;
}

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SetupValidator)
};

using Severity = Finding::Severity;

const QString PartnerParameter = QStringLiteral("Resource Sharing Partner");
const QString ItemPolicyName = QStringLiteral("Item Policy");
const QString LocationName = QStringLiteral("Location");
const QString TermsOfUseName = QStringLiteral("Terms of Use");
const QString RotaTemplatesName = QStringLiteral("Rota Templates");

bool sameName(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// A message that starts with an inserted name ("the Loan TOU …") starts with a capital.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

class Checker : public FindingCollector {
    Q_DECLARE_TR_FUNCTIONS(SetupValidator) // lupdate does not see the base class's context

public:
    explicit Checker(const SetupData& data)
        : FindingCollector(data)
    {
    }

    QList<Finding> all()
    {
        resourceSharingLibrary();
        temporaryLocations();
        jobs();
        otherSettings();
        workflowProfiles();
        partners();
        itemPolicy();
        temporaryItemCreationRule();
        fulfillmentPolicies();
        termsOfUse();
        fulfillmentUnitRules();
        rotaTemplate();
        rotaAssignmentRule();
        GuideChecks::check(*this);
        PartnerChecks::check(*this);
        for (RuleId list : RuleIds::all())
            ruleOrder(list);
        almaResults();
        std::stable_sort(m_findings.begin(), m_findings.end(),
            [](const Finding& a, const Finding& b) { return Sections::index(a.section) < Sections::index(b.section); });
        return m_findings;
    }

    QList<Finding> ruleOrderOnly(RuleId list)
    {
        ruleOrder(list);
        return m_findings;
    }

    void ruleOrder(RuleId list);

private:
    // What the last push or verify found wrong in Alma stays a finding until a later run
    // records the item as good.
    void almaResults()
    {
        if (d.alma.isEmpty())
            return; // no push or verify yet (and this runs on every edit)
        const QSet<QString> current = AlmaItemKey::currentKeys(d);
        for (auto it = d.alma.cbegin(); it != d.alma.cend(); ++it) {
            const AlmaRecord& r = it.value();
            if (!current.contains(it.key()))
                continue; // removed from the setup, or its code changed, since
            const QString where = r.sandbox ? tr("the Alma sandbox") : tr("Alma");
            if (r.outcome == AlmaRecord::Outcome::Failed)
                add(Severity::Error, AlmaItemKey::sectionOf(it.key()), it.key(), "alma-push-failed",
                    tr("%1 could not be written to %2: %3").arg(r.label, where, r.detail),
                    tr("Correct it here or in Alma, then push again; only what is left is sent."), r.label);
            else if (r.outcome == AlmaRecord::Outcome::Differs)
                add(Severity::Warning, AlmaItemKey::sectionOf(it.key()), it.key(), "alma-differs",
                    tr("%1 in %2 differs from this setup: %3").arg(r.label, where, r.detail),
                    tr("Change it in Alma (or push it), or change the setup, then verify again."), r.label);
        }
    }

    // Required text fields: an error naming the field when empty. Returns whether it is filled.
    bool required(SectionId section, const char* id)
    {
        if (!text(id).isEmpty())
            return true;
        add(Severity::Error, section, QString::fromLatin1(id), "required", tr("%1 is empty.").arg(label(id)),
            tr("Enter it as it is (or will be) in Alma."), label(id));
        return false;
    }

    void locationCode(const char* id)
    {
        if (!required(SectionId::TemporaryLocations, id))
            return;
        const QString code = text(id);
        if (code.size() > 10)
            add(Severity::Error, SectionId::TemporaryLocations, QString::fromLatin1(id), "location-code-too-long",
                tr("%1 \"%2\" has %3 characters; Alma location codes have at most 10.")
                    .arg(label(id), code)
                    .arg(code.size()),
                tr("Shorten the code to 10 characters or fewer."));
        if (code.contains(QLatin1Char(',')))
            add(Severity::Error, SectionId::TemporaryLocations, QString::fromLatin1(id), "location-code-comma",
                tr("%1 \"%2\" contains a comma, which Alma does not allow in location codes.").arg(label(id), code),
                tr("Remove the comma from the code."));
    }

    // A field that must repeat another section's value (e.g. a default location = a location code).
    void mustEqual(SectionId section, const char* id, const QString& expected, const QString& expectedWhat)
    {
        const QString value = text(id);
        if (expected.isEmpty())
            return; // the other section reports its own empty field
        if (value.isEmpty()) {
            add(Severity::Error, section, QString::fromLatin1(id), "required",
                tr("%1 is empty; it should be %2 \"%3\".").arg(label(id), expectedWhat, expected),
                tr("Set %1 to \"%2\".").arg(label(id), expected));
        } else if (value != expected) {
            add(Severity::Error, section, QString::fromLatin1(id), "mismatch",
                tr("%1 is \"%2\", but %3 is \"%4\".").arg(label(id), value, expectedWhat, expected),
                tr("Set %1 to \"%2\" (or change %3).").arg(label(id), expected, expectedWhat));
        }
    }

    // A location code other sections must repeat, or empty while it is itself wrong (section 2
    // reports that; the other sections should not be told to copy a bad code).
    QString usableLocationCode(const char* id) const
    {
        const QString code = text(id);
        return code.size() <= 10 && !code.contains(QLatin1Char(',')) ? code : QString();
    }

    static QString ruleName(const Rule& r)
    {
        return r.name.trimmed().isEmpty() ? tr("(unnamed rule)") : r.name.trimmed();
    }

    std::optional<QString> output(const Rule& rule, const QString& name) const
    {
        for (const KeyValue& out : rule.outputs) {
            if (sameName(out.key, name))
                return out.value.trimmed();
        }
        return std::nullopt;
    }

    // A rule output that must name another section's value.
    void ruleOutput(RuleId id, const QString& outputName, const QString& expected, const QString& expectedWhat)
    {
        if (expected.isEmpty())
            return;
        const Rule rule = d.rules.value(id);
        const SectionId section = RuleCatalog::rule(id).section;
        const QString subject = FindingCollector::ruleSubject(id);
        const auto value = output(rule, outputName);
        if (!value || value->isEmpty()) {
            add(Severity::Error, section, subject, "rule-output-missing",
                tr("Rule \"%1\" has no %2 output; it should be %3 \"%4\".")
                    .arg(ruleName(rule), outputName, expectedWhat, expected),
                tr("Add the output %1 = \"%2\".").arg(outputName, expected));
        } else if (*value != expected) {
            add(Severity::Error, section, subject, "rule-output-mismatch",
                tr("Rule \"%1\" sets %2 to \"%3\", but %4 is \"%5\".")
                    .arg(ruleName(rule), outputName, *value, expectedWhat, expected),
                tr("Set the output %1 to \"%2\".").arg(outputName, expected));
        }
    }

    void resourceSharingLibrary()
    {
        const SectionId s = SectionId::ResourceSharingLibrary;
        required(s, FieldId::LibraryCode);
        if (text(FieldId::LibraryChoice) == QLatin1String("standalone"))
            add(Severity::Warning, s, QString::fromLatin1(FieldId::LibraryChoice), "standalone-transit",
                tr("A stand-alone resource sharing library adds a transit step to every receive and return."),
                tr("Use the main library as the resource sharing library unless you need the separate one."));
        const QString symbol = text(FieldId::LibrarySymbol);
        static const QRegularExpression oclcSymbol(QStringLiteral("^[A-Z0-9]{3,5}$"));
        if (!symbol.isEmpty() && !oclcSymbol.match(symbol).hasMatch())
            add(Severity::Warning, s, QString::fromLatin1(FieldId::LibrarySymbol), "symbol-format",
                tr("The OCLC symbol \"%1\" does not look like one: symbols are short codes of capital letters and "
                   "digits (this program's reading of OCLC's symbols, not the guide's).")
                    .arg(symbol),
                tr("Check the symbol in the OCLC directory."));
        mustEqual(s, FieldId::LibraryBorrowingDefaultLocation, usableLocationCode(FieldId::BorrowingLocationCode),
            tr("the temporary borrowing location (section 2)"));
        mustEqual(s, FieldId::LibraryLendingDefaultLocation, usableLocationCode(FieldId::LendingLocationCode),
            tr("the temporary lending location (section 2)"));
    }

    void temporaryLocations()
    {
        const SectionId s = SectionId::TemporaryLocations;
        locationCode(FieldId::BorrowingLocationCode);
        locationCode(FieldId::LendingLocationCode);
        // An existing location keeps the name Alma has; a new one needs one.
        if (!flag(FieldId::BorrowingLocationExists))
            required(s, FieldId::BorrowingLocationName);
        if (!flag(FieldId::LendingLocationExists))
            required(s, FieldId::LendingLocationName);
        const QString borrowing = text(FieldId::BorrowingLocationCode);
        if (!borrowing.isEmpty() && sameName(borrowing, text(FieldId::LendingLocationCode)))
            add(Severity::Error, s, QString::fromLatin1(FieldId::LendingLocationCode), "duplicate-code",
                tr("The borrowing and lending locations have the same code \"%1\".").arg(borrowing),
                tr("Give each temporary location its own code (WRLC uses CLSBORR and CLSLEND)."));
        required(s, FieldId::CircDeskCode);
    }

    void jobs()
    {
        if (!d.fields.value(QString::fromLatin1(FieldId::JobExpiredRequestsActive)).toBool())
            add(Severity::Warning, SectionId::Jobs, QString::fromLatin1(FieldId::JobExpiredRequestsActive),
                "job-inactive",
                tr("The Expired Resource Sharing Requests job is not active: requests will never move on to the next "
                   "lender."),
                tr("Activate the job, every day at 02:00."));
    }

    void otherSettings()
    {
        const SectionId s = SectionId::OtherSettings;
        QSet<QString> keys;
        for (const KeyValue& row : d.otherSettings) {
            const QString key = row.key.trimmed();
            if (key.isEmpty())
                continue;
            if (keys.contains(key))
                add(Severity::Error, s, QStringLiteral("otherSettings/") + key, "duplicate-key",
                    tr("The parameter %1 is listed twice.").arg(key), tr("Keep one row for %1.").arg(key));
            keys.insert(key);
        }
        for (const FieldCatalog::OtherSetting& setting : FieldCatalog::otherSettings()) {
            const QString key = setting.parameter.text();
            const QString value = setting.valueField == FieldId::BorrowingLocationCode
                ? usableLocationCode(FieldId::BorrowingLocationCode)
                : text(setting.valueField);
            const QString what = FieldCatalog::get(setting.valueField).qualifiedLabel();
            // A parameter no public source confirms gets warnings only, and says so.
            const QString unconfirmed = setting.confirmed()
                ? QString()
                : tr(" This parameter's name is unconfirmed: check your Other Settings table.");
            const Severity mismatch = setting.confirmed() ? Severity::Error : Severity::Warning;
            const auto row = std::find_if(d.otherSettings.cbegin(), d.otherSettings.cend(),
                [&key](const KeyValue& kv) { return kv.key.trimmed() == key; });
            if (row == d.otherSettings.cend()) {
                add(Severity::Warning, s, QStringLiteral("otherSettings/") + key, "setting-missing",
                    tr("The parameter %1 is not in the list.").arg(key) + unconfirmed,
                    value.isEmpty() ? tr("Add the row %1 with %2.").arg(key, what)
                                    : tr("Add the row %1 = \"%2\".").arg(key, value));
            } else if (!value.isEmpty() && row->value.trimmed() != value) {
                add(mismatch, s, QStringLiteral("otherSettings/") + key, "mismatch",
                    tr("%1 is \"%2\", but %3 is \"%4\".").arg(key, row->value.trimmed(), what, value) + unconfirmed,
                    tr("Set %1 to \"%2\".").arg(key, value));
            }
        }
    }

    void workflowProfiles()
    {
        const SectionId s = SectionId::WorkflowProfiles;
        for (const char* id : { FieldId::BorrowingProfileName, FieldId::BorrowingProfileCode,
                 FieldId::LendingProfileName, FieldId::LendingProfileCode })
            required(s, id);
        const QString borrowing = text(FieldId::BorrowingProfileCode);
        if (!borrowing.isEmpty() && sameName(borrowing, text(FieldId::LendingProfileCode)))
            add(Severity::Error, s, QString::fromLatin1(FieldId::LendingProfileCode), "duplicate-code",
                tr("The borrowing and lending profiles have the same code \"%1\".").arg(borrowing),
                tr("Give each workflow profile its own code."));
    }

    void partners()
    {
        const SectionId s = SectionId::Partners;
        if (d.fields.value(QString::fromLatin1(FieldId::PartnerDefaultExpiryDays)).toInt() <= 0)
            add(Severity::Error, s, QString::fromLatin1(FieldId::PartnerDefaultExpiryDays), "expiry-not-positive",
                tr("The default expiry time must be a positive number of days."),
                tr("Use 4 days, as SUNY and FLVC do."));
        if (d.partners.isEmpty()) {
            add(Severity::Warning, s, QStringLiteral("partners"), "no-partners", tr("No partners are listed yet."),
                tr("Add your peer-to-peer partners, or import them from a CSV file."));
            return;
        }
        const QString borrowingProfile = text(FieldId::BorrowingProfileCode);
        const QString lendingProfile = text(FieldId::LendingProfileCode);
        QSet<QString> codes;
        codes.reserve(d.partners.size());
        const QString borrowing = tr("borrowing");
        const QString lending = tr("lending");
        for (qsizetype row = 0; row < d.partners.size(); ++row) {
            const Partner& p = d.partners.at(row);
            const QString code = p.code.trimmed();
            // Texts naming the partner are built only for a finding: most partners have none.
            auto subject = [&code] { return QStringLiteral("partners/") + code; };
            auto who = [&code, row] {
                return code.isEmpty() ? tr("The partner in row %1").arg(row + 1) : tr("Partner %1").arg(code);
            };
            if (code.isEmpty()) {
                add(Severity::Error, s, subject(), "required", tr("%1 has no code.").arg(who()),
                    tr("Enter the partner's code as in Alma."), {}, QStringLiteral("code"));
            } else if (codes.contains(code)) {
                add(Severity::Error, s, subject(), "duplicate-code",
                    tr("Partner code %1 is listed more than once.").arg(code),
                    tr("Remove the extra row; partner codes are unique in Alma."), {}, QStringLiteral("code"));
            }
            codes.insert(code);
            if (p.expiryDays && *p.expiryDays <= 0)
                add(Severity::Error, s, subject(), "expiry-not-positive",
                    tr("%1 has expiry time %2; it must be a positive number of days.").arg(who()).arg(*p.expiryDays),
                    tr("Set the expiry time (e.g. 4 days)."), {}, QStringLiteral("expiryDays"));
            auto workflow = [&](bool supported, const QString& untrimmed, const QString& profile,
                                const char* findingCode, const QString& direction, const QString& field) {
                if (!supported)
                    return;
                const QString value = untrimmed.trimmed();
                if (value.isEmpty()) // Alma then uses its default workflow, not the peer-to-peer one
                    add(Severity::Warning, s, subject(), findingCode,
                        tr("%1 has no %2 workflow.").arg(who(), direction),
                        tr("Choose the %1 profile %2.").arg(direction, profile), {}, field);
                else if (!profile.isEmpty() && value != profile)
                    add(Severity::Warning, s, subject(), findingCode,
                        tr("%1 uses the %2 workflow \"%3\", not the peer-to-peer profile \"%4\" of section 5.")
                            .arg(who(), direction, value, profile),
                        tr("Choose %1 unless this partner needs a different workflow.").arg(profile), {}, field);
            };
            workflow(p.borrowingSupported.value_or(true), p.borrowingWorkflow, borrowingProfile, "borrowing-workflow",
                borrowing, QStringLiteral("borrowingWorkflow"));
            workflow(p.lendingSupported.value_or(true), p.lendingWorkflow, lendingProfile, "lending-workflow", lending,
                QStringLiteral("lendingWorkflow"));
        }
    }

    void itemPolicy() { required(SectionId::ItemPolicy, FieldId::ItemPolicyCode); }

    static QSet<QString> foldedSet(const QStringList& values)
    {
        QSet<QString> set;
        set.reserve(values.size());
        for (const QString& v : values)
            set.insert(v.trimmed().toCaseFolded());
        return set;
    }

    // The partner codes, computed once per validation (rule 8 and the rota both need them).
    const QSet<QString>& partnerCodes()
    {
        if (!m_partnerCodes) {
            m_partnerCodes.emplace();
            m_partnerCodes->reserve(d.partners.size());
            for (const Partner& p : d.partners)
                m_partnerCodes->insert(p.code.trimmed());
        }
        return *m_partnerCodes;
    }

    void temporaryItemCreationRule()
    {
        const SectionId s = SectionId::TemporaryItemCreationRule;
        const RuleId id = RuleId::TemporaryItemCreation;
        const Rule rule = d.rules.value(id);
        const QString subject = FindingCollector::ruleSubject(id);
        const auto condition = std::find_if(rule.conditions.cbegin(), rule.conditions.cend(),
            [](const RuleCondition& c) { return sameName(c.parameter, PartnerParameter); });
        if (condition == rule.conditions.cend()) {
            add(Severity::Error, s, subject, "partner-condition-missing",
                tr("Rule \"%1\" has no input %2, so it would give every temporary item the peer-to-peer policy.")
                    .arg(ruleName(rule), PartnerParameter),
                tr("Add the input %1 InList your partners (\"Use all partners\").").arg(PartnerParameter));
        } else {
            const QSet<QString>& known = partnerCodes();
            QStringList unknown;
            for (const QString& value : condition->values) {
                if (!known.contains(value.trimmed()))
                    unknown.append(value.trimmed());
            }
            if (!unknown.isEmpty())
                add(Severity::Error, s, subject, "unknown-partner",
                    tr("Rule \"%1\" lists partners that are not in section 6: %2.")
                        .arg(ruleName(rule), listed(unknown)),
                    tr("Add them to the partners, or remove them from the rule."));
            // Every active borrowing partner must be accepted by the condition, whatever its operator.
            QStringList missing;
            if (condition->op == RuleOperator::InList || condition->op == RuleOperator::Equals) {
                const QSet<QString> accepted = foldedSet(condition->values);
                for (const Partner& p : d.partners) {
                    if (p.isBorrowedFrom() && !accepted.contains(p.code.trimmed().toCaseFolded()))
                        missing.append(p.code.trimmed());
                }
            } else {
                for (const Partner& p : d.partners) {
                    if (p.isBorrowedFrom() && !RuleMatchSet::accepts(*condition, p.code))
                        missing.append(p.code.trimmed());
                }
            }
            if (!missing.isEmpty())
                add(Severity::Warning, s, subject, "partner-not-in-rule",
                    tr("Items borrowed from %1 will not get the peer-to-peer item policy: they are not in rule \"%2\".")
                        .arg(listed(missing), ruleName(rule)),
                    tr("Add them to the rule's partner list (\"Use all partners\")."));
        }
        ruleOutput(id, ItemPolicyName, text(FieldId::ItemPolicyCode), tr("the item policy of section 7"));
        ruleOutput(id, LocationName, usableLocationCode(FieldId::BorrowingLocationCode),
            tr("the temporary borrowing location"));
    }

    void fulfillmentPolicies()
    {
        QSet<QString> seen;
        for (const FulfillmentPolicy& p : d.policies) {
            const QString key = p.type.trimmed() + QLatin1Char('/') + p.name.trimmed();
            if (p.name.trimmed().isEmpty())
                add(Severity::Error, SectionId::FulfillmentPolicies, QStringLiteral("policies"), "required",
                    p.type.trimmed().isEmpty() ? tr("A policy has no name.")
                                               : tr("A \"%1\" policy has no name.").arg(p.type.trimmed()),
                    tr("Name the policy as in Alma."));
            else if (seen.contains(key))
                add(Severity::Warning, SectionId::FulfillmentPolicies, QStringLiteral("policies/") + key,
                    "duplicate-name",
                    tr("The \"%1\" policy \"%2\" is listed twice.").arg(p.type.trimmed(), p.name.trimmed()),
                    tr("Keep one of them."));
            seen.insert(key);
        }
    }

    void termsOfUse()
    {
        const SectionId s = SectionId::TermsOfUse;
        QSet<QString> policyNames;
        for (const FulfillmentPolicy& p : d.policies)
            policyNames.insert(p.name.trimmed());
        const bool policiesNeeded = needed(SectionId::FulfillmentPolicies);
        const struct {
            const char* nameId;
            const char* policiesId;
            QString tou;
        } tous[] = {
            { FieldId::LoanTouName, FieldId::LoanTouPolicies, tr("the Loan TOU") },
            { FieldId::LendingTouName, FieldId::LendingTouPolicies, tr("the Lending Resource Sharing TOU") },
            { FieldId::BorrowingTouName, FieldId::BorrowingTouPolicies, tr("the Borrowing Resource Sharing TOU") },
        };
        for (const auto& [nameId, policiesId, tou] : tous) {
            required(s, nameId);
            if (!policiesNeeded)
                continue; // existing policies are reused; their names are not listed here
            if (list(policiesId).isEmpty())
                add(Severity::Warning, s, QString::fromLatin1(policiesId), "tou-without-policies",
                    sentence(tr("%1 has no policies; the guide selects the relevant policies for each TOU.").arg(tou)),
                    tr("Choose its policies from those of section 9."), label(policiesId));
            QStringList unknown;
            for (const QString& policy : list(policiesId)) {
                if (!policyNames.contains(policy.trimmed()))
                    unknown.append(policy);
            }
            if (!unknown.isEmpty())
                add(Severity::Error, s, QString::fromLatin1(policiesId), "unknown-policy",
                    sentence(tr("%1 names policies that are not defined in section 9: %2.").arg(tou, listed(unknown))),
                    tr("Define them in section 9, or choose defined ones."));
        }
        for (int i = 0; i < 3; ++i) {
            for (int j = i + 1; j < 3; ++j) {
                const QString name = text(tous[i].nameId);
                if (!name.isEmpty() && sameName(name, text(tous[j].nameId)))
                    add(Severity::Error, s, QString::fromLatin1(tous[j].nameId), "duplicate-name",
                        sentence(tr("%1 and %2 have the same name, \"%3\".").arg(tous[i].tou, tous[j].tou, name)),
                        tr("Give each TOU its own name."));
            }
        }
    }

    void fulfillmentUnitRules()
    {
        const SectionId s = SectionId::FulfillmentUnitRules;
        // The Loan rule must pick the peer-to-peer item policy.
        const QString policy = text(FieldId::ItemPolicyCode);
        const Rule loan = d.rules.value(RuleId::FulfillmentUnitLoan);
        if (!policy.isEmpty()) {
            const auto condition = std::find_if(loan.conditions.cbegin(), loan.conditions.cend(),
                [](const RuleCondition& c) { return sameName(c.parameter, ItemPolicyName); });
            const QString subject = FindingCollector::ruleSubject(RuleId::FulfillmentUnitLoan);
            if (condition == loan.conditions.cend())
                add(Severity::Error, s, subject, "item-policy-condition-missing",
                    tr("The Loan rule \"%1\" has no input %2.").arg(ruleName(loan), ItemPolicyName),
                    tr("Add the input %1 = %2.").arg(ItemPolicyName, policy));
            else if (!RuleMatchSet::accepts(*condition, policy))
                add(Severity::Error, s, subject, "item-policy-mismatch",
                    tr("The Loan rule \"%1\" tests \"%2\", which does not accept the item policy of section 7, \"%3\".")
                        .arg(ruleName(loan), RuleText::format({ *condition }), policy),
                    tr("Set the input %1 = %2.").arg(ItemPolicyName, policy));
        }
        ruleOutput(
            RuleId::FulfillmentUnitLoan, TermsOfUseName, text(FieldId::LoanTouName), tr("the Loan TOU of section 10"));
        ruleOutput(RuleId::FulfillmentUnitLendingResourceSharing, TermsOfUseName, text(FieldId::LendingTouName),
            tr("the Lending Resource Sharing TOU of section 10"));
        ruleOutput(RuleId::FulfillmentUnitBorrowingResourceSharing, TermsOfUseName, text(FieldId::BorrowingTouName),
            tr("the Borrowing Resource Sharing TOU of section 10"));
    }

    void rotaTemplate()
    {
        const SectionId s = SectionId::RotaTemplate;
        required(s, FieldId::RotaCode);
        required(s, FieldId::RotaName);
        const QStringList members = list(FieldId::RotaMembers);
        if (members.isEmpty()) {
            add(Severity::Warning, s, QString::fromLatin1(FieldId::RotaMembers), "no-members",
                tr("The rota template has no members, so requests have no lender to go to."),
                tr("Add your peer-to-peer partners as members."));
            return;
        }
        const QSet<QString>& known = partnerCodes();
        QStringList unknown;
        for (const QString& member : members) {
            if (!known.contains(member.trimmed()))
                unknown.append(member);
        }
        if (!unknown.isEmpty())
            add(Severity::Error, s, QString::fromLatin1(FieldId::RotaMembers), "unknown-partner",
                tr("The rota lists members that are not partners in section 6: %1.").arg(listed(unknown)),
                tr("Add them as partners, or remove them from the rota."));
    }

    void rotaAssignmentRule()
    {
        ruleOutput(
            RuleId::RotaAssignment, RotaTemplatesName, text(FieldId::RotaCode), tr("the rota template of section 12"));
    }

    std::optional<QSet<QString>> m_partnerCodes;
};

void Checker::ruleOrder(RuleId list)
{
    const SectionId section = RuleCatalog::rule(list).section;
    const Rule newRule = d.rules.value(list);
    const QList<Rule> existing = d.existingRules.value(list);
    const int position = qBound(0, d.newRulePositions.value(list), int(existing.size()));
    const QString subject = FindingCollector::ruleSubject(list);
    auto existingSubject = [&](int index) { return subject + QStringLiteral("/existing/") + QString::number(index); };
    auto name = [](const Rule& r) { return r.name.trimmed().isEmpty() ? tr("(unnamed rule)") : r.name.trimmed(); };

    if (!newRule.enabled) {
        add(Severity::Info, section, subject, "rule-disabled",
            tr("The new rule \"%1\" is disabled, so Alma skips it.").arg(name(newRule)),
            tr("Enable it when it should take effect."));
        return; // a disabled rule neither wins nor shadows
    }
    const RuleMatchSet newSet(newRule);
    if (newSet.matchesNothing()) {
        add(Severity::Warning, section, subject, "rule-matches-nothing",
            tr("The conditions of rule \"%1\" contradict each other, so it matches no request.").arg(name(newRule)),
            tr("Check the values of conditions that test the same parameter."));
        return;
    }

    const bool top = RuleCatalog::rule(list).atTop;
    for (int i = 0; i < position; ++i) {
        const Rule& above = existing.at(i);
        if (!above.enabled)
            continue;
        QStringList meeting;
        const RuleMatchSet aboveSet(above, newSet);
        const bool overlaps = RuleMatchSet::overlap(aboveSet, newSet, &meeting);
        if (!overlaps && !top)
            continue;
        QString where;
        if (RuleMatchSet::covers(aboveSet, newSet))
            where = tr("every request the new rule matches");
        else if (!meeting.isEmpty())
            where = tr("requests with %1").arg(meeting.join(QLatin1String("; ")));
        else
            where = tr("some of the same requests (it tests other parameters than the new rule)");
        if (overlaps)
            add(Severity::Error, section, existingSubject(i), top ? "rule-not-at-top" : "rule-overlaps-above",
                tr("Rule \"%1\" (row %2) is above the new rule \"%3\" and also matches %4. Alma uses the first rule "
                   "that matches, so \"%1\" wins there.")
                    .arg(name(above))
                    .arg(i + 1)
                    .arg(name(newRule), where),
                top ? tr("Move \"%1\" to the top of the list.").arg(name(newRule))
                    : tr("Move \"%1\" above \"%2\".").arg(name(newRule), name(above)));
        else // Alma still reaches the new rule; the guide asks for the top
            add(Severity::Warning, section, existingSubject(i), "rule-not-at-top",
                tr("The guide says rule \"%1\" must be at the top of the list, but \"%2\" (row %3) is above it.")
                    .arg(name(newRule), name(above))
                    .arg(i + 1),
                tr("Move \"%1\" to the top.").arg(name(newRule)));
    }
    for (int i = position; i < existing.size(); ++i) {
        const Rule& below = existing.at(i);
        if (!below.enabled)
            continue;
        if (RuleMatchSet::covers(newSet, RuleMatchSet(below, newSet)))
            add(Severity::Warning, section, existingSubject(i), "rule-shadows-below",
                tr("The new rule \"%1\" matches every request that \"%2\" (row %3, below it) matches, so Alma will "
                   "no longer use \"%2\" for any request.")
                    .arg(name(newRule), name(below))
                    .arg(i + 2),
                tr("Narrow the new rule's conditions, or check that \"%1\" is no longer needed.").arg(name(below)));
    }
}
} // namespace

QList<Finding> SetupValidator::validate(const SetupData& data)
{
    return Checker(data).all();
}

QList<Finding> SetupValidator::checkRuleOrder(const SetupData& data, RuleId list)
{
    return Checker(data).ruleOrderOnly(list);
}
