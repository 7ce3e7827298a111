// Drives the wizard like a user with the keyboard (offscreen platform) and checks the model.
// With P2P_SCREENSHOT_DIR set, saves a PNG of every page at 1280x720 for a human to look at.

#include "ChecklistWidget.h"
#include "SectionCatalog.h"
#include "FieldId.h"
#include "MainWindow.h"
#include "PageId.h"
#include "SectionProgressList.h"
#include "SetupDocument.h"
#include "SetupModel.h"
#include "SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestWizardGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void walkEveryPageByKeyboard();
    void sideListJumpsToSection();
    void undoRevertsTypedText();
};

namespace {
void saveShot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("P2P_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}
} // namespace

void TestWizardGui::walkEveryPageByKeyboard()
{
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SetupWizard* wizard = window.wizard();
    QCOMPARE(wizard->currentId(), Pages::idOf(PageId::Introduction));

    // Next is disabled until the institution is named.
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    auto* institution = wizard->currentPage()->findChild<QLineEdit*>(QString::fromLatin1(FieldId::Institution));
    QVERIFY(institution);
    institution->setFocus();
    QTest::keyClicks(institution, QStringLiteral("Example University"));
    QCOMPARE(model.text(QString::fromLatin1(FieldId::Institution)), QStringLiteral("Example University"));
    QVERIFY(next->isEnabled());
    auto* preparedBy = wizard->currentPage()->findChild<QLineEdit*>(QString::fromLatin1(FieldId::PreparedBy));
    QTest::keyClicks(preparedBy, QStringLiteral("Pat Lender"));
    saveShot(window, QStringLiteral("00-introduction"));

    // Every section page: tick the first step with the keyboard (focus its box, press Space), then Next.
    for (SectionId section : Sections::all()) {
        QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier); // &Next
        QTRY_COMPARE(wizard->currentId(), Pages::idOf(section));
        QCOMPARE(model.currentPage(), Sections::key(section));
        auto* checklist = wizard->currentPage()->findChild<ChecklistWidget*>();
        QVERIFY2(checklist, qPrintable(Sections::key(section)));
        const QList<QCheckBox*> boxes = checklist->findChildren<QCheckBox*>();
        QVERIFY(!boxes.isEmpty());
        boxes.first()->setFocus();
        QTest::keyClick(boxes.first(), Qt::Key_Space);
        QVERIFY(boxes.first()->isChecked());
        QVERIFY(model.stepsDone(section) == 1);
        QCOMPARE(model.status(section),
            boxes.size() == 1 ? SectionStatus::Done : SectionStatus::InProgress);
        saveShot(window, QStringLiteral("%1-%2").arg(Sections::number(section), 2, 10, QLatin1Char('0')).arg(Sections::key(section)));
    }
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), Pages::idOf(PageId::Summary));
    saveShot(window, QStringLiteral("15-summary"));

    // Who ticked is recorded from "Prepared by".
    const SectionSpec& first = SectionCatalog::section(SectionId::ResourceSharingLibrary);
    QCOMPARE(model.step(SectionId::ResourceSharingLibrary, first.steps.first().key()).doneBy, QStringLiteral("Pat Lender"));
    // Jobs has one step, so ticking it finished the section.
    QCOMPARE(model.progress().sectionsDone, 2); // Jobs and Sending borrowing request rule have one step each

    // From the summary, Enter on a section jumps to it.
    auto* table = wizard->currentPage()->findChild<QTableView*>(QStringLiteral("summary-table"));
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(Sections::index(SectionId::Partners), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), Pages::idOf(SectionId::Partners));
    model.undoStack()->clear(); // nothing to ask about on close
}

void TestWizardGui::sideListJumpsToSection()
{
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.findChild<SectionProgressList*>()->list();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(Sections::index(SectionId::RotaTemplate), 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::RotaTemplate));
    // Back returns to where the user jumped from.
    window.wizard()->back();
    QCOMPARE(window.wizard()->currentId(), Pages::idOf(PageId::Introduction));
}

void TestWizardGui::undoRevertsTypedText()
{
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* institution = window.findChild<QLineEdit*>(QString::fromLatin1(FieldId::Institution));
    QTest::keyClicks(institution, QStringLiteral("ABC"));
    QCOMPARE(model.undoStack()->count(), 1); // typing is one undo step
    model.undoStack()->undo();
    QCOMPARE(institution->text(), QString());
    QVERIFY(model.undoStack()->isClean());
}

QTEST_MAIN(TestWizardGui)
#include "tst_wizardgui.moc"
