#include "TemporaryLocationsPage.h"

#include "model/SetupModel.h"

#include "FieldForm.h"
#include "model/FieldId.h"

#include <QBoxLayout>

TemporaryLocationsPage::TemporaryLocationsPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::TemporaryLocations, parent)
{
}

void TemporaryLocationsPage::buildContent()
{
    SetupModel* model = this->model();
    auto* borrowing = new FieldForm(model, this);
    for (const char* id : { FieldId::BorrowingLocationExists, FieldId::BorrowingLocationCode,
             FieldId::BorrowingLocationName, FieldId::BorrowingLocationExternalName, FieldId::BorrowingLocationType,
             FieldId::BorrowingLocationRemoteStorage, FieldId::BorrowingLocationFulfillmentUnit,
             FieldId::BorrowingLocationCallNumberType })
        borrowing->addField(id);
    auto* lending = new FieldForm(model, this);
    for (const char* id : { FieldId::LendingLocationExists, FieldId::LendingLocationCode, FieldId::LendingLocationName,
             FieldId::LendingLocationExternalName, FieldId::LendingLocationType, FieldId::LendingLocationRemoteStorage,
             FieldId::LendingLocationFulfillmentUnit, FieldId::LendingLocationCallNumberType })
        lending->addField(id);

    QBoxLayout* pair = addAdaptiveRow();
    pair->addWidget(addGroup(tr("Temporary borrowing location"), borrowing));
    pair->addWidget(addGroup(tr("Temporary lending location"), lending));

    auto* desk = new FieldForm(model, this);
    for (const char* id :
        { FieldId::CircDeskCode, FieldId::CircDeskCheckIn, FieldId::CircDeskCheckOut, FieldId::CircDeskReshelve })
        desk->addField(id);
    addGroup(tr("Circulation desk to attach to both locations"), desk);
}
