#pragma once

#include <QGroupBox>
#include <QHash>

class PartnerTableModel;
class QFormLayout;
class QItemSelectionModel;
class QLabel;
struct PartnerField;

// The selected partner's fields that the table does not show: its other general details and the
// connection details of its profile type (only those Alma holds for that type). Edits go through
// the partner table model, so they are undoable like the table's. Fields Alma requires for the
// type are marked with "*", with where the contract says so in their tooltip.
class PartnerDetailsEditor final : public QGroupBox {
    Q_OBJECT

public:
    PartnerDetailsEditor(PartnerTableModel* model, QItemSelectionModel* selection, QWidget* parent = nullptr);

    // The editor of a field (objectName "partner-" + its key), for tests and focus.
    QWidget* editor(const QString& fieldKey) const;
    int row() const { return m_row; }

private:
    void setRow(int row);
    void refresh();
    void commit(const PartnerField& field, const QVariant& value, int role = Qt::EditRole);

    PartnerTableModel* m_model;
    QFormLayout* m_form;
    QLabel* m_none;
    QLabel* m_legend;
    QHash<const PartnerField*, QWidget*> m_editors;
    int m_row = -1;
    bool m_refreshing = false;
};
