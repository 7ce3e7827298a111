// WrappedLabel and WrappedTextDelegate do less text layout than QLabel and the style's item
// painting; here they are checked to give the same answers and draw in the same place.

#include "AppStyle.h"
#include "WrappedLabel.h"
#include "WrappedTextDelegate.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

class TestTextWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelHeightsMatchQLabel_data();
    void labelHeightsMatchQLabel();
    void labelForgetsHeightsWhenItChanges();
    void delegateDrawsTextWhereTheStyleDoes_data();
    void delegateDrawsTextWhereTheStyleDoes();
};

void TestTextWidgets::initTestCase()
{
    QApplication::setStyle(new AppStyle); // as the program does
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

// The bounding box of the pixels that differ from the background, in a row of the image.
QRect inkBox(const QImage& image, const QRect& area, QRgb background)
{
    QRect box;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
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
}

// A remembered height is never given for a text, font or setting it was not measured with.
void TestTextWidgets::labelForgetsHeightsWhenItChanges()
{
    WrappedLabel label(Paragraph);
    QLabel reference(Paragraph);
    reference.setWordWrap(true);
    compareHeights(label, reference);

    const QString longer = Paragraph + QLatin1Char(' ') + Paragraph;
    label.setText(longer);
    reference.setText(longer);
    compareHeights(label, reference);

    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    label.setFont(big);
    reference.setFont(big);
    compareHeights(label, reference);

    label.setIndent(40);
    reference.setIndent(40);
    compareHeights(label, reference);
    label.setMargin(9);
    reference.setMargin(9);
    compareHeights(label, reference);
    label.setContentsMargins(30, 5, 30, 5);
    reference.setContentsMargins(30, 5, 30, 5);
    compareHeights(label, reference);
    label.setTextFormat(Qt::RichText);
    reference.setTextFormat(Qt::RichText);
    compareHeights(label, reference);
    label.setWordWrap(false);
    reference.setWordWrap(false);
    compareHeights(label, reference);
}

void TestTextWidgets::delegateDrawsTextWhereTheStyleDoes_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("selected");
    QTest::newRow("left to right") << Qt::LeftToRight << false;
    QTest::newRow("selected") << Qt::LeftToRight << true;
    QTest::newRow("right to left") << Qt::RightToLeft << false;
}

// The same list drawn by the style's item painting and by the delegate: the text (one line
// and a wrapped one) lands in the same box beside the icon, also when selected or mirrored.
void TestTextWidgets::delegateDrawsTextWhereTheStyleDoes()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, selected);
    QStandardItemModel model;
    QPixmap icon(16, 16);
    icon.fill(Qt::darkGreen);
    model.appendRow(new QStandardItem(QIcon(icon), QStringLiteral("1. Resource Sharing Library")));
    model.appendRow(new QStandardItem(QIcon(icon), QStringLiteral("2. Temporary Resource Sharing Locations")));

    QImage drawn[2];
    QRect items[2];
    for (int i = 0; i < 2; ++i) {
        QListView view;
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
    for (int row = 0; row < 2; ++row) {
        const QRect item = items[row];
        QVERIFY(item.isValid());
        // The row's own background, from its far end (selected rows are filled).
        const QRgb background
            = drawn[0].pixel(direction == Qt::LeftToRight ? item.right() - 1 : item.left() + 1, item.top() + 1);
        const QRect styleInk = inkBox(drawn[0], item, background);
        const QRect delegateInk = inkBox(drawn[1], item, background);
        QVERIFY2(!styleInk.isEmpty(), "the style drew nothing");
        // Glyph positions may round differently by a pixel; the boxes may not move further.
        const auto near = [](int a, int b) { return qAbs(a - b) <= 1; };
        QVERIFY2(near(styleInk.left(), delegateInk.left()) && near(styleInk.right(), delegateInk.right())
                && near(styleInk.top(), delegateInk.top()) && near(styleInk.bottom(), delegateInk.bottom()),
            qPrintable(QStringLiteral("row %1: style %2,%3 %4x%5, delegate %6,%7 %8x%9")
                           .arg(row)
                           .arg(styleInk.x())
                           .arg(styleInk.y())
                           .arg(styleInk.width())
                           .arg(styleInk.height())
                           .arg(delegateInk.x())
                           .arg(delegateInk.y())
                           .arg(delegateInk.width())
                           .arg(delegateInk.height())));
    }
}

QTEST_MAIN(TestTextWidgets)
#include "tst_textwidgets.moc"
