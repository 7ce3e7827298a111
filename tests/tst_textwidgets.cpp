// WrappedLabel, WrappedTextDelegate and AppStyle do less work than QLabel, the style's item
// painting and Fusion; here they are checked to give the same answers and draw the same thing.

#include "AppStyle.h"
#include "WrappedLabel.h"
#include "WrappedTextDelegate.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>

#include <functional>
#include <memory>

class TestTextWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelHeightsMatchQLabel_data();
    void labelHeightsMatchQLabel();
    void labelForgetsHeightsWhenItChanges();
    void delegateDrawsTextAsTheStyleDoes_data();
    void delegateDrawsTextAsTheStyleDoes();
    void busyProgressBarIsFusions();
    void progressBarFillsItsShare_data();
    void progressBarFillsItsShare();
};

void TestTextWidgets::initTestCase()
{
    QApplication::setStyle(new AppStyle); // as the program does
    QVERIFY(AppStyle::isFusion(QApplication::style())); // what the fast paths are for
}

namespace {
const QString Paragraph = QStringLiteral(
    "This wizard walks you through the 14 sections of configuring peer-to-peer resource sharing in your Alma "
    "Institution Zone. Enter the values you will use, tick each step as you do it in Alma.");

// The widths a window asks while it settles, again and again, around a sweep of every width.
// The list starts with the widths it ends with: after a change, the first answers would be the
// remembered ones if the label did not forget them.
QList<int> widthsToAsk()
{
    const QList<int> settling { 483, 848, 834, 848 };
    QList<int> widths = settling + settling;
    for (int w = 0; w <= 900; w += 37)
        widths << w;
    return widths + settling + settling;
}

void compareHeights(const WrappedLabel& label, const QLabel& reference)
{
    for (int width : widthsToAsk())
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
}

// A style that shows the selection only behind an item's text, as QCommonStyle, Breeze and
// Oxygen do: there the text area depends on the text.
class SelectionBehindTextStyle final : public QProxyStyle {
public:
    SelectionBehindTextStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    int styleHint(
        StyleHint hint, const QStyleOption* option, const QWidget* widget, QStyleHintReturn* returnData) const override
    {
        if (hint == SH_ItemView_ShowDecorationSelected)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

struct Ink {
    QRect box;
    QColor average;
};

// Where the pixels that differ from the background (and are not the icon) are, and their
// average colour.
Ink inkIn(const QImage& image, const QRect& area, QRgb background, QRgb icon)
{
    Ink ink;
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel == background || pixel == icon)
                continue;
            ink.box |= QRect(x, y, 1, 1);
            r += qRed(pixel);
            g += qGreen(pixel);
            b += qBlue(pixel);
            ++n;
        }
    }
    if (n > 0)
        ink.average = QColor(int(r / n), int(g / n), int(b / n));
    return ink;
}

QString describe(const Ink& ink)
{
    return QStringLiteral("%1,%2 %3x%4 %5")
        .arg(ink.box.x())
        .arg(ink.box.y())
        .arg(ink.box.width())
        .arg(ink.box.height())
        .arg(ink.average.name());
}

QImage paintBar(QStyle* style, int minimum, int maximum, int value, Qt::LayoutDirection direction)
{
    QProgressBar bar;
    bar.setStyle(style);
    bar.setLayoutDirection(direction);
    bar.setTextVisible(false);
    bar.setRange(minimum, maximum);
    bar.setValue(value);
    bar.resize(200, 12);
    return bar.grab().toImage();
}
} // namespace

void TestTextWidgets::labelHeightsMatchQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wordWrap");
    QTest::newRow("paragraph") << Paragraph << true;
    QTest::newRow("rich text") << QStringLiteral("<b>Where:</b> ") + Paragraph << true;
    QTest::newRow("one word") << QStringLiteral("Institution") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("not wrapped") << Paragraph << false;
}

void TestTextWidgets::labelHeightsMatchQLabel()
{
    QFETCH(QString, text);
    QFETCH(bool, wordWrap);
    WrappedLabel label(text);
    label.setWordWrap(wordWrap);
    QLabel reference(text);
    reference.setWordWrap(wordWrap);
    compareHeights(label, reference);
    QCOMPARE(label.heightForWidth(-1), reference.heightForWidth(-1));
}

