#include "RotaAssignmentRulePage.h"

#include "RuleEditor.h"
#include "model/FieldId.h"
#include "model/RuleAutofill.h"
#include "model/SetupModel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

RotaAssignmentRulePage::RotaAssignmentRulePage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::RotaAssignmentRule, parent)
{
}

void RotaAssignmentRulePage::buildContent()
{
    SetupModel* model = this->model();
    auto* editor = new RuleEditor(model, RuleId::RotaAssignment, tr("Rota assignment rule"), this);
    auto* fill = new QPushButton(tr("Use the rota template of section 12"), editor);
    editor->actionRow()->addWidget(fill);
    contentLayout()->addWidget(editor);
    connect(fill, &QPushButton::clicked, this, [model] {
        model->setRule(RuleId::RotaAssignment,
            RuleAutofill::withOutput(model->rule(RuleId::RotaAssignment), QStringLiteral("Rota Templates"),
                model->text(QString::fromLatin1(FieldId::RotaCode))));
    });
}
