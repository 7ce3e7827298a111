// Drives the wizard like a user with the keyboard (offscreen platform) and checks the model.
// With P2P_SCREENSHOT_DIR set, saves a PNG of every page at 1280x720 for a human to look at.

#include "ChecklistWidget.h"
#include "Dialogs.h"
#include "ExistingRulesEditor.h"
#include "FindingsPanel.h"
#include "GuiFixture.h"
#include "PageId.h"
#include "PartnerDetailsEditor.h"
#include "SummaryPage.h"
#include "TableEditor.h"
#include "checks/SetupValidation.h"
#include "file/SetupDocument.h"
#include "gui/AppLanguage.h"
#include "gui/MainWindow.h"
#include "gui/SectionListDelegate.h"
#include "gui/SectionProgressList.h"
#include "gui/SetupWizard.h"
#include "itemmodels/PartnerTableModel.h"
#include "itemmodels/RuleListTableModel.h"
#include "itemmodels/SectionStatusModel.h"
#include "model/FieldId.h"
#include "model/PartnerFields.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <QUndoStack>
#include <functional>

class TestWizardGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkEveryPageByKeyboard();
    void sideListJumpsToSection();
    void undoRevertsTypedText();
    void existingRulesByKeyboard();
    void languageMenuByKeyboard();
    void printReportPreviewsTheReport();
    void partnerDetailsFollowTheProfileType();
    void findingsPointAtTheirField();
    void notNeededCollapsesTheSection();
    void keyboardShortcutsAreListed();
    void rotaMemberNoLongerAPartnerIsShown();
    void tickingAsIsThisWorkstations();
    void tickDateAndNoteCanBeEdited();
    void pagesNeverScrollSideways_data();
    void pagesNeverScrollSideways();
};

// For looking at the pages in another language or direction (screenshots): P2P_LANGUAGE=de|fr
// loads the program's translations, P2P_RTL=1 lays the window out right to left.
void TestWizardGui::initTestCase()
{
    // Settings (recent files, the language) go to a test file, never the user's. Set before
    // anything reads a setting: QSettings keeps the location it found first.
    GuiFixture::initTestCase();
    // As the program does: English plural forms, or all of another language.
    const QString language = qEnvironmentVariable("P2P_LANGUAGE", QStringLiteral("en"));
    QLocale::setDefault(QLocale(language));
    AppLanguage::install(*QCoreApplication::instance(), QLocale(language), QStringLiteral(P2P_QM_DIR));
    if (qEnvironmentVariableIntValue("P2P_RTL") == 1)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
}

namespace {
// Alt + the Next button's mnemonic (N in English; the translation's letter otherwise).
void pressNext(QWizard* wizard)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(wizard->button(QWizard::NextButton)->text());
    QTest::keySequence(wizard, mnemonic.isEmpty() ? QKeySequence(Qt::ALT | Qt::Key_N) : mnemonic);
}

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
    GuiFixture gui;
    QVERIFY(gui.show(1280, 720));
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
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
        pressNext(wizard);
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
        QCOMPARE(model.status(section), boxes.size() == 1 ? SectionStatus::Done : SectionStatus::InProgress);
        saveShot(window,
            QStringLiteral("%1-%2")
                .arg(Sections::number(section), 2, 10, QLatin1Char('0'))
                .arg(Sections::key(section)));
    }
    pressNext(wizard);
    QTRY_COMPARE(wizard->currentId(), Pages::idOf(PageId::Summary));
    saveShot(window, QStringLiteral("15-summary"));

    // Who ticked is recorded from "Prepared by".
    const SectionSpec& first = SectionCatalog::section(SectionId::ResourceSharingLibrary);
    QCOMPARE(
        model.step(SectionId::ResourceSharingLibrary, first.steps.first().key()).doneBy, QStringLiteral("Pat Lender"));
    // Jobs has one step, so ticking it finished the section.
    QCOMPARE(model.progress().sectionsDone, 2); // Jobs and Sending borrowing request rule have one step each

    // From the summary, Enter on a section jumps to it.
    auto* table = wizard->currentPage()->findChild<QTableView*>(QStringLiteral("summary-table"));
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(Sections::index(SectionId::Partners), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), Pages::idOf(SectionId::Partners));

    // Back on the summary, the report is exported with the keyboard alone: Alt+X, type a file
    // name in the dialog, Enter.
    QTest::keyClick(&window, Qt::Key_End, Qt::AltModifier); // Go > Summary
    QTRY_COMPARE(wizard->currentId(), Pages::idOf(PageId::Summary));
    QTemporaryDir dir;
    const QString reportPath = dir.filePath(QStringLiteral("keyboard-report.md"));
    Dialogs::setNextFileName(reportPath); // the export's Save dialog
    QTest::keyClick(wizard, Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(reportPath), 15000);
    QCOMPARE(gui.unexpectedDialogs(), QStringList());
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("- [x] "));
    model.undoStack()->clear(); // nothing to ask about on close
}

