// Every control a keyboard or screen-reader user meets has an accessible name: each page of the
// wizard is visited, and every focusable widget on it is asked for its name the way a screen
// reader would (QAccessible). Also: the side list and summary say status in words, not colour.
#include "GuiFixture.h"
#include "LazyWizardPage.h"
#include "PageId.h"
#include "file/SetupDocument.h"
#include "gui/MainWindow.h"
#include "gui/SetupWizard.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/SetupModel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QListView>
#include <QTest>

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiFixture::initTestCase(); }
    void everyFocusableWidgetHasAName();
    void statusIsSaidInWords();
};

namespace {
QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}
} // namespace

void TestAccessibility::everyFocusableWidgetHasAName()
{
    GuiFixture gui;
    QVERIFY(gui.show(1280, 720));
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    SetupWizard* wizard = window.wizard();
    QStringList problems;
    int checked = 0;
    for (int id = Pages::idOf(PageId::Introduction); id <= Pages::idOf(PageId::Summary); ++id) {
        wizard->goTo(id);
        QCOMPARE(wizard->currentId(), id);
        const QList<QWidget*> widgets = window.findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (w->window() != &window)
                continue;
            ++checked;
            // A spin box's text field is part of the spin box, which the reader announces.
            if (auto* spin = qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                w = spin;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                problems.append(Pages::pageName(id) + QStringLiteral(": ") + describe(w));
        }
    }
    problems.removeDuplicates();
    QVERIFY(checked > 100);
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 widgets without an accessible name:\n").arg(problems.size())
            + problems.mid(0, 40).join(QLatin1Char('\n'))));
    model.undoStack();
}

void TestAccessibility::statusIsSaidInWords()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    auto* list = window.findChild<QListView*>(QStringLiteral("section-list"));
    QVERIFY(list);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString description = index.data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(description.contains(QStringLiteral("Not started")), qPrintable(description));
        if (index.data(SectionStatusModel::ErrorCountRole).toInt() > 0)
            QVERIFY2(description.contains(QStringLiteral("error")), qPrintable(description));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
