#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;

// A table of a list (partners, settings, policies, rule conditions and outputs) with Add and
// Remove buttons. Keyboard: Insert adds a row, Delete removes the selected rows, F2 edits.
class TableEditor final : public QWidget {
    Q_OBJECT

public:
    TableEditor(QAbstractItemModel* model, const QString& accessibleName, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    // Extra buttons go to the right of Add and Remove.
    QHBoxLayout* buttonRow() const { return m_buttons; }
    void addRow();
    void removeSelectedRows();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QHBoxLayout* m_buttons;
};
