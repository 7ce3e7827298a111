#pragma once

#include "SectionPage.h"

// Section 6: the resource sharing partners, edited in a table or imported from CSV.
class PartnersPage final : public SectionPage {
    Q_OBJECT

public:
    explicit PartnersPage(SetupModel* model, QWidget* parent = nullptr);

    // Merges the partners of a CSV file (by code); reports errors and counts in a message box.
    void importCsv(const QString& path);

protected:
    void buildContent() override;
};