// A remembered height is never given for a text, font or setting it was not measured with.
void TestTextWidgets::labelForgetsHeightsWhenItChanges()
{
    WrappedLabel label(Paragraph);
    QLabel reference(Paragraph);
    reference.setWordWrap(true);
    compareHeights(label, reference);

    // Each change must alter the reference's heights, or it would prove nothing.
    const auto change = [&](const char* what, const std::function<void(QLabel&)>& apply) {
        QList<int> before;
        for (int width : widthsToAsk())
            before << reference.heightForWidth(width);
        apply(label);
        apply(reference);
        QList<int> after;
        for (int width : widthsToAsk())
            after << reference.heightForWidth(width);
        QVERIFY2(after != before, what);
        compareHeights(label, reference);
    };
    change("text", [](QLabel& l) { l.setText(Paragraph + QLatin1Char(' ') + Paragraph); });
    change("font", [](QLabel& l) {
        QFont big = l.font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        l.setFont(big);
    });
    change("indent", [](QLabel& l) { l.setIndent(40); });
    change("margin", [](QLabel& l) { l.setMargin(9); });
    change("contents margins", [](QLabel& l) { l.setContentsMargins(30, 5, 30, 5); });
    change("minimum width", [](QLabel& l) { l.setMinimumWidth(700); });
    change("no minimum width", [](QLabel& l) { l.setMinimumWidth(0); });
    // Mark-up counts as text until the label is told it is rich text.
    change("plain text with mark-up", [](QLabel& l) {
        l.setTextFormat(Qt::PlainText);
        l.setText(QStringLiteral("<b>Where:</b> <i>Configuration</i> &gt; <b>Fulfillment</b> ") + Paragraph);
    });
    change("rich text", [](QLabel& l) { l.setTextFormat(Qt::RichText); });
    // "&&" is measured as "&&" without a buddy and as "&" with one.
    QLabel buddyOfBoth;
    change("ampersands", [](QLabel& l) {
        l.setTextFormat(Qt::AutoText);
        l.setText(QStringLiteral("&&&& ").repeated(60) + Paragraph);
    });
    change("buddy", [&](QLabel& l) { l.setBuddy(&buddyOfBoth); });
    change("no word wrap", [](QLabel& l) { l.setWordWrap(false); });
}

void TestTextWidgets::delegateDrawsTextAsTheStyleDoes_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("selected");
    QTest::newRow("fusion") << QStringLiteral("app") << Qt::LeftToRight << false;
    QTest::newRow("fusion, selected") << QStringLiteral("app") << Qt::LeftToRight << true;
    QTest::newRow("fusion, right to left") << QStringLiteral("app") << Qt::RightToLeft << false;
    QTest::newRow("fusion, right to left, selected") << QStringLiteral("app") << Qt::RightToLeft << true;
    QTest::newRow("windows, selected") << QStringLiteral("windows") << Qt::LeftToRight << true;
    QTest::newRow("selection behind text") << QStringLiteral("behind-text") << Qt::LeftToRight << true;
}

