#include "TemporaryItemCreationRulePage.h"

#include "RuleEditor.h"
#include "model/FieldId.h"
#include "model/RuleAutofill.h"
#include "model/SetupModel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

TemporaryItemCreationRulePage::TemporaryItemCreationRulePage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::TemporaryItemCreationRule, parent)
{
}

void TemporaryItemCreationRulePage::buildContent()
{
    SetupModel* model = this->model();
    auto* editor = new RuleEditor(model, RuleId::TemporaryItemCreation, tr("Temporary item creation rule"), this);
    auto* partners = new QPushButton(tr("Use &all partners of section 6"), editor);
    partners->setObjectName(QStringLiteral("use-all-partners"));
    auto* outputs = new QPushButton(tr("Fill &outputs from sections 2 and 7"), editor);
    outputs->setObjectName(QStringLiteral("fill-outputs"));
    editor->actionRow()->addWidget(partners);
    editor->actionRow()->addWidget(outputs);
    contentLayout()->addWidget(editor);

    connect(partners, &QPushButton::clicked, this, [model] {
        model->setRule(RuleId::TemporaryItemCreation,
            RuleAutofill::withConditionValues(model->rule(RuleId::TemporaryItemCreation),
                QStringLiteral("Resource Sharing Partner"), model->partnerCodes()));
    });
    connect(outputs, &QPushButton::clicked, this, [model] {
        Rule r = model->rule(RuleId::TemporaryItemCreation);
        r = RuleAutofill::withOutput(
            r, QStringLiteral("Item Policy"), model->text(QString::fromLatin1(FieldId::ItemPolicyCode)));
        r = RuleAutofill::withOutput(
            r, QStringLiteral("Location"), model->text(QString::fromLatin1(FieldId::BorrowingLocationCode)));
        model->setRule(RuleId::TemporaryItemCreation, r);
    });
}
