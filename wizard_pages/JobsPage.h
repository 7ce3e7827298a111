#pragma once

#include "SectionPage.h"

// Section 3: the Expired Resource Sharing Requests job.
class JobsPage final : public SectionPage {
    Q_OBJECT

public:
    explicit JobsPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