void TestWizardGui::sideListJumpsToSection()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    auto* list = window.findChild<SectionProgressList*>()->list();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(Sections::index(SectionId::RotaTemplate), 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::RotaTemplate));
    // Back and Next follow the guide's order, wherever the user came from.
    // (A mnemonic clicks its button 100 ms later, as a mouse click would look.)
    QTest::keyClick(window.wizard(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::FulfillmentUnitRules));
    QTest::keyClick(window.wizard(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::RotaTemplate));
    QTest::keyClick(window.wizard(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::RotaAssignmentRule));
    QCOMPARE(gui.model().currentPage(), Sections::key(SectionId::RotaAssignmentRule));
}

void TestWizardGui::undoRevertsTypedText()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    auto* institution = window.findChild<QLineEdit*>(QString::fromLatin1(FieldId::Institution));
    QTest::keyClicks(institution, QStringLiteral("ABC"));
    QCOMPARE(model.undoStack()->count(), 1); // typing is one undo step
    model.undoStack()->undo();
    QCOMPARE(institution->text(), QString());
    QVERIFY(model.undoStack()->isClean());
}

void TestWizardGui::existingRulesByKeyboard()
{
    GuiFixture gui;
    QVERIFY(gui.show(1280, 720));
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    window.wizard()->goTo(Pages::idOf(SectionId::RotaAssignmentRule));
    auto* editor = window.wizard()->currentPage()->findChild<ExistingRulesEditor*>();
    QVERIFY(editor);
    QTableView* view = editor->table()->view();
    RuleListTableModel* list = editor->tableModel();
    QCOMPARE(list->rowCount(), 1); // only the new rule
    const RuleId rota = RuleId::RotaAssignment;

    // Insert adds an existing rule below the new one; typing names it.
    view->setFocus();
    view->setCurrentIndex(list->index(0, RuleListTableModel::Name));
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(list->rowCount(), 2);
    auto* nameEditor = view->findChild<QLineEdit*>();
    QVERIFY(nameEditor); // Insert opened the editor on the new row's name
    QTest::keyClicks(nameEditor, QStringLiteral("Catch-all rota"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(
        model.existingRules(rota).value(0).name, QStringLiteral("Catch-all rota")); // committed on the next turn
    QCOMPARE(model.newRulePosition(rota), 0);

    // Alt+Up moves the existing rule above the new one: the guide's "at the top" is broken,
    // and the page says so at once.
    view->setFocus();
    view->setCurrentIndex(list->index(1, RuleListTableModel::Name));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(model.newRulePosition(rota), 1);
    QCOMPARE(view->currentIndex().row(), 0); // the moved row stays current
    auto* panel = window.wizard()->currentPage()->findChild<FindingsPanel*>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(std::any_of(panel->shown().cbegin(), panel->shown().cend(),
        [](const Finding& f) { return f.code == QLatin1String("rule-not-at-top"); }));

    // Pasted spreadsheet rows are added at the end; Alt+Down puts the new rule back on top… by
    // moving the existing rule down again.
    QApplication::clipboard()->setText(QStringLiteral("Old loans rota\tno\tRequested Format = BOOK\n"));
    auto* paste = editor->findChild<QPushButton*>(QStringLiteral("paste-rules"));
    QVERIFY(paste);
    paste->click();
    QCOMPARE(model.existingRules(rota).size(), 2);
    QCOMPARE(model.existingRules(rota).value(1).enabled, false);
    view->setFocus();
    view->setCurrentIndex(list->index(0, RuleListTableModel::Name));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(model.newRulePosition(rota), 0);
    QTRY_VERIFY(std::none_of(panel->shown().cbegin(), panel->shown().cend(),
        [](const Finding& f) { return f.code == QLatin1String("rule-not-at-top"); }));

    // Conditions typed as text; a line without an operator is refused with a message.
    const QModelIndex conditions = list->index(1, RuleListTableModel::Conditions);
    QVERIFY(list->setData(conditions, QStringLiteral("User Group InList STAFF, FACULTY")));
    QCOMPARE(model.existingRules(rota).value(0).conditions.value(0).values,
        QStringList({ QStringLiteral("STAFF"), QStringLiteral("FACULTY") }));
    QVERIFY(!list->setData(conditions, QStringLiteral("User Group STAFF")));
    auto* message = editor->findChild<QLabel*>(QStringLiteral("rule-list-message"));
    // Names the line in every language (the wording itself is translated).
    QVERIFY2(message->text().contains(QStringLiteral("User Group STAFF")), qPrintable(message->text()));

    // Undo takes back the last edit of the list.
    model.undoStack()->undo();
    QVERIFY(model.existingRules(rota).value(0).conditions.isEmpty());

    if (auto* scroll = window.wizard()->currentPage()->findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(editor, 0, 0);
    QTest::qWait(20);
    saveShot(window, QStringLiteral("13-rota-assignment-rule-list"));
    model.undoStack()->clear();
}

// Edit > Language is filled when first opened: it shows every language, with the chosen one ticked.
void TestWizardGui::languageMenuByKeyboard()
{
    AppLanguage::choose(QStringLiteral("fr"));
    const auto forget = qScopeGuard([] { AppLanguage::choose(QString()); });
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    auto* language = window.findChild<QMenu*>(QStringLiteral("language-menu"));
    QVERIFY(language);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(language->isEmpty()); // nothing read or built at start-up
    QMenu* edit = nullptr;
    for (QAction* action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(language->menuAction()))
            edit = action->menu();
    }
    QVERIFY(edit);

    QTest::keySequence(&window, QKeySequence::mnemonic(edit->title()));
    QTRY_COMPARE(QApplication::activePopupWidget(), edit);
    edit->setActiveAction(language->menuAction());
    QTest::keyClick(edit, Qt::Key_Right);
    QTRY_COMPARE(QApplication::activePopupWidget(), language);
    const QList<QAction*> choices = language->actions();
    QCOMPARE(choices.size(), AppLanguage::available().size() + 1); // and "System language"
    QStringList ticked;
    for (QAction* choice : choices) {
        if (choice->isChecked())
            ticked << choice->text();
    }
    QCOMPARE(ticked, QStringList { AppLanguage::nativeName(QStringLiteral("fr")) });
    QTest::keyClick(language, Qt::Key_Escape);
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    // Opened again, the menu is not filled twice.
    language->popup(QPoint());
    QCOMPARE(language->actions().size(), choices.size());
    language->hide();
}

// File > Print Report (Ctrl+P) shows the report's print preview.
void TestWizardGui::printReportPreviewsTheReport()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    model.setField(QString::fromLatin1(FieldId::Institution), QStringLiteral("Example University"));

    int pages = 0;
    QString title;
    const bool shown = GuiFixture::whenModal(
        [&](QWidget* modal) {
            auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
            auto* pagesView = preview ? preview->findChild<QPrintPreviewWidget*>() : nullptr;
            if (!pagesView || pagesView->pageCount() == 0)
                return false;
            pages = pagesView->pageCount();
            title = preview->windowTitle();
            GuiFixture::shoot(preview, QStringLiteral("16-print-preview"));
            preview->reject();
            return true;
        },
        [&] { QTest::keySequence(&window, QKeySequence::Print); });
    QVERIFY(shown);
    QVERIFY(pages >= 1);
    QVERIFY(!title.isEmpty());
}

// Selecting a partner shows the connection details of its profile type only, with what Alma
// requires of that type marked; a screenshot per type for people to look at.
void TestWizardGui::partnerDetailsFollowTheProfileType()
{
    GuiFixture gui;
    QVERIFY(gui.show(1280, 900));
    SetupModel& model = gui.model();
    QList<Partner> partners;
    for (const QString& type : PartnerFields::managedProfileTypes()) {
        Partner p;
        p.code = QStringLiteral("P_") + type;
        p.name = type + QStringLiteral(" partner");
        p.profileType = type;
        partners.append(p);
    }
    model.insertPartners(0, partners);
    SetupWizard* wizard = gui.window().wizard();
    wizard->setCurrentId(Pages::idOf(SectionId::Partners));
    QTRY_COMPARE(wizard->currentId(), Pages::idOf(SectionId::Partners));
    auto* details = wizard->currentPage()->findChild<PartnerDetailsEditor*>();
    auto* table = wizard->currentPage()->findChild<TableEditor*>(QStringLiteral("partners"));
    QVERIFY(details && table);
    for (int row = 0; row < partners.size(); ++row) {
        const QString type = partners.at(row).profileType;
        table->view()->setFocus();
        table->view()->setCurrentIndex(table->view()->model()->index(row, 0));
        QCOMPARE(details->row(), row);
        for (const PartnerField& f : PartnerFields::all()) {
            if (f.place != PartnerField::Place::TypeDetails)
                continue;
            QWidget* editor = details->editor(QString::fromLatin1(f.key));
            if (PartnerFields::columns().contains(&f))
                continue; // edited in the table
            QVERIFY2(editor, f.key);
            QCOMPARE(editor->isVisibleTo(details), f.appliesTo(type));
        }
        // Scroll the details into view for the picture.
        QCoreApplication::processEvents(); // the layout of the shown rows
        if (auto* scroll = wizard->currentPage()->findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(details);
        GuiFixture::shoot(&gui.window(), QStringLiteral("06-partners-") + type);
    }
}

QTEST_MAIN(TestWizardGui)
void TestWizardGui::findingsPointAtTheirField()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    auto* list = window.findChild<SectionProgressList*>()->list();
    const QModelIndex locationsRow = list->model()->index(Sections::index(SectionId::TemporaryLocations), 0);
    // A fresh setup has errors in section 2, but the side list marks them only once it is visited.
    QVERIFY(locationsRow.data(SectionStatusModel::ErrorCountRole).toInt() > 0);
    QVERIFY(!SectionListDelegate::showsErrors(locationsRow));

    window.wizard()->goTo(Pages::idOf(SectionId::TemporaryLocations));
    QVERIFY(SectionListDelegate::showsErrors(locationsRow));
    QWidget* page = window.wizard()->currentPage();
    // A code with a comma: the field gets the error's mark and tooltip.
    auto* code = page->findChild<QLineEdit*>(QString::fromLatin1(FieldId::BorrowingLocationCode));
    auto* mark
        = page->findChild<QLabel*>(QString::fromLatin1(FieldId::BorrowingLocationCode) + QLatin1String("-finding"));
    QVERIFY(code && mark);
    code->setFocus();
    QTest::keyClicks(code, QStringLiteral("CLSBORR,X"));
    QTRY_VERIFY(mark->toolTip().contains(QLatin1String("comma")));
    QVERIFY(!mark->pixmap().isNull());
    QVERIFY(code->accessibleDescription().contains(QLatin1String("comma")));
    // Fixed, the mark goes.
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("CLSBORR"));
    QTRY_VERIFY(!mark->toolTip().contains(QLatin1String("comma")));

    // Each finding in the page's panel is a link to its field.
    auto* panel = page->findChild<FindingsPanel*>();
    QVERIFY(panel);
    auto* name = page->findChild<QLineEdit*>(QString::fromLatin1(FieldId::LendingLocationName));
    Q_EMIT panel->subjectActivated(QString::fromLatin1(FieldId::LendingLocationName), QString());
    QTRY_VERIFY(name->hasFocus());
    bool linked = false;
    for (QLabel* label : panel->findChildren<QLabel*>(QStringLiteral("finding")))
        linked = linked || label->text().contains(QLatin1String("<a href="));
    QVERIFY(linked);

    // A partner with expiry 0: its cell shows the error; the summary's finding leads to that cell.
    Partner zero = PartnerTableModel::newPartner(model);
    zero.code = QStringLiteral("ZERO");
    zero.expiryDays = 0;
    model.mergePartners({ zero });
    window.wizard()->goTo(Pages::idOf(SectionId::Partners));
    auto* table = window.wizard()->currentPage()->findChild<TableEditor*>(QStringLiteral("partners"));
    auto* partners = qobject_cast<PartnerTableModel*>(table->view()->model());
    QVERIFY(partners);
    const QModelIndex expiryCell = partners->index(0, partners->columnOf(QStringLiteral("expiryDays")));
    QTRY_VERIFY(expiryCell.data(Qt::ToolTipRole).toString().contains(QLatin1String("positive")));
    QVERIFY(expiryCell.data(Qt::DecorationRole).isValid());

    window.wizard()->goTo(Pages::idOf(PageId::Summary));
    auto* summary = qobject_cast<SummaryPage*>(window.wizard()->currentPage());
    QTableView* findings = summary->findingsTable();
    int row = -1;
    for (int r = 0; r < findings->model()->rowCount(); ++r) {
        if (findings->model()->index(r, 2).data().toString().contains(QLatin1String("ZERO has expiry time 0")))
            row = r;
    }
    QVERIFY(row >= 0);
    findings->setFocus();
    findings->setCurrentIndex(findings->model()->index(row, 0));
    QTest::keyClick(findings, Qt::Key_Return);
    QTRY_COMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::Partners));
    QTRY_COMPARE(table->view()->currentIndex(), expiryCell);
    model.undoStack()->clear();
}

