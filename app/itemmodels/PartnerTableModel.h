#pragma once

#include "itemmodels/SetupTableModel.h"

struct Partner;

// The partners of section 6 as an editable table, one column per managed Alma field.
class PartnerTableModel final : public SetupTableModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        ProfileType,
        BorrowingWorkflow,
        LendingWorkflow,
        ExpiryDays,
        Status,
        AvgSupplyTime,
        DeliveryDelay,
        BorrowingSupported,
        LendingSupported,
        LocateProfile,
        InstitutionCode,
        HoldingCode,
        SystemType,
        ColumnCount
    };
    Q_ENUM(Column)
    // Columns shown before the user asks for all of Alma's fields.
    static constexpr int EssentialColumns = Status + 1;

    explicit PartnerTableModel(SetupModel* model, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // A new partner with the setup's defaults (workflow profiles, expiry days).
    static Partner newPartner(const SetupModel& model);

protected:
    int listSize() const override;
    QStringList columnTitles() const override;
    bool setCell(int row, int column, const QVariant& value, int role) override;
    void insertDefaultRows(int row, int count) override;
    void removeListRows(int row, int count) override;
    bool isCheckColumn(int column) const override;
};
