#include "itemmodels/RuleConditionTableModel.h"

#include "model/RuleCatalog.h"
#include "model/RuleText.h"
#include "model/SetupModel.h"

RuleConditionTableModel::RuleConditionTableModel(SetupModel* model, RuleId rule, QObject* parent)
    : SetupTableModel(model, parent)
    , m_rule(rule)
{
    connect(model, &SetupModel::ruleChanged, this, [this](RuleId changed) {
        if (changed == m_rule)
            resetFromModel();
    });
}

int RuleConditionTableModel::listSize() const
{
    return int(setupModel()->rule(m_rule).conditions.size());
}

QStringList RuleConditionTableModel::columnTitles() const
{
    return { tr("Parameter"), tr("Operator"), tr("Values") };
}

QVariant RuleConditionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleCondition c = setupModel()->rule(m_rule).conditions.at(index.row());
    switch (index.column()) {
    case Parameter:
        if (role == Qt::ToolTipRole || role == Qt::FontRole)
            return sourceData(RuleCatalog::parameter(m_rule, c.parameter), role);
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(c.parameter) : QVariant();
    case Operator: {
        if (role == Qt::DisplayRole)
            return RuleOperators::displayName(c.op);
        const OperatorSpec& op = RuleCatalog::op(c.op);
        const Sourced known { op.display, op.source, op.where };
        if (role == Qt::ToolTipRole || role == Qt::FontRole)
            return sourceData(&known, role);
        return role == Qt::EditRole ? QVariant(RuleOperators::token(c.op)) : QVariant();
    }
    case Values:
        if (role == Qt::DisplayRole && !RuleOperators::takesValues(c.op))
            return tr("(no value)");
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(RuleText::formatValues(c.values))
                                                               : QVariant();
    default:
        return {};
    }
}

bool RuleConditionTableModel::setCell(int row, int column, const QVariant& value, int /*role*/)
{
    QList<RuleCondition> conditions = setupModel()->rule(m_rule).conditions;
    RuleCondition& c = conditions[row];
    switch (column) {
    case Parameter:
        c.parameter = value.toString().trimmed();
        break;
    case Operator: {
        const std::optional<RuleOperator> op = RuleOperators::fromToken(value.toString());
        if (!op)
            return false;
        c.op = *op;
        if (!RuleOperators::takesValues(*op))
            c.values.clear();
        break;
    }
    case Values:
        if (!RuleText::parseValues(value.toString(), &c.values, nullptr))
            return false; // an unclosed quote: the cell keeps its values
        break;
    default:
        return false;
    }
    setConditions(conditions);
    return true;
}

void RuleConditionTableModel::setConditions(const QList<RuleCondition>& conditions)
{
    Rule r = setupModel()->rule(m_rule);
    r.conditions = conditions;
    setupModel()->setRule(m_rule, r);
}

void RuleConditionTableModel::insertDefaultRows(int row, int count)
{
    QList<RuleCondition> conditions = setupModel()->rule(m_rule).conditions;
    const QString parameter = RuleCatalog::rule(m_rule).parameterNames().value(0);
    conditions.insert(row, count, RuleCondition { parameter, RuleOperator::InList, {} });
    setConditions(conditions);
}

void RuleConditionTableModel::removeListRows(int row, int count)
{
    QList<RuleCondition> conditions = setupModel()->rule(m_rule).conditions;
    conditions.remove(row, count);
    setConditions(conditions);
}
