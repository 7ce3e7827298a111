#pragma once

#include "model/SetupTypes.h"

#include <QWidget>

class QLabel;
class RuleListTableModel;
class SetupModel;
class TableEditor;

// The rule list as it is in Alma, with the new rule placed among the institution's existing
// rules: add, edit and remove existing rules, paste or import them from a spreadsheet, and put
// the new rule where it goes, with Move Up / Move Down (Alt+Up / Alt+Down) or drag and drop.
class ExistingRulesEditor final : public QWidget {
    Q_OBJECT

public:
    ExistingRulesEditor(SetupModel* model, RuleId list, QWidget* parent = nullptr);

    RuleListTableModel* tableModel() const { return m_model; }
    TableEditor* table() const { return m_table; }
    void moveCurrent(int delta);
    // Adds rules from text (CSV or spreadsheet rows: name, enabled, conditions); shows errors.
    void addRulesFromText(const QString& text);

private:
    void importFile();
    void showMessage(const QString& text);

    RuleListTableModel* m_model;
    TableEditor* m_table;
    QLabel* m_message;
};
