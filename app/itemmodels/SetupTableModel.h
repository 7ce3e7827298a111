#pragma once

#include <QAbstractTableModel>

class SetupModel;
struct Sourced;

// Base of the table models that show one list of a SetupModel. Edits made through the table
// go to the SetupModel (and so onto its undo stack) and are reported as precise row changes;
// changes made elsewhere (undo, import, preset, load) reset the table.
class SetupTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SetupTableModel(SetupModel* model, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

protected:
    SetupModel* setupModel() const { return m_model; }
    virtual int listSize() const = 0;
    virtual QStringList columnTitles() const = 0;
    // Writes one cell to the SetupModel; false when the value is refused.
    virtual bool setCell(int row, int column, const QVariant& value, int role) = 0;
    virtual void insertDefaultRows(int row, int count) = 0;
    virtual void removeListRows(int row, int count) = 0;
    virtual bool isCheckColumn(int /*column*/) const { return false; }
    // The tooltip and font of a cell holding an Alma name: where `known` comes from (italic when
    // it is the program's suggestion), or, for nullptr, that the name was typed in this setup.
    static QVariant sourceData(const Sourced* known, int role);
    // Connect the SetupModel's change signal for this list to this slot.
    void resetFromModel();
    // Runs an edit of the SetupModel made by this table itself, which reports the change
    // precisely (e.g. a row move), so the change signal must not reset the table.
    template <typename Edit> void editAsSelf(Edit&& edit)
    {
        const bool was = m_selfEdit;
        m_selfEdit = true;
        edit();
        m_selfEdit = was;
    }

private:
    SetupModel* m_model;
    bool m_selfEdit = false;
};