// The same list drawn by the style's item painting and by the delegate: the text (one line
// and a wrapped one) lands in the same box beside the icon, in the same colour, in every style.
void TestTextWidgets::delegateDrawsTextAsTheStyleDoes()
{
    QFETCH(QString, style);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, selected);
    std::unique_ptr<QStyle> own;
    if (style == QLatin1String("windows"))
        own.reset(QStyleFactory::create(QStringLiteral("Windows")));
    else if (style == QLatin1String("behind-text"))
        own = std::make_unique<SelectionBehindTextStyle>();
    QStandardItemModel model;
    QPixmap icon(16, 16);
    icon.fill(Qt::darkGreen);
    model.appendRow(new QStandardItem(QIcon(icon), QStringLiteral("1. Resource Sharing Library")));
    model.appendRow(new QStandardItem(QIcon(icon), QStringLiteral("2. Temporary Resource Sharing Locations")));

    QImage drawn[2];
    QRect items[2];
    for (int i = 0; i < 2; ++i) {
        QListView view;
        if (own)
            view.setStyle(own.get());
        view.setLayoutDirection(direction);
        view.setWordWrap(true);
        view.setSpacing(1);
        view.setModel(&model);
        if (i == 1)
            view.setItemDelegate(new WrappedTextDelegate(&view));
        view.resize(220, 140);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (selected)
            view.setCurrentIndex(model.index(1, 0));
        view.clearFocus();
        drawn[i] = view.viewport()->grab().toImage();
        if (i == 0) {
            for (int row = 0; row < 2; ++row)
                items[row] = view.visualRect(model.index(row, 0));
        }
    }
    QCOMPARE(drawn[0].size(), drawn[1].size());
    const QRgb iconColour = QColor(Qt::darkGreen).rgb();
    for (int row = 0; row < 2; ++row) {
        const QRect item = items[row];
        QVERIFY(item.isValid());
        // The row's own background, from its far end (selected rows are filled).
        const QRgb background
            = drawn[0].pixel(direction == Qt::LeftToRight ? item.right() - 1 : item.left() + 1, item.top() + 1);
        const Ink byStyle = inkIn(drawn[0], item, background, iconColour);
        const Ink byDelegate = inkIn(drawn[1], item, background, iconColour);
        QVERIFY2(!byStyle.box.isEmpty(), "the style drew nothing");
        // Glyph positions may round differently by a pixel; the boxes may not move further,
        // and the colours (anti-aliased edges included) stay close.
        const auto near = [](int a, int b, int by) { return qAbs(a - b) <= by; };
        const bool sameBox = near(byStyle.box.left(), byDelegate.box.left(), 1)
            && near(byStyle.box.right(), byDelegate.box.right(), 1) && near(byStyle.box.top(), byDelegate.box.top(), 1)
            && near(byStyle.box.bottom(), byDelegate.box.bottom(), 1);
        const bool sameColour = near(byStyle.average.red(), byDelegate.average.red(), 24)
            && near(byStyle.average.green(), byDelegate.average.green(), 24)
            && near(byStyle.average.blue(), byDelegate.average.blue(), 24);
        QVERIFY2(sameBox && sameColour,
            qPrintable(
                QStringLiteral("row %1: style %2, delegate %3").arg(row).arg(describe(byStyle), describe(byDelegate))));
    }
}

// A busy bar (no range) moves as Fusion's does: AppStyle leaves it to Fusion.
void TestTextWidgets::busyProgressBarIsFusions()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QCOMPARE(
        paintBar(QApplication::style(), 0, 0, 0, Qt::LeftToRight), paintBar(fusion.get(), 0, 0, 0, Qt::LeftToRight));
}

void TestTextWidgets::progressBarFillsItsShare_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("none") << 0 << Qt::LeftToRight;
    QTest::newRow("a third") << 33 << Qt::LeftToRight;
    QTest::newRow("a third, right to left") << 33 << Qt::RightToLeft;
    QTest::newRow("all") << 100 << Qt::LeftToRight;
}

// The flat bar fills its share of the groove with the highlight colour, from the start side.
void TestTextWidgets::progressBarFillsItsShare()
{
    QFETCH(int, percent);
    QFETCH(Qt::LayoutDirection, direction);
    const QImage image = paintBar(QApplication::style(), 0, 100, percent, direction);
    const QRgb highlight = QApplication::palette().color(QPalette::Highlight).rgb();
    const int y = image.height() / 2;
    int first = -1, last = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixel(x, y) == highlight) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    const int filled = first < 0 ? 0 : last - first + 1;
    QVERIFY2(qAbs(filled - image.width() * percent / 100) <= 3,
        qPrintable(QStringLiteral("%1 of %2 pixels filled").arg(filled).arg(image.width())));
    if (filled > 0 && percent < 100) {
        if (direction == Qt::LeftToRight)
            QVERIFY(first <= 2);
        else
            QVERIFY(last >= image.width() - 3);
    }
}

QTEST_MAIN(TestTextWidgets)
#include "tst_textwidgets.moc"
