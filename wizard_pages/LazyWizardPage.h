#pragma once

#include <QWizardPage>

class QVBoxLayout;

// A wizard page that builds its widgets the first time it is shown: start-up stays close to a
// bare wizard's, and a 5,000-partner table is not built until someone opens its page.
class LazyWizardPage : public QWizardPage {
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    void initializePage() override;
    // Builds the page now if it has not been built (tests, jumping straight to a page).
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

protected:
    // Creates the page's widgets in `layout`, the page's scrolling content.
    virtual void build(QVBoxLayout* layout) = 0;

private:
    bool m_built = false;
};
