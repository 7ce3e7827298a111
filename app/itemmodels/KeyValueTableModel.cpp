#include "itemmodels/KeyValueTableModel.h"

#include "model/FieldCatalog.h"
#include "model/RuleCatalog.h"
#include "model/SetupModel.h"

KeyValueTableModel::KeyValueTableModel(
    SetupModel* model, QStringList titles, Getter get, Setter set, KeySource keySource, QObject* parent)
    : SetupTableModel(model, parent)
    , m_titles(std::move(titles))
    , m_get(std::move(get))
    , m_set(std::move(set))
    , m_keySource(std::move(keySource))
{
}

KeyValueTableModel* KeyValueTableModel::forOtherSettings(SetupModel* model, QObject* parent)
{
    auto* table = new KeyValueTableModel(
        model, { tr("Parameter"), tr("Value") }, [model] { return model->otherSettings(); },
        [model](const QList<KeyValue>& rows) { model->setOtherSettings(rows); },
        [](const QString& key) -> const Sourced* {
            for (const FieldCatalog::OtherSetting& s : FieldCatalog::otherSettings()) {
                if (key == s.parameter.text())
                    return &s.parameter;
            }
            return nullptr;
        },
        parent);
    table->m_suggestedKeysAreUnconfirmed = true;
    connect(model, &SetupModel::otherSettingsChanged, table, &KeyValueTableModel::resetFromModel);
    return table;
}

KeyValueTableModel* KeyValueTableModel::forRuleOutputs(SetupModel* model, RuleId rule, QObject* parent)
{
    auto* table = new KeyValueTableModel(
        model, { tr("Output"), tr("Value") }, [model, rule] { return model->rule(rule).outputs; },
        [model, rule](const QList<KeyValue>& rows) {
            Rule r = model->rule(rule);
            r.outputs = rows;
            model->setRule(rule, r);
        },
        [rule](const QString& key) { return RuleCatalog::output(rule, key); }, parent);
    connect(model, &SetupModel::ruleChanged, table, [table, rule](RuleId changed) {
        if (changed == rule)
            table->resetFromModel();
    });
    return table;
}

int KeyValueTableModel::listSize() const
{
    return int(m_get().size());
}

QStringList KeyValueTableModel::columnTitles() const
{
    return m_titles;
}

QVariant KeyValueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyValue kv = m_get().at(index.row());
    if (index.column() == 0 && m_suggestedKeysAreUnconfirmed) {
        const Sourced* source = m_keySource(kv.key);
        if (source && source->source == Source::Suggestion) {
            if (role == Qt::DisplayRole)
                return tr("%1 (unconfirmed)").arg(kv.key);
            if (role == Qt::ToolTipRole)
                return tr("Unconfirmed: no public source confirms this parameter name. Check your Other Settings "
                          "table in Alma.");
        }
    }
    if (index.column() == 0 && (role == Qt::ToolTipRole || role == Qt::FontRole))
        return sourceData(m_keySource(kv.key), role);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == 0 ? kv.key : kv.value;
}

bool KeyValueTableModel::setCell(int row, int column, const QVariant& value, int /*role*/)
{
    QList<KeyValue> rows = m_get();
    (column == 0 ? rows[row].key : rows[row].value) = value.toString().trimmed();
    m_set(rows);
    return true;
}

void KeyValueTableModel::insertDefaultRows(int row, int count)
{
    QList<KeyValue> rows = m_get();
    rows.insert(row, count, KeyValue {});
    m_set(rows);
}

void KeyValueTableModel::removeListRows(int row, int count)
{
    QList<KeyValue> rows = m_get();
    rows.remove(row, count);
    m_set(rows);
}
