#pragma once

#include "itemmodels/SetupTableModel.h"
#include "model/SetupTypes.h"

// One of Alma's rule lists in order (first match wins): the institution's existing rules and,
// among them, the new rule the setup adds (read-only here; edited above the list). Existing
// rules can be added, edited (name, enabled, conditions as text: see RuleText), removed, and any
// row can be moved, by keyboard or by drag and drop. Every change is one undoable edit.
class RuleListTableModel final : public SetupTableModel {
    Q_OBJECT

public:
    enum Column { Name, Enabled, Conditions, ColumnCount };
    enum Role { IsNewRuleRole = Qt::UserRole + 1 };

    RuleListTableModel(SetupModel* model, RuleId list, QObject* parent = nullptr);

    RuleId list() const { return m_list; }
    int newRuleRow() const;
    bool isNewRuleRow(int row) const { return row == newRuleRow(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;
    // Moves one row up (-1) or down (+1); false at either end.
    bool moveRow(int row, int delta);
    // Adds rules (pasted or imported) at the end of the list.
    void appendRules(const QList<Rule>& rules);

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

Q_SIGNALS:
    // An edit could not be taken (e.g. conditions text without an operator); `reason` says why.
    void editRefused(const QString& reason);

protected:
    int listSize() const override;
    QStringList columnTitles() const override;
    bool setCell(int row, int column, const QVariant& value, int role) override;
    void insertDefaultRows(int row, int count) override;
    void removeListRows(int row, int count) override;
    bool isCheckColumn(int column) const override { return column == Enabled; }

private:
    // The whole list in order, the new rule included, and back.
    QList<Rule> combined() const;
    void store(QList<Rule> rows, int newRow);

    RuleId m_list;
};
