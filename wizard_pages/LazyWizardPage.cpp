#include "LazyWizardPage.h"

#include "PageLayout.h"

void LazyWizardPage::initializePage()
{
    ensureBuilt();
    QWizardPage::initializePage();
}

void LazyWizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build(PageLayout::scrollingLayout(this));
}
