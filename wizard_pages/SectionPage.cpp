#include "SectionPage.h"

#include "ChecklistWidget.h"
#include "FieldForm.h"
#include "FindingsPanel.h"
#include "PageLayout.h"
#include "TableEditor.h"
#include "checks/SetupValidation.h"
#include "itemmodels/PartnerTableModel.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
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
        connect(m_findings, &FindingsPanel::subjectActivated, this, &SectionPage::focusFinding);
    }

    // The checklist and the values: hidden while the section is marked not needed.
    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("section-body"));
    m_bodyLayout = new QBoxLayout(QBoxLayout::TopToBottom, m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_checklist = new ChecklistWidget(m_model, m_section, m_body);
    m_bodyLayout->addWidget(m_checklist, 0, Qt::AlignTop);
    m_bodyLayout->addLayout(m_content);
    if (spec.mayBeNotNeeded)
        addNotNeededBox(layout);
    layout->addWidget(m_body);
    buildContent();
    layout->addStretch();
    arrange(width());
    if (m_validation) {
        auto mark = [this] { showFindings(m_validation->findings(m_section)); };
        mark();
        connect(m_validation, &SetupValidation::findingsChanged, this, mark);
    }
}

namespace {
void reveal(QWidget* widget);
} // namespace

void SectionPage::showFindings(const QList<Finding>& findings)
{
    for (FieldForm* form : findChildren<FieldForm*>())
        form->showFindings(findings);
    for (TableEditor* table : findChildren<TableEditor*>()) {
        if (auto* partners = qobject_cast<PartnerTableModel*>(table->view()->model()))
            partners->setFindings(findings);
    }
}

bool SectionPage::focusFinding(const QString& subject, const QString& field)
{
    if (!focusSubject(subject))
        return false;
    if (field.isEmpty() || !subject.startsWith(QLatin1String("partners/")))
        return true;
    // A partner's field: its cell in the table, or its editor in the details below.
    auto* table = findChild<TableEditor*>(QStringLiteral("partners"));
    auto* partners = table ? qobject_cast<PartnerTableModel*>(table->view()->model()) : nullptr;
    if (!partners)
        return true;
    const int column = partners->columnOf(field);
    if (column >= 0 && column < partners->tableColumns()) {
        table->view()->setCurrentIndex(partners->index(table->view()->currentIndex().row(), column));
        table->view()->scrollTo(table->view()->currentIndex());
    } else if (auto* editor = findChild<QWidget*>(QStringLiteral("partner-") + field)) {
        reveal(editor);
    }
    return true;
}

namespace {
// Makes `widget` visible however it is tucked away (in another tab, below the fold) and focuses it.
void reveal(QWidget* widget)
{
    for (QWidget* child = widget; child && child->parentWidget(); child = child->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(child->parentWidget()->parentWidget())) {
            const int index = tabs->indexOf(child);
            if (index >= 0)
                tabs->setCurrentIndex(index);
        }
    }
    for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(up)) {
            scroll->ensureWidgetVisible(widget);
            break;
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
}

// The row of a table whose first column (the code or key) is `key`.
bool selectRow(QTableView* view, const QString& key)
{
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::EditRole).toString().trimmed() == key) {
            view->setCurrentIndex(model->index(row, 0));
            view->scrollTo(model->index(row, 0));
            reveal(view);
            return true;
        }
    }
    return false;
}
} // namespace

bool SectionPage::focusSubject(const QString& subject)
{
    ensureBuilt();
    if (subject.isEmpty())
        return false;
    // A field's editor is named after the field.
    if (auto* editor = findChild<QWidget*>(subject)) {
        reveal(editor);
        return true;
    }
    const QStringList parts = subject.split(QLatin1Char('/'));
    // partners/CODE, otherSettings/KEY: a table row.
    const struct {
        const char* prefix;
        const char* table;
    } tables[] = { { "partners", "partners" }, { "otherSettings", "other-settings" }, { "policies", "policies" } };
    for (const auto& t : tables) {
        if (parts.constFirst() == QLatin1String(t.prefix)) {
            auto* editor = findChild<TableEditor*>(QLatin1String(t.table));
            return editor
                && (parts.size() < 2 || selectRow(editor->view(), parts.at(1)) || (reveal(editor->view()), true));
        }
    }
    // rules/KIND, rules/KIND/existing/N: the rule's name, or the list of existing rules.
    if (parts.constFirst() == QLatin1String("rules") && parts.size() >= 2) {
        QWidget* target = parts.size() >= 4 ? findChild<QWidget*>(QStringLiteral("rule-list-") + parts.at(1))
                                            : findChild<QWidget*>(QStringLiteral("rule-name-") + parts.at(1));
        if (target) {
            reveal(target);
            if (auto* list = qobject_cast<QTableView*>(target); list && parts.size() >= 4)
                list->setCurrentIndex(list->model()->index(parts.at(3).toInt(), 0));
            return true;
        }
    }
    return false;
}

void SectionPage::focusStep(const QString& stepKey)
{
    ensureBuilt();
    if (auto* box = findChild<QWidget*>(QStringLiteral("step-") + stepKey))
        reveal(box);
}

QBoxLayout* SectionPage::addAdaptiveRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QBoxLayout(QBoxLayout::LeftToRight, row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_content->addWidget(row);
    m_adaptiveRows.append(layout);
    return layout;
}

void SectionPage::resizeEvent(QResizeEvent* event)
{
    LazyWizardPage::resizeEvent(event);
    arrange(width());
}

void SectionPage::arrange(int width)
{
    if (!m_bodyLayout)
        return; // not built yet
    // The page's width is the window's: its content never widens it, so this cannot oscillate.
    const int room = width - 24; // the scroll area's margins and scroll bar
    // Steps beside the values once both get a comfortable line; one above the other otherwise.
    const bool wide = room >= fontMetrics().averageCharWidth() * 210;
    m_bodyLayout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_bodyLayout->setStretch(0, wide ? 2 : 0);
    m_bodyLayout->setStretch(1, wide ? 3 : 0);
    const int valuesRoom = wide ? room * 3 / 5 : room;
    for (QBoxLayout* row : std::as_const(m_adaptiveRows)) {
        int needed = 0;
        for (int i = 0; i < row->count(); ++i) {
            if (QWidget* w = row->itemAt(i)->widget())
                needed += w->minimumSizeHint().width() + row->spacing();
        }
        row->setDirection(valuesRoom >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    }
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
        m_body->setVisible(!notNeeded->isChecked());
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
