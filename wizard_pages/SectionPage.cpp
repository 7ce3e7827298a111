#include "SectionPage.h"

#include "ChecklistWidget.h"
#include "FindingsPanel.h"
#include "PageLayout.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SectionPage::SectionPage(SetupModel* model, SectionId section, QWidget* parent)
    : LazyWizardPage(parent)
    , m_model(model)
    , m_section(section)
{
    setObjectName(QStringLiteral("page-") + Sections::key(section));
    setTitle(SectionCatalog::section(section).numberedTitle());
}

void SectionPage::build(QVBoxLayout* layout)
{
    const SectionSpec& spec = SectionCatalog::section(m_section);
    m_content = new QVBoxLayout;
    auto* why = PageLayout::wrappingLabel(spec.translatedWhy(), this);
    layout->addWidget(why);
    auto* where = PageLayout::wrappingLabel(
        tr("<b>Where:</b> %1 — %2")
            .arg(spec.translatedMenuPath().toHtmlEscaped(), SectionCatalog::levelName(spec.level).toHtmlEscaped()),
        this);
    where->setTextFormat(Qt::RichText);
    layout->addWidget(where);
    if (m_validation) {
        m_findings = new FindingsPanel(m_validation, m_section, this);
        layout->addWidget(m_findings);
    }

    if (spec.mayBeNotNeeded)
        addNotNeededBox(layout);
    m_checklist = new ChecklistWidget(m_model, m_section, this);
    layout->addWidget(m_checklist);
    layout->addLayout(m_content);
    buildContent();
    layout->addStretch();
}

QWidget* SectionPage::addGroup(const QString& title, QWidget* content)
{
    auto* group = new QGroupBox(title, this);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    m_content->addWidget(group);
    return group;
}

void SectionPage::addNotNeededBox(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Not needed?"), this);
    auto* notNeeded = new QCheckBox(tr("This section is not nee&ded for our setup"), box);
    notNeeded->setObjectName(QStringLiteral("not-needed"));
    auto* reason = new QLineEdit(box);
    reason->setObjectName(QStringLiteral("not-needed-reason"));
    reason->setPlaceholderText(tr("Why, for whoever reads the report"));
    auto* reasonLabel = new QLabel(tr("Rea&son:"), box);
    reasonLabel->setBuddy(reason);
    auto* form = new QFormLayout(box);
    form->addRow(notNeeded);
    form->addRow(reasonLabel, reason);
    layout->addWidget(box);

    auto sync = [this, notNeeded, reason] {
        const QSignalBlocker blocker(notNeeded);
        notNeeded->setChecked(m_model->isNotNeeded(m_section));
        if (reason->text() != m_model->notNeededReason(m_section))
            reason->setText(m_model->notNeededReason(m_section));
        reason->setEnabled(notNeeded->isChecked());
    };
    sync();
    connect(notNeeded, &QCheckBox::toggled, this,
        [this, reason](bool on) { m_model->setNotNeeded(m_section, on, reason->text()); });
    connect(reason, &QLineEdit::textEdited, this,
        [this, notNeeded](const QString& text) { m_model->setNotNeeded(m_section, notNeeded->isChecked(), text); });
    connect(m_model, &SetupModel::notNeededChanged, this, [this, sync](SectionId s) {
        if (s == m_section)
            sync();
    });
    connect(m_model, &SetupModel::modelReset, this, sync);
}
