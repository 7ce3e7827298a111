#include "FieldForm.h"

#include "ChoiceListEditor.h"
#include "PageLayout.h"
#include "itemmodels/FindingIcon.h"
#include "model/FieldCatalog.h"
#include "model/SetupModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>

namespace {
QList<std::pair<QString, QString>> choicesFor(const FieldSpec& spec, const SetupModel& model)
{
    QList<std::pair<QString, QString>> list;
    switch (spec.choiceSource) {
    case ChoiceSource::Static:
        for (const ChoiceSpec& c : spec.choices)
            list.append({ QString::fromLatin1(c.value), spec.choiceLabel(QString::fromLatin1(c.value)) });
        break;
    case ChoiceSource::FulfillmentPolicies:
        for (const QString& name : model.policyNames())
            list.append({ name, name });
        break;
    case ChoiceSource::Partners:
        for (const Partner& p : model.partners()) {
            if (!p.code.isEmpty())
                list.append({ p.code, p.name.isEmpty() ? p.code : QStringLiteral("%1 — %2").arg(p.code, p.name) });
        }
        break;
    }
    return list;
}
// Calls `sync` (editor <- model) whenever the field changes or the whole setup is replaced.
template <typename Sync> void followField(SetupModel* model, QWidget* editor, const QString& id, Sync sync)
{
    QObject::connect(model, &SetupModel::fieldChanged, editor, [sync, id](const QString& changed) {
        if (changed == id)
            sync();
    });
    QObject::connect(model, &SetupModel::modelReset, editor, sync);
}
} // namespace

FieldForm::FieldForm(SetupModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

void FieldForm::addRow(const QString& label, QWidget* widget)
{
    m_layout->addRow(label, widget);
}

QWidget* FieldForm::addField(const char* fieldId)
{
    const FieldSpec& spec = FieldCatalog::get(fieldId);
    QWidget* editor = createEditor(spec);
    editor->setObjectName(spec.key());
    // Screen readers take the name from the label buddy; composite editors (a list of check
    // boxes) do not have one the reader can use, so every editor is named explicitly.
    editor->setAccessibleName(spec.qualifiedLabel());
    const QString help = spec.translatedHelp();
    if (!help.isEmpty()) {
        editor->setToolTip(help);
        editor->setAccessibleDescription(help);
    }
    QWidget* row = withMarks(spec, editor);
    if (spec.type == FieldType::Bool) {
        m_layout->addRow(QString(), row); // the check box carries its own label and mnemonic
    } else {
        auto* label = new QLabel(spec.translatedLabel(), this);
        label->setBuddy(editor);
        m_layout->addRow(label, row);
    }
    if (!help.isEmpty()) {
        // The help goes on a row of its own under the editor: nesting both in one row
        // squeezed the editor. A long one wraps, so a longer translation does not widen the
        // page; short ones stay on one line (a wrapped label is given more height than it needs).
        auto* helpLabel = PageLayout::wrappingLabel(help, this);
        helpLabel->setWordWrap(help.size() > 45);
        helpLabel->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addRow(QString(), helpLabel);
    }
    return editor;
}

QWidget* FieldForm::withMarks(const FieldSpec& spec, QWidget* editor)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor, 1);
    // The mark of the field's findings, shown by showFindings().
    // Its room is kept while it is empty, so editors do not change width as findings come and go.
    auto* findingMark = new QLabel(row);
    findingMark->setObjectName(spec.key() + QLatin1String("-finding"));
    findingMark->setFixedWidth(style()->pixelMetric(QStyle::PM_SmallIconSize));
    layout->addWidget(findingMark);
    m_findingMarks.append({ spec.key(), findingMark, editor, editor->accessibleDescription() });

    // Only fields that can hold a suggestion get the "suggested" mark.
    bool canSuggest = spec.defaultSource == Source::Suggestion;
    for (const ChoiceSpec& c : spec.choices)
        canSuggest = canSuggest || c.source == Source::Suggestion;
    for (const FieldCatalog::PresetValue& p : FieldCatalog::presetValues())
        canSuggest = canSuggest || (qstrcmp(p.field, spec.id) == 0 && p.source == Source::Suggestion);
    if (!canSuggest)
        return row;
    auto* mark = new QLabel(tr("suggested"), row);
    mark->setObjectName(spec.key() + QLatin1String("-suggested"));
    mark->setForegroundRole(QPalette::PlaceholderText);
    QFont italic = mark->font();
    italic.setItalic(true);
    mark->setFont(italic);
    layout->addWidget(mark);
    const QString id = spec.key();
    SetupModel* model = m_model;
    auto update = [mark, model, &spec, id] {
        const QString note = spec.suggestionNote(model->field(id));
        mark->setVisible(!note.isEmpty());
        mark->setToolTip(note);
        mark->setAccessibleName(tr("Suggested value: %1").arg(note));
    };
    update();
    followField(model, mark, id, update);
    return row;
}

