#include "SectionStatusModel.h"

#include "SectionCatalog.h"
#include "SetupModel.h"
#include "SetupValidation.h"

SectionStatusModel::SectionStatusModel(SetupModel* model, SetupValidation* validation, QObject* parent)
    : QAbstractTableModel(parent)
    , m_model(model)
    , m_validation(validation)
{
    if (m_validation) {
        connect(m_validation, &SetupValidation::findingsChanged, this, [this] {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
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
    const QString stepsText = tr("%1 of %n step(s)", nullptr, int(spec.steps.size())).arg(m_model->stepsDone(id));
    const int errors = m_validation ? m_validation->count(id, Finding::Severity::Error) : 0;
    const int warnings = m_validation ? m_validation->count(id, Finding::Severity::Warning) : 0;
    QStringList findings;
    if (errors > 0)
        findings.append(tr("%n error(s)", nullptr, errors));
    if (warnings > 0)
        findings.append(tr("%n warning(s)", nullptr, warnings));
    const QString findingsText = findings.join(QLatin1String(", "));
    switch (role) {
    case ErrorCountRole:
        return errors;
    case WarningCountRole:
        return warnings;
    case StatusRole:
        return int(status);
    case SectionKeyRole:
        return Sections::key(id);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    {
        QString text = status == SectionStatus::NotNeeded ? tr("Not needed: %1").arg(m_model->notNeededReason(id))
                                                          : tr("%1, %2").arg(SetupModel::statusName(status), stepsText);
        if (!findingsText.isEmpty())
            text += QLatin1String("; ") + findingsText;
        return text;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return spec.numberedTitle();
        case Status:
            return SetupModel::statusName(status);
        case Steps:
            return stepsText;
        case Findings:
            return findingsText;
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
