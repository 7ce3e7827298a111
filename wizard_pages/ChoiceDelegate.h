#pragma once

#include <QStyledItemDelegate>

// A combo box editor for a table column: fixed choices (value stored, label shown) or
// editable suggestions (any text allowed).
class ChoiceDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    // Fixed choices: (value, label).
    ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject* parent = nullptr);
    // Suggestions: the user may type anything.
    ChoiceDelegate(const QStringList& suggestions, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<std::pair<QString, QString>> m_choices;
    bool m_editable;
};
