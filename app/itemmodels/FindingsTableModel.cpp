#include "itemmodels/FindingsTableModel.h"

#include "checks/SetupValidation.h"
#include "model/SectionCatalog.h"

#include <algorithm>

FindingsTableModel::FindingsTableModel(SetupValidation* validation, QObject* parent)
    : QAbstractTableModel(parent)
    , m_validation(validation)
{
    connect(m_validation, &SetupValidation::findingsChanged, this, &FindingsTableModel::reload);
    reload();
}

void FindingsTableModel::reload()
{
    beginResetModel();
    m_findings = m_validation->findings();
    std::stable_sort(m_findings.begin(), m_findings.end(),
        [](const Finding& a, const Finding& b) { return int(a.severity) < int(b.severity); });
    endResetModel();
}

int FindingsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(f.severity);
    case SectionRole:
        return int(f.section);
    case Qt::ToolTipRole:
        return f.fix.isEmpty() ? f.message : f.message + QLatin1Char('\n') + f.fix;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return Findings::severityName(f.severity);
        case Section:
            return SectionCatalog::section(f.section).numberedTitle();
        case Message:
            return f.fix.isEmpty() ? f.message : tr("%1 Fix: %2").arg(f.message, f.fix);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FindingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Section:
        return tr("Section");
    case Message:
        return tr("What to change");
    default:
        return {};
    }
}