void FieldForm::showFindings(const QList<Finding>& findings)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const FindingMark& m : std::as_const(m_findingMarks)) {
        QList<Finding> own;
        for (const Finding& f : findings) {
            if (f.subject == m.field)
                own.append(f);
        }
        const std::optional<Finding::Severity> worst = FindingIcon::worst(own);
        if (!worst) {
            m.mark->clear();
            m.mark->setToolTip(QString());
            m.mark->setAccessibleName(QString());
            m.editor->setAccessibleDescription(m.description);
            continue;
        }
        const QString text = FindingIcon::tooltip(own);
        m.mark->setPixmap(FindingIcon::of(*worst).pixmap(size, size));
        m.mark->setToolTip(text);
        m.mark->setAccessibleName(text);
        m.editor->setAccessibleDescription(m.description.isEmpty() ? text : text + QLatin1Char('\n') + m.description);
    }
}

QWidget* FieldForm::createEditor(const FieldSpec& spec)
{
    const QString id = spec.key();
    SetupModel* model = m_model;
    switch (spec.type) {
    case FieldType::Text: {
        auto* edit = new QLineEdit(this);
        if (spec.maxLength > 0)
            edit->setMaxLength(spec.maxLength);
        edit->setText(model->text(id));
        connect(edit, &QLineEdit::textEdited, model, [model, id](const QString& t) { model->setField(id, t); });
        auto sync = [edit, model, id] {
            if (edit->text() != model->text(id))
                edit->setText(model->text(id));
        };
        followField(model, edit, id, sync);
        return edit;
    }
    case FieldType::Bool: {
        auto* box = new QCheckBox(spec.translatedLabel(), this);
        box->setChecked(model->flag(id));
        connect(box, &QCheckBox::toggled, model, [model, id](bool on) { model->setField(id, on); });
        auto sync = [box, model, id] {
            const QSignalBlocker blocker(box);
            box->setChecked(model->flag(id));
        };
        followField(model, box, id, sync);
        return box;
    }
    case FieldType::Integer: {
        auto* spin = new QSpinBox(this);
        spin->setRange(spec.minimum, spec.maximum > 0 ? spec.maximum : 1000000);
        spin->setValue(model->number(id));
        connect(spin, &QSpinBox::valueChanged, model, [model, id](int v) { model->setField(id, v); });
        auto sync = [spin, model, id] {
            const QSignalBlocker blocker(spin);
            spin->setValue(model->number(id));
        };
        followField(model, spin, id, sync);
        return spin;
    }
    case FieldType::Choice: {
        auto* combo = new QComboBox(this);
        for (const auto& [value, label] : choicesFor(spec, *model)) {
            combo->addItem(label, value);
            if (const ChoiceSpec* c = spec.choice(value); c && c->where)
                combo->setItemData(combo->count() - 1, Sources::describe(c->source, c->where), Qt::ToolTipRole);
        }
        auto sync = [combo, model, id] {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(combo->findData(model->text(id)));
        };
        sync();
        connect(combo, &QComboBox::activated, model,
            [combo, model, id](int index) { model->setField(id, combo->itemData(index)); });
        followField(model, combo, id, sync);
        return combo;
    }
    case FieldType::MultiChoice: {
        auto* list = new ChoiceListEditor(this);
        if (spec.choiceSource == ChoiceSource::Partners)
            list->setStaleLabel(tr("%1 (not a partner)"));
        else if (spec.choiceSource == ChoiceSource::FulfillmentPolicies)
            list->setStaleLabel(tr("%1 (not a policy of section 9)"));
        auto reload = [list, model, &spec] {
            list->setChoices(choicesFor(spec, *model));
            list->setCheckedValues(model->list(spec.key()));
        };
        reload();
        connect(list, &ChoiceListEditor::checkedValuesChanged, model, [list, model, id](const QStringList& values) {
            // Keep values the list does not offer (e.g. a partner removed since) so nothing is lost silently.
            QStringList kept = values;
            for (const QString& old : model->list(id)) {
                if (!list->offers(old))
                    kept.append(old);
            }
            model->setField(id, kept);
        });
        connect(model, &SetupModel::fieldChanged, list, [list, model, id](const QString& changed) {
            if (changed == id)
                list->setCheckedValues(model->list(id));
        });
        connect(model, &SetupModel::modelReset, list, reload);
        if (spec.choiceSource == ChoiceSource::Partners)
            connect(model, &SetupModel::partnersChanged, list, reload);
        if (spec.choiceSource == ChoiceSource::FulfillmentPolicies)
            connect(model, &SetupModel::policiesChanged, list, reload);
        return list;
    }
    }
    return new QWidget(this);
}
