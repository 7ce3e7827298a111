#include "gui/KeyboardShortcutsDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString plain(QString text)
{
    // "&Next Section" -> "Next Section", "Open…" stays.
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

// The keys of a button's mnemonic ("&Next >" -> "Alt+N"), as the button's own text says.
QString mnemonicOf(const QString& buttonText)
{
    return QKeySequence::mnemonic(buttonText).toString(QKeySequence::NativeText);
}

void addMenu(QTreeWidget* tree, QMenu* menu, const QString& path)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, action->menu(), path + QStringLiteral(" > ") + plain(action->text()));
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        new QTreeWidgetItem(tree,
            { action->shortcut().toString(QKeySequence::NativeText),
                path + QStringLiteral(" > ") + plain(action->text()) });
    }
}
} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyboard-shortcuts"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcut-list"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({ tr("Keys"), tr("Command") });
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    for (QAction* action : menus->actions()) {
        if (action->menu())
            addMenu(tree, action->menu(), plain(action->text()));
    }
    // Keys of the pages, which are no menu's. The buttons' keys are their translated mnemonics.
    const QString next = QCoreApplication::translate("SetupWizard", "&Next >");
    const QString back = QCoreApplication::translate("SetupWizard", "< &Back");
    const QString nextAndBack = tr("%1, %2").arg(mnemonicOf(next), mnemonicOf(back));
    const std::pair<QString, QString> pageKeys[] = {
        { nextAndBack, tr("Next and Back buttons: the next and previous section") },
        { tr("Alt+underlined letter"), tr("The field or button with that label") },
        { tr("Alt+1 … Alt+9"), tr("The step with that number in the checklist") },
        { tr("Space"), tr("Tick or untick the step (or check box) that has the focus") },
        { tr("Enter"), tr("Go to the section or problem that has the focus") },
        { tr("F2"), tr("Edit the table cell that has the focus") },
    };
    for (const auto& [keys, what] : pageKeys)
        new QTreeWidgetItem(tree, { keys, what });
    tree->resizeColumnToContents(0);
    tree->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 32);
}
