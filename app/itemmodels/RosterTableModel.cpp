#include "itemmodels/RosterTableModel.h"

#include "model/PartnerFields.h"

RosterTableModel::RosterTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RosterTableModel::setMembers(const QList<RosterMember>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

int RosterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int RosterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case ProfileType:
        return tr("Profile type");
    case Symbol:
        return tr("Symbol");
    case AlmaInstitution:
        return tr("Alma institution");
    case Region:
        return tr("Region or address");
    case Lends:
        return tr("Lends");
    case Borrows:
        return tr("Borrows");
    case Library:
        return tr("Library");
    case BorrowingLocation:
        return tr("Borrowing location");
    case LendingLocation:
        return tr("Lending location");
    }
    return {};
}

Qt::ItemFlags RosterTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Lends || index.column() == Borrows)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == Symbol && !RosterRecords::symbolField(m_members.at(index.row()).record.profileType))
        return f; // this profile type has no symbol
    return f | Qt::ItemIsEditable;
}

QVariant RosterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const RosterMember& m = m_members.at(index.row());
    if (role == Qt::CheckStateRole) {
        if (index.column() == Lends)
            return m.lends ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Borrows)
            return m.borrows ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Symbol && !RosterRecords::symbolField(m.record.profileType))
        return tr("Partners of profile type %1 have no symbol.").arg(m.record.profileType);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code:
        return m.code();
    case Name:
        return m.record.name;
    case ProfileType:
        return m.record.profileType;
    case Symbol:
        return m.symbol();
    case AlmaInstitution:
        return m.almaInstitution;
    case Region:
        return m.almaUrl.isEmpty() ? m.region : m.almaUrl;
    case Library:
        return m.library;
    case BorrowingLocation:
        return m.borrowingLocation;
    case LendingLocation:
        return m.lendingLocation;
    }
    return {};
}

bool RosterTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_members.size())
        return false;
    RosterMember m = m_members.at(index.row());
    const QString text = value.toString().trimmed();
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == Lends)
            m.lends = on;
        else if (index.column() == Borrows)
            m.borrows = on;
        else
            return false;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Code:
            if (text.isEmpty())
                return false;
            for (int i = 0; i < m_members.size(); ++i) {
                if (i != index.row() && m_members.at(i).code() == text)
                    return false; // codes are unique
            }
            m.record.code = text;
            break;
        case Name:
            m.record.name = text;
            break;
        case ProfileType: {
            const QString type = text.toUpper();
            if (!PartnerFields::profileTypes().contains(type))
                return false; // only the contract's values
            const QString symbol = m.symbol();
            if (QString Partner::*old = RosterRecords::symbolField(m.record.profileType))
                m.record.*old = QString();
            m.record.profileType = type;
            if (QString Partner::*now = RosterRecords::symbolField(type))
                m.record.*now = symbol; // the symbol moves to the new type's field
            break;
        }
        case Symbol:
            if (QString Partner::*field = RosterRecords::symbolField(m.record.profileType))
                m.record.*field = text;
            break;
        case AlmaInstitution:
            m.almaInstitution = text;
            break;
        case Region:
            (text.contains(QLatin1Char('/')) ? m.almaUrl : m.region) = text;
            (text.contains(QLatin1Char('/')) ? m.region : m.almaUrl).clear();
            break;
        case Library:
            m.library = text;
            break;
        case BorrowingLocation:
            m.borrowingLocation = text;
            break;
        case LendingLocation:
            m.lendingLocation = text;
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (m == m_members.at(index.row()))
        return true;
    m_members[index.row()] = m;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

bool RosterTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_members.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        RosterMember m;
        int n = 1;
        auto taken = [&](const QString& code) {
            return std::any_of(
                m_members.cbegin(), m_members.cend(), [&](const RosterMember& o) { return o.code() == code; });
        };
        while (taken(QStringLiteral("NEW%1").arg(n)))
            ++n;
        m.record.code = QStringLiteral("NEW%1").arg(n);
        m.record.profileType = QStringLiteral("ISO_18626");
        m_members.insert(row + i, m);
    }
    endInsertRows();
    Q_EMIT edited();
    return true;
}

bool RosterTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_members.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_members.remove(row, count);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}
