#include "itemmodels/RuleListTableModel.h"

#include "model/RuleText.h"
#include "model/SetupModel.h"

#include <QFont>
#include <QMimeData>

namespace {
const QString MimeType = QStringLiteral("application/x-alma-p2p-rule-row");
} // namespace

RuleListTableModel::RuleListTableModel(SetupModel* model, RuleId list, QObject* parent)
    : SetupTableModel(model, parent)
    , m_list(list)
{
    connect(model, &SetupModel::ruleChanged, this, [this](RuleId changed) {
        if (changed == m_list)
            resetFromModel();
    });
}

int RuleListTableModel::newRuleRow() const
{
    return qBound(0, setupModel()->newRulePosition(m_list), int(setupModel()->existingRules(m_list).size()));
}

int RuleListTableModel::listSize() const
{
    return int(setupModel()->existingRules(m_list).size()) + 1;
}

QStringList RuleListTableModel::columnTitles() const
{
    return { tr("Rule"), tr("Enabled"),
        tr("Input parameters (e.g. User Group InList STAFF, FACULTY; Location = MAIN)") };
}

QList<Rule> RuleListTableModel::combined() const
{
    QList<Rule> rows = setupModel()->existingRules(m_list);
    rows.insert(newRuleRow(), setupModel()->rule(m_list));
    return rows;
}

void RuleListTableModel::store(QList<Rule> rows, int newRow)
{
    rows.removeAt(newRow); // the new rule itself is kept by SetupModel::rule()
    setupModel()->setExistingRules(m_list, rows, newRow);
}

QVariant RuleListTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isNew = isNewRuleRow(index.row());
    const Rule rule = combined().at(index.row());
    if (role == IsNewRuleRole)
        return isNew;
    if (role == Qt::FontRole && isNew) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return isNew ? tr("%1 (the new rule)").arg(rule.name) : rule.name;
        if (role == Qt::EditRole)
            return rule.name;
        if (role == Qt::ToolTipRole && isNew)
            return tr("The rule this setup adds; edit it above. Move it to where it goes in Alma's list.");
        return {};
    case Enabled:
        if (role == Qt::CheckStateRole)
            return rule.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Conditions:
        if (role == Qt::DisplayRole && rule.conditions.isEmpty())
            return tr("(none: matches every request)");
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return RuleText::format(rule.conditions);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags RuleListTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = SetupTableModel::flags(index) | Qt::ItemIsDragEnabled;
    if (isNewRuleRow(index.row()))
        f &= ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable); // edited in the rule editor above
    return f;
}

bool RuleListTableModel::setCell(int row, int column, const QVariant& value, int role)
{
    if (isNewRuleRow(row))
        return false;
    QList<Rule> rows = combined();
    Rule& rule = rows[row];
    switch (column) {
    case Name:
        rule.name = value.toString().trimmed();
        break;
    case Enabled:
        if (role != Qt::CheckStateRole)
            return false;
        rule.enabled = value.toInt() == Qt::Checked;
        break;
    case Conditions: {
        QString error;
        if (!RuleText::parse(value.toString(), &rule.conditions, &error)) {
            Q_EMIT editRefused(error);
            return false;
        }
        break;
    }
    default:
        return false;
    }
    store(rows, newRuleRow());
    return true;
}

void RuleListTableModel::insertDefaultRows(int row, int count)
{
    QList<Rule> rows = combined();
    int newRow = newRuleRow();
    for (int i = 0; i < count; ++i) {
        Rule rule;
        rule.name = tr("Existing rule %1").arg(rows.size());
        rows.insert(row + i, rule);
    }
    if (row <= newRow)
        newRow += count;
    store(rows, newRow);
}

bool RuleListTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    const int newRow = newRuleRow();
    if (row <= newRow && newRow < row + count) {
        Q_EMIT editRefused(tr("The new rule cannot be removed from the list; move it instead."));
        return false;
    }
    return SetupTableModel::removeRows(row, count, parent);
}

void RuleListTableModel::removeListRows(int row, int count)
{
    QList<Rule> rows = combined();
    int newRow = newRuleRow();
    rows.remove(row, count);
    if (row < newRow)
        newRow -= count;
    store(rows, newRow);
}

bool RuleListTableModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= rowCount()
        || destinationChild < 0 || destinationChild > rowCount() || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    QList<Rule> rows = combined();
    int newRow = newRuleRow();
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    // Track where the new rule ends up.
    QList<int> order;
    for (int i = 0; i < rows.size(); ++i)
        order.append(i);
    order.move(sourceRow, target);
    rows.move(sourceRow, target);
    newRow = int(order.indexOf(newRow));

    beginMoveRows(sourceParent, sourceRow, sourceRow, destinationParent, destinationChild);
    editAsSelf([&] { store(rows, newRow); });
    endMoveRows();
    return true;
}

bool RuleListTableModel::moveRow(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount())
        return false;
    return moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
}

void RuleListTableModel::appendRules(const QList<Rule>& rules)
{
    if (rules.isEmpty())
        return;
    QList<Rule> rows = combined();
    const int first = int(rows.size());
    rows.append(rules);
    beginInsertRows({}, first, first + int(rules.size()) - 1);
    editAsSelf([&] { store(rows, newRuleRow()); });
    endInsertRows();
}

QStringList RuleListTableModel::mimeTypes() const
{
    return { MimeType };
}

QMimeData* RuleListTableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(MimeType, QByteArray::number(indexes.constFirst().row()));
    return data;
}

bool RuleListTableModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int /*row*/, int /*column*/, const QModelIndex& /*parent*/) const
{
    return data && action == Qt::MoveAction && data->hasFormat(MimeType);
}

bool RuleListTableModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int source = data->data(MimeType).toInt(&ok);
    if (!ok)
        return false;
    // Dropped on a row: the moved rule takes its place; between rows: it goes there; below the end: last.
    const int destination = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    moveRows({}, source, 1, {}, destination > source && parent.isValid() ? destination + 1 : destination);
    // The move is done; returning false keeps the view from also removing the dragged row.
    return false;
}
