#include "PageLayout.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {
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

QLabel* PageLayout::wrappingLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
