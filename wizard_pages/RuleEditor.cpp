#include "RuleEditor.h"

#include "PageLayout.h"

#include "model/RuleCatalog.h"

#include "ChoiceDelegate.h"
#include "ExistingRulesEditor.h"
#include "TableEditor.h"
#include "itemmodels/KeyValueTableModel.h"
#include "itemmodels/RuleConditionTableModel.h"
#include "model/SetupModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RuleEditor::RuleEditor(SetupModel* model, RuleId rule, const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
    , m_model(model)
    , m_rule(rule)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Rule enable&d"), this))
    , m_actions(new QHBoxLayout)
{
    const QString key = RuleIds::key(rule);
    setObjectName(QStringLiteral("rule-") + key);
    m_name->setObjectName(QStringLiteral("rule-name-") + key);
    m_enabled->setObjectName(QStringLiteral("rule-enabled-") + key);

    auto* conditionModel = new RuleConditionTableModel(model, rule, this);
    m_conditions = new TableEditor(conditionModel, tr("Input parameters of %1").arg(title), this);
    m_conditions->setObjectName(QStringLiteral("rule-conditions-") + key);
    m_conditions->addButton()->setText(tr("Add &input"));
    m_conditions->removeButton()->setText(tr("Remo&ve input"));
    QList<std::pair<QString, QString>> operators;
    for (RuleOperator op : RuleOperators::all())
        operators.append({ RuleOperators::token(op), RuleOperators::displayName(op) });
    QTableView* cv = m_conditions->view();
    cv->setItemDelegateForColumn(
        RuleConditionTableModel::Parameter, new ChoiceDelegate(RuleCatalog::rule(rule).parameterNames(), cv));
    cv->setItemDelegateForColumn(RuleConditionTableModel::Operator, new ChoiceDelegate(operators, cv));
    cv->horizontalHeader()->resizeSection(RuleConditionTableModel::Parameter, 220);
    cv->horizontalHeader()->resizeSection(RuleConditionTableModel::Operator, 120);
    cv->setMinimumHeight(110);

    auto* outputModel = KeyValueTableModel::forRuleOutputs(model, rule, this);
    m_outputs = new TableEditor(outputModel, tr("Outputs of %1").arg(title), this);
    m_outputs->setObjectName(QStringLiteral("rule-outputs-") + key);
    m_outputs->addButton()->setText(tr("Add ou&tput"));
    m_outputs->removeButton()->setText(tr("&Remove output"));
    QTableView* ov = m_outputs->view();
    ov->setItemDelegateForColumn(0, new ChoiceDelegate(RuleCatalog::rule(rule).outputNames(), ov));
    ov->horizontalHeader()->resizeSection(0, 220);
    ov->setMinimumHeight(90);

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("Rule na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_enabled);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    const RuleSpec& spec = RuleCatalog::rule(rule);
    if (spec.presetSource == Source::Suggestion) {
        auto* suggested = new QLabel(
            tr("The inputs a preset gives this rule are suggested: %1.").arg(QString::fromUtf8(spec.presetWhere)),
            this);
        suggested->setObjectName(QStringLiteral("rule-suggested-") + key);
        suggested->setWordWrap(true);
        suggested->setForegroundRole(QPalette::PlaceholderText);
        QFont italic = suggested->font();
        italic.setItalic(true);
        suggested->setFont(italic);
        layout->addWidget(suggested);
    }
    auto* inputsLabel
        = PageLayout::wrappingLabel(tr("Input parameters (all must match; none matches every request):"), this);
    inputsLabel->setBuddy(cv);
    layout->addWidget(inputsLabel);
    layout->addWidget(m_conditions);
    auto* outputsLabel = new QLabel(tr("Output parameters:"), this);
    outputsLabel->setBuddy(ov);
    layout->addWidget(outputsLabel);
    layout->addWidget(m_outputs);
    m_actions->addStretch();
    layout->addLayout(m_actions);
    auto* listLabel = new QLabel(tr("<b>Where it goes in Alma's list</b>"), this);
    layout->addWidget(listLabel);
    m_existing = new ExistingRulesEditor(model, rule, this);
    layout->addWidget(m_existing);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        Rule r = m_model->rule(m_rule);
        r.name = text;
        m_model->setRule(m_rule, r, SetupModel::EditKind::Typing);
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        Rule r = m_model->rule(m_rule);
        r.enabled = on;
        m_model->setRule(m_rule, r);
    });
    connect(model, &SetupModel::ruleChanged, this, [this](RuleId changed) {
        if (changed == m_rule)
            refresh();
    });
    connect(model, &SetupModel::modelReset, this, &RuleEditor::refresh);
    refresh();
}

void RuleEditor::refresh()
{
    const Rule r = m_model->rule(m_rule);
    if (m_name->text() != r.name)
        m_name->setText(r.name);
    const QSignalBlocker blocker(m_enabled);
    m_enabled->setChecked(r.enabled);
}
