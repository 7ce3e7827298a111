#include "consortium/ReciprocityCheck.h"

#include "model/PartnerFields.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using Reciprocity::State;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Reciprocity)
};

// Which side of a pair a problem of one record spoils: the holder borrowing from the partner,
// the holder lending to it, or both.
enum class Side { Both, Borrowing, Lending };

struct Problem {
    State state;
    Side side;
    QString reason;
    QString todo;
};

QString title(const char* key)
{
    return PartnerFields::find(QLatin1String(key))->translatedTitle();
}

// What a partner record to add should hold, for the to-do list: "profile type ISO_18626, ISO
// symbol GWA, borrowing supported: Yes, …" (every value the roster sets).
QString describeRecord(const Partner& p)
{
    QStringList parts;
    for (const PartnerField& field : PartnerFields::all()) {
        if (field.text == &Partner::code || field.text == &Partner::name || !field.isSet(p))
            continue;
        parts.append(QStringLiteral("%1 %2").arg(field.translatedTitle(), field.displayValue(p)));
    }
    return parts.join(QLatin1String(", "));
}

// A holder's partner records by code and by symbol, made once per holder (a consortium of many
// members would otherwise scan every list once per pair).
struct RecordIndex {
    QHash<QString, const Partner*> byCode;
    QHash<QString, const Partner*> bySymbol; // records whose code is no member's

    RecordIndex(const QList<Partner>& partners, const QSet<QString>& memberCodes)
    {
        for (const Partner& p : partners) {
            byCode.insert(p.code, &p);
            QString Partner::*field = RosterRecords::symbolField(p.profileType);
            // A record under a member's own code is that member's, whatever its symbol says.
            if (field && !(p.*field).isEmpty() && !memberCodes.contains(p.code))
                bySymbol.insert(p.*field, &p);
        }
    }
};

// The problems of `holder`'s record of `about`.
QList<Problem> recordProblems(
    const Roster& roster, const RosterMember& holder, const RosterMember& about, const RecordIndex& records)
{
    const QString h = holder.code();
    const QString a = about.code();
    const Partner expected = RosterRecords::expected(roster, holder, about);
    const Partner* record = records.byCode.value(a);
    if (!record) {
        if (const Partner* other = about.symbol().isEmpty() ? nullptr : records.bySymbol.value(about.symbol())) {
            return { { State::CodeMismatch, Side::Both,
                Text::tr("%1's record of %2 has the code %3 (found by its symbol %4)")
                    .arg(h, a, other->code, about.symbol()),
                Text::tr("Add partner %1 (%2): %3; put %1 in place of %4 in the rota template and in the partner "
                         "lists of rules 8 and 14; then set partner %4 inactive (Alma cannot change a partner's code).")
                    .arg(a, about.record.name, describeRecord(expected), other->code) } };
        }
        return { { State::Missing, Side::Both, Text::tr("%1 has no partner record of %2").arg(h, a),
            Text::tr("Add partner %1 (%2): %3.").arg(a, about.record.name, describeRecord(expected)) } };
    }

    QList<Problem> problems;
    if (record->status == QLatin1String("INACTIVE"))
        problems.append({ State::Inactive, Side::Both, Text::tr("%1's record of %2 is inactive").arg(h, a),
            Text::tr("Set partner %1's %2 to ACTIVE.").arg(a, title("status")) });

    // Values the roster sets: the identity of the partner, then what each side needs.
    struct Check {
        const char* key;
        State state;
        Side side;
    };
    static const Check checks[] = {
        { "profileType", State::ProfileMismatch, Side::Both },
        { "isoSymbol", State::SymbolMismatch, Side::Both },
        { "partnerSymbol", State::SymbolMismatch, Side::Both },
        { "partnerInstitutionCode", State::SymbolMismatch, Side::Both },
        { "borrowingSupported", State::DirectionOff, Side::Borrowing },
        { "lendingSupported", State::DirectionOff, Side::Lending },
        { "borrowingWorkflow", State::TermsDiffer, Side::Borrowing },
        { "expiryDays", State::TermsDiffer, Side::Borrowing },
        { "requestExpiryType", State::TermsDiffer, Side::Borrowing },
        { "lendingWorkflow", State::TermsDiffer, Side::Lending },
    };
    for (const Check& check : checks) {
        const PartnerField* field = PartnerFields::find(QLatin1String(check.key));
        if (!field->isSet(expected) || !field->appliesTo(expected.profileType))
            continue;
        // A side the roster does not ask for is no problem ("not supported" where it is not used).
        if (field->kind == PartnerField::Kind::YesNo && !(expected.*field->yesNo).value_or(false))
            continue;
        if (field->value(*record) == field->value(expected))
            continue;
        const QString found = field->isSet(*record) ? field->displayValue(*record) : Text::tr("(not set)");
        problems.append({ check.state, check.side,
            Text::tr("%1's record of %2: %3 is %4; the roster says %5")
                .arg(h, a, field->translatedTitle(), found, field->displayValue(expected)),
            Text::tr("Set partner %1's %2 to %3.").arg(a, field->translatedTitle(), field->displayValue(expected)) });
    }
    return problems;
}
} // namespace

