#pragma once

#include "SectionPage.h"

// Section 4: the Other Settings customer parameters.
class OtherSettingsPage final : public SectionPage {
    Q_OBJECT

public:
    explicit OtherSettingsPage(SetupModel* model, QWidget* parent = nullptr);

protected:
    void buildContent() override;
};
