#include "model/RuleCatalog.h"

#include "model/KeyTable.h"

#include <QCoreApplication>

namespace {
using G = Source;

// The domain notes (section 11, rebuilt from public sources): the Loan rule's inputs Alma offers.
const char* const LoanInputs
    = "domain notes (public sources) §11: \"Loan rule inputs Alma offers: Item Policy, Job Category, Location, "
      "Material Type, Patron Affiliated Campus, Process Type, User Group, User Statistical Category\"";

QList<Sourced> loanInputs()
{
    QList<Sourced> list;
    for (const char* name : { "Item Policy", "Job Category", "Location", "Material Type", "Patron Affiliated Campus",
             "Process Type", "User Group", "User Statistical Category" })
        list.append({ name, G::Public, LoanInputs });
    return list;
}

// The same inputs for the resource sharing rules: Alma's list for those was not published.
QList<Sourced> suggestedInputs(QList<Sourced> list, const char* sourcedName, Source source, const char* where)
{
    for (Sourced& s : list) {
        const bool sourced = sourcedName && qstrcmp(s.value, sourcedName) == 0;
        s.source = sourced ? source : G::Suggestion;
        s.where = sourced ? where : "the Loan rule's inputs; Alma's list for this rule type is not published";
    }
    return list;
}

const RuleSpec kRules[] = {
    { RuleId::TemporaryItemCreation, "temporary-item-creation", SectionId::TemporaryItemCreationRule, true,
        QT_TRANSLATE_NOOP("RuleCatalog", "Temporary item creation rule"),
        { { "Resource Sharing Partner", G::Guide,
              "\"Name = Resource Sharing Partner, Operator = InList, Value = [List of Resource Sharing Partners]\"" },
            { "Material Type", G::Suggestion, nullptr } },
        { { "Item Policy", G::Guide,
              "\"will add the Item Policy you previously configured to the temporary item records\"" },
            { "Location", G::Guide, "\"It will also determine the temporary item record's location\"" } } },
    { RuleId::FulfillmentUnitLoan, "fulfillment-unit-loan", SectionId::FulfillmentUnitRules, false,
        QT_TRANSLATE_NOOP("RuleCatalog", "Loan rule"), loanInputs(),
        { { "Terms of Use", G::Suggestion,
            "the guide says the rule assigns the Loan TOU; the output's label is not published" } } },
    { RuleId::FulfillmentUnitLendingResourceSharing, "fulfillment-unit-lending-resource-sharing",
        SectionId::FulfillmentUnitRules, false, QT_TRANSLATE_NOOP("RuleCatalog", "Lending Resource Sharing rule"),
        suggestedInputs(loanInputs(), nullptr, G::Suggestion, nullptr),
        { { "Terms of Use", G::Suggestion, "the guide says the rule assigns the Lending Resource Sharing TOU" } },
        G::Suggestion, "the guide's image of this rule (\"as shown in the image below\") was lost" },
    { RuleId::FulfillmentUnitBorrowingResourceSharing, "fulfillment-unit-borrowing-resource-sharing",
        SectionId::FulfillmentUnitRules, false, QT_TRANSLATE_NOOP("RuleCatalog", "Borrowing Resource Sharing rule"),
        suggestedInputs(loanInputs(), "User Group", G::Guide,
            "\"when configuring the input parameter, select the user groups you want to be able to submit borrowing "
            "requests\""),
        { { "Terms of Use", G::Suggestion, "the guide says the rule assigns the Borrowing Resource Sharing TOU" } } },
    { RuleId::RotaAssignment, "rota-assignment", SectionId::RotaAssignmentRule, true,
        QT_TRANSLATE_NOOP("RuleCatalog", "Rota assignment rule"),
        { { "Requested Format", G::Public,
              "domain notes (public sources) §13: \"e.g. Requested Format Is Not Empty\"" },
            { "Requested Media", G::Suggestion, nullptr }, { "Citation Type", G::Suggestion, nullptr },
            { "Pickup Location", G::Suggestion, nullptr }, { "User Group", G::Suggestion, nullptr } },
        { { "Rota Templates", G::Suggestion,
            "domain notes (public sources) §13: the output is the rota template(s); its label is not published" } },
        G::Suggestion,
        "the guide says to configure it \"according to the terms of your lending agreement\"; the domain notes give "
        "\"Requested Format Is Not Empty\" only as an example" },
    { RuleId::SendingBorrowingRequest, "sending-borrowing-request", SectionId::SendingBorrowingRequestRule, false,
        QT_TRANSLATE_NOOP("RuleCatalog", "Sending borrowing request rule"),
        { { "Resource Sharing Partner", G::Suggestion,
              "the guide scopes the rule to \"borrowing requests assigned to your peer-to-peer libraries\"; the "
              "parameter's name is not published" },
            { "Requested Format", G::Suggestion, nullptr }, { "Requested Media", G::Suggestion, nullptr } },
        { { "Send Request Automatically", G::Suggestion,
            "the guide: the rule makes sure requests \"are sent automatically\"" } },
        G::Suggestion, "the guide says to configure it \"according to the terms of your lending agreement\"" },
};

const OperatorSpec kOperators[] = {
    { RuleOperator::Equals, "=", QT_TRANSLATE_NOOP("RuleOperators", "="), G::Public,
        "domain notes (public sources) §11: \"Operators seen: =, InList, Is Not Empty\"" },
    { RuleOperator::NotEquals, "!=", QT_TRANSLATE_NOOP("RuleOperators", "Not ="), G::Suggestion, nullptr },
    { RuleOperator::InList, "InList", QT_TRANSLATE_NOOP("RuleOperators", "InList"), G::Guide, "\"Operator = InList\"" },
    { RuleOperator::NotInList, "NotInList", QT_TRANSLATE_NOOP("RuleOperators", "NotInList"), G::Suggestion, nullptr },
    { RuleOperator::IsEmpty, "IsEmpty", QT_TRANSLATE_NOOP("RuleOperators", "Is Empty"), G::Suggestion, nullptr },
    { RuleOperator::IsNotEmpty, "IsNotEmpty", QT_TRANSLATE_NOOP("RuleOperators", "Is Not Empty"), G::Public,
        "domain notes (public sources) §13: \"Requested Format Is Not Empty\"" },
};

QStringList names(const QList<Sourced>& list)
{
    QStringList out;
    for (const Sourced& s : list)
        out.append(s.text());
    return out;
}

const Sourced* find(const QList<Sourced>& list, const QString& name)
{
    for (const Sourced& s : list) {
        if (name == s.text())
            return &s;
    }
    return nullptr;
}
} // namespace

