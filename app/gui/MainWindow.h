#pragma once

#include <QMainWindow>

class SectionProgressList;
class SetupModel;
class SetupWizard;

// The program's window: menus (Edit with undo and redo, Go, Help) around the wizard, whose
// side widget is the section progress list.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(SetupModel* model, QWidget* parent = nullptr);
    SetupWizard* wizard() const { return m_wizard; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    SetupModel* m_model;
    SetupWizard* m_wizard;
    SectionProgressList* m_progress;
};
