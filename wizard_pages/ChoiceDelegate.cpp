#include "ChoiceDelegate.h"

#include <QComboBox>

ChoiceDelegate::ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_editable(false)
{
}

ChoiceDelegate::ChoiceDelegate(const QStringList& suggestions, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_editable(true)
{
    for (const QString& s : suggestions)
        m_choices.append({ s, s });
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    for (const auto& [value, label] : m_choices)
        combo->addItem(label, value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (m_editable)
        combo->setEditText(value);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    if (m_editable) {
        const QString text = combo->currentText();
        const int i = combo->findText(text);
        model->setData(index, i >= 0 ? combo->itemData(i).toString() : text);
    } else {
        model->setData(index, combo->currentData());
    }
}
