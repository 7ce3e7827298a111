#include "gui/SectionProgressList.h"

#include "PageId.h"
#include "PageLayout.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/SetupModel.h"
#include "model/SetupTypes.h"

#include <QGuiApplication>
#include <QHash>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QVBoxLayout>

namespace {
// A small status mark drawn once: cheaper at start-up than decoding the style's PNG icons,
// and distinct in shape, so status is never shown by colour alone.
QIcon statusIcon(SectionStatus status, bool hasErrors, const QPalette& palette)
{
    const int size = 16;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette.color(QPalette::Text), 1.6);
    p.setPen(pen);
    const QRectF circle(2, 2, size - 4, size - 4);
    switch (status) {
    case SectionStatus::Done:
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.setPen(Qt::NoPen);
        p.drawEllipse(circle);
        p.setPen(QPen(Qt::white, 2));
        p.drawPolyline(QPolygonF({ QPointF(5, 8.5), QPointF(7.2, 10.8), QPointF(11.5, 5.5) }));
        break;
    case SectionStatus::InProgress:
        p.drawEllipse(circle);
        p.setBrush(palette.color(QPalette::Text));
        p.drawPie(circle, 90 * 16, 180 * 16);
        break;
    case SectionStatus::NotNeeded:
        p.drawEllipse(circle);
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    case SectionStatus::NotStarted:
        p.drawEllipse(circle);
        break;
    }
    if (hasErrors) {
        // A red badge with "!" in the corner: the section has validation errors.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(QRectF(8, 8, 8, 8));
        p.setPen(QPen(Qt::white, 1.4));
        p.drawLine(QPointF(12, 9.6), QPointF(12, 12.6));
        p.drawPoint(QPointF(12, 14.3));
    }
    return QIcon(pixmap);
}

// Adds the status mark to the section titles.
class StatusIconProxy final : public QIdentityProxyModel {
public:
    explicit StatusIconProxy(const QPalette& palette, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_palette(palette)
    {
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DisplayRole && QGuiApplication::isRightToLeft()) {
            // "1. Title" in a left-to-right language inside a right-to-left layout would read
            // "Title .1": isolate it so its own direction decides.
            return QString(QChar(0x2068) + QIdentityProxyModel::data(index, role).toString() + QChar(0x2069));
        }
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        const int status = index.data(SectionStatusModel::StatusRole).toInt();
        const bool errors = index.data(SectionStatusModel::ErrorCountRole).toInt() > 0;
        const int key = status * 2 + (errors ? 1 : 0);
        auto icon = m_icons.constFind(key);
        if (icon == m_icons.cend()) // drawn when first needed
            icon = m_icons.insert(key, statusIcon(SectionStatus(status), errors, m_palette));
        return *icon;
    }

private:
    QPalette m_palette;
    mutable QHash<int, QIcon> m_icons;
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
    auto* proxy = new StatusIconProxy(palette(), this);
    proxy->setSourceModel(new SectionStatusModel(model, validation, this));
    m_list->setModel(proxy);
    m_list->setObjectName(QStringLiteral("section-list"));
    m_list->setAccessibleName(tr("Sections"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
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
