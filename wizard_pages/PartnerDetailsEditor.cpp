#include "PartnerDetailsEditor.h"

#include "itemmodels/PartnerTableModel.h"
#include "model/PartnerFields.h"
#include "model/SetupModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
const char* const NotSet = QT_TRANSLATE_NOOP("PartnerDetailsEditor", "(not set: Alma's value stays)");
} // namespace

PartnerDetailsEditor::PartnerDetailsEditor(PartnerTableModel* model, QItemSelectionModel* selection, QWidget* parent)
    : QGroupBox(parent)
    , m_model(model)
    , m_form(new QFormLayout)
    , m_none(new QLabel(tr("Select a partner in the table to see and edit its other fields."), this))
    , m_legend(new QLabel(tr("* Alma requires it of partners of this profile type (rest_partner.xsd)."), this))
{
    setObjectName(QStringLiteral("partner-details"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addLayout(m_form);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_legend);
    for (int column = model->tableColumns(); column < model->columnCount(); ++column) {
        const PartnerField& field = model->field(column);
        QWidget* editor = nullptr;
        switch (field.kind) {
        case PartnerField::Kind::Text:
        case PartnerField::Kind::Number: {
            auto* edit = new QLineEdit(this);
            if (field.kind == PartnerField::Kind::Number)
                edit->setValidator(new QIntValidator(0, 99999, edit));
            edit->setPlaceholderText(tr(NotSet));
            connect(edit, &QLineEdit::editingFinished, this, [this, edit, &field] { commit(field, edit->text()); });
            editor = edit;
            break;
        }
        case PartnerField::Kind::Choice:
        case PartnerField::Kind::YesNo: {
            auto* box = new QComboBox(this);
            box->addItem(tr(NotSet), QString());
            if (field.kind == PartnerField::Kind::YesNo) {
                box->addItem(tr("Yes"), true);
                box->addItem(tr("No"), false);
            } else {
                for (const QString& choice : field.choices)
                    box->addItem(choice, choice);
            }
            connect(box, &QComboBox::activated, this, [this, box, &field] {
                const QVariant value = box->currentData();
                if (field.kind == PartnerField::Kind::YesNo && value.typeId() == QMetaType::Bool)
                    commit(field, value.toBool() ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
                else if (field.kind == PartnerField::Kind::YesNo)
                    commit(field, QString()); // not set
                else
                    commit(field, value);
            });
            editor = box;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("partner-") + QLatin1String(field.key));
        auto* label = new QLabel(field.translatedTitle() + QLatin1Char(':'), this);
        label->setBuddy(editor);
        m_form->addRow(label, editor);
        m_editors.insert(&field, editor);
    }
    connect(selection, &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { setRow(current.isValid() ? current.row() : -1); });
    connect(model, &QAbstractItemModel::dataChanged, this, &PartnerDetailsEditor::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &PartnerDetailsEditor::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PartnerDetailsEditor::refresh);
    setRow(-1);
}

QWidget* PartnerDetailsEditor::editor(const QString& fieldKey) const
{
    const PartnerField* field = PartnerFields::find(fieldKey);
    return field ? m_editors.value(field) : nullptr;
}

void PartnerDetailsEditor::setRow(int row)
{
    m_row = row;
    refresh();
}

void PartnerDetailsEditor::refresh()
{
    if (m_row >= m_model->rowCount())
        m_row = -1;
    m_none->setVisible(m_row < 0);
    m_legend->setVisible(m_row >= 0);
    const QString type = m_row >= 0
        ? m_model->index(m_row, m_model->columnOf(QStringLiteral("profileType"))).data().toString()
        : QString();
    const QString code = m_row >= 0 ? m_model->index(m_row, 0).data().toString() : QString();
    setTitle(m_row < 0 ? tr("Partner details")
                       : tr("Partner %1: details for profile type %2").arg(code, type.isEmpty() ? tr("(none)") : type));
    m_refreshing = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const PartnerField& field = *it.key();
        QWidget* editor = it.value();
        const bool shown = m_row >= 0 && field.appliesTo(type);
        m_form->setRowVisible(editor, shown);
        if (!shown)
            continue;
        const QModelIndex index = m_model->index(m_row, m_model->columnOf(QString::fromLatin1(field.key)));
        auto* label = qobject_cast<QLabel*>(m_form->labelForField(editor));
        const bool mandatory = field.isMandatoryFor(type);
        label->setText(field.translatedTitle() + (mandatory ? QStringLiteral(" *:") : QStringLiteral(":")));
        editor->setToolTip(mandatory && field.source
                ? tr("Alma requires this for %1 partners (%2).").arg(type, QString::fromLatin1(field.source))
                : QString());
        if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
            edit->setText(index.data(Qt::EditRole).toString());
        } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
            QVariant value;
            if (field.kind == PartnerField::Kind::YesNo) {
                const int state = index.data(Qt::CheckStateRole).toInt();
                value = state == Qt::PartiallyChecked ? QVariant(QString()) : QVariant(state == Qt::Checked);
            } else {
                value = index.data(Qt::EditRole).toString();
            }
            const int at = box->findData(value);
            box->setCurrentIndex(at >= 0 ? at : 0);
        }
    }
    m_refreshing = false;
}

void PartnerDetailsEditor::commit(const PartnerField& field, const QVariant& value, int role)
{
    if (m_refreshing || m_row < 0)
        return;
    const QModelIndex index = m_model->index(m_row, m_model->columnOf(QString::fromLatin1(field.key)));
    if (!m_model->setData(index, value, role))
        refresh(); // refused (not a number): show the stored value again
}
