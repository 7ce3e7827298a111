#pragma once

#include "report/ReportDocument.h"

#include <QIcon>
#include <QMainWindow>

class AlmaDialog;
class ConsortiumWindow;
class QMenu;
class QSplitter;
class SectionProgressList;
class SetupDocument;
class SetupModel;
class SetupValidation;
class SetupWizard;

// The program's window: menus (File with open, save and recent files; Edit with undo and redo;
// Go; Help) around the wizard, whose side widget is the section progress list. The title shows
// the file name and an unsaved-changes mark; nothing unsaved is closed or replaced without asking.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(SetupDocument* document, QWidget* parent = nullptr);
    // The program's icon (resources/icons), for this window and its dialogs.
    static QIcon applicationIcon();
    // Opens a consortium window (empty when `path` is empty); nullptr when the file cannot be read.
    static ConsortiumWindow* showConsortium(const QString& path);
    SetupWizard* wizard() const { return m_wizard; }
    SetupValidation* validation() const { return m_validation; }

    // Opens a setup file, asking first about unsaved work. Errors are shown in a message box.
    bool openFile(const QString& path);
    // After a start: offers to restore work a crashed session left behind.
    void offerRecovery();
    // One line in the status bar after opening a file: which file, where, when and by whom it
    // was last changed, and how many problems it has. Returns the line.
    QString showResumed();

public Q_SLOTS:
    bool save();
    bool saveAs();
    // Saves, then closes the window: the setup can be resumed later with Open or Open Recent.
    void saveAndContinueLater();
    // Asks where, then writes the completion report (format from the extension).
    void exportReport();
    bool exportReportTo(const QString& path);
    void printReport();
    // Connection, plan, push and verify against Alma or the built-in sandbox.
    void showAlma();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    // Goes to the next (`step` 1) or previous (-1) finding after the one last gone to, on its field.
    void goToProblem(int step);
    // Goes to the first step not yet ticked after the current page, in a section still needed.
    void goToUntickedStep();
    void fillRecentMenu();
    void fillLanguageMenu();
    void updateTitle();
    void newSetup();
    void open();
    // True when there is nothing unsaved, or the user saved or chose to discard it.
    bool maybeSave(const QString& question);
    void showError(const QString& title, const QString& message);
    ReportDocument report() const;

    SetupDocument* m_document;
    SetupModel* m_model;
    SetupValidation* m_validation;
    SetupWizard* m_wizard;
    QSplitter* m_splitter;
    SectionProgressList* m_progress;
    int m_problem = -1; // index into the findings of the last Go > Next Problem
    QMenu* m_recentMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    AlmaDialog* m_alma = nullptr; // made on first use, kept so the sandbox and key live on
};