void TestWizardGui::notNeededCollapsesTheSection()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    window.wizard()->goTo(Pages::idOf(SectionId::FulfillmentPolicies));
    QWidget* page = window.wizard()->currentPage();
    auto* body = page->findChild<QWidget*>(QStringLiteral("section-body"));
    auto* notNeeded = page->findChild<QCheckBox*>(QStringLiteral("not-needed"));
    QVERIFY(body && notNeeded);
    QVERIFY(body->isVisible());
    notNeeded->setFocus();
    QTest::keyClick(notNeeded, Qt::Key_Space);
    QVERIFY(gui.model().isNotNeeded(SectionId::FulfillmentPolicies));
    QVERIFY(!body->isVisible()); // only the reason is left
    QTest::keyClick(notNeeded, Qt::Key_Space);
    QVERIFY(body->isVisible());
    gui.model().undoStack()->clear();
}

void TestWizardGui::keyboardShortcutsAreListed()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    QTest::keyClick(&window, Qt::Key_F1);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("keyboard-shortcuts"))) && dialog->isVisible());
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcut-list"));
    QVERIFY(list);
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows.append(list->topLevelItem(i)->text(0) + QLatin1Char('=') + list->topLevelItem(i)->text(1));
    // Read from the menus: what the Go menu binds is what the list says.
    QVERIFY2(rows.contains(QStringLiteral("F8=Go > Next Problem")), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.contains(QStringLiteral("Alt+End=Go > Summary")));
    QVERIFY(rows.contains(QStringLiteral("Ctrl+S=File > Save")));
    GuiFixture::shoot(dialog, QStringLiteral("17-keyboard-shortcuts"));
    QTest::keyClick(dialog, Qt::Key_Escape); // a dialog closes on Escape; the window does not
    QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("keyboard-shortcuts")));
    QVERIFY(window.isVisible());
}

