#include "RotaTemplatePage.h"

#include "FieldForm.h"
#include "model/FieldId.h"
#include "model/SetupModel.h"

#include <QFormLayout>
#include <QPushButton>

RotaTemplatePage::RotaTemplatePage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::RotaTemplate, parent)
{
}

void RotaTemplatePage::buildContent()
{
    SetupModel* model = this->model();
    auto* form = new FieldForm(model, this);
    for (const char* id :
        { FieldId::RotaCode, FieldId::RotaName, FieldId::RotaType, FieldId::RotaStatus, FieldId::RotaMembers })
        form->addField(id);
    auto* all = new QPushButton(tr("Select &all partners"), this);
    all->setObjectName(QStringLiteral("select-all-members"));
    form->addRow(QString(), all);
    addGroup(tr("Rota template"), form);
    connect(all, &QPushButton::clicked, this,
        [model] { model->setField(QString::fromLatin1(FieldId::RotaMembers), model->partnerCodes()); });
}
