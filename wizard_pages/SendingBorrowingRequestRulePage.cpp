#include "SendingBorrowingRequestRulePage.h"

#include "model/SetupModel.h"

#include "RuleEditor.h"
#include "PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

SendingBorrowingRequestRulePage::SendingBorrowingRequestRulePage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::SendingBorrowingRequestRule, parent)
{
}

void SendingBorrowingRequestRulePage::buildContent()
{
    SetupModel* model = this->model();
    auto* note = PageLayout::wrappingLabel(tr("Alma's default is not to send requests automatically: they wait in Ready to be "
                                     "sent. If your existing rules already send requests to these partners, mark this "
                                     "section not needed and say why."),
        this);
    contentLayout()->addWidget(note);
    contentLayout()->addWidget(
        new RuleEditor(model, RuleId::SendingBorrowingRequest, tr("Sending borrowing request rule"), this));
}