void TestWizardGui::rotaMemberNoLongerAPartnerIsShown()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    Partner hub = PartnerTableModel::newPartner(model);
    hub.code = QStringLiteral("HUB");
    model.mergePartners({ hub });
    const QString members = QString::fromLatin1(FieldId::RotaMembers);
    model.setField(members, QStringList { QStringLiteral("HUB"), QStringLiteral("GONE") });
    window.wizard()->goTo(Pages::idOf(SectionId::RotaTemplate));
    auto* list = window.wizard()->currentPage()->findChild<QListWidget*>(members);
    QVERIFY(list);
    // GONE is listed, ticked, and says it is not a partner, so it can be unticked.
    QList<QListWidgetItem*> gone = list->findItems(QStringLiteral("GONE (not a partner)"), Qt::MatchExactly);
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.constFirst()->checkState(), Qt::Checked);
    list->setFocus();
    list->setCurrentItem(gone.constFirst());
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(model.list(members), QStringList { QStringLiteral("HUB") });
    QTRY_VERIFY(list->findItems(QStringLiteral("GONE (not a partner)"), Qt::MatchExactly).isEmpty());
    // Undo brings it back, shown again.
    model.undoStack()->undo();
    QCOMPARE(model.list(members), (QStringList { QStringLiteral("HUB"), QStringLiteral("GONE") }));
    QCOMPARE(list->findItems(QStringLiteral("GONE (not a partner)"), Qt::MatchExactly).size(), 1);
    model.undoStack()->clear();
}