QString RuleSpec::translatedTitle() const
{
    return QCoreApplication::translate("RuleCatalog", title);
}
QStringList RuleSpec::parameterNames() const
{
    return names(parameters);
}
QStringList RuleSpec::outputNames() const
{
    return names(outputs);
}

const RuleSpec& RuleCatalog::rule(RuleId id)
{
    return *KeyTable::entryOf(kRules, id);
}
const OperatorSpec& RuleCatalog::op(RuleOperator op)
{
    return *KeyTable::entryOf(kOperators, op);
}
const Sourced* RuleCatalog::parameter(RuleId id, const QString& name)
{
    return find(rule(id).parameters, name);
}
const Sourced* RuleCatalog::output(RuleId id, const QString& name)
{
    return find(rule(id).outputs, name);
}

const QList<RuleId>& RuleIds::all()
{
    static const QList<RuleId> list = [] {
        QList<RuleId> l;
        for (const RuleSpec& r : kRules)
            l.append(r.value);
        return l;
    }();
    return list;
}

QString RuleIds::key(RuleId id)
{
    return KeyTable::keyOf(kRules, id);
}
std::optional<RuleId> RuleIds::fromKey(const QString& key)
{
    return KeyTable::fromKey(kRules, key);
}

const QList<RuleOperator>& RuleOperators::all()
{
    static const QList<RuleOperator> list = [] {
        QList<RuleOperator> l;
        for (const OperatorSpec& o : kOperators)
            l.append(o.value);
        return l;
    }();
    return list;
}

QString RuleOperators::token(RuleOperator op)
{
    return KeyTable::keyOf(kOperators, op);
}
std::optional<RuleOperator> RuleOperators::fromToken(const QString& token)
{
    return KeyTable::fromKey(kOperators, token);
}
QString RuleOperators::displayName(RuleOperator op)
{
    return QCoreApplication::translate("RuleOperators", RuleCatalog::op(op).display);
}
bool RuleOperators::takesValues(RuleOperator op)
{
    return op != RuleOperator::IsEmpty && op != RuleOperator::IsNotEmpty;
}
