#include "MainWindow.h"

#include "PageId.h"
#include "SectionProgressList.h"
#include "SetupModel.h"
#include "SetupWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

MainWindow::MainWindow(SetupModel* model, QWidget* parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_wizard(new SetupWizard(model, this))
    , m_progress(new SectionProgressList(model, m_wizard))
{
    setObjectName(QStringLiteral("main-window"));
    setWindowTitle(tr("Alma Peer-to-Peer Setup"));
    m_wizard->setWindowFlags(Qt::Widget); // embedded in this window, not a dialog of its own
    m_wizard->setSideWidget(m_progress);
    setCentralWidget(m_wizard);
    createMenus();
    resize(1180, 680);

    connect(m_progress, &SectionProgressList::jumpRequested, m_wizard, &SetupWizard::jumpTo);
    connect(m_wizard, &QWizard::currentIdChanged, m_progress, &SectionProgressList::setCurrentPage);
    // Finish and Cancel (or Escape) close the window; closeEvent asks before losing edits.
    connect(m_wizard, &QWizard::finished, this, [this] {
        if (!close())
            m_wizard->show();
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Introduction"), this, [this] { m_wizard->jumpTo(Pages::idOf(PageId::Introduction)); });
    QAction* summary
        = go->addAction(tr("&Summary"), this, [this] { m_wizard->jumpTo(Pages::idOf(PageId::Summary)); });
    summary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    QAction* sections = go->addAction(tr("Section &list"), this, [this] { m_progress->list()->setFocus(); });
    sections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About"),
            tr("<b>Alma Peer-to-Peer Setup</b> %1<br>Walks resource sharing staff through configuring peer-to-peer "
               "resource sharing in an Alma Institution Zone.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_model->undoStack()->isClean()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Quit"),
        tr("This setup has changes that are not saved. Quit anyway and lose them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}
