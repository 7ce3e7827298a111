#include "SectionStatusModel.h"

#include "SectionCatalog.h"
#include "SetupModel.h"

SectionStatusModel::SectionStatusModel(SetupModel* model, QObject* parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    connect(model, &SetupModel::stepChanged, this, [this](SectionId s) { sectionChanged(s); });
    connect(model, &SetupModel::notNeededChanged, this, &SectionStatusModel::sectionChanged);
    connect(model, &SetupModel::modelReset, this, [this] {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int SectionStatusModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : Sections::Count; }

int SectionStatusModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SectionStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionId id = sectionAt(index.row());
    const SectionSpec& spec = SectionCatalog::section(id);
    const SectionStatus status = m_model->status(id);
    const QString stepsText = tr("%1 of %2 steps").arg(m_model->stepsDone(id)).arg(spec.steps.size());
    switch (role) {
    case StatusRole:
        return int(status);
    case SectionKeyRole:
        return Sections::key(id);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return status == SectionStatus::NotNeeded
            ? tr("Not needed: %1").arg(m_model->notNeededReason(id))
            : tr("%1, %2").arg(SetupModel::statusName(status), stepsText);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return spec.numberedTitle();
        case Status:
            return SetupModel::statusName(status);
        case Steps:
            return stepsText;
        case Level:
            return SectionCatalog::levelName(spec.level);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SectionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Section");
    case Status:
        return tr("Status");
    case Steps:
        return tr("Checklist");
    case Level:
        return tr("Where");
    default:
        return {};
    }
}

void SectionStatusModel::sectionChanged(SectionId section)
{
    const int row = Sections::index(section);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
