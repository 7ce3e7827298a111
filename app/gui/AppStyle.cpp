#include "AppStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyleOption>

namespace {
// The menu bar's overflow chevron, drawn only if the menu bar ever overflows: the menu bar asks
// for the icon when it is made, and painting it there cost as much as the rest of the menus.
class ChevronIconEngine final : public QIconEngine {
public:
    explicit ChevronIconEngine(bool horizontal)
        : m_horizontal(horizontal)
    {
    }
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 16.0, rect.height() / 16.0); // drawn on a 16x16 grid
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        painter->setPen(QPen(QApplication::palette().color(group, QPalette::ButtonText), 1.5));
        for (int offset : { 3, 8 }) {
            if (m_horizontal) {
                painter->drawLine(QPointF(offset, 4), QPointF(offset + 4, 8));
                painter->drawLine(QPointF(offset + 4, 8), QPointF(offset, 12));
            } else {
                painter->drawLine(QPointF(4, offset), QPointF(8, offset + 4));
                painter->drawLine(QPointF(8, offset + 4), QPointF(12, offset));
            }
        }
        painter->restore();
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }
    QIconEngine* clone() const override { return new ChevronIconEngine(m_horizontal); }

private:
    bool m_horizontal;
};

// `over` at `opacity` on top of `under`, as one opaque colour.
QColor blend(const QColor& under, const QColor& over, qreal opacity)
{
    return QColor::fromRgbF(under.redF() + (over.redF() - under.redF()) * opacity,
        under.greenF() + (over.greenF() - under.greenF()) * opacity,
        under.blueF() + (over.blueF() - under.blueF()) * opacity);
}
} // namespace

bool AppStyle::isFusion(const QStyle* style)
{
    while (const auto* proxy = qobject_cast<const QProxyStyle*>(style))
        style = proxy->baseStyle();
    return style && style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new ChevronIconEngine(icon == SP_ToolBarHorizontalExtensionButton));
    return QProxyStyle::standardIcon(icon, option, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
    const QWidget* widget) const
{
    if (element == PE_FrameGroupBox && isFusion(baseStyle())) {
        // Fusion's frame: a light rounded panel with a slightly darker outline, below the title
        // (Fusion leaves the title's height plus 3 pixels above it).
        const int top = qMax(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget), option->fontMetrics.height()) + 3;
        const QRect r = option->rect.adjusted(0, top, -1, -1);
        const QColor window = option->palette.color(QPalette::Window);
        painter->save();
        // The panel is Window darkened by 4% at 55% opacity, blended here so that the fill is
        // opaque: a translucent fill of a tall box makes the raster engine start worker threads.
        painter->fillRect(r.adjusted(1, 1, 0, 0), blend(window, window.darker(104), 140.0 / 255.0));
        painter->setPen(window.darker(125));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(r).translated(0.5, 0.5), 2, 2);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void AppStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
    const QWidget* widget) const
{
    const auto* bar = qstyleoption_cast<const QStyleOptionProgressBar*>(option);
    const bool flat = bar && isFusion(baseStyle()) && bar->maximum > bar->minimum && (bar->state & State_Horizontal);
    if (flat && (element == CE_ProgressBarGroove || element == CE_ProgressBarContents)) {
        // A flat bar in Fusion's colours. Fusion's own bar draws its contents as many short
        // lines, which makes the raster engine start worker threads for a 10-pixel bar. Busy
        // (moving) and vertical bars stay Fusion's.
        const QRect r = option->rect.adjusted(0, 0, -1, -1);
        painter->save();
        if (element == CE_ProgressBarGroove) {
            painter->fillRect(r.adjusted(1, 1, 0, 0), option->palette.color(QPalette::Base));
            painter->setPen(option->palette.color(QPalette::Window).darker(140));
            painter->drawRoundedRect(QRectF(r).translated(0.5, 0.5), 2, 2);
        } else if (bar->progress > bar->minimum) {
            const qreal done = qreal(qMin(bar->progress, bar->maximum) - bar->minimum) / (bar->maximum - bar->minimum);
            QRect filled = r;
            filled.setWidth(qRound(r.width() * done));
            const bool fromRight = (option->direction == Qt::RightToLeft) != bar->invertedAppearance;
            if (fromRight)
                filled.moveRight(r.right());
            const QColor highlight = option->palette.color(QPalette::Highlight);
            painter->fillRect(filled.adjusted(1, 1, 0, 0), highlight);
            painter->setPen(highlight.darker(140));
            painter->drawRoundedRect(QRectF(filled).translated(0.5, 0.5), 2, 2);
        }
        painter->restore();
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}
