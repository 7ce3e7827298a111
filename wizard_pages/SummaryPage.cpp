#include "SummaryPage.h"

#include "PageId.h"
#include "SectionStatusModel.h"
#include "SetupModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
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
    m_table = new QTableView(this);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("summary-progress"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);

    m_table->setObjectName(QStringLiteral("summary-table"));
    m_table->setModel(new SectionStatusModel(model, this));
    m_table->setAccessibleName(tr("Sections and their status"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Status, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Steps, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SectionStatusModel::Level, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setMinimumHeight(15 * (m_table->fontMetrics().height() + 10) + 4);
    m_table->setCurrentIndex(m_table->model()->index(0, 0));
    layout->addWidget(m_table);

    auto* go = new QPushButton(tr("Go &to section"), this);
    go->setObjectName(QStringLiteral("go-to-section"));
    auto* row = new QHBoxLayout;
    row->addWidget(go);
    row->addWidget(new QLabel(tr("(or double-click a section, or press Enter on it)"), this));
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();

    connect(go, &QPushButton::clicked, this, &SummaryPage::jumpToCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &SummaryPage::jumpToCurrent);
    m_table->installEventFilter(this);
    connect(model, &SetupModel::progressChanged, this, &SummaryPage::updateProgress);
    updateProgress();
}

void SummaryPage::updateProgress()
{
    const SetupProgress p = m_model->progress();
    m_progress->setText(tr("%1 of %2 sections done or not needed; %3 of %4 steps ticked (%5%).")
                            .arg(p.sectionsDone)
                            .arg(p.sectionsTotal)
                            .arg(p.stepsDone)
                            .arg(p.stepsTotal)
                            .arg(p.percent()));
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
    return LazyWizardPage::eventFilter(watched, event);
}
