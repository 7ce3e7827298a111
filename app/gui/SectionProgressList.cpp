#include "gui/SectionProgressList.h"

#include "PageId.h"
#include "PageLayout.h"
#include "gui/SectionListDelegate.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/SetupModel.h"
#include "model/SetupTypes.h"

#include <QGuiApplication>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace {
// "1. Title" in a left-to-right language inside a right-to-left layout would read "Title .1":
// isolated, its own direction decides.
class IsolatedTitles final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DisplayRole && QGuiApplication::isRightToLeft())
            return QString(QChar(0x2068) + QIdentityProxyModel::data(index, role).toString() + QChar(0x2069));
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

SectionProgressList::SectionProgressList(SetupModel* model, SetupValidation* validation, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_bar(new QProgressBar(this))
    , m_summary(PageLayout::wrappingLabel(QString(), this))
{
    setObjectName(QStringLiteral("section-progress"));
    auto* proxy = new IsolatedTitles(this);
    proxy->setSourceModel(new SectionStatusModel(model, validation, this));
    m_list->setModel(proxy);
    m_list->setItemDelegate(new SectionListDelegate(m_list));
    // Titles wrap to the list's width: rows are laid out again when it changes (the splitter).
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setObjectName(QStringLiteral("section-list"));
    m_list->setAccessibleName(tr("Sections"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(1);
    m_bar->setObjectName(QStringLiteral("overall-progress"));
    m_bar->setAccessibleName(tr("Overall progress"));
    m_bar->setRange(0, 100);
    // The count goes in a label under the bar: QProgressBar draws no text when mirrored for
    // right-to-left languages, and a label wraps a long translation instead of cutting it.
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_bar->fontMetrics().height() / 2 + 4);
    m_summary->setObjectName(QStringLiteral("overall-progress-text"));

    auto* label = new QLabel(tr("&Sections"), this);
    label->setBuddy(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    setMinimumWidth(fontMetrics().averageCharWidth() * 18);

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
    if (const std::optional<SectionId> section = Pages::sectionOf(pageId))
        m_list->setCurrentIndex(m_list->model()->index(Sections::index(*section), 0));
    else
        m_list->clearSelection();
}

void SectionProgressList::updateProgress()
{
    const SetupProgress p = m_model->progress();
    m_bar->setValue(p.percent());
    m_summary->setText(tr("%1 of %n section(s) done · %2% of the steps", nullptr, p.sectionsTotal)
                           .arg(p.sectionsDone)
                           .arg(p.percent()));
    m_bar->setAccessibleDescription(m_summary->text());
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
