#include "gui/MainWindow.h"

#include "gui/AlmaDialog.h"
#include "gui/ConsortiumWindow.h"
#include "gui/KeyboardShortcutsDialog.h"

#include "Dialogs.h"
#include "PageId.h"
#include "SectionPage.h"
#include "SummaryPage.h"
#include "checks/SetupValidation.h"
#include "file/SetupDocument.h"
#include "file/SetupFile.h"
#include "gui/AppLanguage.h"
#include "gui/RecentFiles.h"
#include "gui/ReportPrintPreview.h"
#include "gui/SectionProgressList.h"
#include "gui/SetupWizard.h"
#include "model/Dates.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"
#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace {
QString fileFilter()
{
    return MainWindow::tr("Setup files (*%1);;JSON files (*.json);;All files (*)")
        .arg(QString::fromLatin1(SetupFile::Suffix));
}
} // namespace

ConsortiumWindow* MainWindow::showConsortium(const QString& path)
{
    auto* window = new ConsortiumWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty() && !window->openFile(path)) {
        delete window;
        return nullptr;
    }
    window->show();
    return window;
}

QIcon MainWindow::applicationIcon()
{
    // The sizes resources/icons holds, compiled in (the installed theme has the same files).
    // Each is given with its size, so none is decoded before a window asks for that size.
    QIcon icon;
    const QDir icons(QStringLiteral(":/icons"));
    for (const QString& png : icons.entryList({ QStringLiteral("alma-p2p-wizard-*.png") })) {
        const int size = png.section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0).toInt();
        icon.addFile(icons.filePath(png), QSize(size, size));
    }
    return icon;
}

