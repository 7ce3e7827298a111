#pragma once

#include <QWidget>

class QFormLayout;
class SetupModel;
struct FieldSpec;

// A form of catalog fields bound to the SetupModel: each row gets the editor its field type
// needs (line edit, check box, spin box, combo box, check list), a label with a mnemonic and
// buddy, the field's help under it, and stays in step with the model both ways.
class FieldForm final : public QWidget {
    Q_OBJECT

public:
    explicit FieldForm(SetupModel* model, QWidget* parent = nullptr);

    // Adds the field's row and returns its editor (objectName = the field id).
    QWidget* addField(const char* fieldId);
    void addRow(const QString& label, QWidget* widget);
    QFormLayout* formLayout() const { return m_layout; }

private:
    QWidget* createEditor(const FieldSpec& spec);
    // The editor, with an italic "suggested" after it while the value is the program's
    // suggestion rather than the guide's or Ex Libris' (the tooltip says so).
    QWidget* withSuggestionMark(const FieldSpec& spec, QWidget* editor);
    SetupModel* m_model;
    QFormLayout* m_layout;
};
