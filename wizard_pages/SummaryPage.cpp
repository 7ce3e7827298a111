#include "SummaryPage.h"

#include "PageId.h"
#include "PageLayout.h"
#include "checks/SetupValidation.h"
#include "itemmodels/FindingsTableModel.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/SetupModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SummaryPage::SummaryPage(SetupModel* model, QWidget* parent)
    : LazyWizardPage(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("page-summary"));
    setTitle(tr("Summary"));
}

void SummaryPage::build(QVBoxLayout* layout)
{
    SetupModel* model = m_model;
    m_progress = PageLayout::wrappingLabel(QString(), this);
    m_progress->setObjectName(QStringLiteral("summary-progress"));
    layout->addWidget(m_progress);

    // What is left to fix first, then the sections; the splitter shares the height between them.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("summary-splitter"));
    splitter->setChildrenCollapsible(false);
    if (m_validation) {
        auto* checks = new QWidget(splitter);
        auto* checksLayout = new QVBoxLayout(checks);
        checksLayout->setContentsMargins(0, 0, 0, 0);
        m_findingsSummary = PageLayout::wrappingLabel(QString(), checks);
        m_findingsSummary->setObjectName(QStringLiteral("findings-summary"));
        checksLayout->addWidget(m_findingsSummary);
        m_findingsTable = new QTableView(checks);
        m_findingsTable->setObjectName(QStringLiteral("findings-table"));
        m_findingsTable->setModel(new FindingsTableModel(m_validation, this));
        m_findingsTable->setAccessibleName(tr("Checks: errors, warnings and notes"));
        m_findingsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_findingsTable->setSelectionMode(QAbstractItemView::SingleSelection);
        m_findingsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_findingsTable->setTabKeyNavigation(false);
        m_findingsTable->setWordWrap(true);
        m_findingsTable->verticalHeader()->hide();
        m_findingsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        auto* header = m_findingsTable->horizontalHeader();
        header->setSectionResizeMode(FindingsTableModel::Severity, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(FindingsTableModel::Section, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(FindingsTableModel::Message, QHeaderView::Stretch);
        m_findingsTable->setMinimumHeight(4 * (m_findingsTable->fontMetrics().height() + 10));
        m_findingsSummary->setBuddy(m_findingsTable);
        checksLayout->addWidget(m_findingsTable, 1);
        connect(m_findingsTable, &QTableView::doubleClicked, this, &SummaryPage::jumpToFinding);
        m_findingsTable->installEventFilter(this);
        connect(m_validation, &SetupValidation::findingsChanged, this, &SummaryPage::updateFindingsSummary);
        updateFindingsSummary();
    }

    auto* sections = new QWidget(splitter);
    auto* sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(sections);
    auto* tableLabel = new QLabel(tr("Sections (double-click one, or press Enter on it, to go there):"), sections);
    tableLabel->setBuddy(m_table);
    sectionsLayout->addWidget(tableLabel);
    m_table->setObjectName(QStringLiteral("summary-table"));
    m_table->setModel(new SectionStatusModel(model, m_validation, this));
    m_table->setAccessibleName(tr("Sections and their status"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Every page's header already says at which level its section is done.
    m_table->setColumnHidden(SectionStatusModel::Level, true);
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Status, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Steps, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Findings, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setMinimumHeight(5 * (m_table->fontMetrics().height() + 10));
    m_table->setCurrentIndex(m_table->model()->index(0, 0));
    sectionsLayout->addWidget(m_table, 1);

    auto* go = new QPushButton(tr("Go &to section"), sections);
    go->setObjectName(QStringLiteral("go-to-section"));
    // Exporting is the wizard's last button on this page; printing goes through a preview.
    auto* printReport = new QPushButton(tr("&Print report…"), sections);
    printReport->setObjectName(QStringLiteral("print-report"));
    auto* row = new QHBoxLayout;
    row->addWidget(go);
    row->addStretch();
    row->addWidget(printReport);
    sectionsLayout->addLayout(row);
    connect(printReport, &QPushButton::clicked, this, &SummaryPage::printReportRequested);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(splitter->count() - 1, 1);
    layout->addWidget(splitter, 1);

    connect(go, &QPushButton::clicked, this, &SummaryPage::jumpToCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &SummaryPage::jumpToCurrent);
    m_table->installEventFilter(this);
    connect(model, &SetupModel::progressChanged, this, &SummaryPage::updateProgress);
    updateProgress();
}

void SummaryPage::updateProgress()
{
    const SetupProgress p = m_model->progress();
    m_progress->setText(p.text() + QLatin1Char('.'));
}

void SummaryPage::updateFindingsSummary()
{
    const int errors = m_validation->count(Finding::Severity::Error);
    const int warnings = m_validation->count(Finding::Severity::Warning);
    m_findingsSummary->setText(errors + warnings == 0
            ? tr("&Checks: no errors or warnings.")
            : tr("&Checks: %1, %2 (double-click one, or press Enter on it, to go to what it concerns).")
                  .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
}

void SummaryPage::jumpToFinding()
{
    const QModelIndex index = m_findingsTable->currentIndex();
    if (!index.isValid())
        return;
    const auto* findings = static_cast<const FindingsTableModel*>(m_findingsTable->model());
    Q_EMIT findingRequested(findings->findingAt(index.row()));
}

void SummaryPage::jumpToCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        Q_EMIT jumpRequested(Pages::idOf(SectionStatusModel::sectionAt(index.row())));
}

bool SummaryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            jumpToCurrent();
            return true;
        }
    }
    if (watched == m_findingsTable && m_findingsTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            jumpToFinding();
            return true;
        }
    }
    return LazyWizardPage::eventFilter(watched, event);
}
