#pragma once

#include "model/Partner.h"

#include <QList>
#include <QString>

#include <optional>
#include <tuple>

// What a consortium agreed for every pair of its members: values each member's partner records
// of the others hold, and the loan periods of its policies. An unset value is not agreed: it is
// neither generated nor checked.
struct AgreedTerms {
    std::optional<int> expiryDays; // the Parameters tab's Expiry Time (Days) of a borrower's record
    QString borrowingWorkflow; // code of the borrowing workflow profile (section 5)
    QString lendingWorkflow; // code of the lending workflow profile
    QString loanPeriod; // value of the Loan Period policy of the Loan terms of use (section 9)
    QString lendingPeriod; // value of the Loan Period policy of the Lending Resource Sharing terms of use

    auto tied() const { return std::tie(expiryDays, borrowingWorkflow, lendingWorkflow, loanPeriod, lendingPeriod); }
    bool operator==(const AgreedTerms& o) const { return tied() == o.tied(); }
    bool operator!=(const AgreedTerms& o) const { return !(*this == o); }
};

// One member library of a consortium.
struct RosterMember {
    // The partner record the other members hold of this one: its code as they know it, name,
    // profile type, symbol and the connection details the consortium uses.
    Partner record;
    // Its Alma institution code (01WRLC_GWA): what GET /conf/general must say for the key the
    // live check uses. Not a partner field (a partner's institution_code is the institution its
    // locate profile searches).
    QString almaInstitution;
    // Where its Alma is, for live checks and `pull`: an API region (na, eu, …) or an address.
    QString region;
    QString almaUrl;
    // Whether it lends to and borrows from the other members.
    bool lends = true;
    bool borrows = true;
    // Its own values where they differ from the template setup (empty: the template's).
    QString library; // resource sharing library code (section 1)
    QString circulationDesk;
    QString borrowingLocation; // temporary location codes (section 2)
    QString lendingLocation;

    QString code() const { return record.code; }
    // The symbol the others' records hold: the ISO symbol (ISO, ISO 18626) or the NCIP partner
    // symbol (NCIP P2P); empty for other profile types.
    QString symbol() const;

    auto tied() const
    {
        return std::tie(record, almaInstitution, region, almaUrl, lends, borrows, library, circulationDesk,
            borrowingLocation, lendingLocation);
    }
    bool operator==(const RosterMember& o) const { return tied() == o.tied(); }
    bool operator!=(const RosterMember& o) const { return !(*this == o); }
};

struct Roster {
    QString name; // of the consortium, e.g. "WRLC"
    AgreedTerms terms;
    QList<RosterMember> members;

    const RosterMember* member(const QString& code) const;

    auto tied() const { return std::tie(name, terms, members); }
    bool operator==(const Roster& o) const { return tied() == o.tied(); }
    bool operator!=(const Roster& o) const { return !(*this == o); }
};

namespace RosterRecords {
// `holder` borrows from `about`: it borrows and the other lends.
bool borrowsFrom(const RosterMember& holder, const RosterMember& about);
// The partner record `holder` should hold of `about`: about's record, active, with borrowing and
// lending supported as the two take part, and the agreed workflows and expiry.
Partner expected(const Roster& roster, const RosterMember& holder, const RosterMember& about);
// The member of Partner that holds the symbol for `profileType` (nullptr when it has none).
QString Partner::*symbolField(const QString& profileType);
} // namespace RosterRecords
