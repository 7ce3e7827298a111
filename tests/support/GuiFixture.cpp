#include "GuiFixture.h"

#include "Dialogs.h"
#include "file/SetupDocument.h"
#include "gui/MainWindow.h"
#include "gui/SetupWizard.h"
#include "model/SetupModel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

void GuiFixture::initTestCase()
{
    // Settings (recent files, the language) go to a test file, never the user's. Set before
    // anything reads a setting: QSettings keeps the location it found first.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("alma-p2p-wizard-tests"));
    Dialogs::setScripted(true);
    Dialogs::setShownHook([](QWidget* box) {
        static int n = 0;
        shoot(box, QStringLiteral("dialog-%1").arg(++n, 2, 10, QLatin1Char('0')));
    });
}

GuiFixture::GuiFixture(RecoveryStore* recovery)
    : m_model(std::make_unique<SetupModel>())
    , m_document(std::make_unique<SetupDocument>(m_model.get(), recovery))
    , m_window(std::make_unique<MainWindow>(m_document.get()))
{
    Dialogs::takeUnexpected();
    Dialogs::takeShown();
}

GuiFixture::~GuiFixture()
{
    // The window goes first: it holds the document and the model.
    m_window.reset();
    m_document.reset();
    m_model.reset();
}

bool GuiFixture::show(int width, int height)
{
    m_window->resize(width, height);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        qWarning("the window was not exposed");
        return false;
    }
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        qWarning("the window did not become active");
        return false;
    }
    return true;
}

SetupWizard& GuiFixture::wizard() const
{
    return *m_window->findChild<SetupWizard*>();
}

QStringList GuiFixture::unexpectedDialogs() const
{
    return Dialogs::takeUnexpected();
}

void GuiFixture::shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("P2P_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget || !QDir().mkpath(dir))
        return;
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

bool GuiFixture::whenModal(
    const std::function<bool(QWidget*)>& handle, const std::function<void()>& trigger, int timeoutMs)
{
    bool handled = false;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && !handled && handle(modal))
            handled = true;
        if (clock.elapsed() > timeoutMs && modal) {
            modal->close(); // fail fast: close what is blocking, the caller reports it
            poll.stop();
        }
    });
    poll.start();
    trigger(); // may run the dialog's own event loop
    poll.stop();
    return handled;
}
