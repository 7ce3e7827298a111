#pragma once

#include "SectionPage.h"

// Section 1: which library is the resource sharing library, and its Library Details boxes.
class ResourceSharingLibraryPage final : public SectionPage {
    Q_OBJECT

public:
    explicit ResourceSharingLibraryPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