MainWindow::MainWindow(SetupDocument* document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_model(document->model())
    , m_validation(new SetupValidation(m_model, this))
    , m_wizard(new SetupWizard(m_model, m_validation, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_progress(new SectionProgressList(m_model, m_validation, m_splitter))
{
    setObjectName(QStringLiteral("main-window"));
    setWindowIcon(applicationIcon());
    m_wizard->setWindowFlags(Qt::Widget); // embedded in this window, not a dialog of its own
    // The section list beside the pages, as wide as the user drags it.
    m_splitter->setObjectName(QStringLiteral("main-splitter"));
    m_splitter->addWidget(m_progress);
    m_splitter->addWidget(m_wizard);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 270, 910 });
    setCentralWidget(m_splitter);
    createMenus();
    statusBar(); // present from the start, so the first message does not shift the page
    resize(1180, 680);
    restoreLayout();
    updateTitle();
    m_wizard->resumeAtModelPage(); // before show(), which would otherwise start at the introduction
    // Who ticks on this workstation, whatever file is open.
    m_model->setTickingAs(QSettings().value(QStringLiteral("checklist/tickingAs")).toString());
    connect(m_model, &SetupModel::tickingAsChanged, this,
        [](const QString& name) { QSettings().setValue(QStringLiteral("checklist/tickingAs"), name); });

    connect(m_document, &SetupDocument::stateChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SetupDocument::recoveryCopyFailed, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(reason), 10000);
    });
    connect(m_progress, &SectionProgressList::jumpRequested, m_wizard, &SetupWizard::goTo);
    if (auto* summary = qobject_cast<SummaryPage*>(m_wizard->page(Pages::idOf(PageId::Summary)))) {
        connect(summary, &SummaryPage::printReportRequested, this, &MainWindow::printReport);
    }
    connect(m_wizard, &QWizard::currentIdChanged, m_progress, &SectionProgressList::setCurrentPage);
    m_progress->setCurrentPage(m_wizard->currentId());
    connect(m_wizard, &SetupWizard::saveRequested, this, &MainWindow::save);
    connect(m_wizard, &SetupWizard::exportReportRequested, this, &MainWindow::exportReport);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Setup"), QKeySequence::New, this, &MainWindow::newSetup);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    // Not QKeySequence::SaveAs: KDE's and the generic platforms' bindings have no key for it.
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveAs);
    file->addAction(tr("Save and &Continue Later"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
        &MainWindow::saveAndContinueLater);
    file->addSeparator();
    file->addAction(tr("E&xport Report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportReport);
    file->addAction(tr("&Print Report…"), QKeySequence::Print, this, &MainWindow::printReport);
    file->addSeparator();
    file->addAction(tr("Plan, Push and Verify in A&lma…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
        &MainWindow::showAlma);
    file->addAction(tr("&Try It with the Alma Sandbox…"), this, [this] {
        showAlma();
        m_alma->useSandbox();
    });
    file->addSeparator();
    // A consortium coordinator's roster and reciprocity matrix, in a window of their own.
    QMenu* consortium = file->addMenu(tr("Consort&ium"));
    consortium->addAction(tr("&New Consortium"), this, [] { MainWindow::showConsortium(QString()); });
    consortium->addAction(tr("&Open Consortium…"), this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Open Consortium"), QString(),
            tr("Consortium files (*.consortium.json);;JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            showConsortium(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    // Shortcuts no editor takes for itself: Alt+arrows and Alt+Home/End, function keys.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Previous Section"), QKeySequence(Qt::ALT | Qt::Key_Left), m_wizard, &SetupWizard::goBack);
    go->addAction(tr("&Next Section"), QKeySequence(Qt::ALT | Qt::Key_Right), m_wizard, &SetupWizard::goNext);
    go->addAction(tr("&Introduction"), QKeySequence(Qt::ALT | Qt::Key_Home), this,
        [this] { m_wizard->goTo(Pages::idOf(PageId::Introduction)); });
    go->addAction(tr("&Summary"), QKeySequence(Qt::ALT | Qt::Key_End), this,
        [this] { m_wizard->goTo(Pages::idOf(PageId::Summary)); });
    go->addSeparator();
    go->addAction(tr("Next P&roblem"), QKeySequence(Qt::Key_F8), this, [this] { goToProblem(1); });
    go->addAction(tr("Previous Pro&blem"), QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [this] { goToProblem(-1); });
    go->addAction(tr("Next &Unticked Step"), QKeySequence(Qt::Key_F7), this, &MainWindow::goToUntickedStep);
    go->addSeparator();
    go->addAction(
        tr("Section &List"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { m_progress->list()->setFocus(); });

    // In the Edit menu: a menu bar title of its own would take an Alt+letter the pages use.
    edit->addSeparator();
    m_languageMenu = edit->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("language-menu"));
    connect(m_languageMenu, &QMenu::aboutToShow, this, &MainWindow::fillLanguageMenu);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), this, [this] {
        auto* dialog = new KeyboardShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About"), this, [this] {
        // QMessageBox::about shows the window's icon.
        QMessageBox::about(this, tr("About Alma Peer-to-Peer Setup"),
            tr("<h3>Alma Peer-to-Peer Setup %1</h3><p>Walks resource sharing staff through configuring "
               "peer-to-peer resource sharing in an Alma Institution Zone.</p><p>Built with Qt %2, running on "
               "Qt %3.</p>")
                .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                    QString::fromLatin1(qVersion())));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::goToProblem(int step)
{
    // In the guide's order: section by section, errors before warnings within each.
    QList<Finding> findings = m_validation->findings();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::make_pair(Sections::index(a.section), int(a.severity))
            < std::make_pair(Sections::index(b.section), int(b.severity));
    });
    if (findings.isEmpty()) {
        statusBar()->showMessage(tr("No problems: the checks found nothing to fix."), 5000);
        return;
    }
    m_problem = int((m_problem + step + findings.size()) % findings.size());
    const Finding& f = findings.at(m_problem);
    m_wizard->showFinding(f);
    statusBar()->showMessage(tr("Problem %1 of %2: %3").arg(m_problem + 1).arg(findings.size()).arg(f.message));
}

void MainWindow::goToUntickedStep()
{
    // From the page after this one round to this one, the first needed section with a step to tick.
    const std::optional<SectionId> here = Pages::sectionOf(m_wizard->currentId());
    const int start = here ? Sections::index(*here) + 1 : 0;
    for (int i = 0; i < Sections::Count; ++i) {
        const SectionId s = Sections::all().at((start + i) % Sections::Count);
        if (m_model->isNotNeeded(s))
            continue;
        for (const StepSpec& step : SectionCatalog::section(s).steps) {
            if (m_model->step(s, step.key()).done)
                continue;
            m_wizard->goTo(Pages::idOf(s));
            if (auto* page = qobject_cast<SectionPage*>(m_wizard->currentPage()))
                page->focusStep(step.key());
            return;
        }
    }
    statusBar()->showMessage(tr("Every step of the sections still needed is ticked."), 5000);
}

QString MainWindow::showResumed()
{
    const int errors = Findings::count(m_validation->findings(), Finding::Severity::Error);
    const int warnings = Findings::count(m_validation->findings(), Finding::Severity::Warning);
    const std::optional<SectionId> section = Pages::sectionOf(m_wizard->currentId());
    const QString where = section                               ? SectionCatalog::section(*section).numberedTitle()
        : m_wizard->currentId() == Pages::idOf(PageId::Summary) ? tr("the summary")
                                                                : tr("the introduction");
    const QString by = m_model->text(QString::fromLatin1(FieldId::PreparedBy)).trimmed();
    const QDateTime changed = QFileInfo(m_document->filePath()).lastModified();
    const QString last = by.isEmpty() ? tr("last changed %1").arg(Dates::shown(changed))
                                      : tr("last changed %1 by %2").arg(Dates::shown(changed), by);
    const QString text = tr("Resumed %1 at %2, %3: %4, %5.")
                             .arg(m_document->displayName(), where, last, tr("%n error(s)", nullptr, errors),
                                 tr("%n warning(s)", nullptr, warnings));
    statusBar()->showMessage(text);
    return text;
}

void MainWindow::fillLanguageMenu()
{
    // Made when first opened: the settings and the languages' own names are not start-up work.
    if (!m_languageMenu->isEmpty())
        return;
    auto* languages = new QActionGroup(m_languageMenu);
    const QString chosen = AppLanguage::chosen();
    QStringList codes { QString() };
    codes.append(AppLanguage::available());
    for (const QString& code : std::as_const(codes)) {
        QAction* action
            = m_languageMenu->addAction(code.isEmpty() ? tr("&System language") : AppLanguage::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code == AppLanguage::chosen())
                return;
            AppLanguage::choose(code);
            Dialogs::tell(this, QMessageBox::Information, tr("Language"),
                tr("The program will use the new language the next time you start it."));
        });
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    int number = 1;
    for (const QString& path : files) {
        // &1 … &8: the recent files can be picked with the keyboard.
        const QString label = QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path));
        m_recentMenu->addAction(label, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent setups"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Alma Peer-to-Peer Setup").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::newSetup()
{
    if (!maybeSave(tr("Save the changes to %1 before starting a new setup?").arg(m_document->displayName())))
        return;
    m_document->newSetup(QString::fromLatin1(Presets::Blank));
    m_wizard->resumeAtModelPage();
}

