#include "checks/PartnerChecks.h"

#include "checks/FindingCollector.h"
#include "checks/RuleMatchSet.h"
#include "model/AlmaItemKey.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/RuleCatalog.h"

#include <QSet>

namespace {
using Severity = Finding::Severity;

class Checks : public FindingCollector {
    Q_DECLARE_TR_FUNCTIONS(PartnerChecks)

public:
    using FindingCollector::FindingCollector;

    void run()
    {
        const SectionId s = SectionId::Partners;
        const PartnerField* expiry = PartnerFields::find(QStringLiteral("expiryDays"));
        const QStringList members = list(FieldId::RotaMembers);
        const QSet<QString> rota(members.cbegin(), members.cend());
        QStringList notInRota;
        QStringList notSent;
        const std::optional<RuleCondition> sending = partnerCondition(RuleId::SendingBorrowingRequest);
        for (const Partner& p : d.partners) {
            const QString code = p.code.trimmed();
            if (code.isEmpty())
                continue; // the partner checks report it
            const QString subject = QStringLiteral("partners/") + code;
            if (!p.profileType.isEmpty() && !PartnerFields::profileTypes().contains(p.profileType))
                add(Severity::Error, s, subject, "profile-type-unknown",
                    tr("Partner %1 has profile type \"%2\", which Alma does not have (%3).")
                        .arg(code, p.profileType, PartnerFields::profileTypes().join(QLatin1String(", "))),
                    tr("Choose one of Alma's profile types."), code, QStringLiteral("profileType"));
            QStringList missing;
            QStringList sources;
            for (const PartnerField& f : PartnerFields::all()) {
                if (f.appliesTo(p.profileType) && f.isMandatoryFor(p.profileType) && !f.isSet(p)) {
                    missing.append(f.translatedTitle());
                    sources.append(QString::fromUtf8(f.source));
                }
            }
            // The guide copies partners from the Community tab with these details; only a partner
            // a push would create needs them here. Known in Alma: nothing to say.
            if (!missing.isEmpty() && !knownInAlma(code))
                add(Severity::Info, s, subject, "partner-mandatory-missing",
                    tr("Partner %1 lacks %2, which Alma requires of %3 partners (rest_partner.xsd). Copied from the "
                       "Community tab, as the guide does, it has them; a push can create it only once they are set "
                       "here.")
                        .arg(code, listed(missing, 8), p.profileType.isEmpty() ? tr("all") : p.profileType),
                    tr("Copy the partner from the Community tab in Alma, or enter them in the partner's details."),
                    code);
            // The guide sets Expiry Time (Days) for every partner; Alma uses it with the EXPIRY_TIME expiry type.
            if (expiry->appliesTo(p.profileType) && !p.expiryDays)
                add(Severity::Warning, s, subject, "expiry-missing",
                    tr("Partner %1 has no expiry days; the guide sets Expiry Time (Days) on the partner's Parameters "
                       "tab.")
                        .arg(code),
                    tr("Enter the expiry days agreed with the partner."), code, QStringLiteral("expiryDays"));
            else if (p.expiryDays && expiry->appliesTo(p.profileType) && !p.requestExpiryType.isEmpty()
                && p.requestExpiryType != QLatin1String("EXPIRY_TIME"))
                add(Severity::Warning, s, subject, "expiry-type",
                    tr("Partner %1 has expiry days, but its request expiry type is %2: Alma uses the days only with "
                       "EXPIRY_TIME (rest_partner.xsd).")
                        .arg(code, p.requestExpiryType),
                    tr("Choose the request expiry type EXPIRY_TIME."), code, QStringLiteral("requestExpiryType"));
            if (p.expiryDays && !expiry->appliesTo(p.profileType) && !p.profileType.isEmpty())
                add(Severity::Warning, s, subject, "expiry-unused",
                    tr("Partner %1 has expiry days, but Alma keeps no expiry time for %2 partners: the value is not "
                       "used.")
                        .arg(code, p.profileType),
                    tr("Clear the expiry days, or check the partner's profile type."), code,
                    QStringLiteral("expiryDays"));
            // Requests go only to partners the library borrows from.
            if (needed(SectionId::RotaTemplate) && !rota.contains(code) && p.isBorrowedFrom())
                notInRota.append(code);
            if (sending && !RuleMatchSet::accepts(*sending, code) && p.isBorrowedFrom())
                notSent.append(code);
        }
        if (!notInRota.isEmpty())
            add(Severity::Warning, SectionId::RotaTemplate, QString::fromLatin1(FieldId::RotaMembers),
                "partner-not-in-rota",
                tr("Partners not in the rota template: %1. Requests never go to them.").arg(listed(notInRota)),
                tr("Add them as members (\"Select all partners\")."), label(FieldId::RotaMembers));
        if (!notSent.isEmpty())
            add(Severity::Warning, SectionId::SendingBorrowingRequestRule, ruleSubject(RuleId::SendingBorrowingRequest),
                "partner-not-in-sending-rule",
                tr("Requests to %1 are not sent automatically: they are not in the sending rule's partner list.")
                    .arg(listed(notSent)),
                tr("Add them to the rule's list (\"Use all partners\")."));
        // Codes the sending rule lists that are no partner (mistyped, or removed since).
        if (sending && (sending->op == RuleOperator::InList || sending->op == RuleOperator::Equals)) {
            QSet<QString> codes;
            for (const Partner& p : d.partners)
                codes.insert(p.code.trimmed());
            QStringList unknown;
            for (const QString& value : sending->values) {
                if (!value.trimmed().isEmpty() && !codes.contains(value.trimmed()))
                    unknown.append(value.trimmed());
            }
            if (!unknown.isEmpty())
                add(Severity::Error, SectionId::SendingBorrowingRequestRule,
                    ruleSubject(RuleId::SendingBorrowingRequest), "unknown-partner",
                    tr("The sending rule lists partners that are not in section 6: %1.").arg(listed(unknown)),
                    tr("Add them to the partners, or remove them from the rule."));
        }
    }

private:
    // The rule's condition on the resource sharing partner, if it has one.
    std::optional<RuleCondition> partnerCondition(RuleId id) const
    {
        const QString parameter = RuleCatalog::rule(id).parameters.constFirst().text();
        for (const RuleCondition& c : d.rules.value(id).conditions) {
            if (c.parameter.trimmed().compare(parameter, Qt::CaseInsensitive) == 0)
                return c;
        }
        return std::nullopt;
    }

    bool knownInAlma(const QString& code) const
    {
        const auto record = d.alma.constFind(AlmaItemKey::partner(code));
        return record != d.alma.cend() && record->outcome != AlmaRecord::Outcome::Failed
            && !(
                record->outcome == AlmaRecord::Outcome::Differs && record->detail.contains(QLatin1String("not found")));
    }
};
} // namespace

void PartnerChecks::check(FindingCollector& findings)
{
    Checks(&findings).run();
}
