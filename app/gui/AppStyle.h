#pragma once

#include <QProxyStyle>

// The platform's style, with two things drawn instead of read from PNG files: the menu bar's
// overflow chevron and the group box frame (Fusion). Reading the first image of a process makes
// QImageReader load the metadata of every image format plugin, which cost about 7% of the
// start-up to the first painted page (bench/startup_bench) for two images nobody looks at twice.
class AppStyle : public QProxyStyle {
public:
    AppStyle() = default;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
};
