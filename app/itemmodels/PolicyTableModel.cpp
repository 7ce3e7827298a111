#include "itemmodels/PolicyTableModel.h"

#include "model/FieldCatalog.h"
#include "model/SetupModel.h"

PolicyTableModel::PolicyTableModel(SetupModel* model, QObject* parent)
    : SetupTableModel(model, parent)
{
    connect(model, &SetupModel::policiesChanged, this, &PolicyTableModel::resetFromModel);
}

QStringList PolicyTableModel::policyTypes()
{
    QStringList types;
    for (const Sourced& type : FieldCatalog::policyTypes())
        types.append(type.text());
    return types;
}

int PolicyTableModel::listSize() const
{
    return int(setupModel()->policies().size());
}

QStringList PolicyTableModel::columnTitles() const
{
    return { tr("Policy type"), tr("Name"), tr("Value"), tr("Description") };
}

QVariant PolicyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FulfillmentPolicy& p = setupModel()->policies().at(index.row());
    if (index.column() == Type && (role == Qt::ToolTipRole || role == Qt::FontRole)) {
        // Where the type comes from; a suggested one in italics.
        for (const Sourced& type : FieldCatalog::policyTypes()) {
            if (type.text() == p.type.trimmed())
                return sourceData(&type, role);
        }
        return sourceData(nullptr, role);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Type:
        return p.type;
    case Name:
        return p.name;
    case Value:
        return p.value;
    case Description:
        return p.description;
    default:
        return {};
    }
}

bool PolicyTableModel::setCell(int row, int column, const QVariant& value, int /*role*/)
{
    QList<FulfillmentPolicy> policies = setupModel()->policies();
    FulfillmentPolicy& p = policies[row];
    const QString text = value.toString().trimmed();
    switch (column) {
    case Type:
        p.type = text;
        break;
    case Name:
        p.name = text;
        break;
    case Value:
        p.value = text;
        break;
    case Description:
        p.description = text;
        break;
    default:
        return false;
    }
    setupModel()->setPolicies(policies);
    return true;
}

void PolicyTableModel::insertDefaultRows(int row, int count)
{
    QList<FulfillmentPolicy> policies = setupModel()->policies();
    policies.insert(row, count, FulfillmentPolicy { policyTypes().constFirst(), {}, {}, {} });
    setupModel()->setPolicies(policies);
}

void PolicyTableModel::removeListRows(int row, int count)
{
    QList<FulfillmentPolicy> policies = setupModel()->policies();
    policies.remove(row, count);
    setupModel()->setPolicies(policies);
}
