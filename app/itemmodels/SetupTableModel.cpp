#include "itemmodels/SetupTableModel.h"

#include "model/SetupModel.h"
#include "model/Source.h"

#include <QFont>

#include <QScopedValueRollback>

SetupTableModel::SetupTableModel(SetupModel* model, QObject* parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    connect(model, &SetupModel::modelReset, this, &SetupTableModel::resetFromModel);
}

int SetupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : listSize();
}

int SetupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(columnTitles().size());
}

QVariant SetupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QStringList titles = columnTitles();
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

Qt::ItemFlags SetupTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    f |= isCheckColumn(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

bool SetupTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checkEdit = isCheckColumn(index.column()) && role == Qt::CheckStateRole;
    if (role != Qt::EditRole && !checkEdit)
        return false;
    bool ok = false;
    {
        QScopedValueRollback<bool> guard(m_selfEdit, true);
        ok = setCell(index.row(), index.column(), value, role);
    }
    if (ok)
        Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
    return ok;
}

bool SetupTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > listSize() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    {
        QScopedValueRollback<bool> guard(m_selfEdit, true);
        insertDefaultRows(row, count);
    }
    endInsertRows();
    return true;
}

bool SetupTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > listSize())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    {
        QScopedValueRollback<bool> guard(m_selfEdit, true);
        removeListRows(row, count);
    }
    endRemoveRows();
    return true;
}

void SetupTableModel::resetFromModel()
{
    if (m_selfEdit)
        return;
    beginResetModel();
    endResetModel();
}

QVariant SetupTableModel::sourceData(const Sourced* known, int role)
{
    if (role == Qt::ToolTipRole) {
        return known ? Sources::describe(*known)
                     : tr("Typed in this setup: not a name the guide or Ex Libris gives. Check it in Alma.");
    }
    if (role == Qt::FontRole && known && known->isSuggestion()) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return {};
}
