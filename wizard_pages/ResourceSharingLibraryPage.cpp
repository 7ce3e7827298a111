#include "ResourceSharingLibraryPage.h"

#include "FieldForm.h"
#include "PageLayout.h"
#include "model/FieldId.h"
#include "model/SetupModel.h"

#include <QLabel>
#include <QVBoxLayout>

ResourceSharingLibraryPage::ResourceSharingLibraryPage(SetupModel* model, QWidget* parent)
    : SectionPage(model, SectionId::ResourceSharingLibrary, parent)
{
}

void ResourceSharingLibraryPage::buildContent()
{
    SetupModel* model = this->model();
    auto* library = new FieldForm(model, this);
    library->addField(FieldId::LibraryChoice);
    auto* transit
        = PageLayout::wrappingLabel(tr("⚠ Warning: with the stand-alone library, every item you receive or return "
                                       "goes through a transit step between it and your main library."),
            this);
    transit->setObjectName(QStringLiteral("transit-warning"));
    library->addRow(QString(), transit);
    library->addField(FieldId::LibraryCode);
    library->addField(FieldId::LibraryIsRsLibrary);
    library->addField(FieldId::LibrarySymbol);
    addGroup(tr("Library and Resource Sharing Information"), library);

    auto* borrowing = new FieldForm(model, this);
    borrowing->addField(FieldId::LibraryCancelOnLocateFailure);
    borrowing->addField(FieldId::LibraryAutoActivateLocateProfile);
    borrowing->addField(FieldId::LibraryBorrowingDefaultLocation);
    borrowing->addField(FieldId::LibraryDefaultPickupLocation);
    addGroup(tr("Borrowing Information"), borrowing);

    auto* lending = new FieldForm(model, this);
    for (const char* id :
        { FieldId::LibraryAutoLocate, FieldId::LibraryRejectNoAvailable, FieldId::LibraryRejectNoRequestable,
            FieldId::LibraryRejectOnlyElectronic, FieldId::LibraryIgnoreElectronic, FieldId::LibraryAutomaticCreation,
            FieldId::LibraryLendingDefaultLocation })
        lending->addField(id);
    addGroup(tr("Lending Information"), lending);

    auto* locate = new FieldForm(model, this);
    locate->addField(FieldId::LibraryLocateByFields);
    addGroup(tr("Locate By Fields"), locate);

    const QString choice = QString::fromLatin1(FieldId::LibraryChoice);
    auto updateWarning
        = [model, transit, choice] { transit->setVisible(model->text(choice) == QLatin1String("standalone")); };
    updateWarning();
    connect(model, &SetupModel::fieldChanged, transit, [updateWarning, choice](const QString& id) {
        if (id == choice)
            updateWarning();
    });
    connect(model, &SetupModel::modelReset, transit, updateWarning);
}