void MainWindow::open()
{
    const QString start = m_document->filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = Dialogs::openFileName(this, tr("Open Setup"), start, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    if (!maybeSave(tr("Save the changes to %1 before opening another setup?").arg(m_document->displayName())))
        return false;
    if (const auto failed = m_document->open(path)) {
        showError(tr("Cannot Open Setup"),
            tr("The setup could not be opened; the file was not changed.\n\n%1").arg(failed->message()));
        if (!QFileInfo::exists(path))
            RecentFiles::remove(path);
        return false;
    }
    RecentFiles::add(path);
    m_wizard->resumeAtModelPage();
    showResumed();
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (const auto failed = m_document->save()) {
        showError(tr("Cannot Save Setup"),
            tr("%1\n\nYour work is still open here. Try Save As to save it somewhere else.").arg(failed->message()));
        return false;
    }
    RecentFiles::add(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        QString name = m_model->text(QString::fromLatin1(FieldId::Institution)).trimmed();
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
        if (name.isEmpty())
            name = tr("p2p-setup");
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name
            + QLatin1String(SetupFile::Suffix);
    }
    QString path = Dialogs::saveFileName(this, tr("Save Setup As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false; // cancelled: the work stays open and unsaved
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(SetupFile::Suffix);
    if (const auto failed = m_document->saveAs(path)) {
        showError(tr("Cannot Save Setup"),
            tr("%1\n\nYour work is still open here. Choose another place to save it.").arg(failed->message()));
        return false;
    }
    RecentFiles::add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::saveAndContinueLater()
{
    if (save())
        close();
}

bool MainWindow::maybeSave(const QString& question)
{
    if (!m_document->isModified())
        return true;
    Dialogs::Question q;
    q.title = tr("Unsaved Changes");
    q.text = question;
    q.informativeText = tr("If you don't save, the changes since the last save are lost.");
    q.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    q.defaultButton = QMessageBox::Save;
    q.escapeButton = QMessageBox::Cancel;
    switch (Dialogs::ask(this, q)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_document->discardChanges();
        return true;
    default:
        return false; // Cancel never discards anything
    }
}

void MainWindow::offerRecovery()
{
    if (!m_document->recovery())
        return;
    const QList<RecoveryStore::Orphan> orphans = m_document->recovery()->orphans();
    for (const RecoveryStore::Orphan& orphan : orphans) {
        const QString what = orphan.sourcePath.isEmpty()
            ? (orphan.institution.isEmpty() ? tr("an unsaved setup")
                                            : tr("an unsaved setup for %1").arg(orphan.institution))
            : QDir::toNativeSeparators(orphan.sourcePath);
        Dialogs::Question q;
        q.title = tr("Restore Unsaved Work");
        q.text = tr("The program was not closed properly. A copy of the unsaved changes to %1 from %2 was kept.")
                     .arg(what, Dates::shown(orphan.savedAt));
        q.informativeText = tr("Restore it to go on where you left off. Later keeps the copy for the next start.");
        q.buttons = QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel;
        q.buttonTexts = { { QMessageBox::Yes, tr("&Restore") }, { QMessageBox::Discard, tr("&Discard Copy") },
            { QMessageBox::Cancel, tr("&Later") } };
        q.defaultButton = QMessageBox::Yes;
        q.escapeButton = QMessageBox::Cancel;
        const QMessageBox::StandardButton answer = Dialogs::ask(this, q);
        if (answer == QMessageBox::Discard) {
            RecoveryStore::remove(orphan);
        } else if (answer == QMessageBox::Yes) {
            if (!maybeSave(tr("Save the changes to %1 before restoring?").arg(m_document->displayName())))
                return;
            if (const auto failed = m_document->restore(orphan)) {
                showError(tr("Cannot Restore"), failed->message());
                continue;
            }
            m_wizard->resumeAtModelPage();
            statusBar()->showMessage(tr("Restored unsaved work. Save it to keep it."), 10000);
            return; // one setup per window
        }
    }
}

ReportDocument MainWindow::report() const
{
    ReportBuilder::Info info;
    info.fileName = m_document->filePath();
    info.lastChanged = m_document->isModified() || info.fileName.isEmpty() ? QDateTime::currentDateTime()
                                                                           : QFileInfo(info.fileName).lastModified();
    return ReportBuilder::build(m_model->data(), m_validation->findings(), info);
}

void MainWindow::exportReport()
{
    QString base = m_document->filePath();
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/p2p-setup");
    else if (base.endsWith(QLatin1String(SetupFile::Suffix)))
        base.chop(qstrlen(SetupFile::Suffix));
    QString filter = tr("PDF (*.pdf)");
    const QString path = Dialogs::saveFileName(this, tr("Export Report"), base + QStringLiteral("-report.pdf"),
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (!ReportExporter::formatOf(target)) // a name without extension: the chosen filter's
        target += filter.contains(QLatin1String("html")) ? QStringLiteral(".html")
            : filter.contains(QLatin1String(".md"))      ? QStringLiteral(".md")
                                                         : QStringLiteral(".pdf");
    exportReportTo(target);
}

bool MainWindow::exportReportTo(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto failed = ReportExporter::write(report(), path);
    QApplication::restoreOverrideCursor();
    if (failed) {
        showError(tr("Cannot Export Report"), failed->message());
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::printReport()
{
    ReportPrintPreview::show(report(), tr("Print Report"), this);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    Dialogs::tell(this, QMessageBox::Warning, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave(tr("Save the changes to %1 before quitting?").arg(m_document->displayName()))) {
        saveLayout();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::showAlma()
{
    if (!m_alma)
        m_alma = new AlmaDialog(m_model, this);
    m_alma->show();
    m_alma->raise();
    m_alma->activateWindow();
}
