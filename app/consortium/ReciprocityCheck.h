#pragma once

#include "consortium/Roster.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The reciprocity and agreement check: for every ordered pair of members (borrower, lender),
// the borrower's partner record of the lender and the lender's record of the borrower must
// exist, be active, agree with the roster on profile type, symbol and code, support borrowing
// and lending on the right sides, and hold the agreed terms. Each pair gets one state (the
// most serious of its problems) with every reason; each member gets its to-do list.
namespace Reciprocity {

// From the most serious to none; a pair's state is the first of its problems in this order.
enum class State {
    NotRead, // a member's partners could not be read (no file, no key, Alma failed)
    Missing, // neither side has a record of the other
    OneSided, // one side has no record of the other
    CodeMismatch, // a record of the partner exists under another code (found by its symbol)
    Inactive,
    ProfileMismatch,
    SymbolMismatch,
    DirectionOff, // borrowing or lending not supported where the roster says it is, or the lender
                  // left out of the borrower's rota template
    TermsDiffer,
    Ok,
    NotApplicable, // the borrower does not borrow, or the lender does not lend
};

// The partners read for one member, from its setup file or from its Alma.
struct MemberPartners {
    bool read = false;
    QString source; // the file, or "Alma (na)"
    QString error; // why it was not read
    QList<Partner> partners;
    // The partner codes of the member's rota template (from its setup file; Alma's answers do not
    // hold it). Empty: not known, not checked.
    QStringList rota;

    static MemberPartners notRead(const QString& why)
    {
        MemberPartners m;
        m.error = why;
        return m;
    }
    static MemberPartners from(const QString& source, const QList<Partner>& partners, const QStringList& rota = {})
    {
        return { true, source, QString(), partners, rota };
    }
};

struct Pair {
    State state = State::Ok;
    QStringList reasons;
};

struct Result {
    QStringList codes; // the roster's members, in its order
    QList<QList<Pair>> pairs; // [borrower][lender]; the diagonal is NotApplicable
    QHash<QString, QStringList> todo; // per member code: what to change in its Alma

    const Pair& pair(int borrower, int lender) const { return pairs.at(borrower).at(lender); }
    int count(State state) const; // over pairs of two different members
    bool allAgree() const; // every applicable pair is Ok
};

Result check(const Roster& roster, const QHash<QString, MemberPartners>& partners);

// A short mark for a matrix cell that does not rely on colour ("✓", "M", "1", …), its name
// ("one-sided") and a sentence for the legend.
QString mark(State state);
QString name(State state);
QString key(State state); // for --json: "ok", "missing", "one-sided", …
QString explanation(State state);
QList<State> states(); // every state, in order
} // namespace Reciprocity
