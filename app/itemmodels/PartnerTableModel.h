#pragma once

#include "checks/Finding.h"
#include "itemmodels/SetupTableModel.h"

#include <QHash>

struct Partner;
struct PartnerField;

// The partners of section 6 as an editable table: one column per PartnerFields field, the table's
// columns (PartnerFields::columns()) first. An unset value shows empty (a yes/no as partly
// checked) and is left to Alma; an empty edit unsets it.
class PartnerTableModel final : public SetupTableModel {
    Q_OBJECT

public:
    explicit PartnerTableModel(SetupModel* model, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const PartnerField& field(int column) const;
    int columnOf(const QString& fieldKey) const;
    // Columns shown in the table; the others are edited in the partner's details.
    int tableColumns() const;

    // A new partner with the setup's defaults (workflow profiles, expiry days) and the program's
    // suggestions for what Alma requires.
    static Partner newPartner(const SetupModel& model);

    // Marks the cells that the section's findings concern (the partner's row, the finding's
    // field, or the code when it names none) with their icon and tooltip.
    void setFindings(const QList<Finding>& findings);
    QList<Finding> findingsAt(const QModelIndex& index) const;

protected:
    int listSize() const override;
    QStringList columnTitles() const override;
    bool setCell(int row, int column, const QVariant& value, int role) override;
    void insertDefaultRows(int row, int count) override;
    void removeListRows(int row, int count) override;
    bool isCheckColumn(int column) const override;

private:
    QList<const PartnerField*> m_fields;
    QHash<QString, QList<Finding>> m_findings; // by "CODE#fieldKey"
};
