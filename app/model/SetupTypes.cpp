#include "model/SetupTypes.h"

#include <QCoreApplication>

namespace {
struct OperatorEntry {
    RuleOperator op;
    const char* token;
    const char* display;
};
constexpr OperatorEntry kOperators[] = {
    { RuleOperator::Equals, "=", QT_TRANSLATE_NOOP("RuleOperators", "=") },
    { RuleOperator::NotEquals, "!=", QT_TRANSLATE_NOOP("RuleOperators", "Not =") },
    { RuleOperator::InList, "InList", QT_TRANSLATE_NOOP("RuleOperators", "InList") },
    { RuleOperator::NotInList, "NotInList", QT_TRANSLATE_NOOP("RuleOperators", "NotInList") },
    { RuleOperator::IsEmpty, "IsEmpty", QT_TRANSLATE_NOOP("RuleOperators", "Is Empty") },
    { RuleOperator::IsNotEmpty, "IsNotEmpty", QT_TRANSLATE_NOOP("RuleOperators", "Is Not Empty") },
};

constexpr const char* kRuleKeys[] = {
    "temporary-item-creation",
    "fulfillment-unit-loan",
    "fulfillment-unit-lending-resource-sharing",
    "fulfillment-unit-borrowing-resource-sharing",
    "rota-assignment",
    "sending-borrowing-request",
};

QStringList fulfillmentUnitParameters()
{
    // Loan rule inputs Alma offers (DOMAIN.md, section 11).
    return { QStringLiteral("Item Policy"), QStringLiteral("Job Category"), QStringLiteral("Location"),
        QStringLiteral("Material Type"), QStringLiteral("Patron Affiliated Campus"), QStringLiteral("Process Type"),
        QStringLiteral("User Group"), QStringLiteral("User Statistical Category") };
}
} // namespace

const QList<RuleOperator>& RuleOperators::all()
{
    static const QList<RuleOperator> list = [] {
        QList<RuleOperator> l;
        for (const auto& e : kOperators)
            l.append(e.op);
        return l;
    }();
    return list;
}

QString RuleOperators::token(RuleOperator op) { return QString::fromLatin1(kOperators[int(op)].token); }

bool RuleOperators::fromToken(const QString& token, RuleOperator* op)
{
    for (const auto& e : kOperators) {
        if (token == QLatin1String(e.token)) {
            *op = e.op;
            return true;
        }
    }
    return false;
}

QString RuleOperators::displayName(RuleOperator op)
{
    return QCoreApplication::translate("RuleOperators", kOperators[int(op)].display);
}

bool RuleOperators::takesValues(RuleOperator op) { return op != RuleOperator::IsEmpty && op != RuleOperator::IsNotEmpty; }

const QList<RuleId>& RuleIds::all()
{
    static const QList<RuleId> list = { RuleId::TemporaryItemCreation, RuleId::FulfillmentUnitLoan,
        RuleId::FulfillmentUnitLendingResourceSharing, RuleId::FulfillmentUnitBorrowingResourceSharing,
        RuleId::RotaAssignment, RuleId::SendingBorrowingRequest };
    return list;
}

QString RuleIds::key(RuleId id) { return QString::fromLatin1(kRuleKeys[int(id)]); }

bool RuleIds::fromKey(const QString& key, RuleId* id)
{
    for (RuleId r : all()) {
        if (key == QLatin1String(kRuleKeys[int(r)])) {
            *id = r;
            return true;
        }
    }
    return false;
}

QStringList RuleIds::suggestedParameters(RuleId id)
{
    switch (id) {
    case RuleId::TemporaryItemCreation:
        return { QStringLiteral("Resource Sharing Partner"), QStringLiteral("Material Type") };
    case RuleId::FulfillmentUnitLoan:
    case RuleId::FulfillmentUnitLendingResourceSharing:
    case RuleId::FulfillmentUnitBorrowingResourceSharing:
        return fulfillmentUnitParameters();
    case RuleId::RotaAssignment:
        return { QStringLiteral("Requested Format"), QStringLiteral("Requested Media"),
            QStringLiteral("Citation Type"), QStringLiteral("Pickup Location"), QStringLiteral("User Group") };
    case RuleId::SendingBorrowingRequest:
        return { QStringLiteral("Resource Sharing Partner"), QStringLiteral("Requested Format"),
            QStringLiteral("Requested Media") };
    }
    return {};
}

QStringList RuleIds::suggestedOutputs(RuleId id)
{
    switch (id) {
    case RuleId::TemporaryItemCreation:
        return { QStringLiteral("Item Policy"), QStringLiteral("Location") };
    case RuleId::FulfillmentUnitLoan:
    case RuleId::FulfillmentUnitLendingResourceSharing:
    case RuleId::FulfillmentUnitBorrowingResourceSharing:
        return { QStringLiteral("Terms of Use") };
    case RuleId::RotaAssignment:
        return { QStringLiteral("Rota Templates") };
    case RuleId::SendingBorrowingRequest:
        return { QStringLiteral("Send Request Automatically") };
    }
    return {};
}

namespace {
struct OutcomeText {
    AlmaRecord::Outcome outcome;
    const char* key;
    const char* name;
};
const OutcomeText kOutcomes[] = {
    { AlmaRecord::Outcome::Created, "created", QT_TRANSLATE_NOOP("AlmaRecord", "Created in Alma") },
    { AlmaRecord::Outcome::Updated, "updated", QT_TRANSLATE_NOOP("AlmaRecord", "Updated in Alma") },
    { AlmaRecord::Outcome::AsWanted, "as-wanted", QT_TRANSLATE_NOOP("AlmaRecord", "Already as wanted") },
    { AlmaRecord::Outcome::Failed, "failed", QT_TRANSLATE_NOOP("AlmaRecord", "Failed") },
    { AlmaRecord::Outcome::Verified, "verified", QT_TRANSLATE_NOOP("AlmaRecord", "Verified in Alma") },
    { AlmaRecord::Outcome::Differs, "differs", QT_TRANSLATE_NOOP("AlmaRecord", "Differs in Alma") },
};
} // namespace

QString AlmaRecord::outcomeKey(Outcome outcome) { return QString::fromLatin1(kOutcomes[int(outcome)].key); }

bool AlmaRecord::outcomeFromKey(const QString& key, Outcome* outcome)
{
    for (const OutcomeText& o : kOutcomes) {
        if (key == QLatin1String(o.key)) {
            *outcome = o.outcome;
            return true;
        }
    }
    return false;
}

QString AlmaRecord::outcomeName(Outcome outcome)
{
    return QCoreApplication::translate("AlmaRecord", kOutcomes[int(outcome)].name);
}
