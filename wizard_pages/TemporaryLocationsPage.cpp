#include "TemporaryLocationsPage.h"

#include "model/SetupModel.h"

#include "FieldForm.h"
#include "model/FieldId.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

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

    auto* pair = new QWidget(this);
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(addGroup(tr("Temporary borrowing location"), borrowing));
    row->addWidget(addGroup(tr("Temporary lending location"), lending));
    contentLayout()->addWidget(pair);

    auto* desk = new FieldForm(model, this);
    for (const char* id :
        { FieldId::CircDeskCode, FieldId::CircDeskCheckIn, FieldId::CircDeskCheckOut, FieldId::CircDeskReshelve })
        desk->addField(id);
    addGroup(tr("Circulation desk to attach to both locations"), desk);
}
