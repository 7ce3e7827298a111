#pragma once

#include "itemmodels/SetupTableModel.h"
#include "model/SetupTypes.h"

// The input parameters of one rule: parameter, operator, values (comma-separated when edited).
class RuleConditionTableModel final : public SetupTableModel {
    Q_OBJECT

public:
    enum Column { Parameter, Operator, Values, ColumnCount };
    RuleConditionTableModel(SetupModel* model, RuleId rule, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    RuleId rule() const { return m_rule; }

protected:
    int listSize() const override;
    QStringList columnTitles() const override;
    bool setCell(int row, int column, const QVariant& value, int role) override;
    void insertDefaultRows(int row, int count) override;
    void removeListRows(int row, int count) override;

private:
    void setConditions(const QList<RuleCondition>& conditions);
    RuleId m_rule;
};
