// alma-p2p-wizard: the program's entry point. Commands that need no window run on a
// QCoreApplication, so they work without a display.

#include "cli/HeadlessCommands.h"
#include "consortium/RosterFile.h"
#include "file/RecoveryStore.h"
#include "file/SetupDocument.h"
#include "file/SetupFile.h"
#include "gui/AppLanguage.h"
#include "gui/ConsortiumWindow.h"
#include "gui/MainWindow.h"
#include "gui/RecentFiles.h"
#include "gui/SetupWizard.h"
#include "model/SetupModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(main)
};

bool wantsWindow(int argc, char** argv)
{
    if (argc > 1 && HeadlessCommands::isCommand(QString::fromLocal8Bit(argv[1])))
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return false;
    }
    return true;
}

// Quits once the wizard's first page has been painted (start-up benchmark and smoke tests).
class QuitAfterPaint final : public QObject {
public:
    explicit QuitAfterPaint(QWidget* page)
        : QObject(page)
        , m_page(page)
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The page itself may be fully covered by its children: any paint inside it counts.
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() == QEvent::Paint && !m_quitting && widget
            && (widget == m_page || m_page->isAncestorOf(widget))) {
            m_quitting = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_page;
    bool m_quitting = false;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("alma-p2p-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("alma-p2p-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APP_VERSION));

    std::unique_ptr<QCoreApplication> app;
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (HeadlessCommands::needsFonts(command)) {
        // Text layout needs a GUI application; without a display (X11 or Wayland) it draws
        // offscreen. Windows and macOS always have their own platform.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (wantsWindow(argc, argv)) {
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (!HeadlessCommands::windowCommandLineProblem(arguments).isEmpty()) {
            // Said (in the user's language) before any window system is touched.
            QCoreApplication core(argc, argv);
            AppLanguage::install(core, AppLanguage::locale());
            std::fprintf(stderr, "%s\n", qPrintable(HeadlessCommands::windowCommandLineProblem(arguments)));
            return HeadlessCommands::BadInput;
        }
        app = std::make_unique<QApplication>(argc, argv);
        // Ties the windows to the menu entry (its icon and name) on Wayland and in task bars.
        QGuiApplication::setDesktopFileName(QStringLiteral(APP_ID));
        QApplication::setWindowIcon(MainWindow::applicationIcon());
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The language chosen in Edit > Language, or the system's; dates follow it too.
    const QLocale language = AppLanguage::locale();
    QLocale::setDefault(language);
    AppLanguage::install(*app, language);

    if (argc > 1 && HeadlessCommands::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return HeadlessCommands(out, err).run(app->arguments().mid(1));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
            "Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution "
            "Zone.\n\nCommands:\n"
            "  [FILE]                  open the wizard, resuming the setup saved in FILE\n")
        + HeadlessCommands::summary()
        + Text::tr("\nRun alma-p2p-wizard COMMAND --help for a command's options.\n"
                   "Exit status: 0 done, 1 failed, 2 bad command line or unreadable file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"),
        Text::tr("Show the first page, wait until it is painted, and exit (smoke tests, "
                 "start-up benchmark)."));
    parser.addOption(quitAfterShow);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        Text::tr("A setup file to resume, or a consortium file (.consortium.json) to open."), QStringLiteral("[FILE]"));
    parser.process(*app); // handles --help and --version and exits

    // A consortium file opens the coordinator's window instead of the wizard.
    if (!parser.positionalArguments().isEmpty()
        && parser.positionalArguments().constFirst().endsWith(QLatin1String(RosterFile::Suffix), Qt::CaseInsensitive)) {
        const QString path = parser.positionalArguments().constFirst();
        const RosterFile::Loaded loaded = RosterFile::load(path);
        if (!loaded.roster) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error.message()));
            return HeadlessCommands::BadInput;
        }
        ConsortiumWindow* consortium = MainWindow::showConsortium(path);
        if (!consortium)
            return HeadlessCommands::BadInput;
        if (parser.isSet(quitAfterShow)) {
            std::printf("%s\n",
                qPrintable(Text::tr("Opened consortium %1: %n member(s).", nullptr, int(loaded.roster->members.size()))
                               .arg(path)));
            app->installEventFilter(new QuitAfterPaint(consortium->centralWidget()));
        }
        return app->exec();
    }

    SetupModel model;
    RecoveryStore recovery;
    SetupDocument document(&model, &recovery);
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().constFirst();
        if (const auto failed = document.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(failed->message()));
            return HeadlessCommands::BadInput;
        }
        RecentFiles::add(path);
    }

    MainWindow window(&document);
    window.show(); // QWizard creates its first page when shown
    if (!document.filePath().isEmpty()) {
        window.wizard()->resumeAtModelPage();
        // One line on where the user is; the smoke tests read it on standard output.
        const QString resumed = window.showResumed();
        if (parser.isSet(quitAfterShow))
            std::printf("%s\n", qPrintable(resumed));
    }
    if (parser.isSet(quitAfterShow)) {
        app->installEventFilter(new QuitAfterPaint(window.wizard()->currentPage()));
    } else {
        // After the window is up: offer work a crashed session left behind.
        QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    }
    return app->exec();
}