void TestWizardGui::tickingAsIsThisWorkstations()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    const auto reset = qScopeGuard([&model] { model.setTickingAs(QString()); }); // other tests tick as "Prepared by"
    model.setField(QString::fromLatin1(FieldId::PreparedBy), QStringLiteral("Pat Lender"));
    window.wizard()->goTo(Pages::idOf(SectionId::Jobs));
    auto* tickingAs = window.wizard()->currentPage()->findChild<QLineEdit*>(QStringLiteral("ticking-as"));
    QVERIFY(tickingAs);
    QCOMPARE(tickingAs->placeholderText(), QStringLiteral("Pat Lender")); // empty: the report's author
    // Alt+K reaches it; what is typed is who ticks from now on, on this computer.
    QTest::keyClick(window.wizard()->currentPage(), Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(tickingAs->hasFocus());
    QTest::keyClicks(tickingAs, QStringLiteral("Sam Ticker"));
    QCOMPARE(QSettings().value(QStringLiteral("checklist/tickingAs")).toString(), QStringLiteral("Sam Ticker"));
    const StepSpec& step = SectionCatalog::section(SectionId::Jobs).steps.constFirst();
    auto* box = window.wizard()->currentPage()->findChild<QCheckBox*>(QStringLiteral("step-") + step.key());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(model.step(SectionId::Jobs, step.key()).doneBy, QStringLiteral("Sam Ticker"));
    // Not part of the setup: the file is not changed by it, and other pages show the same name.
    window.wizard()->goTo(Pages::idOf(SectionId::ItemPolicy));
    auto* other = window.wizard()->currentPage()->findChild<QLineEdit*>(QStringLiteral("ticking-as"));
    QCOMPARE(other->text(), QStringLiteral("Sam Ticker"));
    model.undoStack()->clear();
}

