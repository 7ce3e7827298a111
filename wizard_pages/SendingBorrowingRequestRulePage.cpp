#include "SendingBorrowingRequestRulePage.h"

#include "model/RuleAutofill.h"
#include "model/SetupModel.h"

#include "PageLayout.h"
#include "RuleEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SendingBorrowingRequestRulePage::SendingBorrowingRequestRulePage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::SendingBorrowingRequestRule, parent)
{
}

void SendingBorrowingRequestRulePage::buildContent()
{
    SetupModel* model = this->model();
    auto* note = PageLayout::wrappingLabel(
        tr("Alma's default is not to send requests automatically: they wait in Ready to be "
           "sent. If your existing rules already send requests to these partners, mark this "
           "section not needed and say why."),
        this);
    contentLayout()->addWidget(note);
    auto* editor = new RuleEditor(model, RuleId::SendingBorrowingRequest, tr("Sending borrowing request rule"), this);
    auto* fill = new QPushButton(tr("Use all partners"), editor);
    fill->setObjectName(QStringLiteral("use-all-partners"));
    fill->setToolTip(tr("Sets the input Resource Sharing Partner InList to every partner of section 6."));
    editor->actionRow()->addWidget(fill);
    contentLayout()->addWidget(editor);
    connect(fill, &QPushButton::clicked, this, [model] {
        model->setRule(RuleId::SendingBorrowingRequest,
            RuleAutofill::withConditionValues(model->rule(RuleId::SendingBorrowingRequest),
                QStringLiteral("Resource Sharing Partner"), model->partnerCodes()));
    });
}
