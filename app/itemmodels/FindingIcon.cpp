#include "itemmodels/FindingIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
QPixmap draw(Finding::Severity severity)
{
    const int size = 16;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    switch (severity) {
    case Finding::Severity::Error:
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(QRectF(1, 1, 14, 14));
        break;
    case Finding::Severity::Warning: {
        QPainterPath triangle;
        triangle.moveTo(8, 1);
        triangle.lineTo(15.5, 15);
        triangle.lineTo(0.5, 15);
        triangle.closeSubpath();
        p.setBrush(QColor(0xe6, 0x8a, 0x00));
        p.drawPath(triangle);
        break;
    }
    case Finding::Severity::Info:
        p.setBrush(QColor(0x15, 0x65, 0xc0));
        p.drawEllipse(QRectF(1, 1, 14, 14));
        break;
    }
    p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
    if (severity == Finding::Severity::Info) {
        p.drawPoint(QPointF(8, 4.8));
        p.drawLine(QPointF(8, 7.5), QPointF(8, 11.8));
    } else {
        const qreal top = severity == Finding::Severity::Warning ? 6 : 4.2;
        p.drawLine(QPointF(8, top), QPointF(8, 9.4));
        p.drawPoint(QPointF(8, 12.4));
    }
    return pixmap;
}
} // namespace

QIcon FindingIcon::of(Finding::Severity severity)
{
    return QIcon(draw(severity)); // drawn on demand: only fields and cells with findings ask
}

std::optional<Finding::Severity> FindingIcon::worst(const QList<Finding>& findings)
{
    std::optional<Finding::Severity> worst;
    for (const Finding& f : findings) {
        if (!worst || int(f.severity) < int(*worst))
            worst = f.severity;
    }
    return worst;
}

QString FindingIcon::tooltip(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines.append(Findings::sentence(f));
    return lines.join(QLatin1Char('\n'));
}
