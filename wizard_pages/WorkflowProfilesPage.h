#pragma once

#include "SectionPage.h"

// Section 5: the borrowing and lending workflow profiles.
class WorkflowProfilesPage final : public SectionPage {
    Q_OBJECT

public:
    explicit WorkflowProfilesPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
