#include "itemmodels/SectionStatusModel.h"

#include "checks/SetupValidation.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

SectionStatusModel::SectionStatusModel(SetupModel* model, SetupValidation* validation, QObject* parent)
    : QAbstractTableModel(parent)
    , m_model(model)
    , m_validation(validation)
{
    if (m_validation) {
        connect(m_validation, &SetupValidation::findingsChanged, this,
            [this] { Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); });
    }
    connect(model, &SetupModel::stepChanged, this, [this](SectionId s) { sectionChanged(s); });
    connect(model, &SetupModel::notNeededChanged, this, &SectionStatusModel::sectionChanged);
    connect(model, &SetupModel::visitedChanged, this, &SectionStatusModel::sectionChanged);
    connect(model, &SetupModel::modelReset, this,
        [this] { Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); });
}

int SectionStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Sections::Count;
}

int SectionStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectionStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionId id = sectionAt(index.row());
    // Only what the role needs: a view asks for a dozen roles per item each time it lays out
    // or paints, and most of them are empty.
    switch (role) {
    case ErrorCountRole:
        return findingCount(id, Finding::Severity::Error);
    case WarningCountRole:
        return findingCount(id, Finding::Severity::Warning);
    case StatusRole:
        return int(m_model->status(id));
    case TouchedRole:
        return m_model->wasVisited(id) || m_model->status(id) != SectionStatus::NotStarted;
    case SectionKeyRole:
        return Sections::key(id);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const SectionStatus status = m_model->status(id);
        QString text = status == SectionStatus::NotNeeded
            ? tr("Not needed: %1").arg(m_model->notNeededReason(id))
            : tr("%1, %2").arg(SetupModel::statusName(status), stepsText(id));
        const QString findings = findingsText(id);
        if (!findings.isEmpty())
            text += QLatin1String("; ") + findings;
        return text;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return SectionCatalog::section(id).numberedTitle();
        case Status:
            return SetupModel::statusName(m_model->status(id));
        case Steps:
            return stepsText(id);
        case Findings:
            return findingsText(id);
        case Level:
            return SectionCatalog::levelName(SectionCatalog::section(id).level);
        default:
            return {};
        }
    default:
        return {};
    }
}

int SectionStatusModel::findingCount(SectionId id, Finding::Severity severity) const
{
    return m_validation ? m_validation->count(id, severity) : 0;
}

QString SectionStatusModel::stepsText(SectionId id) const
{
    const int steps = int(SectionCatalog::section(id).steps.size());
    return tr("%1 of %n step(s)", nullptr, steps).arg(m_model->stepsDone(id));
}

QString SectionStatusModel::findingsText(SectionId id) const
{
    QStringList findings;
    if (const int errors = findingCount(id, Finding::Severity::Error); errors > 0)
        findings.append(tr("%n error(s)", nullptr, errors));
    if (const int warnings = findingCount(id, Finding::Severity::Warning); warnings > 0)
        findings.append(tr("%n warning(s)", nullptr, warnings));
    return findings.join(QLatin1String(", "));
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
    case Findings:
        return tr("Checks");
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
