#pragma once

#include "checks/Finding.h"

#include <QWidget>

class QFormLayout;
class QLabel;
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
    // Marks each field that `findings` name as their subject with the worst one's icon; the
    // tooltip (and the editor's accessible description) gives them all.
    void showFindings(const QList<Finding>& findings);

private:
    QWidget* createEditor(const FieldSpec& spec);
    // The editor, then the mark of its findings (hidden while there are none) and, while the
    // value is the program's suggestion rather than the guide's or Ex Libris', an italic
    // "suggested" (the tooltip says so).
    QWidget* withMarks(const FieldSpec& spec, QWidget* editor);
    struct FindingMark {
        QString field;
        QLabel* mark;
        QWidget* editor;
        QString description; // the editor's own accessible description
    };
    SetupModel* m_model;
    QFormLayout* m_layout;
    QList<FindingMark> m_findingMarks;
};
