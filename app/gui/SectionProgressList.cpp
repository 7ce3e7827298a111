#include "SectionProgressList.h"

#include "PageId.h"
#include "SectionStatusModel.h"
#include "SetupModel.h"
#include "SetupTypes.h"

#include <QApplication>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

namespace {
// Adds a status icon to the section titles, so status is shown by shape and text, not colour alone.
class StatusIconProxy final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        QStyle* style = QApplication::style();
        switch (SectionStatus(index.data(SectionStatusModel::StatusRole).toInt())) {
        case SectionStatus::Done:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case SectionStatus::NotNeeded:
            return style->standardIcon(QStyle::SP_DialogCancelButton);
        case SectionStatus::InProgress:
            return style->standardIcon(QStyle::SP_BrowserReload);
        case SectionStatus::NotStarted:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
        return {};
    }
};
} // namespace

SectionProgressList::SectionProgressList(SetupModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("section-progress"));
    auto* proxy = new StatusIconProxy(this);
    proxy->setSourceModel(new SectionStatusModel(model, this));
    m_list->setModel(proxy);
    m_list->setObjectName(QStringLiteral("section-list"));
    m_list->setAccessibleName(tr("Sections"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setSpacing(1);
    m_bar->setObjectName(QStringLiteral("overall-progress"));
    m_bar->setAccessibleName(tr("Overall progress"));
    m_bar->setRange(0, 100);

    auto* label = new QLabel(tr("&Sections"), this);
    label->setBuddy(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_bar);
    setMinimumWidth(250);
    setMaximumWidth(300);

    m_list->installEventFilter(this);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT jumpRequested(Pages::idOf(SectionStatusModel::sectionAt(index.row())));
    });
    connect(model, &SetupModel::progressChanged, this, &SectionProgressList::updateProgress);
    connect(model, &SetupModel::modelReset, this, &SectionProgressList::updateProgress);
    updateProgress();
}

void SectionProgressList::setCurrentPage(int pageId)
{
    SectionId section;
    if (Pages::sectionOf(pageId, &section))
        m_list->setCurrentIndex(m_list->model()->index(Sections::index(section), 0));
    else
        m_list->clearSelection();
}

void SectionProgressList::updateProgress()
{
    const SetupProgress p = m_model->progress();
    m_bar->setValue(p.percent());
    m_bar->setFormat(tr("%1 of %2 sections · %p%").arg(p.sectionsDone).arg(p.sectionsTotal));
    m_bar->setAccessibleDescription(m_bar->text());
}

bool SectionProgressList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentIndex().isValid()) {
            Q_EMIT jumpRequested(Pages::idOf(SectionStatusModel::sectionAt(m_list->currentIndex().row())));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
