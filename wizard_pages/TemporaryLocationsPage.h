#pragma once

#include "SectionPage.h"

// Section 2: the temporary borrowing and lending locations and the circulation desk to attach.
class TemporaryLocationsPage final : public SectionPage {
    Q_OBJECT

public:
    explicit TemporaryLocationsPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
