#pragma once

#include "itemmodels/SetupTableModel.h"

// The fulfillment policies of section 9: type, name, value, description.
class PolicyTableModel final : public SetupTableModel {
    Q_OBJECT

public:
    enum Column { Type, Name, Value, Description, ColumnCount };
    explicit PolicyTableModel(SetupModel* model, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Policy types Alma's Advanced Policy Configuration offers (suggestions for the editor).
    static QStringList policyTypes();

protected:
    int listSize() const override;
    QStringList columnTitles() const override;
    bool setCell(int row, int column, const QVariant& value, int role) override;
    void insertDefaultRows(int row, int count) override;
    void removeListRows(int row, int count) override;
};