void TestWizardGui::tickDateAndNoteCanBeEdited()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    window.wizard()->goTo(Pages::idOf(SectionId::Jobs));
    const StepSpec& step = SectionCatalog::section(SectionId::Jobs).steps.constFirst();
    QWidget* page = window.wizard()->currentPage();
    auto* box = page->findChild<QCheckBox*>(QStringLiteral("step-") + step.key());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    auto* done = page->findChild<QLabel*>(QStringLiteral("done-") + step.key());
    QVERIFY(done && done->text().contains(QLatin1String("href=\"edit\"")));
    // Edit…: the work was done yesterday at 14:30 and Kim helped.
    const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(14, 30));
    const bool handled = GuiFixture::whenModal(
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<QDialog*>(modal);
            if (!dialog || dialog->objectName() != QLatin1String("tick-details"))
                return false;
            auto* when = dialog->findChild<QDateTimeEdit*>(QStringLiteral("tick-done-at"));
            auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("tick-note"));
            when->setDateTime(yesterday);
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("with Kim from IT"));
            QTest::keyClick(note, Qt::Key_Return); // OK is the default button
            return true;
        },
        [&] { Q_EMIT done->linkActivated(QStringLiteral("edit")); });
    QVERIFY(handled);
    const StepState state = model.step(SectionId::Jobs, step.key());
    QCOMPARE(state.doneAt, yesterday.toUTC());
    QCOMPARE(state.note, QStringLiteral("with Kim from IT"));
    QVERIFY(done->text().contains(QLatin1String("with Kim from IT")));
    QVERIFY(done->text().contains(QString::number(yesterday.date().year()))); // four-digit year
    model.undoStack()->undo(); // one undo step puts the tick back as it was
    QCOMPARE(model.step(SectionId::Jobs, step.key()).note, QString());
    model.undoStack()->clear();
}

