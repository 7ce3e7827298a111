#include "ExistingRulesEditor.h"

#include "Dialogs.h"
#include "PageLayout.h"
#include "TableEditor.h"
#include "file/BoundedFile.h"
#include "file/CsvText.h"
#include "file/RuleCsvReader.h"
#include "itemmodels/RuleListTableModel.h"
#include "model/RuleText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ExistingRulesEditor::ExistingRulesEditor(SetupModel* model, RuleId list, QWidget* parent)
    : QWidget(parent)
    , m_model(new RuleListTableModel(model, list, this))
    , m_message(PageLayout::wrappingLabel(QString(), this))
{
    const QString key = RuleIds::key(list);
    setObjectName(QStringLiteral("existing-rules-") + key);
    m_table = new TableEditor(m_model, tr("Rule list in Alma's order"), this);
    m_table->addButton()->setText(tr("Add e&xisting rule"));
    m_table->removeButton()->setText(tr("Remove existing ru&le"));
    QTableView* view = m_table->view();
    view->setObjectName(QStringLiteral("rule-list-") + key);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->horizontalHeader()->resizeSection(RuleListTableModel::Name, 260);
    view->horizontalHeader()->setSectionResizeMode(RuleListTableModel::Enabled, QHeaderView::ResizeToContents);
    view->setMinimumHeight(150);

    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move Do&wn"), this);
    up->setToolTip(tr("Moves the selected rule up (Alt+Up in the table)"));
    down->setToolTip(tr("Moves the selected rule down (Alt+Down in the table)"));
    auto* paste = new QPushButton(tr("&Paste rules"), this);
    paste->setObjectName(QStringLiteral("paste-rules"));
    paste->setToolTip(tr("Adds rules copied from a spreadsheet: name, enabled, input parameters"));
    auto* import = new QPushButton(tr("Import &CSV…"), this);
    for (QPushButton* button : { up, down })
        m_table->buttonRow()->insertWidget(m_table->buttonRow()->count() - 1, button);
    // Adding many rules at once goes on a row of its own: one row of six buttons is wider than
    // a narrow window in longer languages.
    auto* bulk = new QHBoxLayout;
    bulk->addWidget(paste);
    bulk->addWidget(import);
    bulk->addStretch();

    // Alt+Up / Alt+Down move the current row while the table has focus.
    auto* moveUp = new QAction(view);
    moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveUp->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(moveUp);
    auto* moveDown = new QAction(view);
    moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    moveDown->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(moveDown);

    auto* intro = PageLayout::wrappingLabel(
        tr("Alma uses the <b>first</b> rule in this list that matches a request. Enter the rules "
           "already in Alma in their order, and move the new rule (bold) to where it goes."),
        this);
    intro->setBuddy(view);
    m_message->setObjectName(QStringLiteral("rule-list-message"));
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(bulk);
    layout->addWidget(m_message);

    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(paste, &QPushButton::clicked, this, [this] { addRulesFromText(QApplication::clipboard()->text()); });
    connect(import, &QPushButton::clicked, this, &ExistingRulesEditor::importFile);
    connect(m_model, &RuleListTableModel::editRefused, this, &ExistingRulesEditor::showMessage);
}

void ExistingRulesEditor::moveCurrent(int delta)
{
    QTableView* view = m_table->view();
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int target = current.row() + delta;
    if (m_model->moveRow(current.row(), delta))
        view->setCurrentIndex(m_model->index(target, current.column()));
}

void ExistingRulesEditor::addRulesFromText(const QString& text)
{
    const RuleCsvReader::Result read = RuleCsvReader::read(text);
    m_model->appendRules(read.rules);
    if (read.errors.isEmpty())
        showMessage(tr("Added %n rule(s) at the end of the list.", nullptr, int(read.rules.size())));
    else
        showMessage(tr("Added %n rule(s). Not added: %1", nullptr, int(read.rules.size()))
                        .arg(read.errors.join(QLatin1String("; "))));
}

void ExistingRulesEditor::importFile()
{
    const QString path = Dialogs::openFileName(
        this, tr("Import Existing Rules"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const BoundedFile::Contents contents = BoundedFile::read(path, CsvText::MaxFileSize);
    if (!contents.bytes) {
        showMessage(tr("Could not open %1: %2").arg(path, contents.error));
        return;
    }
    QString error;
    const std::optional<QString> text = CsvText::decode(*contents.bytes, &error);
    if (!text) {
        showMessage(tr("%1: %2").arg(path, error));
        return;
    }
    addRulesFromText(*text);
}

void ExistingRulesEditor::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
