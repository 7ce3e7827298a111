// alma-p2p-wizard: the program's entry point. Commands that need no window run on a
// QCoreApplication, so they work without a display.

#include "MainWindow.h"
#include "SetupModel.h"
#include "SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {
void installTranslators(QCoreApplication& app)
{
    // Qt's own strings (QWizard's Back / Next / Cancel, dialogs), then the program's.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("alma-p2p-wizard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

bool wantsWindow(int argc, char** argv)
{
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
    if (wantsWindow(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Walks resource sharing staff through configuring peer-to-peer resource sharing in an Alma Institution "
        "Zone.\n\nUsage:\n  alma-p2p-wizard [FILE]    open the wizard (FILE: a saved setup, once saving lands)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"),
        QCoreApplication::translate("main", "Show the first page, wait until it is painted, and exit (smoke tests, "
                                            "start-up benchmark)."));
    parser.addOption(quitAfterShow);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("main", "A setup file to resume."), QStringLiteral("[FILE]"));
    parser.process(*app); // handles --help and --version and exits

    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Opening setup files is not available yet: %1")
                           .arg(parser.positionalArguments().constFirst())));
        return 2;
    }

    SetupModel model;
    MainWindow window(&model);
    window.show(); // QWizard creates its first page when shown
    if (parser.isSet(quitAfterShow))
        app->installEventFilter(new QuitAfterPaint(window.wizard()->currentPage()));
    return app->exec();
}