void TestWizardGui::pagesNeverScrollSideways_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1200") << QSize(1920, 1200);
}

void TestWizardGui::pagesNeverScrollSideways()
{
    // Every page at the sizes staff use: the values are in reach without a sideways scroll bar,
    // and on a wide window the steps stand beside the values. P2P_SCREENSHOT_DIR keeps each page.
    QFETCH(QSize, size);
    GuiFixture gui;
    QVERIFY(gui.show(size.width(), size.height()));
    MainWindow& window = gui.window();
    SetupWizard* wizard = window.wizard();
    const QString language = qEnvironmentVariable("P2P_LANGUAGE", QStringLiteral("en"));
    for (int id : wizard->pageIds()) {
        wizard->goTo(id);
        QApplication::processEvents();
        QWidget* page = wizard->currentPage();
        auto* scroll = page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        GuiFixture::shoot(&window,
            QStringLiteral("size-%1x%2-%3-%4").arg(size.width()).arg(size.height()).arg(language, page->objectName()));
        if (scroll->horizontalScrollBar()->isVisible()) {
            // Name the widgets that ask for more than the page has, deepest first.
            QStringList wide;
            for (QWidget* w : scroll->widget()->findChildren<QWidget*>()) {
                if (w->isVisible() && w->minimumSizeHint().width() > scroll->viewport()->width() - 40)
                    wide.prepend(QStringLiteral("%1 %2 (%3 px)")
                                     .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                     .arg(w->minimumSizeHint().width()));
            }
            QFAIL(qPrintable(
                page->objectName() + QLatin1String(" scrolls sideways: ") + wide.mid(0, 4).join(QLatin1String(", "))));
        }
    }
    auto* checklist = wizard->page(Pages::idOf(SectionId::TemporaryLocations))->findChild<ChecklistWidget*>();
    QVERIFY(checklist);
    const QWidget* values = wizard->page(Pages::idOf(SectionId::TemporaryLocations))
                                ->findChild<QWidget*>(QString::fromLatin1(FieldId::BorrowingLocationCode));
    wizard->goTo(Pages::idOf(SectionId::TemporaryLocations));
    QApplication::processEvents();
    const int checklistRight = checklist->mapTo(&window, QPoint(checklist->width(), 0)).x();
    const int valuesLeft = values->mapTo(&window, QPoint(0, 0)).x();
    if (size.width() >= 1920)
        QVERIFY2(valuesLeft > checklistRight, "steps beside the values on a wide window");
    else
        QVERIFY2(valuesLeft < checklistRight, "steps above the values on a narrower window");
}

#include "tst_wizardgui.moc"
