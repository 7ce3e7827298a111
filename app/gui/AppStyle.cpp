#include "AppStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyleOption>

namespace {
QIcon chevron(bool horizontal)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QApplication::palette().color(QPalette::ButtonText), 1.5));
    for (int offset : { 3, 8 }) {
        if (horizontal) {
            p.drawLine(QPointF(offset, 4), QPointF(offset + 4, 8));
            p.drawLine(QPointF(offset + 4, 8), QPointF(offset, 12));
        } else {
            p.drawLine(QPointF(4, offset), QPointF(8, offset + 4));
            p.drawLine(QPointF(8, offset + 4), QPointF(12, offset));
        }
    }
    return QIcon(pixmap);
}
} // namespace

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton)
        return chevron(true);
    if (icon == SP_ToolBarVerticalExtensionButton)
        return chevron(false);
    return QProxyStyle::standardIcon(icon, option, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
    const QWidget* widget) const
{
    if (element == PE_FrameGroupBox && baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0) {
        // Fusion's frame: a light rounded panel with a slightly darker outline, below the title
        // (Fusion leaves the title's height plus 3 pixels above it).
        const int top = qMax(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget), option->fontMetrics.height()) + 3;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(option->rect.adjusted(0, top, 0, 0)).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill = option->palette.color(QPalette::Window).darker(104);
        fill.setAlpha(140);
        painter->setBrush(fill);
        painter->setPen(option->palette.color(QPalette::Window).darker(125));
        painter->drawRoundedRect(r, 2, 2);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}
