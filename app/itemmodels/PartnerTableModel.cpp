#include "itemmodels/PartnerTableModel.h"

#include "model/FieldId.h"
#include "model/SetupModel.h"

namespace {
bool isNumberColumn(int column)
{
    return column == PartnerTableModel::ExpiryDays || column == PartnerTableModel::AvgSupplyTime
        || column == PartnerTableModel::DeliveryDelay;
}
} // namespace

PartnerTableModel::PartnerTableModel(SetupModel* model, QObject* parent)
    : SetupTableModel(model, parent)
{
    connect(model, &SetupModel::partnersChanged, this, &PartnerTableModel::resetFromModel);
}

int PartnerTableModel::listSize() const { return int(setupModel()->partners().size()); }

QStringList PartnerTableModel::columnTitles() const
{
    return { tr("Code"), tr("Name"), tr("Profile type"), tr("Borrowing workflow"), tr("Lending workflow"),
        tr("Expiry days"), tr("Status"), tr("Avg. supply time"), tr("Delivery delay"), tr("Borrowing"),
        tr("Lending"), tr("Locate profile"), tr("Institution code"), tr("Holding code"), tr("System type") };
}

bool PartnerTableModel::isCheckColumn(int column) const
{
    return column == BorrowingSupported || column == LendingSupported;
}

QVariant PartnerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Partner& p = setupModel()->partners().at(index.row());
    if (isCheckColumn(index.column())) {
        if (role != Qt::CheckStateRole)
            return {};
        const bool on = index.column() == BorrowingSupported ? p.borrowingSupported : p.lendingSupported;
        return on ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::TextAlignmentRole && isNumberColumn(index.column()))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code:
        return p.code;
    case Name:
        return p.name;
    case ProfileType:
        return p.profileType;
    case BorrowingWorkflow:
        return p.borrowingWorkflow;
    case LendingWorkflow:
        return p.lendingWorkflow;
    case ExpiryDays:
        return p.expiryDays;
    case Status:
        return p.status;
    case AvgSupplyTime:
        return p.avgSupplyTime;
    case DeliveryDelay:
        return p.deliveryDelay;
    case LocateProfile:
        return p.locateProfile;
    case InstitutionCode:
        return p.institutionCode;
    case HoldingCode:
        return p.holdingCode;
    case SystemType:
        return p.systemType;
    default:
        return {};
    }
}

bool PartnerTableModel::setCell(int row, int column, const QVariant& value, int role)
{
    Partner p = setupModel()->partners().at(row);
    if (isCheckColumn(column)) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool on = value.toInt() == Qt::Checked;
        (column == BorrowingSupported ? p.borrowingSupported : p.lendingSupported) = on;
        setupModel()->setPartner(row, p);
        return true;
    }
    if (isNumberColumn(column)) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0)
            return false;
        (column == ExpiryDays ? p.expiryDays : column == AvgSupplyTime ? p.avgSupplyTime : p.deliveryDelay) = n;
        setupModel()->setPartner(row, p);
        return true;
    }
    const QString text = value.toString().trimmed();
    switch (column) {
    case Code:
        p.code = text;
        break;
    case Name:
        p.name = text;
        break;
    case ProfileType:
        p.profileType = text;
        break;
    case BorrowingWorkflow:
        p.borrowingWorkflow = text;
        break;
    case LendingWorkflow:
        p.lendingWorkflow = text;
        break;
    case Status:
        p.status = text.toUpper();
        break;
    case LocateProfile:
        p.locateProfile = text;
        break;
    case InstitutionCode:
        p.institutionCode = text;
        break;
    case HoldingCode:
        p.holdingCode = text;
        break;
    case SystemType:
        p.systemType = text;
        break;
    default:
        return false;
    }
    setupModel()->setPartner(row, p);
    return true;
}

Partner PartnerTableModel::newPartner(const SetupModel& model)
{
    Partner p;
    p.borrowingWorkflow = model.text(QString::fromLatin1(FieldId::BorrowingProfileCode));
    p.lendingWorkflow = model.text(QString::fromLatin1(FieldId::LendingProfileCode));
    p.expiryDays = model.number(QString::fromLatin1(FieldId::PartnerDefaultExpiryDays));
    return p;
}

void PartnerTableModel::insertDefaultRows(int row, int count)
{
    setupModel()->insertPartners(row, QList<Partner>(count, newPartner(*setupModel())));
}

void PartnerTableModel::removeListRows(int row, int count) { setupModel()->removePartners(row, count); }