int Reciprocity::Result::count(State state) const
{
    int n = 0;
    for (int b = 0; b < pairs.size(); ++b) {
        for (int l = 0; l < pairs.at(b).size(); ++l)
            n += b != l && pairs.at(b).at(l).state == state;
    }
    return n;
}

bool Reciprocity::Result::allAgree() const
{
    for (int b = 0; b < pairs.size(); ++b) {
        for (int l = 0; l < pairs.at(b).size(); ++l) {
            const State s = pairs.at(b).at(l).state;
            if (b != l && s != State::Ok && s != State::NotApplicable)
                return false;
        }
    }
    return true;
}

Reciprocity::Result Reciprocity::check(const Roster& roster, const QHash<QString, MemberPartners>& partners)
{
    const int n = int(roster.members.size());
    Result result;
    // problems[holder][about]: each record is judged once, for both pairs it serves.
    QList<QList<QList<Problem>>> problems(n, QList<QList<Problem>>(n));
    QSet<QString> memberCodes;
    for (const RosterMember& m : roster.members)
        memberCodes.insert(m.code());
    for (int i = 0; i < n; ++i) {
        const RosterMember& holder = roster.members.at(i);
        result.codes.append(holder.code());
        const MemberPartners read = partners.value(holder.code());
        if (!read.read)
            continue;
        QStringList& todo = result.todo[holder.code()];
        const RecordIndex records(read.partners, memberCodes);
        for (int j = 0; j < n; ++j) {
            const RosterMember& about = roster.members.at(j);
            if (i == j || !(RosterRecords::borrowsFrom(holder, about) || RosterRecords::borrowsFrom(about, holder)))
                continue;
            problems[i][j] = recordProblems(roster, holder, about, records);
            // Requests go to the partners of the rota template only. (Under another code, the
            // code-mismatch to-do already says to swap it there.)
            const bool otherCode
                = !problems[i][j].isEmpty() && problems[i][j].constFirst().state == State::CodeMismatch;
            if (!read.rota.isEmpty() && !otherCode && RosterRecords::borrowsFrom(holder, about)
                && !read.rota.contains(about.code()))
                problems[i][j].append({ State::DirectionOff, Side::Borrowing,
                    Text::tr("%1's rota template leaves out %2: no borrowing request goes to it")
                        .arg(holder.code(), about.code()),
                    Text::tr("Add %1 to the rota template (section 12) and to the partner lists of rules 8 and 14.")
                        .arg(about.code()) });
            for (const Problem& p : problems[i][j])
                todo.append(p.todo);
        }
    }

    result.pairs.resize(n);
    for (int b = 0; b < n; ++b) {
        result.pairs[b].resize(n);
        const RosterMember& borrower = roster.members.at(b);
        for (int l = 0; l < n; ++l) {
            Pair& pair = result.pairs[b][l];
            const RosterMember& lender = roster.members.at(l);
            if (b == l || !RosterRecords::borrowsFrom(borrower, lender)) {
                pair.state = State::NotApplicable;
                continue;
            }
            const MemberPartners& bRead = partners.value(borrower.code());
            const MemberPartners& lRead = partners.value(lender.code());
            if (!bRead.read || !lRead.read) {
                pair.state = State::NotRead;
                for (const auto* m : { &borrower, &lender }) {
                    const MemberPartners& r = partners.value(m->code());
                    if (!r.read)
                        pair.reasons.append(Text::tr("%1 was not read: %2").arg(m->code(), r.error));
                }
                continue;
            }
            const QList<Problem>& ofLender = problems.at(b).at(l); // the borrower's record of the lender
            const QList<Problem>& ofBorrower = problems.at(l).at(b); // the lender's record of the borrower
            const bool noneOfLender = !ofLender.isEmpty() && ofLender.constFirst().state == State::Missing;
            const bool noneOfBorrower = !ofBorrower.isEmpty() && ofBorrower.constFirst().state == State::Missing;
            pair.state = State::Ok;
            if (noneOfLender && noneOfBorrower)
                pair.state = State::Missing;
            else if (noneOfLender || noneOfBorrower)
                pair.state = State::OneSided;
            auto take = [&](const QList<Problem>& list, Side other) {
                for (const Problem& p : list) {
                    if (p.side == other)
                        continue;
                    pair.reasons.append(p.reason);
                    if (pair.state == State::Ok || (p.state < pair.state && p.state != State::Missing))
                        pair.state = p.state;
                }
            };
            take(ofLender, Side::Lending); // the borrower's record must allow borrowing from the lender
            take(ofBorrower, Side::Borrowing); // the lender's record must allow lending to the borrower
        }
    }
    return result;
}

