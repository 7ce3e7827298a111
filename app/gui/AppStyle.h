#pragma once

#include <QProxyStyle>

// The platform's style, with a few things drawn more cheaply, for start-up (bench/startup_bench):
// - the menu bar's overflow chevron and Fusion's group box frame are drawn instead of read from
//   PNG files. Reading the first image of a process makes QImageReader load the metadata of every
//   image format plugin, which cost about 7% of the start-up to the first painted page, for two
//   images nobody looks at twice;
// - Fusion's group box panel and (determinate, horizontal) progress bar are drawn opaque and flat.
//   Its translucent panel and striped bar made the raster engine start two worker threads for
//   the first paint.
class AppStyle : public QProxyStyle {
public:
    AppStyle() = default;
    // True when `style` is Fusion, or a proxy of it (as AppStyle is on most Linux desktops).
    static bool isFusion(const QStyle* style);
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
};
