// Every control a keyboard or screen-reader user meets has an accessible name: each page of the
// wizard is visited, and every focusable widget on it is asked for its name the way a screen
// reader would (QAccessible). Also: the side list and summary say status in words, not colour.
#include "GuiFixture.h"
#include "LazyWizardPage.h"
#include "PageId.h"
#include "file/SetupDocument.h"
#include "gui/AppLanguage.h"
#include "gui/MainWindow.h"
#include "gui/SetupWizard.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/SetupModel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFocusableWidgetHasAName();
    void statusIsSaidInWords();
    void actionMnemonicsAreUnique();
};

void TestAccessibility::initTestCase()
{
    GuiFixture::initTestCase();
    // P2P_LANGUAGE=de|fr: the program's translations, as the program loads them.
    const QString language = qEnvironmentVariable("P2P_LANGUAGE", QStringLiteral("en"));
    QLocale::setDefault(QLocale(language));
    AppLanguage::install(*QCoreApplication::instance(), QLocale(language), QStringLiteral(P2P_QM_DIR));
}

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

void TestAccessibility::actionMnemonicsAreUnique()
{
    // An Alt+letter used twice on one screen only moves the focus between the two. Fields that
    // share a letter can live with that (Alt+letter again reaches the next one), but a menu title
    // or a push button that shares its letter can no longer be opened or pressed from the
    // keyboard. So no page may reuse the letter of a menu, a wizard button or one of its buttons.
    GuiFixture gui;
    QVERIFY(gui.show(1280, 720));
    MainWindow& window = gui.window();
    SetupWizard* wizard = window.wizard();
    auto letterOf = [](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        return key.isEmpty() ? QChar() : key.toString().back().toLower();
    };
    QStringList clashes;
    for (int id : wizard->pageIds()) {
        wizard->goTo(id);
        QApplication::processEvents();
        QWidget* page = wizard->currentPage();
        QList<std::pair<QChar, QString>> actions; // letter, text
        QList<std::pair<QChar, QString>> all;
        for (QAction* menu : window.menuBar()->actions())
            actions.append({ letterOf(menu->text()), menu->text() });
        for (QAbstractButton* b : wizard->findChildren<QPushButton*>()) {
            if (b->isVisible())
                actions.append({ letterOf(b->text()), b->text() });
        }
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(page))
                continue;
            if (auto* b = qobject_cast<QAbstractButton*>(w); b && !qobject_cast<QPushButton*>(w))
                all.append({ letterOf(b->text()), b->text() });
            else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
                all.append({ letterOf(l->text()), l->text() });
            else if (auto* g = qobject_cast<QGroupBox*>(w))
                all.append({ letterOf(g->title()), g->title() });
        }
        all += actions;
        for (const auto& [letter, text] : std::as_const(actions)) {
            if (letter.isNull())
                continue;
            for (const auto& [other, otherText] : std::as_const(all)) {
                if (other == letter && otherText != text)
                    clashes.append(
                        QStringLiteral("%1 %2: \"%3\" and \"%4\"").arg(page->objectName(), letter, text, otherText));
            }
        }
    }
    clashes.removeDuplicates();
    for (const QString& clash : std::as_const(clashes))
        qWarning("mnemonic clash: %s", qPrintable(clash)); // the failure message would be cut short
    QVERIFY2(clashes.isEmpty(), qPrintable(QString::number(clashes.size()) + QLatin1String(" clashes")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
