#pragma once

#include "consortium/Roster.h"

#include <QAbstractTableModel>

// A consortium's members as an editable table: code, name, profile type, symbol, Alma
// institution code, where its Alma is, whether it lends and borrows, and its own codes.
class RosterTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        ProfileType,
        Symbol,
        AlmaInstitution,
        Region,
        Lends,
        Borrows,
        Library,
        BorrowingLocation,
        LendingLocation,
        ColumnCount
    };

    explicit RosterTableModel(QObject* parent = nullptr);

    const QList<RosterMember>& members() const { return m_members; }
    void setMembers(const QList<RosterMember>& members);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // New members get a code that is not taken ("NEW1") and Alma's ISO 18626 profile type.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

Q_SIGNALS:
    void edited(); // a member was changed, added or removed

private:
    QList<RosterMember> m_members;
};
