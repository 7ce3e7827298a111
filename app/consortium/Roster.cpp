#include "consortium/Roster.h"

#include "model/PartnerFields.h"

QString RosterMember::symbol() const
{
    QString Partner::*field = RosterRecords::symbolField(record.profileType);
    return field ? record.*field : QString();
}

const RosterMember* Roster::member(const QString& code) const
{
    for (const RosterMember& m : members) {
        if (m.code() == code)
            return &m;
    }
    return nullptr;
}

bool RosterRecords::borrowsFrom(const RosterMember& holder, const RosterMember& about)
{
    return holder.borrows && about.lends;
}

Partner RosterRecords::expected(const Roster& roster, const RosterMember& holder, const RosterMember& about)
{
    Partner p = about.record;
    p.status = QStringLiteral("ACTIVE");
    const bool borrows = borrowsFrom(holder, about);
    const bool lends = borrowsFrom(about, holder);
    p.borrowingSupported = borrows;
    p.lendingSupported = lends;
    const AgreedTerms& terms = roster.terms;
    if (borrows && !terms.borrowingWorkflow.isEmpty())
        p.borrowingWorkflow = terms.borrowingWorkflow;
    if (lends && !terms.lendingWorkflow.isEmpty())
        p.lendingWorkflow = terms.lendingWorkflow;
    // Expiry is of the holder's borrowing requests, and only where the profile type has it (ISO
    // 18626 partners have none).
    if (borrows && terms.expiryDays && PartnerFields::find(QStringLiteral("expiryDays"))->appliesTo(p.profileType)) {
        p.expiryDays = terms.expiryDays;
        // Alma reads expiry_time only with this expiry type, where the profile type has one.
        if (PartnerFields::find(QStringLiteral("requestExpiryType"))->appliesTo(p.profileType))
            p.requestExpiryType = QStringLiteral("EXPIRY_TIME");
    }
    return p;
}

QString Partner::*RosterRecords::symbolField(const QString& profileType)
{
    // The contract holds iso_symbol for ISO and ISO 18626, partner_symbol for NCIP P2P.
    for (const char* key : { "isoSymbol", "partnerSymbol" }) {
        const PartnerField* field = PartnerFields::find(QLatin1String(key));
        if (field->appliesTo(profileType))
            return field->text;
    }
    return nullptr;
}
