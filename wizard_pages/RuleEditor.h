#pragma once

#include "model/SetupTypes.h"

#include <QGroupBox>

class ExistingRulesEditor;
class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class SetupModel;
class TableEditor;

// One rule of the setup: name, enabled, input conditions and outputs, and where it goes among
// the institution's existing rules of its list, bound to the model.
class RuleEditor final : public QGroupBox {
    Q_OBJECT

public:
    RuleEditor(SetupModel* model, RuleId rule, const QString& title, QWidget* parent = nullptr);

    TableEditor* conditions() const { return m_conditions; }
    TableEditor* outputs() const { return m_outputs; }
    // Helper buttons of a page ("Use all partners", …) go here.
    QHBoxLayout* actionRow() const { return m_actions; }
    ExistingRulesEditor* existingRules() const { return m_existing; }

private:
    void refresh();
    SetupModel* m_model;
    RuleId m_rule;
    QLineEdit* m_name;
    QCheckBox* m_enabled;
    TableEditor* m_conditions;
    TableEditor* m_outputs;
    QHBoxLayout* m_actions;
    ExistingRulesEditor* m_existing = nullptr;
};