namespace {
// Each state once: its mark, its key for --json, its name and what it means (context "Reciprocity").
struct StateSpec {
    State state;
    const char* mark; // UTF-8
    const char* key;
    const char* name;
    const char* explanation;
};
const StateSpec Specs[] = {
    { State::NotRead, "?", "not-read", QT_TRANSLATE_NOOP("Reciprocity", "not read"),
        QT_TRANSLATE_NOOP(
            "Reciprocity", "A member's partners could not be read (no setup file, no key, or its Alma failed).") },
    { State::Missing, "M", "missing", QT_TRANSLATE_NOOP("Reciprocity", "missing"),
        QT_TRANSLATE_NOOP("Reciprocity", "Neither member has a partner record of the other.") },
    { State::OneSided, "1", "one-sided", QT_TRANSLATE_NOOP("Reciprocity", "one-sided"),
        QT_TRANSLATE_NOOP("Reciprocity", "Only one of the two has a partner record of the other.") },
    { State::CodeMismatch, "C", "code-mismatch", QT_TRANSLATE_NOOP("Reciprocity", "code mismatch"),
        QT_TRANSLATE_NOOP("Reciprocity", "A record of the partner exists under another code (found by its symbol).") },
    { State::Inactive, "I", "inactive", QT_TRANSLATE_NOOP("Reciprocity", "inactive"),
        QT_TRANSLATE_NOOP("Reciprocity", "A record is inactive.") },
    { State::ProfileMismatch, "P", "profile-mismatch", QT_TRANSLATE_NOOP("Reciprocity", "profile type mismatch"),
        QT_TRANSLATE_NOOP("Reciprocity", "A record's profile type is not the roster's.") },
    { State::SymbolMismatch, "S", "symbol-mismatch", QT_TRANSLATE_NOOP("Reciprocity", "symbol mismatch"),
        QT_TRANSLATE_NOOP("Reciprocity", "A record's symbol is not the roster's.") },
    { State::DirectionOff, "D", "direction-off", QT_TRANSLATE_NOOP("Reciprocity", "borrowing or lending off"),
        QT_TRANSLATE_NOOP("Reciprocity",
            "The borrower's record of the lender has Borrowing set to No, the lender's record of the "
            "borrower has Lending set to No, or the borrower's rota template leaves the lender out.") },
    { State::TermsDiffer, "T", "terms-differ", QT_TRANSLATE_NOOP("Reciprocity", "terms differ"),
        QT_TRANSLATE_NOOP("Reciprocity", "A workflow profile or the expiry time is not what the consortium agreed.") },
    { State::Ok, "\u2713", "ok", QT_TRANSLATE_NOOP("Reciprocity", "ok"),
        QT_TRANSLATE_NOOP("Reciprocity", "Both records exist and agree with the roster and its terms.") },
    { State::NotApplicable, "\u00b7", "not-applicable", QT_TRANSLATE_NOOP("Reciprocity", "not applicable"),
        QT_TRANSLATE_NOOP("Reciprocity", "The row's member does not borrow, or the column's member does not lend.") },
};

const StateSpec& spec(State state)
{
    const StateSpec& s = Specs[int(state)]; // in the enum's order
    Q_ASSERT(s.state == state);
    return s;
}
} // namespace

QList<State> Reciprocity::states()
{
    QList<State> out;
    for (const StateSpec& s : Specs)
        out.append(s.state);
    return out;
}

QString Reciprocity::mark(State state)
{
    return QString::fromUtf8(spec(state).mark);
}

QString Reciprocity::key(State state)
{
    return QString::fromLatin1(spec(state).key);
}

QString Reciprocity::name(State state)
{
    return QCoreApplication::translate("Reciprocity", spec(state).name);
}

QString Reciprocity::explanation(State state)
{
    return QCoreApplication::translate("Reciprocity", spec(state).explanation);
}
