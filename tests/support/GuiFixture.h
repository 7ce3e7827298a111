#pragma once

#include <QString>

#include <functional>
#include <memory>

class MainWindow;
class QWidget;
class RecoveryStore;
class SetupDocument;
class SetupModel;
class SetupWizard;

// The program's window as a GUI test meets it: a fresh model and document (with a recovery folder
// of its own when asked), the main window shown and active, and every file and message dialog
// scripted (Dialogs): a test queues the answers, and a dialog nobody expected fails the test.
class GuiFixture {
public:
    // Once per test program, before anything reads a setting: test settings, scripted dialogs.
    static void initTestCase();

    explicit GuiFixture(RecoveryStore* recovery = nullptr);
    ~GuiFixture();
    GuiFixture(const GuiFixture&) = delete;
    GuiFixture& operator=(const GuiFixture&) = delete;

    // Shows the window and waits until it is exposed and active; false (with a warning) if not.
    bool show(int width = 1180, int height = 720);
    SetupModel& model() { return *m_model; }
    SetupDocument& document() { return *m_document; }
    MainWindow& window() { return *m_window; }
    SetupWizard& wizard() const;
    // Dialogs that came without a queued answer since the last call (a test checks it is empty).
    QStringList unexpectedDialogs() const;

    // Saves a PNG of `widget` as NAME.png in P2P_SCREENSHOT_DIR, when that is set.
    static void shoot(QWidget* widget, const QString& name);
    // Waits up to `timeoutMs` for an active modal dialog for which `handle` returns true (it
    // should close it); false if none came. Fails fast: it never waits beyond the timeout.
    static bool whenModal(
        const std::function<bool(QWidget*)>& handle, const std::function<void()>& trigger, int timeoutMs = 5000);

private:
    std::unique_ptr<SetupModel> m_model;
    std::unique_ptr<SetupDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
};
