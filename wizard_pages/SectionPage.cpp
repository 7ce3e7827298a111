#include "SectionPage.h"

#include "ChecklistWidget.h"
#include "SectionCatalog.h"
#include "SetupModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
// The scrolled content never shrinks below its natural height: the scroll area scrolls instead
// of squeezing every line edit and table to its minimum.
class ScrollContent final : public QWidget {
public:
    using QWidget::QWidget;
    QSize minimumSizeHint() const override { return { QWidget::minimumSizeHint().width(), sizeHint().height() }; }
};
} // namespace

QVBoxLayout* PageLayout::scrollingLayout(QWizardPage* page)
{
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* inner = new ScrollContent(scroll);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(4, 4, 12, 4);
    scroll->setWidget(inner);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return layout;
}

SectionPage::SectionPage(SetupModel* model, SectionId section, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_section(section)
{
    setObjectName(QStringLiteral("page-") + Sections::key(section));
    setTitle(SectionCatalog::section(section).numberedTitle());
}

void SectionPage::initializePage()
{
    ensureBuilt();
    QWizardPage::initializePage();
}

void SectionPage::ensureBuilt()
{
    if (m_content)
        return;
    const SectionSpec& spec = SectionCatalog::section(m_section);
    m_content = new QVBoxLayout;

    QVBoxLayout* layout = PageLayout::scrollingLayout(this);
    auto* why = new QLabel(spec.translatedWhy(), this);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto* where = new QLabel(tr("<b>Where:</b> %1 — %2")
                                 .arg(spec.translatedMenuPath().toHtmlEscaped(),
                                     SectionCatalog::levelName(spec.level).toHtmlEscaped()),
        this);
    where->setWordWrap(true);
    where->setTextFormat(Qt::RichText);
    layout->addWidget(where);

    if (spec.mayBeNotNeeded)
        addNotNeededBox();
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

void SectionPage::addNotNeededBox()
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
    qobject_cast<QVBoxLayout*>(findChild<QScrollArea*>()->widget()->layout())->addWidget(box);

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
